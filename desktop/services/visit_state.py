"""The visit form's state: a plain JSON-able dict, the same one that is autosaved as a draft.

``empty_state`` and ``load_visit`` make one; ``problems`` finds everything
wrong with one, each problem named by the form's field, so that the form can
show them all at once; ``visit_fields``, ``position_rows`` and
``new_contact_of`` turn one into what the records take. A date the form
could not read is kept as typed under ``typed_dates`` (field → text), so a
draft keeps it and ``problems`` refuses it. No Qt here: the
visits service saves a state (``visits.save_visit``), the CLI and plain
pytest can make and check one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlmodel import Session, select

from desktop.dates import DateTextError, parse_date, parse_date_time
from desktop.errors import FieldError, InvalidInput
from desktop.services import changes, employers
from desktop.store.profile import Store
from desktop.store.tables import Contact, Employer, Position, Visit
from sync.field_errors import path_name

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
NEW_EMPLOYER_LOCALITY = "new_employer_locality_id"


def empty_state(*, now: dt.datetime | None = None) -> dict[str, Any]:
    """A new visit: now, on site, nothing else.

    ``new_visit_id`` is the id the visit gets when it is saved: saving the
    same state again finds it recorded and records nothing twice.
    """
    moment = (now or dt.datetime.now().astimezone()).replace(second=0, microsecond=0)
    return {
        "visit_id": None, "new_visit_id": uuid.uuid4().hex, "staff_id": None,
        "employer_id": None, "employer_name": "", "employer_query": "",
        "employer_new": False, "new_employer_name": "", "new_employer_business_id": "",
        "new_employer_municipality": "",
        "visited_at": moment.isoformat(), "place": "on_site",
        "contact_id": None, "contact_new": False,
        **{f"contact_{name}": "" for name in CONTACT_FIELDS},
        **{topic: False for topic in TOPICS},
        **{name: "" for name in TEXTS},
        "positions": [],
        "follow_up_date": None,
        "typed_dates": {},
    }


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
        "new_visit_id": None,
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


def new_employer_of(state: dict[str, Any]) -> dict[str, Any] | None:
    """The employer created in the form; its locality is the form's choice (a hex id, or
    None for none), or, in a state that never offered one, absent: the user's locality."""
    if not state.get("employer_new"):
        return None
    employer = {"name": state.get("new_employer_name") or "",
                "business_id": state.get("new_employer_business_id") or None,
                "municipality": (state.get("new_employer_municipality") or "").strip() or None}
    if NEW_EMPLOYER_LOCALITY in state:
        chosen = state[NEW_EMPLOYER_LOCALITY]
        employer["locality_id"] = uuid.UUID(str(chosen)) if chosen else None
    return employer


def _check(table, data: dict[str, Any], rename) -> list[FieldError]:
    try:
        changes.validate(table, data)
    except InvalidInput as error:
        return [FieldError(rename(e.field), e.code, e.message) for e in error.errors]
    return []


# How the form's date fields are read, for the texts kept as typed.
DATE_READERS = {"visited_at": parse_date_time, "follow_up_date": parse_date}


def typed_date_problems(state: dict[str, Any]) -> list[FieldError]:
    """The dates kept as typed (``typed_dates``) that do not read, each with what was typed."""
    errors = []
    for name, text in (state.get("typed_dates") or {}).items():
        try:
            DATE_READERS[name](text)
        except DateTextError as error:
            errors.append(FieldError(name, error.code, error.message, typed=error.typed))
    return errors


def problems(session: Session, state: dict[str, Any]) -> list[FieldError]:
    """Every problem with the form, each named by the form's field."""
    placeholder = uuid.uuid4()
    errors: list[FieldError] = []
    employer = new_employer_of(state)
    if employer is not None:
        found = _check(Employer, employer, lambda f: "employer_name" if f == "name" else f)
        errors += found
        if not found and employer["business_id"] and employers.with_business_id(session, employer["business_id"]):
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
                             lambda f, i=index: path_name(("positions", i, f)))
    unread = typed_date_problems(state)
    return unread + [error for error in errors if error.name not in {e.name for e in unread}]


def check_state(store: Store, state: dict[str, Any]) -> list[FieldError]:
    """``problems`` read from the store as it is now (nothing is written)."""
    with store.reader() as session:
        return problems(session, state)
