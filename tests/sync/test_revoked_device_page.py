"""A lost laptop, on the screen: the Sync page's next sync hears that the device was revoked,
says so and closes the window (the profile deleted off the GUI thread); the next start says
why in the language used last, then offers the first-run setup."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import Session

from desktop.services import sync_session
from desktop.store.layout import UI_FILE
from desktop.store.settings import DEVICE_REVOKED_NOTICE, UI_LANGUAGE
from desktop.ui.app import Starter
from desktop.ui.background import wait_for_idle
from desktop.ui.context import UiContext
from desktop.ui.profile_dialogs import SetupDialog
from desktop.ui.qt import QMessageBox, Qt
from sync.client.errors import DeviceRevoked
from sync.server.tokens import revoke_device
from tests.sync.conftest import run_sync
from tests.ui.test_startup import when_shown

FINNISH = ("Tämä laite on poistettu käytöstä: ylläpitäjä on estänyt sen synkronoinnin. Profiili ja "
           "sen tiedot on poistettu tältä koneelta. Ota yhteyttä ylläpitäjään.")


@pytest.fixture
def revoked_laptop(server, profiles):
    """A laptop that synced once; its device is then revoked on the server."""
    from desktop.services.setup import current_actor

    store = profiles(server.add_user("career_coach").username)
    run_sync(store)
    with Session(server.engine) as session:
        revoke_device(session, device_id=uuid.UUID(sync_session.DEVICE_ID.get(store)))
        session.commit()
    return store, current_actor(store)


def test_the_sync_page_says_the_device_is_revoked_and_closes(qtbot, qapp, revoked_laptop):
    from desktop.ui.sync.page import SyncPage

    store, actor = revoked_laptop
    page = SyncPage(UiContext(store, actor))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.panel)
    seen: dict = {}

    def answer(box) -> None:  # the message runs its own event loop
        seen["name"], seen["text"] = box.objectName(), box.text()
        # Deleted before the message: the sync's own thread did it.
        seen["files"] = [p.name for p in store.data_dir.iterdir()]
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_shown(QMessageBox, answer)
    page.sync_button.setFocus()
    qtbot.keyClick(page.sync_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "name" in seen, timeout=20000)
    assert seen["name"] == "device_revoked"
    assert seen["text"].startswith("This device has been revoked")
    assert seen["files"] == [UI_FILE]
    qtbot.waitUntil(lambda: not page.isVisible())
    wait_for_idle()
    assert store.locked


def test_the_next_start_says_why_in_finnish_then_offers_the_setup(qtbot, qapp, revoked_laptop):
    store, _actor = revoked_laptop
    folder = store.data_dir
    UI_LANGUAGE.set(folder, "fi")
    with pytest.raises(DeviceRevoked):
        run_sync(store)

    starter = Starter(qapp, folder)
    seen: dict = {}

    def notice(box) -> None:
        seen["notice"] = box.text()
        when_shown(SetupDialog, setup)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    def setup(dialog) -> None:
        seen["setup"] = True
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_shown(QMessageBox, notice)
    try:
        assert starter.begin() is False  # the setup was closed: nothing to run
    finally:
        starter.translations.use("en")
    assert seen["notice"] == FINNISH
    assert "setup" in seen
    assert not DEVICE_REVOKED_NOTICE.get(folder)  # said once
