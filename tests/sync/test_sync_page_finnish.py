"""The Sync page in Finnish, driven as a person would: field names of a conflict, the reason
a record was refused, and a server that cannot be reached are all told in Finnish.

``SYNC_SCREENSHOTS=folder`` saves screenshots of what the tests show."""

from __future__ import annotations

import functools
import socket

import pytest

from desktop.services import clients, employers, sync_session
from desktop.services.setup import current_actor
from desktop.store.settings import SERVER_URL
from desktop.ui.context import UiContext
from desktop.ui.qt import Qt
from tests.server.conftest import PASSWORD
from tests.support.typing import type_text
from tests.sync.conftest import FAST, run_sync
from tests.sync.test_sync_page import _shot
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name


@pytest.fixture
def ctx(qapp, store, actor, finnish):
    return UiContext(store, actor)


def _logged_in_page(qtbot, ctx, server, account):
    from desktop.ui.sync.page import SyncPage

    manager = server.api(server.add_user("manager").username)
    manager.push(*[manager.change("locality", fields={"name": name}) for name in ("Oulu", "Raahe")])
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(960, 640)
    page.show()
    page.runner.sync = functools.partial(sync_session.sync, backoff=FAST)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.login)
    assert page.login.button.text() == "Kirjaudu"
    qtbot.keyClicks(page.login.server, server.url)
    qtbot.keyClicks(page.login.username, account.username)
    type_text(page.login.password, PASSWORD)
    qtbot.mouseClick(page.login.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Synkronointi valmistui" in page.receipt.title.text(), timeout=20000)
    return page


def _sync(qtbot, page, title: str) -> None:
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sync_button.isEnabled() and title in page.receipt.title.text(), timeout=20000)


def test_conflicting_fields_are_named_in_finnish(qtbot, ctx, server, profiles):
    account, colleague = server.add_user("employer_coordinator"), server.add_user("employer_coordinator")
    page = _logged_in_page(qtbot, ctx, server, account)
    shared = employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Kiista Oy"})
    _sync(qtbot, page, "Synkronointi valmistui")
    other = profiles(colleague.username)
    run_sync(other)
    employers.update_employer(other, actor=current_actor(other), employer_id=shared.id, fields={
        "industry": "Rakentaminen", "letter_of_intent_date": "2026-03-01", "address": "Satamatie 1"})
    run_sync(other)
    employers.update_employer(ctx.store, actor=ctx.actor, employer_id=shared.id, fields={
        "industry": "Kauppa", "letter_of_intent_date": "2026-03-02", "address": "Torikatu 2"})

    _sync(qtbot, page, "Synkronointi valmistui")
    qtbot.waitUntil(lambda: page.conflicts.model.rowCount() == 3)
    assert page.tabs.currentWidget() is page.conflicts
    assert sorted(row[1] for row in page.conflicts.model.cells) == ["Aiesopimus", "Osoite", "Toimiala"]
    assert {row[0] for row in page.conflicts.model.cells} == {"Työnantaja: Kiista Oy"}
    letter = next(row for row in page.conflicts.model.cells if row[1] == "Aiesopimus")
    assert letter[2:] == ["2.3.2026", "1.3.2026 (voimassa)"]  # dates as the lists write them
    assert "kenttä Aiesopimus" in page.receipt.details.text()
    _shot(page, "sync-conflicts-fi")


def test_a_refused_record_is_told_why_in_finnish(qtbot, ctx, server):
    coach, colleague = server.add_user("career_coach"), server.add_user("career_coach")
    page = _logged_in_page(qtbot, ctx, server, coach)
    # A coach's new client must list the coach: the server refuses one assigned to a colleague.
    clients.create_client(ctx.store, actor=ctx.actor, data={
        "name": "Liisa Esimerkki", "assigned_staff_ids": [str(colleague.staff_id)]})
    _sync(qtbot, page, "Synkronointi valmistui")
    why = "Sinun on oltava uuden asiakkaan vastuutyöntekijöiden joukossa."
    assert f"Hylätty (Asiakas): {why}" in page.receipt.details.text()
    qtbot.waitUntil(lambda: page.refused.model.rowCount() == 1)
    assert page.refused.model.cells == [["Asiakas: Liisa Esimerkki", why]]
    assert page.tabs.tabText(2) == "Sivuun siirretyt (1)"
    page.tabs.setCurrentWidget(page.refused)
    _shot(page, "sync-refused-fi")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_server_that_cannot_be_reached_is_told_in_finnish(qtbot, ctx, server):
    from desktop.ui.sync.status import SyncStatusLabel

    account = server.add_user("employer_coordinator")
    page = _logged_in_page(qtbot, ctx, server, account)
    status = SyncStatusLabel(ctx)
    qtbot.addWidget(status)
    employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Odottava Oy"})
    SERVER_URL.set(ctx.store, f"http://127.0.0.1:{_closed_port()}")

    _sync(qtbot, page, "Synkronointi keskeytyi")
    assert ("Palvelimeen 127.0.0.1 ei saada yhteyttä: tarkista verkkoyhteys ja palvelimen osoite"
            in page.receipt.summary.text())
    assert "Cannot reach" not in page.receipt.summary.text()
    _shot(page, "sync-unreachable-fi")
    status.refresh()
    qtbot.waitUntil(lambda: "viimeisin synkronointi keskeytyi" in status.text())
    assert status.toolTip().startswith("Palvelimeen 127.0.0.1 ei saada yhteyttä")


def test_an_error_before_the_sync_starts_is_told_in_finnish(qtbot, ctx, server):
    account = server.add_user("employer_coordinator")
    page = _logged_in_page(qtbot, ctx, server, account)
    SERVER_URL.set(ctx.store, "http://kentta.example.fi")  # refused before any request
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sync_button.isEnabled() and page.state.text() != "")
    assert page.state.text().startswith("Yhteyttä palvelimeen kentta.example.fi ei avattu salaamattomalla "
                                        "http-yhteydellä")


def test_a_restored_server_is_told_in_finnish(qtbot, ctx, server, tmp_path):
    from sync.server.backup import backup, restore

    account = server.add_user("employer_coordinator")
    page = _logged_in_page(qtbot, ctx, server, account)
    dump = tmp_path / "server.backup"
    backup(server.settings.database_url, dump)
    employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Varmuuskopion jälkeen Oy"})
    _sync(qtbot, page, "Synkronointi valmistui")
    assert "varmuuskopiosta" not in page.receipt.summary.text()
    server.engine.dispose()
    restore(server.settings.database_url, dump)
    other = server.api(server.add_user("employer_coordinator").username)
    other.push(other.change("employer"))  # written after the restore
    _sync(qtbot, page, "Synkronointi valmistui")
    qtbot.waitUntil(lambda: "Palvelin palautettiin varmuuskopiosta; 1 sen jälkeen tekemäsi "
                            "muutos lähetettiin uudelleen." in page.receipt.summary.text())
    # Only the colleague's record written after the restore came; nothing else is missing
    # (the profile's first-run placeholders were never on the server).
    assert "tietue" not in page.receipt.summary.text()
    _shot(page, "restored_fi")
