"""Recruitment events and their participants, and what the event page reads (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import InvalidInput, NotFound
from desktop.services import clients, employers, events, setup
from desktop.store.tables import EventParticipant, RecruitmentEvent
from tests.support.records import rows


@pytest.fixture
def rannikko(store, actor):
    return employers.create_employer(store, actor=actor, data={"name": "Rannikon Kone Oy"})


@pytest.fixture
def event(store, actor, rannikko):
    raahe = next(loc.id for loc in setup.localities(store) if loc.name == "Raahe")
    return events.create_event(store, actor=actor, data={
        "name": "Työkohtaamo Raahe", "held_on": dt.date(2025, 5, 14), "place": "Raahen kirjasto",
        "locality_id": raahe, "employer_ids": [str(rannikko.id)]})


@pytest.fixture
def aino(store, actor):
    return clients.create_client(store, actor=actor, data={"name": "Aino Asiakas"})


def test_an_event_without_a_name_or_with_an_unknown_employer_is_refused(store, actor, rannikko):
    with pytest.raises(InvalidInput) as refused:
        events.create_event(store, actor=actor, data={"name": " ", "held_on": dt.date(2025, 5, 14)})
    assert set(refused.value.codes()) == {"name"}
    with pytest.raises(NotFound):
        events.create_event(store, actor=actor, data={
            "name": "Kohtaamo", "held_on": dt.date(2025, 5, 14),
            "employer_ids": ["00000000-0000-4000-8000-000000000000"]})
    assert rows(store, RecruitmentEvent) == []


def test_the_same_client_twice_is_refused(store, actor, event, aino):
    events.add_participant(store, actor=actor, event_id=event.id, client_id=aino.id)
    with pytest.raises(InvalidInput) as refused:
        events.add_participant(store, actor=actor, event_id=event.id, client_id=aino.id)
    assert refused.value.codes() == {"client_id": "duplicate_participant"}
    assert str(refused.value.errors[0].message) == "The client is already a participant of this event."
    assert len(rows(store, EventParticipant)) == 1


def test_a_hire_and_the_event_as_its_page_reads_it(store, actor, event, rannikko, aino):
    pekka = clients.create_client(store, actor=actor, data={"name": "pekka Osallistuja"})
    other = employers.create_employer(store, actor=actor, data={"name": "Muu Yritys Oy"})
    hired = events.add_participant(store, actor=actor, event_id=event.id, client_id=pekka.id)
    events.add_participant(store, actor=actor, event_id=event.id, client_id=aino.id)
    events.set_hired(store, actor=actor, participant_id=hired.id, hired=True, employer_id=other.id)

    data = events.load_event(store, event.id)
    assert data.event.name == "Työkohtaamo Raahe" and data.locality_name == "Raahe"
    assert data.employers == [(rannikko.id, "Rannikon Kone Oy")]
    assert [(p.client_name, p.hired, p.hired_by_employer_id) for p in data.participants] == [
        ("Aino Asiakas", False, None), ("pekka Osallistuja", True, other.id)]  # by name, any case
    assert data.employer_names == {rannikko.id: "Rannikon Kone Oy", other.id: "Muu Yritys Oy"}
    assert events.event_of_participant(store, hired.id) == event.id

    events.set_hired(store, actor=actor, participant_id=hired.id, hired=False, employer_id=other.id)
    [row] = [r for r in rows(store, EventParticipant) if r.id == hired.id]
    assert (row.hired, row.hired_by_employer_id) == (False, None)


def test_a_removed_participant_and_a_deleted_event_are_gone_from_what_is_read(store, actor, event, aino):
    participant = events.add_participant(store, actor=actor, event_id=event.id, client_id=aino.id)
    events.remove_participant(store, actor=actor, participant_id=participant.id)
    assert events.load_event(store, event.id).participants == []
    events.add_participant(store, actor=actor, event_id=event.id, client_id=aino.id)
    events.delete_event(store, actor=actor, event_id=event.id)
    assert events.load_event(store, event.id) is None
    assert rows(store, EventParticipant) == [] and rows(store, RecruitmentEvent) == []
    assert events.event_of_participant(store, "00000000-0000-4000-8000-000000000000") is None
