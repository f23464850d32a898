"""Employers, their contacts, positions and letters of intent: the actions and what the pages read."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from desktop.errors import FieldError, InvalidInput, NotFound
from desktop.services import changes, listing
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import Contact, Employer, EmployerAttachment, Locality, Position
from sync.identifiers import normalise_business_id


@dataclass(frozen=True)
class EmployerHit:
    id: uuid.UUID
    name: str
    business_id: str | None
    municipality: str | None


def find_employers(store: Store, text: str, *, limit: int = 8) -> list[EmployerHit]:
    """Employers whose name, business ID or municipality start with the words typed."""
    if not text.strip():
        return []
    rows = listing.fetch_page(store, listing.EMPLOYERS, filter_text=text, limit=limit)
    return [EmployerHit(row[0], row[1], row[2], row[3]) for row in rows]


def employer_name(store: Store, employer_id) -> str:
    with store.reader() as session:
        return changes.get(session, Employer, employer_id).name


def find_by_business_id(store: Store, business_id: str) -> Employer | None:
    """The live employer with this business ID, if any (the ID is normalised first)."""
    with store.reader() as session:
        return with_business_id(session, business_id)


def with_business_id(session, business_id: str) -> Employer | None:
    """``find_by_business_id`` in the caller's session."""
    try:
        wanted = normalise_business_id(business_id)
    except ValueError:
        return None
    return session.exec(
        select(Employer).where(Employer.business_id == wanted, Employer.deleted == False)  # noqa: E712
    ).first()


def _refuse_duplicate(session, business_id: str | None, own_id: uuid.UUID | None = None) -> None:
    if not business_id:
        return
    other = with_business_id(session, business_id)
    if other is not None and other.id != own_id:
        raise InvalidInput(
            [FieldError("business_id", "duplicate_business_id",
                        f"An employer with business ID {business_id} is already recorded.")]
        )


def create_employer(store: Store, *, actor: Actor, data: dict[str, Any]) -> Employer:
    with store.session() as session:
        return create_in(session, actor=actor, data=data)


def create_in(session, *, actor: Actor, data: dict[str, Any]) -> Employer:
    """Create an employer in the caller's transaction (a visit to a new employer)."""
    record = changes.validate(Employer, data)
    _refuse_duplicate(session, record.business_id)
    return changes.create(session, Employer, data, actor=actor)


def update_employer(store: Store, *, actor: Actor, employer_id, fields: dict[str, Any]) -> Employer:
    with store.session() as session:
        employer = changes.get(session, Employer, employer_id)
        if "business_id" in fields and fields["business_id"]:
            checked = changes.validate(Employer, employer.model_dump() | fields)
            _refuse_duplicate(session, checked.business_id, employer.id)
        return changes.update(session, employer, fields, actor=actor)


def set_letter_of_intent(store: Store, *, actor: Actor, employer_id, signed_on: dt.date | None) -> Employer:
    return update_employer(store, actor=actor, employer_id=employer_id,
                           fields={"letter_of_intent_date": signed_on})


def delete_employer(store: Store, *, actor: Actor, employer_id) -> None:
    """Delete an employer with its contacts, positions and attachments (visits stay as history)."""
    with store.session() as session:
        employer = changes.get(session, Employer, employer_id)
        for table in (Contact, Position, EmployerAttachment):
            for row in session.exec(select(table).where(table.employer_id == employer.id)).all():
                changes.delete(session, row, actor=actor)
        changes.delete(session, employer, actor=actor)


def add_contact(store: Store, *, actor: Actor, employer_id, data: dict[str, Any]) -> Contact:
    with store.session() as session:
        return add_contact_in(session, actor=actor, employer_id=employer_id, data=data)


def add_contact_in(session, *, actor: Actor, employer_id, data: dict[str, Any]) -> Contact:
    """Add a contact in the caller's transaction (one met on a visit)."""
    employer = changes.get(session, Employer, employer_id)
    return changes.create(session, Contact, data | {"employer_id": employer.id}, actor=actor)


def update_contact(store: Store, *, actor: Actor, contact_id, fields: dict[str, Any]) -> Contact:
    with store.session() as session:
        return changes.update(session, changes.get(session, Contact, contact_id), fields, actor=actor)


def remove_contact(store: Store, *, actor: Actor, contact_id) -> None:
    with store.session() as session:
        changes.delete(session, changes.get(session, Contact, contact_id), actor=actor)


def add_position(store: Store, *, actor: Actor, employer_id, data: dict[str, Any]) -> Position:
    with store.session() as session:
        changes.get(session, Employer, employer_id)
        data = {"found_on": dt.date.today()} | data | {"employer_id": employer_id}
        return changes.create(session, Position, data, actor=actor)


def mark_position_filled(store: Store, *, actor: Actor, position_id, filled_on: dt.date) -> Position:
    with store.session() as session:
        position = changes.get(session, Position, position_id)
        return changes.update(session, position, {"filled": True, "filled_on": filled_on}, actor=actor)


def contacts_of(store: Store, employer_id) -> list[Contact]:
    with store.reader() as session:
        return list(session.exec(
            select(Contact).where(Contact.employer_id == uuid.UUID(str(employer_id)),
                                  Contact.deleted == False).order_by(Contact.name)  # noqa: E712
        ).all())


def open_positions_of(store: Store, employer_id) -> list[Position]:
    with store.reader() as session:
        return list(session.exec(
            select(Position).where(Position.employer_id == uuid.UUID(str(employer_id)),
                                   Position.deleted == False, Position.filled == False)  # noqa: E712
            .order_by(Position.title)
        ).all())


# --- what the employer page reads ----------------------------------------------------


@dataclass(frozen=True)
class EmployerCard:
    """One employer as the detail pane shows it."""

    employer: Employer
    locality_name: str | None


def load_employer(store: Store, employer_id) -> EmployerCard:
    with store.reader() as session:
        employer = changes.get(session, Employer, employer_id)
        locality = session.get(Locality, employer.locality_id) if employer.locality_id else None
        name = locality.name if locality is not None and not locality.deleted else None
        return EmployerCard(employer, name)


def employer_of(store: Store, kind: str, record_id) -> uuid.UUID:
    """The employer a record belongs to: itself, or a contact's or position's owner."""
    if kind == "employer":
        return uuid.UUID(str(record_id))
    table = {"contact": Contact, "position": Position}.get(kind)
    if table is None:
        raise NotFound(f"No employer for a record of kind {kind}.")
    with store.reader() as session:
        return changes.get(session, table, record_id).employer_id


def load_record(store: Store, kind: str, record_id):
    """A contact or position to edit."""
    with store.reader() as session:
        return changes.get(session, changes.table_for(kind), record_id)
