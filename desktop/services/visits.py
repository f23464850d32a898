"""Company visits: the coordinator's main journey, recorded in one transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.errors import FieldError, InvalidInput
from desktop.services import changes
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import Contact, Employer, Position, Visit


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
    positions = positions or []
    with store.session() as session:
        employer = changes.get(session, Employer, employer_id)
        data = {"staff_id": actor.staff_id, "visited_at": dt.datetime.now(dt.timezone.utc)} | data
        data["employer_id"] = employer.id
        if new_contact:
            contact = changes.create(session, Contact, new_contact | {"employer_id": employer.id}, actor=actor)
            data["contact_id"] = contact.id
        elif data.get("contact_id"):
            contact = changes.get(session, Contact, data["contact_id"])
            if contact.employer_id != employer.id:
                raise InvalidInput([FieldError("contact_id", "wrong_employer",
                                               "The contact works for another employer.")])
        open_found = sum(int(p.get("count", 1)) for p in positions if not p.get("hidden"))
        hidden_found = sum(int(p.get("count", 1)) for p in positions if p.get("hidden"))
        data.setdefault("open_positions", open_found)
        data.setdefault("hidden_jobs", hidden_found)
        if positions and not data.get("open_position_titles"):
            data["open_position_titles"] = ", ".join(p["title"] for p in positions if p.get("title"))
        visit = changes.create(session, Visit, data, actor=actor)
        for index, position in enumerate(positions):
            try:
                changes.create(
                    session,
                    Position,
                    {"found_on": visit.visited_at.date()} | position
                    | {"employer_id": employer.id, "visit_id": visit.id},
                    actor=actor,
                )
            except InvalidInput as error:
                raise InvalidInput([FieldError(f"positions[{index}].{e.field}", e.code, e.message)
                                    for e in error.errors]) from None
        return visit


def update_visit(store: Store, *, actor: Actor, visit_id, fields: dict[str, Any]) -> Visit:
    with store.session() as session:
        return changes.update(session, changes.get(session, Visit, visit_id), fields, actor=actor)


def delete_visit(store: Store, *, actor: Actor, visit_id) -> None:
    with store.session() as session:
        changes.delete(session, changes.get(session, Visit, visit_id), actor=actor)
