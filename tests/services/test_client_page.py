"""The client's page as a service (no Qt): what it shows, the code and assessments read only
after an audit event, and the client a record of the client's kinds belongs to."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlmodel import select

from desktop.services import client_page, clients, employers, events
from desktop.store.tables import AuditEvent, OutboxEntry
from sync.records import RECORD_TYPES

PERSONAL_ID = "131052-308T"


@pytest.fixture
def client(store, actor):
    return clients.create_client(store, actor=actor, data={
        "name": "Aino Asiakas", "personal_id": PERSONAL_ID, "municipality": "Raahe",
        "service_start": dt.date(2025, 3, 1)})


def _audit(store) -> list[AuditEvent]:
    with store.reader() as session:
        return list(session.exec(select(AuditEvent).order_by(AuditEvent.at)).all())


def test_the_page_data_holds_the_masked_code_only(store, actor, client):
    data = client_page.load_client(store, client.id)

    assert data.client.name == "Aino Asiakas"
    assert data.client.personal_id is None
    assert data.masked_personal_id == "131052-****"
    assert PERSONAL_ID not in repr(data)
    assert data.staff_names == ["Testi Valmentaja"]
    assert (data.consent, data.assessment_dates, data.notes, data.transitions) == (None, [], [], [])
    assert _audit(store) == []  # reading the page is not an audit event
    assert client_page.load_client(store, str(client.id)).client.id == client.id


def test_a_missing_or_deleted_client_has_no_page(store, actor, client):
    assert client_page.load_client(store, uuid.uuid4()) is None
    clients.delete_client(store, actor=actor, client_id=client.id)
    assert client_page.load_client(store, client.id) is None


def test_notes_and_transitions_newest_first_with_names(store, actor, client):
    employer = employers.create_employer(store, actor=actor, data={"name": "Kallio Oy"})
    clients.add_note(store, actor=actor, client_id=client.id, data={"text": "Ensimmäinen", "noted_on": dt.date(2025, 3, 2)})
    clients.add_note(store, actor=actor, client_id=client.id, data={"text": "Toinen", "noted_on": dt.date(2025, 4, 2),
                                                                   "partners": "TE-toimisto"})
    clients.record_transition(store, actor=actor, client_id=client.id, data={
        "transition_kind": "paid_work", "employer_id": employer.id, "start_date": dt.date(2025, 5, 1)})
    clients.record_consent(store, actor=actor, client_id=client.id, data={"given_on": dt.date(2025, 3, 1)})
    clients.record_assessment(store, actor=actor, client_id=client.id, data={
        "assessed_on": dt.date(2025, 3, 5), "summary": "Valmis kokeiluun"})

    data = client_page.load_client(store, client.id)

    assert [(n.text, n.staff_name, n.partners) for n in data.notes] == [
        ("Toinen", "Testi Valmentaja", "TE-toimisto"), ("Ensimmäinen", "Testi Valmentaja", "")]
    assert [(t.transition_kind, t.employer_name, t.start_date) for t in data.transitions] == [
        ("paid_work", "Kallio Oy", dt.date(2025, 5, 1))]
    assert data.consent is not None and data.consent.given_on == dt.date(2025, 3, 1)
    assert data.assessment_dates == [dt.date(2025, 3, 5)]
    assert "Valmis kokeiluun" not in repr(data)  # an assessment's contents only through show_assessments


def test_revealing_the_code_writes_the_audit_event_and_its_outbox_entry(store, actor, client):
    assert client_page.reveal_personal_id(store, actor=actor, client_id=client.id) == PERSONAL_ID

    [event] = _audit(store)
    assert (event.action, event.record_kind, event.record_id, event.client_id, event.staff_id) == (
        "reveal_personal_id", "client", client.id, client.id, actor.staff_id)
    assert PERSONAL_ID not in repr(event)
    with store.reader() as session:
        entries = session.exec(select(OutboxEntry).where(OutboxEntry.record_id == event.id)).all()
    assert [(e.kind, e.fields["action"]) for e in entries] == [("audit_event", "reveal_personal_id")]


def test_a_client_without_a_code_reveals_an_empty_one_and_is_still_audited(store, actor):
    plain = clients.create_client(store, actor=actor, data={"name": "Bertta Toinen"})
    assert client_page.reveal_personal_id(store, actor=actor, client_id=plain.id) == ""
    assert [(e.action, e.client_id) for e in _audit(store)] == [("reveal_personal_id", plain.id)]


def test_each_assessment_shown_is_an_audit_event(store, actor, client):
    older = clients.record_assessment(store, actor=actor, client_id=client.id, data={
        "assessed_on": dt.date(2025, 3, 5), "work_capacity": "Kunnossa"})
    newer = clients.record_assessment(store, actor=actor, client_id=client.id, data={
        "assessed_on": dt.date(2025, 6, 5), "work_capacity": "Hyvä"})

    shown = client_page.show_assessments(store, actor=actor, client_id=client.id)

    assert [a.id for a in shown] == [newer.id, older.id]
    assert [a.work_capacity for a in shown] == ["Hyvä", "Kunnossa"]
    views = _audit(store)
    assert sorted((e.action, e.record_kind, e.record_id, e.client_id, e.staff_id) for e in views) == sorted(
        ("view", "assessment", a.id, client.id, actor.staff_id) for a in (older, newer))


def test_no_assessments_shown_is_no_audit_event(store, actor, client):
    assert client_page.show_assessments(store, actor=actor, client_id=client.id) == []
    assert _audit(store) == []


def test_the_owning_client_of_each_kind_the_client_owns(store, actor, client):
    event = events.create_event(store, actor=actor, data={"name": "Työkohtaamo", "held_on": dt.date(2025, 5, 5)})
    owned = {
        "consent": clients.record_consent(store, actor=actor, client_id=client.id,
                                          data={"given_on": dt.date(2025, 3, 1)}),
        "assessment": clients.record_assessment(store, actor=actor, client_id=client.id,
                                                data={"assessed_on": dt.date(2025, 3, 5)}),
        "client_note": clients.add_note(store, actor=actor, client_id=client.id, data={"text": "Tapaaminen"}),
        "transition": clients.record_transition(store, actor=actor, client_id=client.id, data={
            "transition_kind": "studies", "start_date": dt.date(2025, 8, 1)}),
        "event_participant": events.add_participant(store, actor=actor, event_id=event.id, client_id=client.id),
    }
    for kind, record in owned.items():
        assert client_page.owning_client(store, kind, record.id) == client.id, kind
        assert client_page.owning_client(store, kind, str(record.id)) == client.id, kind
    assert client_page.owning_client(store, "client", client.id) == client.id
    assert client_page.owning_client(store, "client_note", uuid.uuid4()) is None


def test_the_kinds_a_client_owns_come_from_the_schemas():
    """A new client-scoped kind is owned by its client without another list to keep."""
    scoped = {kind for kind, schema in RECORD_TYPES.items() if schema.client_scoped} - {"client"}
    assert set(client_page.OWNED) == scoped
    assert all("client_id" in table.model_fields for table in client_page.OWNED.values())
    # what deleting a client deletes with it (desktop/services/clients.py) is the same set, but
    # for the records that only the server writes (it purges them with the client)
    assert set(clients.CLIENT_CHILDREN) == {
        table for kind, table in client_page.OWNED.items() if not RECORD_TYPES[kind].server_written}


def _ask(store, *questions: str) -> None:
    from desktop.store.tables import Organisation

    with store.session() as session:
        session.exec(select(Organisation)).one().esf_questions = list(questions)


def test_the_funders_missing_data_follow_the_questions_asked_and_the_service_end(store, actor, client):
    page = client_page.load_client(store, client.id)
    assert page.esf_questions == [] and page.client.birth_date == dt.date(1952, 10, 13)
    assert page.missing == ["gender", "labour_status_at_entry", "education_level", "eura_entry"]
    _ask(store, "homeless", "minority")
    clients.update_client(store, actor=actor, client_id=client.id, fields={
        "gender": "man", "labour_status_at_entry": "unemployed", "education_level": "isced_5_8",
        "eura_entry": "not_done", "minority": "declined", "service_end": dt.date(2025, 8, 31),
        "exit_situation": "other"})
    page = client_page.load_client(store, client.id)
    assert page.esf_questions == ["minority", "homeless"]  # in the schema's order
    assert page.special_answered == {"disability": False, "minority": True}
    assert page.missing == ["long_term_unemployed", "homeless", "eura_entry", "qualification_gained",
                            "situation_6_months", "eura_exit"]


def test_special_category_answers_are_read_only_after_their_audit_event(store, actor, client):
    clients.update_client(store, actor=actor, client_id=client.id, fields={"disability": "yes", "minority": "no"})
    page = client_page.load_client(store, client.id)
    assert (page.client.disability, page.client.minority) == (None, None)
    assert _audit(store) == []
    answers = client_page.show_special_categories(store, actor=actor, client_id=client.id)
    assert answers == {"disability": "yes", "minority": "no"}
    assert [(e.action, e.record_kind, e.record_id, e.client_id, e.detail) for e in _audit(store)] == [
        ("view", "client", client.id, client.id, "special_categories")]
