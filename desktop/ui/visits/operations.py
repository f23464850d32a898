"""The visit form's work in the background: no Qt here, run through ``ctx.run``.

The form's state is a plain JSON-able dict (the same dict that is autosaved
as a draft). ``save_visit`` checks all of it first, so that every problem is
shown at once beside its field and nothing is written while any remains;
then it creates the new employer if the person asked for one and records
the visit with its contact and positions through the services.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from desktop.errors import FieldError, InvalidInput
from desktop.services import changes, employers, listing, visits
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import Contact, Employer, Position, Staff, Visit

logger = logging.getLogger(__name__)

TOPICS = (
    "recruitment_needs",
    "briefing_given",
    "briefing_taken_up",
    "interest_wage_subsidy",
    "interest_work_trial",
    "interest_apprenticeship",
    "interest_recruitment_training",
    "interest_recruitment_event",
)
TEXTS = ("recruitment_needs_text", "notes", "next_step")
CONTACT_FIELDS = ("name", "title", "phone", "email")


@dataclass(frozen=True)
class EmployerHit:
    id: uuid.UUID
    name: str
    business_id: str | None
    municipality: str | None


@dataclass(frozen=True)
class Saved:
    visit_id: uuid.UUID
    employer_id: uuid.UUID
    employer_created: bool = False
    contact_created: uuid.UUID | None = None
    positions_created: int = 0


def empty_state(*, now: dt.datetime | None = None) -> dict[str, Any]:
    """A new visit: now, on site, nothing else."""
    moment = (now or dt.datetime.now().astimezone()).replace(second=0, microsecond=0)
    return {
        "visit_id": None, "staff_id": None,
        "employer_id": None, "employer_name": "", "employer_query": "",
        "employer_new": False, "new_employer_name": "", "new_employer_business_id": "",
        "visited_at": moment.isoformat(), "place": "on_site",
        "contact_id": None, "contact_new": False,
        **{f"contact_{name}": "" for name in CONTACT_FIELDS},
        **{topic: False for topic in TOPICS},
        **{name: "" for name in TEXTS},
        "positions": [],
        "follow_up_date": None,
    }


# --- reading -----------------------------------------------------------------------


def find_employers(store: Store, text: str, *, limit: int = 8) -> list[EmployerHit]:
    """Employers whose name, business ID or municipality start with the words typed."""
    if not text.strip():
        return []
    rows = listing.fetch_page(store, listing.EMPLOYERS, filter_text=text, limit=limit)
    return [EmployerHit(row[0], row[1], row[2], row[3]) for row in rows]


def employer_name(store: Store, employer_id) -> str:
    with store.reader() as session:
        return changes.get(session, Employer, employer_id).name


def contacts_of(store: Store, employer_id) -> list[tuple[str, str]]:
    """(id hex, label) of the employer's contacts."""
    return [(contact.id.hex, contact.name + (f" ({contact.title})" if contact.title else ""))
            for contact in employers.contacts_of(store, employer_id)]


def staff_name(store: Store, staff_id) -> str:
    if staff_id is None:
        return ""
    with store.reader() as session:
        staff = session.get(Staff, uuid.UUID(str(staff_id)))
        return staff.name if staff else ""


def load_visit(store: Store, visit_id) -> dict[str, Any]:
    """The form state of a recorded visit, for editing."""
    with store.reader() as session:
        visit = changes.get(session, Visit, visit_id)
        employer = session.get(Employer, visit.employer_id)
        positions = session.exec(
            select(Position).where(Position.visit_id == visit.id, Position.deleted == False)  # noqa: E712
            .order_by(Position.title)
        ).all()
    state = empty_state()
    state.update({
        "visit_id": visit.id.hex,
        "staff_id": visit.staff_id.hex if visit.staff_id else None,
        "employer_id": visit.employer_id.hex,
        "employer_name": employer.name if employer else "",
        "visited_at": visit.visited_at.astimezone().isoformat(),
        "place": visit.place,
        "contact_id": visit.contact_id.hex if visit.contact_id else None,
        **{topic: bool(getattr(visit, topic)) for topic in TOPICS},
        **{name: getattr(visit, name) or "" for name in TEXTS},
        "positions": [{"title": p.title, "count": p.count, "hidden": p.hidden} for p in positions],
        "follow_up_date": visit.follow_up_date.isoformat() if visit.follow_up_date else None,
    })
    return state


# --- saving -------------------------------------------------------------------------


def visit_fields(state: dict[str, Any]) -> dict[str, Any]:
    """The Visit fields the form edits (not the employer, staff or counts)."""
    follow_up = state.get("follow_up_date")
    return {
        "visited_at": dt.datetime.fromisoformat(state["visited_at"]),
        "place": state["place"],
        **{topic: bool(state.get(topic)) for topic in TOPICS},
        **{name: (state.get(name) or "").strip() or None for name in TEXTS},
        "follow_up_date": dt.date.fromisoformat(follow_up) if follow_up else None,
    }


def position_rows(state: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """(row number in the form, position) for the rows a person filled in; empty rows are dropped."""
    rows = []
    for index, row in enumerate(state.get("positions", [])):
        title = (row.get("title") or "").strip()
        count = int(row.get("count") or 1)
        if not title and not row.get("hidden") and count == 1:
            continue
        rows.append((index, {"title": title, "count": count, "hidden": bool(row.get("hidden"))}))
    return rows


def new_contact_of(state: dict[str, Any]) -> dict[str, Any] | None:
    if not state.get("contact_new"):
        return None
    return {name: (state.get(f"contact_{name}") or "").strip() or None for name in CONTACT_FIELDS}


def _check(table, data: dict[str, Any], rename) -> list[FieldError]:
    try:
        changes.validate(table, data)
    except InvalidInput as error:
        return [FieldError(rename(e.field), e.code, e.message) for e in error.errors]
    return []


def check_state(store: Store, state: dict[str, Any]) -> list[FieldError]:
    """Every problem with the form, each named by the form's field."""
    placeholder = uuid.uuid4()
    errors: list[FieldError] = []
    if state.get("employer_new"):
        data = {"name": state.get("new_employer_name") or "",
                "business_id": state.get("new_employer_business_id") or None}
        found = _check(Employer, data, lambda f: "employer_name" if f == "name" else f)
        errors += found
        if not found and data["business_id"] and employers.find_by_business_id(store, data["business_id"]):
            errors.append(FieldError("business_id", "duplicate_business_id",
                                     "An employer with this business ID is already recorded."))
    elif not state.get("employer_id"):
        errors.append(FieldError("employer_id", "required", "Choose the employer or create it."))
    contact = new_contact_of(state)
    if contact is not None:
        errors += _check(Contact, {**contact, "name": contact["name"] or "", "employer_id": placeholder},
                         lambda f: f"contact_{f}")
    errors += _check(Visit, visit_fields(state) | {"employer_id": placeholder}, lambda f: f)
    if not state.get("visit_id"):
        for index, row in position_rows(state):
            errors += _check(Position, row | {"employer_id": placeholder},
                             lambda f, i=index: f"positions[{i}].{f}")
    return errors


def save_visit(store: Store, *, actor: Actor, state: dict[str, Any]) -> Saved:
    """Record the visit in the form (or update the one being edited)."""
    errors = check_state(store, state)
    if errors:
        raise InvalidInput(errors)
    fields = visit_fields(state)
    contact = new_contact_of(state)
    if state.get("visit_id"):
        return _update(store, actor=actor, state=state, fields=fields, contact=contact)
    created = bool(state.get("employer_new"))
    if created:
        employer = employers.create_employer(store, actor=actor, data={
            "name": state["new_employer_name"], "business_id": state.get("new_employer_business_id") or None})
        employer_id = employer.id
    else:
        employer_id = uuid.UUID(state["employer_id"])
    if contact is None and state.get("contact_id"):
        fields["contact_id"] = uuid.UUID(state["contact_id"])
    rows = position_rows(state)
    try:
        visit = visits.record_visit(store, actor=actor, employer_id=employer_id, data=fields,
                                    new_contact=contact, positions=[row for _, row in rows])
    except InvalidInput as error:
        if created:
            logger.warning("employer %s created but its visit was refused", employer_id.hex)
        raise InvalidInput([FieldError(_form_field(e.field, [n for n, _ in rows], contact is not None),
                                       e.code, e.message) for e in error.errors]) from None
    logger.info("visit %s recorded", visit.id.hex)
    return Saved(visit.id, employer_id, created, visit.contact_id if contact else None, len(rows))


def _form_field(name: str, row_numbers: list[int], new_contact: bool) -> str:
    """The form's name for a field the visits service named."""
    match = re.fullmatch(r"positions\[(\d+)\]\.(\w+)", name)
    if match and int(match[1]) < len(row_numbers):
        return f"positions[{row_numbers[int(match[1])]}].{match[2]}"
    if new_contact and name in CONTACT_FIELDS:
        return f"contact_{name}"
    return name


def _update(store: Store, *, actor: Actor, state, fields, contact) -> Saved:
    employer_id = uuid.UUID(state["employer_id"])
    created = None
    if contact is not None:
        created = employers.add_contact(store, actor=actor, employer_id=employer_id, data=contact).id
        fields["contact_id"] = created
    else:
        fields["contact_id"] = uuid.UUID(state["contact_id"]) if state.get("contact_id") else None
    visit = visits.update_visit(store, actor=actor, visit_id=state["visit_id"], fields=fields)
    logger.info("visit %s updated", visit.id.hex)
    return Saved(visit.id, employer_id, contact_created=created)
