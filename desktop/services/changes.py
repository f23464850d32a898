"""Create, update and delete records, each with its outbox entry.

Every change made through these functions writes an outbox entry (kind,
id, changed fields, base revision; ``desktop.sync.outbox``) in the caller's session, so the change and
its entry commit or roll back together. Input is validated with the shared
record schemas before anything is written; invalid input raises
``InvalidInput`` and changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlmodel import Session

from desktop.errors import FieldError, InvalidInput, NotFound
from desktop.store.tables import TABLES
from desktop.sync import erasure, outbox
from desktop.translation import QT_TRANSLATE_NOOP
from sync.field_errors import from_validation_error
from sync.records import COMMON_FIELDS, RecordBase, utcnow

R = TypeVar("R", bound=RecordBase)


@dataclass(frozen=True)
class Actor:
    """Who makes a change: the profile's staff member."""

    staff_id: uuid.UUID | None
    role: str = "career_coach"

    @property
    def label(self) -> str | None:
        return str(self.staff_id) if self.staff_id else None


def required(field: str, value: Any) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InvalidInput([FieldError(field, "required", "This field is required.")])


def validate(table: type[R], data: dict[str, Any]) -> R:
    unknown = set(data) - set(table.model_fields)
    if unknown:
        raise ValueError(f"unknown fields for {table.kind}: {sorted(unknown)}")
    try:
        return table.model_validate(data)
    except ValidationError as error:
        raise InvalidInput(from_validation_error(error)) from None


def create(session: Session, table: type[R], data: dict[str, Any], *, actor: Actor) -> R:
    """Validate and insert a new record, with an outbox entry of all its fields."""
    record = create_placeholder(session, table, data, actor=actor)
    fields = record.model_dump(mode="json", include=set(table.data_fields()))
    outbox.append(session, kind=record.kind, record_id=record.id, fields=fields, base_rev=record.rev)
    return record


def create_placeholder(session: Session, table: type[R], data: dict[str, Any], *, actor: Actor) -> R:
    """Validate and insert a record that is never sent: one that stands in, on a profile set up
    before its first login, for the server's own (``desktop.services.adopt`` replaces it)."""
    data = {k: v for k, v in data.items() if k not in COMMON_FIELDS or k == "id"}
    record = validate(table, data)
    record.rev = 0
    record.modified_by = actor.label
    record.modified_at = utcnow()
    session.add(record)
    return record


def get(session: Session, table: type[R], record_id: uuid.UUID | str) -> R:
    """A live (not deleted) record, or ``NotFound``."""
    record = session.get(table, uuid.UUID(str(record_id)))
    if record is None or record.deleted:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record %1 is not on this laptop: it may have been deleted."),
                       record_id)
    return record


def update(session: Session, record: R, changes: dict[str, Any], *, actor: Actor) -> R:
    """Validate the record as changed; write only the fields that differ."""
    table = type(record)
    editable = set(table.data_fields())
    bad = set(changes) - editable
    if bad:
        raise ValueError(f"not editable for {table.kind}: {sorted(bad)}")
    merged = record.model_dump() | changes
    checked = validate(table, merged)
    before = record.model_dump(mode="json", include=editable)
    after = checked.model_dump(mode="json", include=editable)
    changed = {name: after[name] for name in editable if after[name] != before[name]}
    if not changed:
        return record
    for name in changed:
        setattr(record, name, getattr(checked, name))
    record.modified_by = actor.label
    record.modified_at = utcnow()
    session.add(record)
    outbox.append(session, kind=record.kind, record_id=record.id, fields=changed, base_rev=record.rev)
    return record


def delete(session: Session, record: RecordBase, *, actor: Actor) -> None:
    """Delete a record here at once: nothing of its content stays on this laptop.

    The row goes (and with it, through its triggers, its search-index entry), and so do its
    drafts, the unsent edits in its outbox entries and what sync noted about it (conflicts,
    refusals). What the server needs stays: one outbox entry with the record's kind, id and
    base revision, ``deleted`` and no fields. A record the server never had (revision 0, not in
    a batch on its way) leaves no entry at all.
    """
    _ = actor  # a delete carries no author here: the server records who sent it
    kind, record_id, rev = record.kind, record.id, record.rev
    in_flight = erasure.in_flight_seqs(session, record_id)
    erasure.forget_content(session, kind=kind, record_id=record_id, keep_seqs=in_flight)
    erasure.erase_traces_after_commit(session)
    session.delete(record)
    session.flush()
    if kind in erasure.ATTACHMENT_KINDS:
        erasure.forget_unreferenced_content(session, [record.sha256])
    if rev or in_flight:
        outbox.append_delete(session, kind=kind, record_id=record_id, base_rev=rev)


def table_for(kind: str) -> type[RecordBase]:
    try:
        return TABLES[kind]
    except KeyError:
        raise ValueError(f"unknown record kind {kind!r}") from None
