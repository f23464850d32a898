"""The names of the records a conflict's value points to (``employer_id``, ``assigned_staff_ids``, …).

No Qt here: these run on a worker thread (``UiContext.run``) and hand plain data back to the
conflict view, which shows a name where the record holds a UUID.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlmodel import select

from desktop.store.profile import Store
from desktop.store.tables import TABLES

# A reference field -> the kind of record it points to. A field of a list of ids ends in ``_ids``.
REFERENCES: dict[str, str] = {
    "organisation_id": "organisation",
    "locality_id": "locality",
    "employer_id": "employer",
    "hired_by_employer_id": "employer",
    "employer_ids": "employer",
    "contact_id": "contact",
    "staff_id": "staff",
    "follow_up_done_by": "staff",
    "assigned_staff_ids": "staff",
    "visit_id": "visit",
    "client_id": "client",
    "returned_from_id": "client",
    "event_id": "recruitment_event",
}
# Id fields that are not in REFERENCES: an audit event's ``record_id`` points to a record of its
# ``record_kind``, any kind. tests/services/test_references.py checks both against the schemas.
NOT_REFERENCES = frozenset({"record_id"})

_NAMES = ("name", "title", "document_number")
_DATES = ("visited_at", "noted_on", "held_on", "given_on", "assessed_on", "start_date")


def referenced_kind(field: str) -> str | None:
    return REFERENCES.get(field.split(".", 1)[0])


def row_name(row) -> str:
    """A record's name for a person: its name or title, else its date (ISO, the UI writes it), else
    its id."""
    for name in _NAMES:
        value = getattr(row, name, None)
        if value:
            return str(value)
    for name in _DATES:
        value = getattr(row, name, None)
        if value:
            return str(value)[:10]
    return str(row.id)


def _ids(value: Any) -> list[uuid.UUID]:
    items = value if isinstance(value, list) else [value]
    found = []
    for item in items:
        try:
            found.append(uuid.UUID(str(item)))
        except ValueError:
            continue
    return found


def reference_names(store: Store, conflicts: Iterable) -> dict[str, str]:
    """``{id: name}`` for every record that the values of these conflicts point to (a record not
    on this laptop is left out, and is shown by its id)."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for conflict in conflicts:
        kind = referenced_kind(conflict.field)
        if kind is None:
            continue
        for value in (conflict.mine, conflict.theirs):
            if value is not None and not isinstance(value, dict):
                wanted.setdefault(kind, set()).update(_ids(value))
    names: dict[str, str] = {}
    if not wanted:
        return names
    with store.reader() as session:
        for kind, ids in wanted.items():
            table = TABLES[kind]
            for row in session.exec(select(table).where(table.id.in_(ids))).all():
                names[str(row.id)] = row_name(row)
    return names


def reference_choices(store: Store, *, kind: str, record_id: uuid.UUID, field: str) -> list[tuple[str, str]]:
    """The records a reference field may point to, ``(id, name)`` sorted by name: those not
    deleted, and where both have an employer, those of the record's employer (a visit's contact)."""
    target = TABLES[referenced_kind(field)]
    with store.reader() as session:
        record = session.get(TABLES[kind], record_id)
        query = select(target).where(target.deleted == False)  # noqa: E712 - SQL
        employer_id = getattr(record, "employer_id", None) if field != "employer_id" else None
        if employer_id is not None and "employer_id" in target.model_fields:
            query = query.where(target.employer_id == employer_id)
        rows = session.exec(query).all()
        return sorted(((str(row.id), row_name(row)) for row in rows), key=lambda item: item[1].casefold())
