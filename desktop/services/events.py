"""Recruitment events (Työkohtaamo) and their participants: the actions and what the event page reads."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import select

from desktop.errors import FieldError, InvalidInput
from desktop.services import changes
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import Client, Employer, EventParticipant, Locality, RecruitmentEvent


def _check_employers(session, employer_ids: list) -> list[str]:
    ids = [str(e) for e in employer_ids]
    for employer_id in ids:
        changes.get(session, Employer, employer_id)
    return ids


def create_event(store: Store, *, actor: Actor, data: dict[str, Any]) -> RecruitmentEvent:
    with store.session() as session:
        data = dict(data)
        data["employer_ids"] = _check_employers(session, data.get("employer_ids", []))
        return changes.create(session, RecruitmentEvent, data, actor=actor)


def update_event(store: Store, *, actor: Actor, event_id, fields: dict[str, Any]) -> RecruitmentEvent:
    with store.session() as session:
        if "employer_ids" in fields:
            fields = fields | {"employer_ids": _check_employers(session, fields["employer_ids"])}
        return changes.update(session, changes.get(session, RecruitmentEvent, event_id), fields, actor=actor)


def add_participant(store: Store, *, actor: Actor, event_id, client_id) -> EventParticipant:
    with store.session() as session:
        event = changes.get(session, RecruitmentEvent, event_id)
        client = changes.get(session, Client, client_id)
        existing = session.exec(
            select(EventParticipant).where(
                EventParticipant.event_id == event.id,
                EventParticipant.client_id == client.id,
                EventParticipant.deleted == False,  # noqa: E712
            )
        ).first()
        if existing is not None:
            raise InvalidInput([FieldError("client_id", "duplicate_participant",
                                           "The client is already a participant of this event.")])
        return changes.create(session, EventParticipant,
                              {"event_id": event.id, "client_id": client.id}, actor=actor)


def set_hired(store: Store, *, actor: Actor, participant_id, hired: bool,
              employer_id=None) -> EventParticipant:
    with store.session() as session:
        participant = changes.get(session, EventParticipant, participant_id)
        if employer_id is not None:
            changes.get(session, Employer, employer_id)
        return changes.update(session, participant,
                              {"hired": hired, "hired_by_employer_id": employer_id if hired else None},
                              actor=actor)


def remove_participant(store: Store, *, actor: Actor, participant_id) -> None:
    with store.session() as session:
        changes.delete(session, changes.get(session, EventParticipant, participant_id), actor=actor)


def delete_event(store: Store, *, actor: Actor, event_id) -> None:
    with store.session() as session:
        event = changes.get(session, RecruitmentEvent, event_id)
        for row in session.exec(select(EventParticipant).where(EventParticipant.event_id == event.id)):
            changes.delete(session, row, actor=actor)
        changes.delete(session, event, actor=actor)


# --- what the event page reads ---------------------------------------------------------


@dataclass(frozen=True)
class ParticipantRow:
    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str | None  # None: the figures only of the client are here
    hired: bool
    hired_by_employer_id: uuid.UUID | None


@dataclass
class EventData:
    event: RecruitmentEvent
    locality_name: str
    employers: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # the event's, by name
    participants: list[ParticipantRow] = field(default_factory=list)  # by name
    employer_names: dict[uuid.UUID, str] = field(default_factory=dict)  # also hirers not on the list


def load_event(store: Store, event_id) -> EventData | None:
    with store.reader() as session:
        event = session.get(RecruitmentEvent, uuid.UUID(str(event_id)))
        if event is None or event.deleted:
            return None
        locality = session.get(Locality, event.locality_id) if event.locality_id else None
        employer_ids = [uuid.UUID(e) for e in event.employer_ids]
        employers = session.exec(select(Employer).where(Employer.id.in_(employer_ids))).all() if employer_ids else []
        rows = session.exec(
            select(EventParticipant, Client)
            .join(Client, Client.id == EventParticipant.client_id)
            .where(EventParticipant.event_id == event.id, EventParticipant.deleted == False)  # noqa: E712
        ).all()
        hirers = {p.hired_by_employer_id for p, _c in rows if p.hired_by_employer_id}
        missing = hirers - set(employer_ids)
        extra = session.exec(select(Employer).where(Employer.id.in_(missing))).all() if missing else []
    return EventData(
        event=event,
        locality_name=locality.name if locality else "",
        employers=sorted(((e.id, e.name) for e in employers), key=lambda pair: pair[1].casefold()),
        employer_names={e.id: e.name for e in (*employers, *extra)},
        participants=sorted(
            (ParticipantRow(p.id, c.id, c.name, p.hired, p.hired_by_employer_id) for p, c in rows),
            key=lambda row: row.client_name.casefold()),
    )


def event_of_participant(store: Store, participant_id) -> uuid.UUID | None:
    with store.reader() as session:
        row = session.get(EventParticipant, uuid.UUID(str(participant_id)))
        return row.event_id if row is not None else None
