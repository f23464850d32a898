"""The client use cases as services (no Qt): making and editing a client, consents, notes,
transitions, correcting notes and assessments, and deleting a client with everything recorded
under them."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import text
from sqlmodel import select

from desktop.errors import InvalidInput
from desktop.services import client_page, clients, deletion
from desktop.store.tables import Assessment, AuditEvent, Client, ClientNote, Consent, OutboxEntry
from desktop.sync import outbox


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


def _audit(store) -> list[AuditEvent]:
    with store.reader() as session:
        return list(session.exec(select(AuditEvent).order_by(AuditEvent.at)).all())


def _synced(store, *records) -> None:
    """As if the server had the records: a revision, nothing waiting in the outbox."""
    with store.session() as session:
        session.exec(text("DELETE FROM outbox"))
        for record in records:
            session.get(type(record), record.id).rev = 1


def test_a_note_is_corrected_as_a_synced_change(store, actor, client):
    note = clients.add_note(store, actor=actor, client_id=client.id,
                            data={"noted_on": dt.date(2025, 3, 3), "text": "Tapaaminen, sovittiin kokeilu."})
    _synced(store, note)
    clients.update_record(store, actor=actor, kind="client_note", record_id=note.id,
                          fields={"text": "Tapaaminen, sovittiin työkokeilu.", "noted_on": dt.date(2025, 3, 4)})
    [row] = client_page.load_client(store, client.id).notes
    assert (row.text, row.noted_on, row.staff_name) == ("Tapaaminen, sovittiin työkokeilu.", dt.date(2025, 3, 4),
                                                        "Testi Valmentaja")
    with store.reader() as session:
        [entry] = outbox.items(session)
    assert (entry.kind, entry.record_id, entry.base_rev, entry.deleted) == ("client_note", note.id, 1, False)
    assert entry.fields == {"text": "Tapaaminen, sovittiin työkokeilu.", "noted_on": "2025-03-04"}  # no staff_id


def test_an_assessment_s_edit_is_audited_and_synced(store, actor, client):
    assessment = clients.record_assessment(store, actor=actor, client_id=client.id, data={
        "assessed_on": dt.date(2025, 3, 5), "work_capacity": "Osa-aikatyö", "summary": "Kokeilu"})
    _synced(store, assessment)
    clients.update_assessment(store, actor=actor, assessment_id=assessment.id,
                              fields={"work_capacity": "Kokoaikatyö", "summary": "Kokeilu"})
    [row] = client_page.show_assessments(store, actor=actor, client_id=client.id)
    assert (row.work_capacity, row.summary, row.staff_id) == ("Kokoaikatyö", "Kokeilu", actor.staff_id)
    edits = [e for e in _audit(store) if e.action == "edit"]
    assert [(e.record_kind, e.record_id, e.client_id, e.staff_id, e.detail) for e in edits] == [
        ("assessment", assessment.id, client.id, actor.staff_id, "work_capacity")]  # which field, never its text
    with store.reader() as session:
        waiting = {(e.kind, e.record_id): e.fields for e in outbox.items(session)}
    assert waiting[("assessment", assessment.id)] == {"work_capacity": "Kokoaikatyö"}
    assert ("audit_event", edits[0].id) in waiting

    clients.update_assessment(store, actor=actor, assessment_id=assessment.id, fields={"summary": "Kokeilu"})
    assert len([e for e in _audit(store) if e.action == "edit"]) == 1  # nothing changed: nothing to audit


def test_an_assessment_deleted_from_a_screen_is_erased_and_audited(store, actor, client):
    assessment = clients.record_assessment(store, actor=actor, client_id=client.id, data={
        "assessed_on": dt.date(2025, 3, 5), "functional_capacity": "Zyqwarble-rajoite"})
    _synced(store, assessment)
    plan = deletion.plan(store, actor=actor, kind="assessment", record_id=assessment.id)
    assert (plan.kind, plan.day, plan.synced) == ("assessment", dt.date(2025, 3, 5), True)
    changed = deletion.delete(store, actor=actor, kind="assessment", record_id=assessment.id)
    assert changed == {"assessment", "audit_event"}
    with store.reader() as session:
        assert session.get(Assessment, assessment.id) is None
        waiting = {(e.kind, e.record_id): (e.deleted, e.fields) for e in outbox.items(session)}
    assert waiting[("assessment", assessment.id)] == (True, {})  # the delete travels without content
    deletes = [e for e in _audit(store) if e.action == "delete"]
    assert [(e.record_kind, e.record_id, e.client_id, e.staff_id) for e in deletes] == [
        ("assessment", assessment.id, client.id, actor.staff_id)]
    assert client_page.load_client(store, client.id).assessment_dates == []
