"""Break-glass on the client's page, driven with real keys against the live server: a manager's
"Open the client's details…" asks the reason (refused without one, and without the network, the
reason kept), then the sync brings the client and the page says until when it is open; the coach's
page says who opened the client, why and until when."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QPushButton
from sqlmodel import Session, select

from desktop.services import break_glass
from desktop.services.setup import current_actor
from desktop.store.settings import SERVER_URL
from desktop.ui.context import UiContext
from desktop.ui.qt import QApplication, QLabel, Qt
from sync.server.models import BreakGlassGrant
from tests.sync.conftest import run_sync
from tests.sync.test_break_glass import REASON, _client_named
from tests.sync.test_least_privilege import SECRETS, _coach_with_clients
from tests.support.typing import type_text
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name


def _view(qtbot, store, client_id):
    """The client's page in the main window (which runs the sync the page asks for)."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.page_registry import page_specs

    window = MainWindow(UiContext(store, current_actor(store)), page_specs(), user_label="Testi")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_record("client", client_id)
    page = window.pages["clients"]
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.view)
    return page.view


def _shot(widget, name: str) -> None:
    folder = os.environ.get("BREAK_GLASS_SCREENSHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def _grants(server) -> int:
    with Session(server.engine) as session:
        return len(session.exec(select(BreakGlassGrant)).all())


def _open(qtbot, dialog) -> None:
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_manager_opens_a_client_with_a_reason_and_its_coach_sees_who_and_why(
        qtbot, qapp, server, profiles):
    coach, coach_store = _coach_with_clients(server, profiles)
    client = _client_named(coach_store, SECRETS[0])
    manager = server.add_user("manager")
    store = profiles(manager.username)
    assert run_sync(store).outcome == "ok"
    view = _view(qtbot, store, client.id)
    button = view.findChild(QPushButton, "break_glass")
    qtbot.waitUntil(lambda: view.name.text().startswith("Client ") and button.isVisible())
    _shot(view.window(), "break-glass-figures-only")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.break_glass.dialog is not None and view.break_glass.dialog.isVisible())
    dialog = view.break_glass.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    text = dialog.explanation.text()
    assert "24 hour(s)" in text and "assigned staff" in text and "audit trail" in text

    # Without a reason (or with a word only) it is refused here, and nothing reaches the server.
    _open(qtbot, dialog)
    error = dialog.findChild(QLabel, "error_reason")
    qtbot.waitUntil(error.isVisible)
    assert "few words" in error.text() and dialog.isVisible()
    type_text(dialog.reason, "valitus")
    _open(qtbot, dialog)
    qtbot.waitUntil(lambda: "few words" in error.text())
    assert _grants(server) == 0
    _shot(dialog, "break-glass-dialog-refused")

    # No network: said in the dialog, the reason kept.
    SERVER_URL.set(store, "http://127.0.0.1:9")
    dialog.reason.clear()
    type_text(dialog.reason, REASON)
    _open(qtbot, dialog)
    general = dialog.findChild(QLabel, "error_form")
    qtbot.waitUntil(lambda: general.isVisible() and "Cannot reach the server" in general.text(),
                    timeout=20000)
    assert dialog.isVisible() and dialog.reason.toPlainText() == REASON
    _shot(dialog, "break-glass-dialog-no-network")

    SERVER_URL.set(store, server.url)
    _open(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert _grants(server) == 1
    qtbot.waitUntil(lambda: view.name.text() == SECRETS[0], timeout=20000)
    state = view.findChild(QLabel, "break_glass_state")
    qtbot.waitUntil(lambda: "to read only, until" in state.text())
    # Read only: no way to change the content here.
    for name in ("edit_client", "delete_client", "add_note", "record_transition"):
        assert not view.findChild(QPushButton, name).isVisible(), name
    assert not button.isVisible()
    _shot(view.window(), "break-glass-opened")

    assert run_sync(coach_store).outcome == "ok"
    coach_view = _view(qtbot, coach_store, client.id)
    notice = coach_view.findChild(QLabel, "break_glass_notice")
    qtbot.waitUntil(lambda: notice.isVisible() and bool(notice.text()))
    with coach_store.reader() as session:
        from desktop.store.tables import Staff

        name = session.get(Staff, manager.staff_id).name
    assert notice.text().startswith(f"Manager {name} opened the client's details on ")
    assert f"reason: {REASON}" in notice.text() and "open until" in notice.text()
    assert not coach_view.findChild(QPushButton, "break_glass").isVisible()
    _shot(coach_view.window(), "break-glass-coach-notice")


def test_the_coach_reads_the_notice_in_finnish(qtbot, qapp, server, profiles, finnish):
    coach, coach_store = _coach_with_clients(server, profiles)
    client = _client_named(coach_store, SECRETS[0])
    manager = server.add_user("manager")
    store = profiles(manager.username)
    assert run_sync(store).outcome == "ok"
    grant = break_glass.open_client(store, client_id=client.id, reason=REASON)
    assert run_sync(coach_store).outcome == "ok"
    coach_view = _view(qtbot, coach_store, client.id)
    notice = coach_view.findChild(QLabel, "break_glass_notice")
    qtbot.waitUntil(lambda: notice.isVisible() and bool(notice.text()))
    until = grant.expires_at.astimezone()
    assert notice.text().startswith("Esimies ")
    assert " avasi asiakkaan tiedot " in notice.text() and f"syy: {REASON}" in notice.text()
    assert (f"voimassa {until.day}.{until.month}.{until.year} klo {until:%H.%M} asti."
            in notice.text())
    _shot(coach_view.window(), "break-glass-coach-notice-fi")
