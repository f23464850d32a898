"""Jobseeker clients: assignment, service path and period, consent,
assessments, notes and transitions."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlmodel import select

from desktop.errors import FieldError, InvalidInput
from desktop.services import audit, changes, duplicates
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import (
    Assessment,
    AssignmentRequest,
    Client,
    ClientAttachment,
    ClientNote,
    Consent,
    EventParticipant,
    HandoverForm,
    Staff,
    Transition,
)

# Everything that belongs to a client, deleted (and purged) with it.
CLIENT_CHILDREN = (Consent, Assessment, ClientNote, Transition, EventParticipant, HandoverForm,
                   AssignmentRequest, ClientAttachment)


def create_client(store: Store, *, actor: Actor, data: dict[str, Any],
                  allow_duplicate: bool = False) -> Client:
    """A new client, assigned to the user making it unless staff are given.

    Refused with ``DuplicateClient`` when the person may already be a client here (the same
    identity code, or the same name and date of birth), unless ``allow_duplicate``."""
    data = dict(data)
    if not data.get("assigned_staff_ids") and actor.staff_id:
        data["assigned_staff_ids"] = [str(actor.staff_id)]
    with store.session() as session:
        data["assigned_staff_ids"] = _check_staff(session, data.get("assigned_staff_ids", []))
        if not allow_duplicate:
            found = duplicates.find_local_duplicates(
                session, personal_id=data.get("personal_id"), name=data.get("name"),
                birth_date=data.get("birth_date"))
            if found:
                raise duplicates.DuplicateClient(found)
        return changes.create(session, Client, data, actor=actor)


def _check_staff(session, staff_ids: list) -> list[str]:
    ids = [str(uuid.UUID(str(s))) for s in staff_ids]
    for staff_id in ids:
        if session.get(Staff, uuid.UUID(staff_id)) is None:
            raise InvalidInput([FieldError("assigned_staff_ids", "unknown_staff",
                                           "An assigned staff member is not known on this laptop.")])
    return list(dict.fromkeys(ids))


def update_client(store: Store, *, actor: Actor, client_id, fields: dict[str, Any]) -> Client:
    with store.session() as session:
        if "assigned_staff_ids" in fields:
            fields = fields | {"assigned_staff_ids": _check_staff(session, fields["assigned_staff_ids"])}
        return changes.update(session, changes.get(session, Client, client_id), fields, actor=actor)


def assign_staff(store: Store, *, actor: Actor, client_id, staff_ids: list) -> Client:
    if not staff_ids:
        raise InvalidInput([FieldError("assigned_staff_ids", "required",
                                       "A client needs at least one assigned staff member.")])
    return update_client(store, actor=actor, client_id=client_id, fields={"assigned_staff_ids": staff_ids})


def start_service(store: Store, *, actor: Actor, client_id, start: dt.date) -> Client:
    return update_client(store, actor=actor, client_id=client_id, fields={"service_start": start})


def end_service(store: Store, *, actor: Actor, client_id, end: dt.date) -> Client:
    with store.session() as session:
        client = changes.get(session, Client, client_id)
        if client.service_start is None:
            raise InvalidInput([FieldError("service_end", "service_not_started",
                                           "The service has no start date, so it cannot end.")])
        return changes.update(session, client, {"service_end": end}, actor=actor)


def delete_client(store: Store, *, actor: Actor, client_id) -> None:
    """Delete a client and everything recorded under them."""
    with store.session() as session:
        client = changes.get(session, Client, client_id)
        for table in CLIENT_CHILDREN:
            for row in session.exec(select(table).where(table.client_id == client.id)).all():
                changes.delete(session, row, actor=actor)
        changes.delete(session, client, actor=actor)


def _add_for_client(store: Store, table, *, actor: Actor, client_id, data: dict[str, Any]):
    with store.session() as session:
        client = changes.get(session, Client, client_id)
        return changes.create(session, table, data | {"client_id": client.id}, actor=actor)


def record_consent(store: Store, *, actor: Actor, client_id, data: dict[str, Any]) -> Consent:
    return _add_for_client(store, Consent, actor=actor, client_id=client_id, data=data)


def withdraw_consent(store: Store, *, actor: Actor, consent_id, withdrawn_on: dt.date) -> Consent:
    with store.session() as session:
        consent = changes.get(session, Consent, consent_id)
        return changes.update(session, consent, {"withdrawn_on": withdrawn_on}, actor=actor)


def current_consent(store: Store, client_id, on: dt.date | None = None) -> Consent | None:
    """The newest consent in force on ``on`` (today by default)."""
    on = on or dt.date.today()
    with store.reader() as session:
        rows = session.exec(
            select(Consent).where(Consent.client_id == uuid.UUID(str(client_id)),
                                  Consent.deleted == False, Consent.given_on <= on)  # noqa: E712
            .order_by(Consent.given_on.desc())
        ).all()
    for row in rows:
        if row.withdrawn_on is None or row.withdrawn_on > on:
            return row
    return None


def record_assessment(store: Store, *, actor: Actor, client_id, data: dict[str, Any]) -> Assessment:
    data = {"staff_id": actor.staff_id} | data
    return _add_for_client(store, Assessment, actor=actor, client_id=client_id, data=data)


def update_assessment(store: Store, *, actor: Actor, assessment_id, fields: dict[str, Any]) -> Assessment:
    """Correct an assessment; the edit is an audit event (which fields, never their text)."""
    with store.session() as session:
        assessment = changes.get(session, Assessment, assessment_id)
        before = assessment.model_dump(mode="json", include=set(fields))
        changes.update(session, assessment, fields, actor=actor)
        after = assessment.model_dump(mode="json", include=set(fields))
        changed = sorted(name for name in fields if before[name] != after[name])
        if changed:
            audit.log_in_session(session, actor=actor, action="edit", record_kind="assessment",
                                 record_id=assessment.id, client_id=assessment.client_id,
                                 detail=",".join(changed))
        return assessment


def delete_assessment(store: Store, *, actor: Actor, assessment_id) -> None:
    """Erase an assessment; the delete is an audit event."""
    with store.session() as session:
        assessment = changes.get(session, Assessment, assessment_id)
        audit.log_in_session(session, actor=actor, action="delete", record_kind="assessment",
                             record_id=assessment.id, client_id=assessment.client_id)
        changes.delete(session, assessment, actor=actor)


def add_note(store: Store, *, actor: Actor, client_id, data: dict[str, Any]) -> ClientNote:
    data = {"staff_id": actor.staff_id, "noted_on": dt.date.today()} | data
    return _add_for_client(store, ClientNote, actor=actor, client_id=client_id, data=data)


def record_transition(store: Store, *, actor: Actor, client_id, data: dict[str, Any]) -> Transition:
    with store.session() as session:
        client = changes.get(session, Client, client_id)
        transition = changes.validate(Transition, data | {"client_id": client.id})
        if client.service_start and transition.start_date < client.service_start:
            raise InvalidInput([FieldError("start_date", "before_service",
                                           "A transition cannot start before the client's service.")])
        return changes.create(session, Transition, data | {"client_id": client.id}, actor=actor)


def update_record(store: Store, *, actor: Actor, kind: str, record_id, fields: dict[str, Any]):
    """Edit any client-owned record (note, assessment, consent, transition)."""
    table = changes.table_for(kind)
    with store.session() as session:
        return changes.update(session, changes.get(session, table, record_id), fields, actor=actor)


def delete_record(store: Store, *, actor: Actor, kind: str, record_id) -> None:
    table = changes.table_for(kind)
    with store.session() as session:
        changes.delete(session, changes.get(session, table, record_id), actor=actor)
