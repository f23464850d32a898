"""Company visits: the coordinator's main journey, recorded in one transaction.

``save_visit`` is what the visit form calls: the new employer, the new
contact, the visit with its positions, and the removal of the form's draft
are one transaction, so a refused visit leaves nothing behind and a saved
one leaves no draft. A new visit is recorded under the id its form state
carries (``new_visit_id``): saving the same state again, after a failure
that was reported late or from a draft left by a crash, finds the visit
recorded and records nothing twice.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from desktop.errors import FieldError, InvalidInput
from desktop.services import changes, drafts, employers, setup
from desktop.services import visit_state as form
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import Contact, Employer, Locality, Position, Staff, Visit

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Saved:
    visit_id: uuid.UUID
    employer_id: uuid.UUID
    employer_created: bool = False
    contact_created: uuid.UUID | None = None
    positions_created: int = 0
    repeated: bool = False  # the visit was already recorded by an earlier save of this state


def record_visit(
    store: Store,
    *,
    actor: Actor,
    employer_id,
    data: dict[str, Any],
    new_contact: dict[str, Any] | None = None,
    positions: list[dict[str, Any]] | None = None,
) -> Visit:
    """Record a visit, with a contact met for the first time and the positions found.

    ``positions`` are dicts with ``title`` and optionally ``count``,
    ``occupation`` and ``hidden``; the visit's open-position and hidden-job
    counts are taken from them when it gives none. Everything is one
    transaction: an invalid position leaves no visit behind.
    """
    with store.session() as session:
        return _record(session, actor=actor, employer_id=employer_id, data=data,
                       new_contact=new_contact, positions=positions or [])


def _record(session: Session, *, actor: Actor, employer_id, data: dict[str, Any],
            new_contact: dict[str, Any] | None, positions: list[dict[str, Any]],
            row_numbers: list[int] | None = None, contact_prefix: str = "") -> Visit:
    """``record_visit`` in the caller's transaction; errors name positions by
    ``row_numbers`` (the form's rows) and a new contact's fields with ``contact_prefix``."""
    employer = changes.get(session, Employer, employer_id)
    data = {"staff_id": actor.staff_id, "visited_at": dt.datetime.now(dt.timezone.utc)} | data
    data["employer_id"] = employer.id
    if new_contact:
        try:
            contact = changes.create(session, Contact, new_contact | {"employer_id": employer.id}, actor=actor)
        except InvalidInput as error:
            raise InvalidInput([FieldError(contact_prefix + e.field, e.code, e.message)
                                for e in error.errors]) from None
        data["contact_id"] = contact.id
    elif data.get("contact_id"):
        _check_contact(session, data["contact_id"], employer.id)
    open_found = sum(int(p.get("count", 1)) for p in positions if not p.get("hidden"))
    hidden_found = sum(int(p.get("count", 1)) for p in positions if p.get("hidden"))
    data.setdefault("open_positions", open_found)
    data.setdefault("hidden_jobs", hidden_found)
    if positions and not data.get("open_position_titles"):
        data["open_position_titles"] = ", ".join(p["title"] for p in positions if p.get("title"))
    visit = changes.create(session, Visit, data, actor=actor)
    numbers = row_numbers or list(range(len(positions)))
    for number, position in zip(numbers, positions):
        try:
            changes.create(
                session,
                Position,
                {"found_on": visit.visited_at.date()} | position
                | {"employer_id": employer.id, "visit_id": visit.id},
                actor=actor,
            )
        except InvalidInput as error:
            raise InvalidInput([e.under("positions", number) for e in error.errors]) from None
    return visit


def _check_contact(session: Session, contact_id, employer_id: uuid.UUID) -> None:
    contact = changes.get(session, Contact, contact_id)
    if contact.employer_id != employer_id:
        raise InvalidInput([FieldError("contact_id", "wrong_employer",
                                       "The contact works for another employer.")])


def save_visit(store: Store, *, actor: Actor, state: dict[str, Any], draft_key: str | None = None) -> Saved:
    """Record the visit in the form's ``state`` (or update the one being edited), in one transaction.

    Every problem is found first and raised together (``InvalidInput``, each
    named by the form's field); then the new employer, the new contact, the
    visit and its positions are written and the draft under ``draft_key``
    removed, all or nothing.
    """
    with store.session() as session:
        repeated = _already_recorded(session, state)
        if repeated is not None:
            if draft_key:
                drafts.delete_in(session, draft_key)
            logger.info("visit %s was already recorded; not recorded again", repeated.visit_id.hex)
            return repeated
        errors = form.problems(session, state)
        if errors:
            raise InvalidInput(errors)
        if state.get("visit_id"):
            saved = _update(session, actor=actor, state=state)
        else:
            saved = _create(session, actor=actor, state=state)
        if draft_key:
            drafts.delete_in(session, draft_key)
    logger.info("visit %s %s", saved.visit_id.hex, "updated" if state.get("visit_id") else "recorded")
    return saved


def _already_recorded(session: Session, state: dict[str, Any]) -> Saved | None:
    new_id = None if state.get("visit_id") else state.get("new_visit_id")
    if not new_id:
        return None
    visit = session.get(Visit, uuid.UUID(str(new_id)))
    return None if visit is None else Saved(visit.id, visit.employer_id, repeated=True)


def _create(session: Session, *, actor: Actor, state: dict[str, Any]) -> Saved:
    fields = form.visit_fields(state)
    if state.get("new_visit_id"):
        fields["id"] = uuid.UUID(str(state["new_visit_id"]))
    contact = form.new_contact_of(state)
    new_employer = form.new_employer_of(state)
    if new_employer is not None:
        employer_id = employers.create_in(session, actor=actor, data=_placed(session, new_employer)).id
    else:
        employer_id = uuid.UUID(state["employer_id"])
    if contact is None and state.get("contact_id"):
        fields["contact_id"] = uuid.UUID(state["contact_id"])
    rows = form.position_rows(state)
    visit = _record(session, actor=actor, employer_id=employer_id, data=fields, new_contact=contact,
                    positions=[row for _, row in rows], row_numbers=[n for n, _ in rows],
                    contact_prefix="contact_")
    return Saved(visit.id, employer_id, new_employer is not None,
                 visit.contact_id if contact else None, len(rows))


def _placed(session: Session, employer: dict[str, Any]) -> dict[str, Any]:
    """A new employer met in the field: in the user's locality unless the form chose
    another (or none), and in that locality's municipality unless one was typed."""
    if "locality_id" not in employer:
        employer = employer | {"locality_id": setup.my_locality_in(session)}
    locality = session.get(Locality, employer["locality_id"]) if employer["locality_id"] else None
    if locality is not None and not employer.get("municipality"):
        employer = employer | {"municipality": locality.name}
    return employer


def _update(session: Session, *, actor: Actor, state: dict[str, Any]) -> Saved:
    fields = form.visit_fields(state)
    visit = changes.get(session, Visit, state["visit_id"])
    contact = form.new_contact_of(state)
    created = None
    if contact is not None:
        created = employers.add_contact_in(session, actor=actor, employer_id=visit.employer_id, data=contact).id
        fields["contact_id"] = created
    else:
        fields["contact_id"] = uuid.UUID(state["contact_id"]) if state.get("contact_id") else None
    if visit.follow_up_done_on is not None and fields.get("follow_up_date") != visit.follow_up_date:
        # A new follow-up date is a follow-up still to do (as ``today.move_follow_up`` makes it).
        fields |= {"follow_up_done_on": None, "follow_up_done_by": None}
    changes.update(session, visit, fields, actor=actor)
    return Saved(visit.id, visit.employer_id, contact_created=created)


def delete_visit(store: Store, *, actor: Actor, visit_id) -> None:
    with store.session() as session:
        changes.delete(session, changes.get(session, Visit, visit_id), actor=actor)


# --- what the form reads ------------------------------------------------------------


def contact_choices(store: Store, employer_id) -> list[tuple[str, str]]:
    """(id hex, label) of the employer's contacts, for the form's choice of the contact met."""
    return [(contact.id.hex, contact.name + (f" ({contact.title})" if contact.title else ""))
            for contact in employers.contacts_of(store, employer_id)]


def staff_name(store: Store, staff_id) -> str:
    """The name of who recorded a visit ("" for none)."""
    if staff_id is None:
        return ""
    with store.reader() as session:
        staff = session.get(Staff, uuid.UUID(str(staff_id)))
        return staff.name if staff else ""
