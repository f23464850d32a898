"""The Sync page tells which attachments could not be sent and why, and lets the user try
them again; the download-ahead setting is a checkbox there. Driven by clicks, against the
real server."""

from __future__ import annotations

import os

from desktop.services import attachments
from desktop.services.setup import current_actor
from desktop.services import clients
from desktop.store.settings import DOWNLOAD_ATTACHMENTS_AHEAD
from desktop.sync import files
from desktop.ui.context import UiContext
from desktop.ui.qt import QApplication, Qt
from tests.sync.conftest import run_sync
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name


def _shot(widget, name: str) -> None:
    folder = os.environ.get("SYNC_SCREENSHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def test_a_file_over_the_servers_limit_is_listed_with_its_reason_and_tried_again(
        qtbot, qapp, server, profiles, tmp_path):
    from desktop.ui.sync.page import SyncPage

    coach, admin = server.add_user("career_coach"), server.add_user("admin")
    store = profiles(coach.username)
    assert run_sync(store).outcome == "ok"
    actor = current_actor(store)
    client = clients.create_client(store, actor=actor, data={"name": "Tiedosto Testinen"})
    path = tmp_path / "ansioluettelo.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(2 * 1024 * 1024))
    attachments.attach(store, actor=actor, path=path, kind="cv", client_id=client.id)
    api = server.api(admin.username)
    assert api.push_one(api.change("organisation", server.org_id, base_rev=1,
                                   fields={"attachment_max_mb": 1}))["status"] == "applied"

    page = SyncPage(UiContext(store, actor))
    qtbot.addWidget(page)
    page.resize(900, 560)
    page.show()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.panel, timeout=10000)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be sent" in page.receipt.summary.text(), timeout=30000)
    assert "Sync finished" in page.receipt.title.text()
    assert "1 files could not be sent" in page.receipt.summary.text()
    qtbot.waitUntil(lambda: page.files.model.rowCount() == 1, timeout=10000)
    assert page.tabs.tabText(3) == "Files (1)"
    page.tabs.setCurrentWidget(page.files)
    name, size, reason = page.files.model.cells[0]
    assert name == "ansioluettelo.pdf" and size == "2.0 MB"
    assert "Larger than the organisation's limit of 1 MB" in reason
    _shot(page, "sync-files-set-aside")

    # The limit is raised; the user tries again and the next sync sends it.
    assert api.push_one(api.change("organisation", server.org_id, base_rev=2,
                                   fields={"attachment_max_mb": 20}))["status"] == "applied"
    qtbot.mouseClick(page.files.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.files.model.rowCount() == 0, timeout=10000)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Files: 1 sent" in page.receipt.summary.text(), timeout=30000)
    page.tabs.setCurrentWidget(page.receipt)
    _shot(page, "sync-files-receipt")
    assert files.set_aside_files(store) == []

    # The download-ahead setting, on by default, is turned off with a click.
    assert page.files.ahead.isChecked()
    qtbot.mouseClick(page.files.ahead, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: DOWNLOAD_ATTACHMENTS_AHEAD.get(store) is False, timeout=5000)


def test_in_finnish_the_reason_names_the_limit(qtbot, qapp, finnish, server, profiles, tmp_path):
    from desktop.ui.sync.page import SyncPage

    coach, admin = server.add_user("career_coach"), server.add_user("admin")
    store = profiles(coach.username)
    assert run_sync(store).outcome == "ok"
    actor = current_actor(store)
    client = clients.create_client(store, actor=actor, data={"name": "Tiina Tiedosto"})
    path = tmp_path / "suostumus.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(3 * 1024 * 1024))
    attachments.attach(store, actor=actor, path=path, kind="consent_form", client_id=client.id)
    api = server.api(admin.username)
    assert api.push_one(api.change("organisation", server.org_id, base_rev=1,
                                   fields={"attachment_max_mb": 2}))["status"] == "applied"
    page = SyncPage(UiContext(store, actor))
    qtbot.addWidget(page)
    page.resize(960, 560)
    page.show()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.panel, timeout=10000)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.files.model.rowCount() == 1, timeout=30000)
    assert page.tabs.tabText(3) == "Tiedostot (1)"
    assert "1 tiedostoa ei voitu lähettää" in page.receipt.summary.text()
    page.tabs.setCurrentWidget(page.files)
    reason = page.files.model.cells[0][2]
    assert reason.startswith("Suurempi kuin organisaation 2 Mt:n raja")
    assert page.files.model.cells[0][1] == "3,0 Mt"
    assert page.files.retry.text() == "Yritä uudelleen"
    _shot(page, "sync-files-set-aside-fi")
