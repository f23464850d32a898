"""Notes and assessments corrected or deleted from the client's page, as a person does it:
pick the record, open it with Enter or a button, type, save; or delete and answer the question."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from desktop.services import clients
from desktop.store.tables import Assessment, AuditEvent, ClientNote
from desktop.sync import outbox
from desktop.ui.qt import QApplication, QLabel, Qt
from tests.ui.clients.conftest import active, save
from tests.ui.deleting import confirm, question

CTRL = Qt.KeyboardModifier.ControlModifier


def rows(store, table):
    with store.reader() as session:
        return list(session.exec(select(table)).all())


def waiting(store) -> dict:
    with store.reader() as session:
        return {(e.kind, e.record_id): (e.deleted, e.fields) for e in outbox.items(session)}


def click(qtbot, parent, name: str) -> None:
    widget = parent.findChild(QPushButton, name)
    assert widget is not None and widget.isVisible() and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def retype(qtbot, area, text: str) -> None:
    """Select all in a text area and type over it."""
    area.setFocus()
    qtbot.keyClick(area, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(area, text)


@pytest.fixture
def view(qtbot, clients_page, client, store, actor):
    clients.add_note(store, actor=actor, client_id=client.id,
                     data={"noted_on": dt.date(2025, 3, 3), "text": "Tapaaminen: sovittiin kokeilu"})
    clients.record_assessment(store, actor=actor, client_id=client.id, data={
        "assessed_on": dt.date(2025, 3, 5), "work_capacity": "Osa-aikatyo", "summary": "Kokeilu"})
    clients_page.open_client(client.id)
    view = clients_page.view
    qtbot.waitUntil(lambda: view.notes.model.rowCount() == 1 and bool(view.assessment.dates))
    return view


def test_a_note_opened_with_enter_is_corrected_and_saved(qtbot, view, store):
    notes = view.notes
    assert not notes.edit_button.isEnabled()  # nothing chosen yet
    notes.list.setFocus()
    notes.list.setCurrentIndex(notes.model.index(0, 0))
    assert notes.edit_button.isEnabled() and notes.delete_button.isEnabled()
    qtbot.keyClick(notes.list, Qt.Key.Key_Return)
    dialog = active(qtbot, view.dialog)
    assert dialog.windowTitle() == "Edit note"
    assert dialog.text.toPlainText() == "Tapaaminen: sovittiin kokeilu"
    assert QApplication.focusWidget() is dialog.text
    qtbot.keyClicks(dialog.text, ", alkaa maanantaina")
    save(qtbot, dialog.text)
    qtbot.waitUntil(lambda: notes.model.index(0).data().endswith("alkaa maanantaina"))
    [note] = rows(store, ClientNote)
    assert note.text == "Tapaaminen: sovittiin kokeilu, alkaa maanantaina"
    assert waiting(store)[("client_note", note.id)][1]["text"] == note.text  # goes to the server at the sync


def test_a_note_deleted_with_its_button(qtbot, view, store):
    notes = view.notes
    notes.list.setCurrentIndex(notes.model.index(0, 0))
    click(qtbot, view, "delete_note")
    box = question(qtbot)
    assert "Delete the note of 3.3.2025?" in box.text()
    confirm(qtbot, box)
    qtbot.waitUntil(lambda: notes.model.rowCount() == 0)
    assert rows(store, ClientNote) == []
    assert view.client_id is not None  # the client stays


def test_an_assessment_shown_then_corrected_is_audited(qtbot, view, store, actor, client):
    section = view.assessment
    assert not section.edit_button.isVisible()  # the contents first, and their view is audited
    click(qtbot, view, "show_assessment")
    qtbot.waitUntil(section.edit_button.isVisible)
    assert section.choice.currentText() == "5.3.2025"
    click(qtbot, view, "edit_assessment")
    dialog = active(qtbot, view.dialog)
    assert dialog.windowTitle() == "Edit assessment"
    assert (dialog.work.toPlainText(), dialog.summary.toPlainText()) == ("Osa-aikatyo", "Kokeilu")
    retype(qtbot, dialog.work, "Kokoaikatyo")
    save(qtbot, dialog.work)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not section.contents.isVisible())  # shown again only through Show
    [assessment] = rows(store, Assessment)
    assert (assessment.work_capacity, assessment.summary) == ("Kokoaikatyo", "Kokeilu")
    events = [(e.action, e.record_kind, e.record_id, e.client_id, e.staff_id, e.detail)
              for e in rows(store, AuditEvent)]
    assert events == [("view", "assessment", assessment.id, client.id, actor.staff_id, None),
                      ("edit", "assessment", assessment.id, client.id, actor.staff_id, "work_capacity")]
    assert waiting(store)[("assessment", assessment.id)][1]["work_capacity"] == "Kokoaikatyo"


def test_an_assessment_deleted_is_erased_and_audited(qtbot, view, store, client):
    section = view.assessment
    click(qtbot, view, "show_assessment")
    qtbot.waitUntil(section.delete_button.isVisible)
    click(qtbot, view, "delete_assessment")
    box = question(qtbot)
    assert "Delete the assessment of 5.3.2025?" in box.text()
    confirm(qtbot, box)
    summary = view.findChild(QLabel, "assessment_summary")
    qtbot.waitUntil(lambda: summary.text() == "No assessment yet.")
    assert rows(store, Assessment) == [] and not section.contents.isVisible()
    assert [(e.action, e.client_id) for e in rows(store, AuditEvent)] == [
        ("view", client.id), ("delete", client.id)]
