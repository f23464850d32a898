"""Deleting a client as a person does: select the row, press Delete, read the question, answer."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import text

from desktop.services import clients, search
from desktop.store.tables import Client, ClientNote
from desktop.sync import outbox
from PySide6.QtWidgets import QPushButton

from desktop.ui.qt import QApplication, QMessageBox, Qt

from tests.ui.deleting import press_delete_in_text, question

SHOTS = os.environ.get("KENTTA_SHOTS", "/tmp/deleteui")


@pytest.fixture
def synced_client(store, actor):
    """A client with a note, both as if synced (revisions on the server, nothing waiting)."""
    client = clients.create_client(store, actor=actor, data={"name": "Aino Asiakas", "municipality": "Raahe",
                                                             "service_start": dt.date(2025, 3, 1)})
    note = clients.add_note(store, actor=actor, client_id=client.id,
                            data={"noted_on": dt.date(2025, 3, 2), "text": "Zyqwarble tapaaminen"})
    with store.session() as session:
        session.exec(text("DELETE FROM outbox"))
        session.get(Client, client.id).rev = 4
        session.get(ClientNote, note.id).rev = 2
    return client, note


def press_delete_on_first_row(qtbot, page) -> QMessageBox:
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    page.activateWindow()  # back from a question: the key goes to the window again
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    return question(qtbot)


def still_there(store, client_id) -> bool:
    with store.reader() as session:
        return session.get(Client, client_id) is not None


def test_delete_key_asks_and_enter_or_esc_leave_the_client(qtbot, synced_client, clients_page, store):
    client, _note = synced_client
    box = press_delete_on_first_row(qtbot, clients_page)
    words = box.text()
    assert "Aino Asiakas" in words
    assert "1 note(s)" in words
    assert "30 day(s)" in words and "restore" in words and "next sync" in words
    assert box.defaultButton().objectName() == "cancel"
    os.makedirs(SHOTS, exist_ok=True)
    box.grab().save(os.path.join(SHOTS, "delete_client_question.png"))

    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert still_there(store, client.id)

    box = press_delete_on_first_row(qtbot, clients_page)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert still_there(store, client.id)
    assert clients_page.model.rowCount() == 1


def test_confirmed_delete_erases_the_client_and_what_is_under_them(qtbot, synced_client, clients_page, store):
    client, note = synced_client
    box = press_delete_on_first_row(qtbot, clients_page)
    qtbot.mouseClick(box.findChild(QPushButton, "delete"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: clients_page.model.rowCount() == 0)
    with store.reader() as session:
        assert session.get(Client, client.id) is None
        assert session.get(ClientNote, note.id) is None
        waiting = {(e.kind, e.record_id, e.deleted, tuple(e.fields)) for e in outbox.items(session)}
    assert waiting == {("client", client.id, True, ()), ("client_note", note.id, True, ())}
    assert search.search(store, "zyqwarble") == []
    assert search.search(store, "Aino") == []


def test_delete_in_the_filter_field_deletes_text(qtbot, synced_client, clients_page, store):
    client, _note = synced_client
    qtbot.waitUntil(lambda: clients_page.model.rowCount() == 1)
    clients_page.table.selectRow(0)
    press_delete_in_text(qtbot, clients_page.filter, "Aino")
    assert still_there(store, client.id)


def test_the_client_s_view_deletes_the_selected_note_then_the_client(qtbot, synced_client, clients_page, store):
    client, note = synced_client
    clients_page.open_client(client.id)
    view = clients_page.view
    qtbot.waitUntil(lambda: view.notes.model.rowCount() == 1)
    view.notes.list.setCurrentIndex(view.notes.model.index(0, 0))
    view.notes.list.setFocus()
    qtbot.keyClick(view.notes.list, Qt.Key.Key_Delete)
    box = question(qtbot)
    assert "2.3.2025" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "delete"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.notes.model.rowCount() == 0)
    assert still_there(store, client.id)

    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    assert "Aino Asiakas" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "delete"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: clients_page.stack.currentIndex() == 0)
    assert not still_there(store, client.id)


def test_the_question_in_finnish(qtbot, synced_client, clients_page, store):
    from desktop.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.use("fi")
    try:
        box = press_delete_on_first_row(qtbot, clients_page)
        words = box.text()
        assert "Poistetaanko asiakas Aino Asiakas" in words
        assert "1 muistiinpano" in words and "30 päivän" in words
        assert box.findChild(QPushButton, "cancel").text() == "Peruuta"
        os.makedirs(SHOTS, exist_ok=True)
        box.grab().save(os.path.join(SHOTS, "delete_client_question_fi.png"))
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not box.isVisible())
    finally:
        translations.use("en")
    assert still_there(store, synced_client[0].id)
