"""The Sync page driven as a person would: log in from a profile set up on this laptop, the
first sync and its receipt, conflicts chosen on the screen, progress with Cancel, and the
automatic sync; the status-bar widget."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop.services import employers
from desktop.services.setup import current_actor
from desktop.store.tables import Employer, Locality, Staff
from desktop.services.conflicts import list_conflicts
from desktop.ui.context import UiContext
from desktop.ui.qt import QApplication, QTimer, Qt
from tests.server.conftest import PASSWORD
from tests.support.typing import type_text
from tests.sync.conftest import run_sync, same_as_server

SHOTS = None  # set SYNC_SCREENSHOTS=folder to save screenshots


@pytest.fixture
def ctx(qapp, store, actor):
    return UiContext(store, actor)


def _page(qtbot, ctx):
    from desktop.ui.sync.page import SyncPage

    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 620)
    page.show()
    return page


def _towns(server) -> dict:
    """The organisation's localities on the server, named as the test profile's placeholders."""
    manager = server.api(server.add_user("manager").username)
    towns = {name: manager.change("locality", fields={"name": name})
             for name in ("Oulu", "Raahe", "Haapavesi", "Ylivieska")}
    manager.push(*towns.values())
    return towns


def _shot(widget, name: str) -> None:
    import os

    folder = os.environ.get("SYNC_SCREENSHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def _log_in(qtbot, page, server, username):
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.login)
    page.login.server.setFocus()
    qtbot.keyClicks(page.login.server, server.url)
    qtbot.keyClicks(page.login.username, username)
    type_text(page.login.password, PASSWORD)
    _shot(page, "sync-login")
    qtbot.mouseClick(page.login.button, Qt.MouseButton.LeftButton)


def test_login_on_a_profile_set_up_here_then_the_first_sync_and_its_receipt(qtbot, ctx, server):
    account = server.add_user("career_coach")
    other = server.api(server.add_user("employer_coordinator").username)
    other.push(other.change("employer", fields={"name": "Palvelimelta Oy"}))
    towns = _towns(server)
    with ctx.store.reader() as session:
        oulu_here = session.exec(select(Locality).where(Locality.name == "Oulu")).one().id
    offline = employers.create_employer(ctx.store, actor=ctx.actor, data={
        "name": "Tehty Ennen Kirjautumista Oy", "locality_id": oulu_here})
    placeholder = ctx.actor.staff_id

    page = _page(qtbot, ctx)
    _log_in(qtbot, page, server, account.username)
    qtbot.waitUntil(lambda: "Sync finished" in page.receipt.title.text(), timeout=20000)
    _shot(page, "sync-receipt")
    assert page.stack.currentWidget() is page.panel
    assert account.username in page.account.text()
    assert "Sent: 2" in page.receipt.summary.text()  # the employer, then its server locality
    # The profile is now the server account's: the placeholder staff record gave way.
    assert ctx.actor.staff_id == account.staff_id != placeholder
    assert current_actor(ctx.store).staff_id == account.staff_id
    with ctx.store.reader() as session:
        assert session.get(Staff, placeholder) is None
        sent = session.get(Employer, offline.id)
        names = {row.name for row in session.exec(select(Employer)).all()}
        localities = {row.name: str(row.id) for row in session.exec(select(Locality)).all()}
    assert names == {"Palvelimelta Oy", "Tehty Ennen Kirjautumista Oy"}
    # The placeholder localities gave way to the server's of the same name.
    assert localities == {name: change["id"] for name, change in towns.items()}
    assert sent.rev == 2 and str(sent.locality_id) == towns["Oulu"]["id"]
    same_as_server(server, (ctx.store, account))


def test_wrong_password_and_plain_http_are_told_beside_the_form(qtbot, ctx, server):
    account = server.add_user("career_coach")
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.login)
    qtbot.keyClicks(page.login.server, "http://kentta.example.fi")
    qtbot.keyClicks(page.login.username, account.username)
    qtbot.keyClicks(page.login.password, "wrong")
    qtbot.mouseClick(page.login.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "https" in page.login.error.text())
    page.login.server.clear()
    qtbot.keyClicks(page.login.server, server.url)
    qtbot.mouseClick(page.login.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong username or password" in page.login.error.text())
    _shot(page, "sync-login-error")
    assert page.stack.currentWidget() is page.login


def _logged_in_page(qtbot, ctx, server, account):
    _towns(server)
    page = _page(qtbot, ctx)
    _log_in(qtbot, page, server, account.username)
    qtbot.waitUntil(lambda: "Sync finished" in page.receipt.title.text(), timeout=20000)
    return page


def test_conflicts_are_chosen_on_the_screen_and_sent(qtbot, ctx, server, profiles):
    account, colleague = server.add_user("employer_coordinator"), server.add_user("employer_coordinator")
    page = _logged_in_page(qtbot, ctx, server, account)
    shared = employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Kiista Oy"})
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sync_button.isEnabled() and "Sent: 1" in page.receipt.summary.text())
    other = profiles(colleague.username)
    run_sync(other)
    employers.update_employer(other, actor=current_actor(other), employer_id=shared.id,
                              fields={"industry": "Rakentaminen", "notes": "Heidän"})
    run_sync(other)
    employers.update_employer(ctx.store, actor=ctx.actor, employer_id=shared.id,
                              fields={"industry": "Kauppa", "notes": "Minun"})

    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.conflicts.model.rowCount() == 2, timeout=20000)
    assert page.tabs.currentWidget() is page.conflicts
    assert page.tabs.tabText(1).endswith("(2)")
    cells = {row[1]: row for row in page.conflicts.model.cells}
    assert cells["Industry"][2] == "Kauppa" and cells["Industry"][3].startswith("Rakentaminen")
    _shot(page, "sync-conflicts")

    # industry: keep mine; notes: type a third value in the dialog.
    page.conflicts.table.selectRow(page.conflicts.model.items.index(
        next(c for c in page.conflicts.model.items if c.field == "industry")))
    qtbot.mouseClick(page.conflicts.mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.conflicts.model.rowCount() == 1)

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        assert dialog.objectName() == "edit_value_dialog" and dialog.editor.text() == "Heidän"
        dialog.editor.setText("Yhteinen")
        dialog.accept()

    page.conflicts.table.selectRow(0)
    QTimer.singleShot(50, fill_dialog)
    qtbot.mouseClick(page.conflicts.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.conflicts.model.rowCount() == 0)
    assert page.conflicts.empty.isVisible()

    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sync_button.isEnabled() and "0 open" in page.receipt.summary.text())
    run_sync(other)
    with other.reader() as session:
        row = session.get(Employer, shared.id)
        assert (row.industry, row.notes) == ("Kauppa", "Yhteinen")
    assert list_conflicts(other) == []


def test_progress_shows_and_cancel_keeps_what_was_received(qtbot, ctx, server):
    account = server.add_user("employer_coordinator")
    page = _logged_in_page(qtbot, ctx, server, account)
    filler = server.api(server.add_user("employer_coordinator").username)
    filler.push(*[filler.change("employer") for _ in range(900)])
    server.gate.arm("/v1/sync/pull", nth=2)  # the second page waits at the server
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert server.gate.reached.wait(20)
    qtbot.waitUntil(lambda: "Receiving: 500" in page.state.text())
    assert page.cancel_button.isEnabled() and not page.sync_button.isEnabled()
    _shot(page, "sync-progress")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    server.gate.open()
    qtbot.waitUntil(lambda: "cancelled" in page.receipt.title.text(), timeout=20000)
    with ctx.store.reader() as session:
        kept = len(session.exec(select(Employer)).all())
    assert 0 < kept < 900
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sync finished" in page.receipt.title.text(), timeout=20000)
    same_as_server(server, (ctx.store, account))


def test_automatic_sync_starts_when_the_server_answers(qtbot, ctx, server):
    account = server.add_user("employer_coordinator")
    page = _logged_in_page(qtbot, ctx, server, account)
    employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Automaattinen Oy"})
    started = []
    page.runner.started.connect(lambda: started.append(True))
    page.auto.timer.setInterval(100)
    page.auto_box.setChecked(True)  # probes at once, then every interval
    qtbot.waitUntil(lambda: bool(started) and page.sync_button.isEnabled()
                    and "Sent: 1" in page.receipt.summary.text(), timeout=20000)
    qtbot.wait(500)  # further probes while the server stays reachable start nothing
    assert len(started) == 1
    page.auto_box.setChecked(False)
    assert not page.auto.enabled


def test_the_status_bar_shows_the_last_sync_and_conflicts(qtbot, ctx, server):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.page_registry import page_specs

    account = server.add_user("employer_coordinator")
    window = MainWindow(ctx, page_specs(), user_label="Testi")
    qtbot.addWidget(window)
    window.show()
    from desktop.ui.sync.status import SyncStatusLabel

    label = window.findChild(SyncStatusLabel, "status_sync")
    qtbot.waitUntil(lambda: "never" in label.text())
    page = window.go_to("sync")
    _log_in(qtbot, page, server, account.username)
    qtbot.waitUntil(lambda: "Sync finished" in page.receipt.title.text(), timeout=20000)
    qtbot.waitUntil(lambda: "never" not in label.text())
    _shot(window, "sync-main-window")
