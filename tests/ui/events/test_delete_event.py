"""Deleting an event as a person does; the Delete key in the client search edits the search."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func
from sqlmodel import select

from desktop.services import clients, events
from desktop.store.tables import EventParticipant, RecruitmentEvent
from desktop.ui.qt import Qt
from tests.ui.deleting import confirm, press_delete, press_delete_in_text, question


@pytest.fixture
def event(store, actor):
    event = events.create_event(store, actor=actor, data={"name": "Työkohtaamo Raahe",
                                                          "held_on": dt.date(2025, 5, 14)})
    aino = clients.create_client(store, actor=actor, data={"name": "Aino Asiakas"})
    events.add_participant(store, actor=actor, event_id=event.id, client_id=aino.id)
    return event


@pytest.fixture
def page(qtbot, ctx, event):
    from desktop.ui.events.page import EventsPage

    page = EventsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1)
    return page


def count(store, table) -> int:
    with store.reader() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def test_delete_in_the_client_search_deletes_text_not_the_event(qtbot, page, store):
    press_delete_in_text(qtbot, page.view.picker.search, "Aino")
    assert count(store, RecruitmentEvent) == 1 and count(store, EventParticipant) == 1


def test_the_event_s_view_deletes_the_event_with_its_participants(qtbot, page, store):
    view = page.view
    box = press_delete(qtbot, view.title)  # the focus anywhere in the event's view but its lists
    words = box.text()
    assert "Työkohtaamo Raahe" in words and "14.5.2025" in words and "1 event participation(s)" in words
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter is Cancel
    qtbot.waitUntil(lambda: not box.isVisible())
    assert count(store, RecruitmentEvent) == 1

    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    confirm(qtbot, box)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    qtbot.waitUntil(lambda: view.currentIndex() == 0)  # the view shows no event
    assert count(store, RecruitmentEvent) == 0 and count(store, EventParticipant) == 0
