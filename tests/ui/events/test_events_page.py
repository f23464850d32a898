"""The Events page: a new event typed with its employers, participants
added through the client picker, hires ticked — checked on the screen and
in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from desktop.services import clients, employers, events
from desktop.store.tables import EventParticipant, RecruitmentEvent
from desktop.ui.qt import QComboBox, QLabel, QLineEdit, Qt
from PySide6.QtWidgets import QSpinBox
from desktop.ui.events.participants_model import HIRED, HIRED_BY
from tests.ui.deleting import confirm, press_delete


def live(store, table):
    with store.reader() as session:
        return list(session.exec(select(table).where(table.deleted == False)).all())  # noqa: E712


def active(qtbot, dialog):
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.fixture
def employer(store, actor):
    return employers.create_employer(store, actor=actor, data={"name": "Rannikon Kone Oy"})


@pytest.fixture
def event(store, actor, employer):
    return events.create_event(store, actor=actor, data={
        "name": "Työkohtaamo Raahe", "held_on": dt.date(2025, 5, 14), "place": "Raahen kirjasto",
        "employer_ids": [str(employer.id)]})


@pytest.fixture
def page(qtbot, ctx, event):
    from desktop.ui.events.page import EventsPage

    page = EventsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.view.title.text() == "Työkohtaamo Raahe")
    return page


def add_by_picker(qtbot, view, typed: str) -> None:
    search = view.picker.search
    search.setFocus()
    search.selectAll()
    qtbot.keyClicks(search, typed)
    qtbot.waitUntil(lambda: view.clients.rowCount() == 1 and view.clients.filter_text == typed)
    qtbot.keyClick(search, Qt.Key.Key_Return)  # into the results
    qtbot.keyClick(view.picker.list, Qt.Key.Key_Return)  # add


def test_new_event_typed_with_employers(qtbot, main_window, store, employer):
    employers.create_employer(store, actor=main_window.ctx.actor, data={"name": "Oulun Leipomo Oy"})
    page = main_window.go_to("events")
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, page.dialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "name"), "Rekrytapahtuma Oulu")
    kind = dialog.findChild(QComboBox, "event_kind")
    kind.setCurrentIndex(kind.findData("remote_recruitment"))
    dialog.held_on.set_value(dt.date(2025, 6, 5))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "place"), "Teams")
    search = dialog.picker.search
    qtbot.keyClicks(search, "rannikon")
    qtbot.waitUntil(lambda: dialog.employers.rowCount() == 1 and dialog.employers.filter_text == "rannikon")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.picker.list, Qt.Key.Key_Return)  # ticks the employer
    assert dialog.employers.checked_ids() == [str(employer.id)]
    qtbot.keyClick(dialog.picker.list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = live(store, RecruitmentEvent)
    assert [(e.name, e.event_kind, e.held_on, e.place, e.employer_ids) for e in saved] == [
        ("Rekrytapahtuma Oulu", "remote_recruitment", dt.date(2025, 6, 5), "Teams", [str(employer.id)])]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert [page.model.index(0, c).data() for c in range(5)] == ["5.6.2025", "Rekrytapahtuma Oulu", "Teams", "0", "0"]
    qtbot.waitUntil(lambda: page.view.title.text() == "Rekrytapahtuma Oulu")
    assert page.view.employers.text() == "Rannikon Kone Oy"
    assert "Remote recruitment" in page.view.facts.text() and "5.6.2025" in page.view.facts.text()


def test_event_without_name_is_refused_beside_the_field(qtbot, page, store):
    page.new_record()
    dialog = active(qtbot, page.dialog)
    qtbot.keyClick(dialog.findChild(QLineEdit, "name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    error = dialog.findChild(QLabel, "error_name")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "This field is required."
    assert len(live(store, RecruitmentEvent)) == 1


def test_participants_from_the_picker_and_a_hire(qtbot, page, store, actor, event, employer):
    aino = clients.create_client(store, actor=actor, data={"name": "Aino Asiakas"})
    pekka = clients.create_client(store, actor=actor, data={"name": "Pekka Osallistuja"})
    view = page.view
    add_by_picker(qtbot, view, "aino")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    add_by_picker(qtbot, view, "pekka")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert [view.model.index(r, 0).data() for r in range(2)] == ["Aino Asiakas", "Pekka Osallistuja"]
    participants = live(store, EventParticipant)
    assert sorted(str(p.client_id) for p in participants) == sorted([str(aino.id), str(pekka.id)])
    assert {p.event_id for p in participants} == {event.id}

    # Aino is hired: Space on her "Hired" cell, then who hired her
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, HIRED))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.model.rows[0].hired)
    table.setCurrentIndex(view.model.index(0, HIRED_BY))
    table.edit(view.model.index(0, HIRED_BY))
    editor = table.findChild(QComboBox, "hired_by_editor")
    editor.setCurrentIndex(editor.findText("Rannikon Kone Oy"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.index(0, HIRED_BY).data() == "Rannikon Kone Oy")
    hired = {p.client_id: (p.hired, p.hired_by_employer_id) for p in live(store, EventParticipant)}
    assert hired == {aino.id: (True, employer.id), pekka.id: (False, None)}
    qtbot.waitUntil(lambda: page.model.index(0, 4).data() == "1")
    assert page.model.index(0, 3).data() == "2"
    assert view.count.text() == "2 participant(s) · 1 hired"


def test_the_same_client_twice_is_refused(qtbot, page, store, actor):
    clients.create_client(store, actor=actor, data={"name": "Aino Asiakas"})
    view = page.view
    add_by_picker(qtbot, view, "aino")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    add_by_picker(qtbot, view, "aino")
    error = view.findChild(QLabel, "error_client_id")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "The client is already a participant of this event."
    assert len(live(store, EventParticipant)) == 1

    # removing the participant with Delete, confirmed in the question it asks
    view.table.setCurrentIndex(view.model.index(0, 0))
    box = press_delete(qtbot, view.table)
    assert "Aino Asiakas" in box.text()
    confirm(qtbot, box)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert live(store, EventParticipant) == []


def test_show_record_of_a_participant_opens_its_event(qtbot, main_window, store, actor, event):
    aino = clients.create_client(store, actor=actor, data={"name": "Aino Asiakas"})
    participant = events.add_participant(store, actor=actor, event_id=event.id, client_id=aino.id)
    main_window.show_record("event_participant", participant.id)
    page = main_window.pages["events"]
    qtbot.waitUntil(lambda: main_window.current_page() is page)
    qtbot.waitUntil(lambda: page.view.title.text() == "Työkohtaamo Raahe")
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1)


def test_others_who_took_part_are_counts_and_no_more_are_hired_than_took_part(qtbot, page, store):
    page.new_record()
    dialog = active(qtbot, page.dialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "name"), "Avoin rekrytapahtuma")
    dialog.held_on.set_value(dt.date(2025, 9, 3))
    others = dialog.findChild(QSpinBox, "other_participants")
    hired = dialog.findChild(QSpinBox, "other_participants_employed")
    others.setFocus()
    others.selectAll()
    qtbot.keyClicks(others, "12")
    qtbot.keyClick(others, Qt.Key.Key_Tab)
    assert hired.hasFocus()
    hired.selectAll()
    qtbot.keyClicks(hired, "15")
    qtbot.keyClick(hired, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    error = dialog.findChild(QLabel, "error_other_participants_employed")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "More people cannot be hired than took part."
    assert dialog.isVisible() and others.value() == 12 and hired.value() == 15  # nothing lost
    assert len(live(store, RecruitmentEvent)) == 1

    hired.selectAll()
    qtbot.keyClicks(hired, "4")
    qtbot.keyClick(hired, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    made = [e for e in live(store, RecruitmentEvent) if e.name == "Avoin rekrytapahtuma"]
    assert [(e.other_participants, e.other_participants_employed) for e in made] == [(12, 4)]
    qtbot.waitUntil(lambda: page.view.title.text() == "Avoin rekrytapahtuma")
    assert "others: 12, of them hired 4" in page.view.count.text()
