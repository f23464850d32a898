"""Deleting a record as a person does it from a screen: what will be erased, who may, and the delete.

``plan`` tells what a delete of one record erases (the record, named as the screens name it,
and how many records of each kind go with it), whether the server has it (``synced``: the
delete then travels at the next sync) and the organisation's undo period (``undo_days``:
how long a manager can restore it on the server). ``delete`` runs the kind's own service
(``clients.delete_client``, ``employers.delete_employer``, ``events.delete_event``, ...), so
what goes with a record is decided in one place per kind.

Who may delete follows the server (``sync.server.authz``): records shared in the organisation
(employers, contacts, positions, visits, events) by anyone; a client and what is recorded
under them by the client's assigned staff, managers and admins; the organisation, localities,
staff and audit events never from these screens.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass, field

from sqlmodel import Session, select

from desktop.errors import KenttaError
from desktop.services import changes, clients, employers, events, visits
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import (
    Client,
    Contact,
    Employer,
    EmployerAttachment,
    EventParticipant,
    Organisation,
    Position,
)
from desktop.translation import QT_TRANSLATE_NOOP
from sync.records import OrganisationBase

logger = logging.getLogger(__name__)

DEFAULT_UNDO_DAYS: int = OrganisationBase.model_fields["undo_days"].default
PRIVILEGED_ROLES = frozenset({"manager", "admin"})
SHARED_KINDS = frozenset({"employer", "contact", "position", "visit", "recruitment_event",
                          "employer_attachment"})
CLIENT_KINDS = frozenset({"client", "consent", "assessment", "client_note", "transition",
                          "event_participant", "handover_form", "client_attachment"})
DELETABLE_KINDS = SHARED_KINDS | CLIENT_KINDS

# What goes with a record when it is deleted: (kind of the parent, its children's table, their reference).
_CHILDREN = {
    "client": [(table, "client_id") for table in clients.CLIENT_CHILDREN],
    "employer": [(Contact, "employer_id"), (Position, "employer_id"), (EmployerAttachment, "employer_id")],
    "recruitment_event": [(EventParticipant, "event_id")],
}


# The kinds whose service decides what goes with them (others: ``clients.delete_record``).
_OWN_DELETE = {
    "client": lambda store, actor, rid: clients.delete_client(store, actor=actor, client_id=rid),
    "assessment": lambda store, actor, rid: clients.delete_assessment(store, actor=actor, assessment_id=rid),
    "employer": lambda store, actor, rid: employers.delete_employer(store, actor=actor, employer_id=rid),
    "contact": lambda store, actor, rid: employers.remove_contact(store, actor=actor, contact_id=rid),
    "visit": lambda store, actor, rid: visits.delete_visit(store, actor=actor, visit_id=rid),
    "recruitment_event": lambda store, actor, rid: events.delete_event(store, actor=actor, event_id=rid),
    "event_participant": lambda store, actor, rid: events.remove_participant(store, actor=actor,
                                                                             participant_id=rid),
}


# The kinds whose delete is an audit event (``clients.delete_assessment``).
AUDITED_DELETES = frozenset({"assessment"})


class NotPermitted(KenttaError):
    """The user's role may not delete this record."""


@dataclass(frozen=True)
class DeletePlan:
    kind: str
    record_id: uuid.UUID
    name: str  # the record as its screen names it: a name, a title, or a date (ISO) for dated records
    day: dt.date | None  # the record's date, where it has one (a visit, a note, an event)
    synced: bool  # the server has it: the delete travels at the next sync
    undo_days: int
    under: dict[str, int] = field(default_factory=dict)  # kind -> how many records go with it

    @property
    def under_total(self) -> int:
        return sum(self.under.values())


def undo_days(session: Session) -> int:
    """The organisation's undo period for deletes, as the local organisation record holds it."""
    value = session.exec(select(Organisation.undo_days).where(Organisation.deleted == False)).first()  # noqa: E712
    return value if isinstance(value, int) and value > 0 else DEFAULT_UNDO_DAYS


def undo_period(store: Store) -> int:
    with store.reader() as session:
        return undo_days(session)


def may_delete(session: Session, *, actor: Actor, record) -> bool:
    """Whether the user may delete ``record`` (a live row), as the server would allow it."""
    kind = record.kind
    if kind in SHARED_KINDS:
        return True
    if kind not in CLIENT_KINDS:
        return False
    if actor.role in PRIVILEGED_ROLES:
        return True
    client = record if kind == "client" else session.get(Client, record.client_id)
    if client is None or actor.staff_id is None:
        return False
    return str(actor.staff_id) in {str(s) for s in client.assigned_staff_ids or []}


def _name_and_day(session: Session, record) -> tuple[str, dt.date | None]:
    kind = record.kind
    if kind in ("client", "employer", "contact", "recruitment_event"):
        return record.name, getattr(record, "held_on", None)
    if kind == "position":
        return record.title, None
    if kind in ("client_attachment", "employer_attachment"):
        return record.file_name, record.attached_on
    if kind == "visit":
        employer = session.get(Employer, record.employer_id)
        return (employer.name if employer else ""), record.visited_at.date()
    if kind == "event_participant":
        client = session.get(Client, record.client_id)
        return (client.name if client else ""), None
    day = next((getattr(record, name) for name in ("noted_on", "assessed_on", "given_on", "start_date")
                if getattr(record, name, None) is not None), None)
    if kind == "handover_form" and getattr(record, "document_number", None):
        return record.document_number, day
    return "", day


def plan(store: Store, *, actor: Actor, kind: str, record_id) -> DeletePlan | None:
    """What deleting the record erases; None when it is no longer here. ``NotPermitted`` when
    the user may not delete it."""
    table = changes.table_for(kind)
    with store.reader() as session:
        record = session.get(table, uuid.UUID(str(record_id)))
        if record is None or record.deleted:
            return None
        if not may_delete(session, actor=actor, record=record):
            raise NotPermitted(QT_TRANSLATE_NOOP("Errors", "Your role may not delete this record."))
        under: dict[str, int] = {}
        for child, reference in _CHILDREN.get(kind, []):
            rows = session.exec(select(child.id).where(getattr(child, reference) == record.id,
                                                       child.deleted == False)).all()  # noqa: E712
            if rows:
                under[child.kind] = len(rows)
        name, day = _name_and_day(session, record)
        return DeletePlan(kind=kind, record_id=record.id, name=name, day=day, synced=record.rev > 0,
                          undo_days=undo_days(session), under=under)


def delete(store: Store, *, actor: Actor, kind: str, record_id) -> set[str]:
    """Delete the record (and what goes with it) at once; the kinds that changed, for the screens."""
    table = changes.table_for(kind)
    with store.reader() as session:
        record = session.get(table, uuid.UUID(str(record_id)))
        if record is not None and not record.deleted and not may_delete(session, actor=actor, record=record):
            raise NotPermitted(QT_TRANSLATE_NOOP("Errors", "Your role may not delete this record."))
    own = _OWN_DELETE.get(kind)
    if own is not None:
        own(store, actor, record_id)
    elif kind in DELETABLE_KINDS:
        clients.delete_record(store, actor=actor, kind=kind, record_id=record_id)
    else:
        raise NotPermitted(QT_TRANSLATE_NOOP("Errors", "Records of this kind are not deleted from this laptop."))
    logger.info("deleted %s %s", kind, record_id)
    audited = {"audit_event"} if kind in AUDITED_DELETES else set()
    return {kind} | audited | {child.kind for child, _reference in _CHILDREN.get(kind, [])}
