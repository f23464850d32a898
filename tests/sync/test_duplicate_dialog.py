"""The client dialog against the live server, in Finnish, typed as a person would: coach B types a
person who is already coach A's client; the dialog says so, naming A ("Tämä henkilö on jo
asiakkaana organisaatiossa: valmentaja …"), keeps the form when B goes back, and "Ask to be
assigned" sends the request, which A's next sync brings. Offline the client is saved and the
status bar says the organisation-wide check could not be made."""

from __future__ import annotations

import os
import socket

from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from desktop.services import assignment, clients, sync_session
from desktop.services.setup import current_actor
from desktop.store.tables import Client, Staff
from desktop.ui.clients.client_dialog import ClientDialog
from desktop.ui.context import UiContext
from desktop.ui.qt import QApplication, QLabel, QMessageBox, Qt
from tests.support.typing import type_text
from tests.sync.conftest import run_sync
from tests.ui.clients.conftest import save
from tests.ui.dialogs import back_to, opened
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name

CODE = "131052-308T"


def _question(qtbot, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox)
                    and QApplication.activeModalWidget().objectName() == name, timeout=10_000)
    return QApplication.activeModalWidget()


def _press(qtbot, box, button: str) -> None:
    qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def _names(store) -> list[str]:
    with store.reader() as session:
        return sorted(c.name for c in session.exec(select(Client)).all())


def test_b_is_told_the_person_is_a_clients_of_a_and_asks_to_be_assigned(qtbot, qapp, finnish, server, profiles):
    coach_a, coach_b = server.add_user("career_coach"), server.add_user("career_coach")
    a, b = profiles(coach_a.username), profiles(coach_b.username)
    for store in (a, b):
        assert run_sync(store).outcome == "ok"
    x = clients.create_client(a, actor=current_actor(a), data={"name": "Äijälä Öhman", "personal_id": CODE})
    assert run_sync(a).outcome == "ok"
    with b.reader() as session:
        name_a = session.get(Staff, coach_a.staff_id).name

    ctx = UiContext(b, current_actor(b))
    statuses = []
    ctx.bus.status.connect(statuses.append)
    dialog = opened(qtbot, ClientDialog(ctx))
    type_text(dialog.name, "Äijälä Öhman")
    qtbot.keyClicks(dialog.personal_id, "131052-308t")
    qtbot.keyClicks(dialog.phone, "040 111 2222")
    save(qtbot, dialog.phone)
    box = _question(qtbot, "organisation_question")
    assert f"Tämä henkilö on jo asiakkaana organisaatiossa: valmentaja {name_a}." in box.text()
    assert "131052" not in box.text()
    shots = os.environ.get("DUPLICATE_SCREENSHOTS")
    if shots:
        box.grab().save(os.path.join(shots, "organisation_question.png"))
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # back to the form: everything typed is there
    qtbot.waitUntil(lambda: not box.isVisible())
    assert (dialog.name.text(), dialog.personal_id.text(), dialog.phone.text()) == (
        "Äijälä Öhman", "131052-308t", "040 111 2222")
    assert _names(b) == []

    back_to(qtbot, dialog)
    save(qtbot, dialog.phone)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        _press(qtbot, _question(qtbot, "organisation_question"), "organisation_ask")
    assert _names(b) == []  # no second client: the request instead
    assert statuses and "pyyntö" in statuses[-1].lower()

    assert run_sync(a).outcome == "ok"
    [waiting] = assignment.open_assignment_requests(a, current_actor(a))
    assert waiting.client_id == x.id and waiting.requested_by == coach_b.staff_id


def test_offline_the_client_is_saved_and_the_check_is_said_not_made(qtbot, qapp, finnish, server, profiles):
    coach = server.add_user("career_coach")
    store = profiles(coach.username)
    assert run_sync(store).outcome == "ok"
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    sync_session.SERVER_URL.set(store, f"http://127.0.0.1:{port}")
    ctx = UiContext(store, current_actor(store))
    statuses = []
    ctx.bus.status.connect(statuses.append)
    dialog = opened(qtbot, ClientDialog(ctx))
    type_text(dialog.name, "Öhman Åsa")
    qtbot.keyClicks(dialog.personal_id, CODE)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        save(qtbot, dialog.personal_id)
    assert _names(store) == ["Öhman Åsa"]
    assert any("ei voitu tarkistaa" in text for text in statuses), statuses


def _window(qtbot, store):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.page_registry import page_specs

    window = MainWindow(UiContext(store, current_actor(store)), page_specs(), user_label="Testi")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _asked(server, profiles):
    """Coach A's client X, and coach B's request to be assigned to it (sent, and synced to A)."""
    coach_a, coach_b = server.add_user("career_coach"), server.add_user("career_coach")
    a, b = profiles(coach_a.username), profiles(coach_b.username)
    for store in (a, b):
        assert run_sync(store).outcome == "ok"
    x = clients.create_client(a, actor=current_actor(a), data={"name": "Äijälä Öhman", "personal_id": CODE})
    assert run_sync(a).outcome == "ok"
    assignment.ask_to_be_assigned(b, client_id=x.id, message="Hän tuli toimistolle")
    assert run_sync(a).outcome == "ok" and run_sync(b).outcome == "ok"
    return (a, coach_a), (b, coach_b), x


def _client_page(qtbot, window, client_id):
    window.show_record("client", client_id)
    page = window.pages["clients"]
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.view)
    panel = page.view.requests
    qtbot.waitUntil(panel.isVisible, timeout=5_000)
    return panel


def test_a_accepts_on_the_clients_page_and_b_then_has_the_client(qtbot, qapp, finnish, server, profiles):
    (a, coach_a), (b, coach_b), x = _asked(server, profiles)
    window_a = _window(qtbot, a)
    panel = _client_page(qtbot, window_a, x.id)
    [text] = [label.text() for label in panel.findChildren(QLabel, "assignment_request_text")]
    with b.reader() as session:
        name_b = session.get(Staff, coach_b.staff_id).name
        name_a = session.get(Staff, coach_a.staff_id).name
    assert name_b in text and "Hän tuli toimistolle" in text and "pyytää" in text
    shots = os.environ.get("DUPLICATE_SCREENSHOTS")
    if shots:
        window_a.grab().save(os.path.join(shots, "request_on_client_page.png"))
    qtbot.mouseClick(panel.findChild(QPushButton, "accept_request"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=5_000)
    with a.reader() as session:
        assert str(coach_b.staff_id) in session.get(Client, x.id).assigned_staff_ids
    assert run_sync(a).outcome == "ok" and run_sync(b).outcome == "ok"
    assert _names(b) == ["Äijälä Öhman"]
    window_b = _window(qtbot, b)
    window_b.go_to("clients")  # the window opens on Today
    notice = window_b.pages["clients"].my_requests
    qtbot.waitUntil(lambda: notice.isVisible() and "Äijälä Öhman" in notice.text(), timeout=5_000)
    assert name_a in notice.text() and "hyväksyi" in notice.text()


def test_a_declines_and_b_is_told(qtbot, qapp, finnish, server, profiles):
    (a, coach_a), (b, coach_b), x = _asked(server, profiles)
    window_b = _window(qtbot, b)
    window_b.go_to("clients")  # the window opens on Today
    notice = window_b.pages["clients"].my_requests
    qtbot.waitUntil(lambda: notice.isVisible() and "odottaa" in notice.text(), timeout=5_000)
    window_a = _window(qtbot, a)
    panel = _client_page(qtbot, window_a, x.id)
    qtbot.mouseClick(panel.findChild(QPushButton, "decline_request"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=5_000)
    with a.reader() as session:
        assert session.get(Client, x.id).assigned_staff_ids == [str(coach_a.staff_id)]
    assert run_sync(a).outcome == "ok" and run_sync(b).outcome == "ok"
    window_b.ctx.bus.changed.emit("assignment_request", None)  # as the Sync page does after a sync
    qtbot.waitUntil(lambda: "hylkäsi" in notice.text(), timeout=5_000)
    assert _names(b) == []
