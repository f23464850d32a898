"""The conflict view's "Edit value…" in Finnish, driven as a person would: a date shown and typed
as 5.3.2026, a reference (a contact's employer) shown and chosen by the employer's name.

The conflicts are written into the real encrypted profile as a sync writes them; choosing a
value is then the real change (``resolve_conflict``) the next sync sends.
``SYNC_SCREENSHOTS=folder`` saves screenshots of the view and the dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.services import employers
from desktop.services.sync_session import OtherServer
from desktop.store.tables import Contact, Employer, OutboxEntry
from desktop.sync.tables import SyncConflict
from desktop.ui.context import UiContext
from desktop.ui.qt import Qt
from desktop.ui.sync.messages import exception_text
from tests.sync.test_sync_page import _shot
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name


@pytest.fixture
def ctx(qapp, store, actor, finnish):
    return UiContext(store, actor)


@pytest.fixture
def panel(qtbot, ctx):
    from desktop.ui.sync.conflicts import ConflictPanel

    panel = ConflictPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 360)
    panel.show()
    return panel


def _shown(qtbot, panel, **fields) -> list[str]:
    """A conflict as a sync writes it, shown in the panel; returns the row's cells."""
    with panel.ctx.store.session() as session:
        session.add(SyncConflict(**fields))
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    return panel.model.cells[0]


def _dated_employer(ctx, *, mine_kept: bool):
    employer = employers.create_employer(ctx.store, actor=ctx.actor, data={
        "name": "Kiista Oy", "letter_of_intent_date": dt.date(2026, 3, 2)})
    return employer, dict(kind="employer", record_id=employer.id, field="letter_of_intent_date",
                          mine="2026-03-02", theirs="2026-03-01", mine_kept=mine_kept)


def _edit(qtbot, panel, act) -> list:
    """Click "Muokkaa arvoa…" and let ``act(dialog)`` fill and close the dialog; returns what it saw."""
    seen = []

    def when_open():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "edit_value_dialog":
            QTimer.singleShot(20, when_open)  # a reference's choices are still being read
            return
        seen.append(act(dialog))

    QTimer.singleShot(20, when_open)
    assert panel.edit.text() == "Muokkaa arvoa…" and panel.edit.isEnabled()
    qtbot.mouseClick(panel.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    return seen


def test_a_date_is_shown_and_typed_as_the_ui_writes_dates(qtbot, ctx, panel):
    employer, conflict = _dated_employer(ctx, mine_kept=False)
    assert _shown(qtbot, panel, **conflict)[1:] == ["Aiesopimus", "2.3.2026", "1.3.2026 (voimassa)"]

    def type_a_date(dialog):
        date = dialog.editor.edit
        shown = (dialog.windowTitle(), dialog.editor.check.isChecked(), date.text())
        _shot(dialog, "conflict-edit-date-fi")
        date.setFocus()
        date.selectAll()
        qtbot.keyClicks(date, "5.3.2026")
        typed = date.text()
        dialog.accept()
        return shown, typed

    [(shown, typed)] = _edit(qtbot, panel, type_a_date)
    assert shown == ("Muokkaa arvoa", True, "1.3.2026")  # the current value, not 2026-03-01
    assert typed == "5.3.2026"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    with ctx.store.reader() as session:
        assert session.get(Employer, employer.id).letter_of_intent_date == dt.date(2026, 3, 5)


def test_a_date_that_is_no_date_is_said_in_the_dialog_which_stays_open(qtbot, ctx, panel):
    employer, conflict = _dated_employer(ctx, mine_kept=False)
    _shown(qtbot, panel, **conflict)

    def type_no_date_then_a_date(dialog):
        date = dialog.editor.edit
        date.setFocus()
        qtbot.keyClick(date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(date, "31.2.2026")
        qtbot.keyClick(date, Qt.Key.Key_Return)
        refused = (dialog.isVisible(), dialog.error.text(), date.text())
        qtbot.keyClick(date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(date, "5.3.2026")
        qtbot.keyClick(date, Qt.Key.Key_Return)
        return refused

    [refused] = _edit(qtbot, panel, type_no_date_then_a_date)
    assert refused == (True, "31.2.2026 ei ole päivämäärä.", "31.2.2026")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    with ctx.store.reader() as session:
        assert session.get(Employer, employer.id).letter_of_intent_date == dt.date(2026, 3, 5)


def test_a_date_left_out_clears_it(qtbot, ctx, panel):
    employer, conflict = _dated_employer(ctx, mine_kept=True)
    assert _shown(qtbot, panel, **conflict)[2] == "2.3.2026 (voimassa)"

    def clear(dialog):
        assert dialog.editor.edit.text() == "2.3.2026"
        qtbot.mouseClick(dialog.editor.check, Qt.MouseButton.LeftButton)
        dialog.accept()
        return True

    _edit(qtbot, panel, clear)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    with ctx.store.reader() as session:
        assert session.get(Employer, employer.id).letter_of_intent_date is None


def test_a_reference_is_shown_and_chosen_by_name(qtbot, ctx, panel):
    kallio = employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Kallio Oy"})
    maki = employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Mäki Oy"})
    employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Aalto Oy"})
    contact = employers.add_contact(ctx.store, actor=ctx.actor, employer_id=kallio.id,
                                    data={"name": "Kaisa Kontakti"})
    cells = _shown(qtbot, panel, kind="contact", record_id=contact.id, field="employer_id",
                   mine=str(kallio.id), theirs=str(maki.id), mine_kept=True)
    assert cells == ["Yhteyshenkilö: Kaisa Kontakti", "Työnantaja", "Kallio Oy (voimassa)", "Mäki Oy"]
    _shot(panel, "conflict-reference-fi")

    def choose(dialog):
        combo = dialog.editor
        shown = (combo.currentText(), [combo.itemText(i) for i in range(combo.count())])
        _shot(dialog, "conflict-edit-reference-fi")
        combo.setCurrentIndex(combo.findText("Mäki Oy"))
        dialog.accept()
        return shown

    [(current, names)] = _edit(qtbot, panel, choose)
    assert current == "Kallio Oy"
    assert names == ["Aalto Oy", "Kallio Oy", "Mäki Oy"]  # by name, no ids, no blank for a required field
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    with ctx.store.reader() as session:
        assert session.get(Contact, contact.id).employer_id == maki.id
        sent = session.exec(OutboxEntry.__table__.select().where(OutboxEntry.record_id == contact.id)).all()
        assert sent


def test_a_code_is_chosen_by_its_word(qtbot, ctx, panel):
    from desktop.services import clients

    client = clients.create_client(ctx.store, actor=ctx.actor, data={"name": "Aino Asiakas"})
    note = clients.add_note(ctx.store, actor=ctx.actor, client_id=client.id, data={
        "note_kind": "phone", "noted_on": dt.date(2026, 4, 1), "text": "Soitto"})
    cells = _shown(qtbot, panel, kind="client_note", record_id=note.id, field="note_kind",
                   mine="phone", theirs="joint_meeting", mine_kept=True)
    assert cells[2:] == ["Puhelu (voimassa)", "Yhteistapaaminen"]

    def choose(dialog):
        shown = dialog.editor.currentText()
        dialog.editor.setCurrentIndex(dialog.editor.findData("outside_office"))
        dialog.accept()
        return shown

    assert _edit(qtbot, panel, choose) == ["Puhelu"]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    with ctx.store.reader() as session:
        assert session.get(type(note), note.id).note_kind == "outside_office"


def test_another_server_is_told_in_finnish(finnish):
    error = OtherServer("This profile syncs with https://a.example.fi. …",
                        previous="https://a.example.fi", server="https://b.example.fi")
    assert exception_text(error) == (
        "Tämä profiili synkronoidaan palvelimen https://a.example.fi kanssa. Jos haluat käyttää palvelinta "
        "https://b.example.fi, kirjaudu uudella profiililla (toinen datakansio); tämän profiilin tiedot säilyvät.")
