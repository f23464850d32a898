"""What the event's page shows, read off the GUI thread (no Qt here)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlmodel import select

from desktop.store.profile import Store
from desktop.store.tables import Client, Employer, EventParticipant, Locality, RecruitmentEvent


@dataclass(frozen=True)
class ParticipantRow:
    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
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
