"""Invalid input gets a clear message and changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from desktop.errors import InvalidInput
from desktop.services import clients, employers, events, visits
from desktop.store.tables import OutboxEntry


def entries(store) -> int:
    with store.reader() as session:
        return len(session.exec(select(OutboxEntry)).all())


@pytest.mark.parametrize(
    ("business_id", "message"),
    [
        ("3914177-4", "wrong check digit"),
        ("391417-5", "not of the form 1234567-8"),
        ("ABCDEFG-H", "not of the form 1234567-8"),
    ],
)
def test_invalid_business_id(store, actor, business_id, message):
    before = entries(store)
    with pytest.raises(InvalidInput, match=message) as raised:
        employers.create_employer(store, actor=actor, data={"name": "Väärä Oy", "business_id": business_id})
    assert raised.value.codes() == {"business_id": "invalid_business_id"}
    assert entries(store) == before


def test_business_id_is_normalised_and_duplicates_refused(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Oikea Oy", "business_id": " 39141775 "})
    assert employer.business_id == "3914177-5"
    assert employers.find_by_business_id(store, "3914177-5").id == employer.id
    with pytest.raises(InvalidInput, match="already recorded"):
        employers.create_employer(store, actor=actor, data={"name": "Toinen Oy", "business_id": "3914177-5"})


@pytest.mark.parametrize(("personal_id", "code"), [("280242-6694", "invalid_personal_id"),
                                                   ("2802426693", "invalid_personal_id")])
def test_invalid_personal_id(store, actor, personal_id, code):
    with pytest.raises(InvalidInput, match="personal identity code") as raised:
        clients.create_client(store, actor=actor, data={"name": "Testi Asiakas", "personal_id": personal_id})
    assert raised.value.codes() == {"personal_id": code}
    client = clients.create_client(store, actor=actor, data={"name": "Testi Asiakas", "personal_id": "280242-6693"})
    assert client.personal_id == "280242-6693"


def test_service_cannot_end_before_it_starts(store, actor):
    client = clients.create_client(store, actor=actor, data={"name": "Palvelu Asiakas"})
    with pytest.raises(InvalidInput, match="no start date"):
        clients.end_service(store, actor=actor, client_id=client.id, end=dt.date(2026, 1, 1))
    clients.start_service(store, actor=actor, client_id=client.id, start=dt.date(2026, 2, 1))
    before = entries(store)
    with pytest.raises(InvalidInput, match="cannot end before it starts") as raised:
        clients.end_service(store, actor=actor, client_id=client.id, end=dt.date(2026, 1, 31))
    assert raised.value.codes() == {"service_end": "end_before_start"}
    assert entries(store) == before
    ended = clients.end_service(store, actor=actor, client_id=client.id, end=dt.date(2026, 2, 1))
    assert ended.service_end == dt.date(2026, 2, 1)


def test_follow_up_cannot_be_before_the_visit(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Seuranta Oy"})
    with pytest.raises(InvalidInput, match="follow-up date cannot be before") as raised:
        visits.record_visit(store, actor=actor, employer_id=employer.id,
                            data={"visited_at": dt.datetime(2026, 5, 5, 10, tzinfo=dt.timezone.utc),
                                  "follow_up_date": dt.date(2026, 5, 4)})
    assert raised.value.codes() == {"follow_up_date": "follow_up_before_visit"}


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda s, a: employers.create_employer(s, actor=a, data={"name": "  "}), "name"),
        (lambda s, a: clients.create_client(s, actor=a, data={"name": ""}), "name"),
        (lambda s, a: events.create_event(s, actor=a, data={"name": "Kohtaamo"}), "held_on"),
    ],
)
def test_required_fields(store, actor, call, field):
    with pytest.raises(InvalidInput) as raised:
        call(store, actor)
    assert field in raised.value.codes()


def test_transition_kinds_and_dates(store, actor):
    client = clients.create_client(store, actor=actor, data={"name": "Siirtymä Asiakas",
                                                            "service_start": dt.date(2026, 1, 1)})
    with pytest.raises(InvalidInput, match="Kind of transition"):
        clients.record_transition(store, actor=actor, client_id=client.id,
                                  data={"transition_kind": "lottery", "start_date": dt.date(2026, 3, 1)})
    with pytest.raises(InvalidInput, match="before the client's service"):
        clients.record_transition(store, actor=actor, client_id=client.id,
                                  data={"transition_kind": "paid_work", "start_date": dt.date(2025, 3, 1)})
    done = clients.record_transition(store, actor=actor, client_id=client.id,
                                     data={"transition_kind": "paid_work", "start_date": dt.date(2026, 3, 1)})
    assert done.transition_kind == "paid_work"


def test_consent_in_force(store, actor):
    client = clients.create_client(store, actor=actor, data={"name": "Suostumus Asiakas"})
    consent = clients.record_consent(store, actor=actor, client_id=client.id,
                                     data={"given_on": dt.date(2026, 1, 1), "share_with_authority": True})
    assert clients.current_consent(store, client.id, dt.date(2026, 6, 1)).id == consent.id
    clients.withdraw_consent(store, actor=actor, consent_id=consent.id, withdrawn_on=dt.date(2026, 5, 1))
    assert clients.current_consent(store, client.id, dt.date(2026, 6, 1)) is None


def test_texts_over_the_shared_limits_are_refused_before_saving(store, actor):
    """The desktop validates with the server's limits (sync/records.py), so a text the server
    would refuse never reaches the outbox."""
    from sync.records import LONG_TEXT_MAX, SHORT_TEXT_MAX

    client = clients.create_client(store, actor=actor, data={"name": "Pitkä Teksti"})
    employer = employers.create_employer(store, actor=actor, data={"name": "Pituus Oy"})
    before = entries(store)
    with pytest.raises(InvalidInput) as raised:
        clients.add_note(store, actor=actor, client_id=client.id, data={"text": "ä" * (LONG_TEXT_MAX + 1)})
    assert raised.value.codes() == {"text": "string_too_long"}
    with pytest.raises(InvalidInput) as raised:
        visits.record_visit(store, actor=actor, employer_id=employer.id,
                            data={"next_step": "x" * (SHORT_TEXT_MAX + 1)})
    assert raised.value.codes() == {"next_step": "string_too_long"}
    with pytest.raises(InvalidInput) as raised:
        clients.update_client(store, actor=actor, client_id=client.id,
                              fields={"job_goals": "y" * (LONG_TEXT_MAX + 1)})
    assert raised.value.codes() == {"job_goals": "string_too_long"}
    assert entries(store) == before
    note = clients.add_note(store, actor=actor, client_id=client.id, data={"text": "ä" * LONG_TEXT_MAX})
    assert len(note.text) == LONG_TEXT_MAX
