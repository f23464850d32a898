"""The client use cases as services (no Qt): making and editing a client, consents, notes,
transitions, and deleting a client with everything recorded under them."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlmodel import select

from desktop.errors import InvalidInput
from desktop.services import client_page, clients
from desktop.store.tables import Client, ClientNote, Consent, OutboxEntry


def _codes(error: pytest.ExceptionInfo) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in error.value.errors]


@pytest.fixture
def client(store, actor):
    return clients.create_client(store, actor=actor, data={"name": "Aino Asiakas", "personal_id": "131052-308t",
                                                           "service_start": dt.date(2025, 3, 1)})


def test_a_new_client_is_assigned_to_its_maker_with_the_code_normalised(store, actor, client):
    assert client.assigned_staff_ids == [str(actor.staff_id)]
    assert client.personal_id == "131052-308T"
    with store.reader() as session:
        [entry] = session.exec(select(OutboxEntry).where(OutboxEntry.record_id == client.id)).all()
    assert entry.kind == "client" and entry.fields["name"] == "Aino Asiakas"


def test_unknown_or_no_assigned_staff_is_refused_beside_the_field(store, actor, client):
    with pytest.raises(InvalidInput) as unknown:
        clients.update_client(store, actor=actor, client_id=client.id,
                              fields={"assigned_staff_ids": [str(uuid.uuid4())]})
    assert _codes(unknown) == [("assigned_staff_ids", "unknown_staff")]
    with pytest.raises(InvalidInput) as nobody:
        clients.assign_staff(store, actor=actor, client_id=client.id, staff_ids=[])
    assert _codes(nobody) == [("assigned_staff_ids", "required")]
    with store.reader() as session:
        assert session.get(Client, client.id).assigned_staff_ids == [str(actor.staff_id)]


def test_a_service_ends_only_after_it_started(store, actor):
    unstarted = clients.create_client(store, actor=actor, data={"name": "Bertta Toinen"})
    with pytest.raises(InvalidInput) as error:
        clients.end_service(store, actor=actor, client_id=unstarted.id, end=dt.date(2025, 6, 1))
    assert _codes(error) == [("service_end", "service_not_started")]
    started = clients.start_service(store, actor=actor, client_id=unstarted.id, start=dt.date(2025, 3, 1))
    assert started.service_start == dt.date(2025, 3, 1)
    ended = clients.end_service(store, actor=actor, client_id=unstarted.id, end=dt.date(2025, 6, 1))
    assert ended.service_end == dt.date(2025, 6, 1)


def test_a_transition_before_the_service_is_refused(store, actor, client):
    with pytest.raises(InvalidInput) as error:
        clients.record_transition(store, actor=actor, client_id=client.id, data={
            "transition_kind": "paid_work", "start_date": dt.date(2025, 2, 1)})
    assert _codes(error) == [("start_date", "before_service")]
    assert client_page.load_client(store, client.id).transitions == []


def test_the_consent_in_force_is_the_newest_not_withdrawn(store, actor, client):
    first = clients.record_consent(store, actor=actor, client_id=client.id, data={"given_on": dt.date(2025, 3, 1)})
    second = clients.record_consent(store, actor=actor, client_id=client.id, data={"given_on": dt.date(2025, 5, 1)})
    assert clients.current_consent(store, client.id, on=dt.date(2025, 4, 1)).id == first.id
    assert clients.current_consent(store, client.id, on=dt.date(2025, 6, 1)).id == second.id
    clients.withdraw_consent(store, actor=actor, consent_id=second.id, withdrawn_on=dt.date(2025, 6, 1))
    assert clients.current_consent(store, client.id, on=dt.date(2025, 6, 2)).id == first.id
    assert clients.current_consent(store, client.id, on=dt.date(2025, 2, 1)) is None


def test_a_note_is_the_makers_of_today_and_is_edited_and_deleted_by_kind(store, actor, client):
    note = clients.add_note(store, actor=actor, client_id=client.id, data={"text": "Tapaaminen"})
    assert (note.staff_id, note.noted_on) == (actor.staff_id, dt.date.today())
    clients.update_record(store, actor=actor, kind="client_note", record_id=note.id, fields={"text": "Puhelu"})
    assert [n.text for n in client_page.load_client(store, client.id).notes] == ["Puhelu"]
    clients.delete_record(store, actor=actor, kind="client_note", record_id=note.id)
    assert client_page.load_client(store, client.id).notes == []


def test_deleting_a_client_deletes_what_is_recorded_under_them(store, actor, client):
    note = clients.add_note(store, actor=actor, client_id=client.id, data={"text": "Tapaaminen"})
    consent = clients.record_consent(store, actor=actor, client_id=client.id, data={"given_on": dt.date(2025, 3, 1)})

    clients.delete_client(store, actor=actor, client_id=client.id)

    # Nothing of them is kept, not even which client a note was under; and as none of them
    # was ever sent, no delete needs to travel either (a synced record's delete travels without
    # content: tests/services/test_erasure.py).
    assert client_page.owning_client(store, "client_note", note.id) is None
    with store.reader() as session:
        assert session.get(ClientNote, note.id) is None and session.get(Consent, consent.id) is None
        ids = [client.id, note.id, consent.id]
        assert session.exec(select(OutboxEntry).where(OutboxEntry.record_id.in_(ids))).all() == []
