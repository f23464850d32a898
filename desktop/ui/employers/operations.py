"""Reads the employer page runs in the background (plain Python, no Qt)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from desktop.errors import NotFound
from desktop.services import changes
from desktop.store.profile import Store
from desktop.store.tables import Contact, Employer, Locality, Position


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
