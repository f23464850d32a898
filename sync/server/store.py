"""Writing record revisions: sequence numbers, the record row, its history, client access.

Sequence numbers come from the ``counter`` row, read ``FOR UPDATE`` in the writing
transaction, so the lock is held until commit: a transaction that gets a higher number cannot
commit before one that got a lower number, and a pull never skips a concurrent commit.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, delete, select

from sync.records import RECORD_TYPES, RecordBase
from sync.server.authz import CLIENT_SCOPED_KINDS, staff_ids
from sync.server.models import ClientAccess, Counter, Record, RecordRevision, utcnow

COMMON_FIELDS = frozenset(RecordBase.model_fields)
DATA_FIELDS: dict[str, tuple[str, ...]] = {
    kind: tuple(cls.data_fields()) for kind, cls in RECORD_TYPES.items()
}


def validated_fields(kind: str, record_id: uuid.UUID, fields: dict[str, Any]) -> dict[str, Any]:
    """Validate with the shared schema; the normalised data fields as JSON values.

    Raises pydantic's ``ValidationError``.
    """
    model = RECORD_TYPES[kind].model_validate({**fields, "id": record_id})
    dumped = model.model_dump(mode="json")
    return {name: dumped[name] for name in DATA_FIELDS[kind]}


def scope_client_id(kind: str, record_id: uuid.UUID, fields: dict[str, Any]) -> uuid.UUID | None:
    """The client a record belongs to (for access and purge), or None."""
    if kind == "client":
        return record_id
    if kind in CLIENT_SCOPED_KINDS or kind == "audit_event":
        value = fields.get("client_id")
        try:
            return uuid.UUID(str(value)) if value is not None else None
        except ValueError:
            return None
    return None


def state_of(row: Record) -> dict[str, Any]:
    """A record's stored state as a plain dict (what a push plans against)."""
    return {
        "organisation_id": row.organisation_id,
        "rev": row.rev,
        "seq": row.seq,
        "fields": dict(row.fields),
        "deleted": row.deleted,
        "purged": row.purged,
    }


def allocate_seqs(session: Session, count: int) -> int:
    """Reserve ``count`` sequence numbers; the first one. Locks the counter until commit."""
    counter = session.exec(select(Counter).where(Counter.name == "seq").with_for_update()).one()
    first = counter.value + 1
    counter.value += count
    session.add(counter)
    return first


def current_seq(session: Session) -> int:
    """The highest sequence number committed (every lower one is committed too)."""
    return session.exec(select(Counter.value).where(Counter.name == "seq")).one()


@dataclass
class Write:
    """One new revision of one record."""

    kind: str
    id: uuid.UUID
    organisation_id: uuid.UUID
    rev: int
    fields: dict[str, Any]
    deleted: bool
    changed: list[str]
    modified_by: str | None
    device_id: uuid.UUID | None = None
    purged: bool = False
    seq: int = 0
    modified_at: dt.datetime = field(default_factory=utcnow)


def apply_writes(
    session: Session,
    writes: list[Write],
    first_seq: int,
    known: dict[tuple[str, uuid.UUID], Record] | None = None,
) -> None:
    """Store the writes in order, numbering them from ``first_seq``.

    ``known`` holds every existing row the writes touch (a push loads them all up front);
    without it each row is looked up.
    """
    rows: dict[tuple[str, uuid.UUID], Record] = dict(known or {})
    for offset, write in enumerate(writes):
        write.seq = first_seq + offset
        key = (write.kind, write.id)
        row = rows.get(key)
        if row is None and known is None:
            row = session.get(Record, key)
        if row is None:
            row = Record(kind=write.kind, id=write.id, organisation_id=write.organisation_id, seq=0)
        rows[key] = row
        row.rev = write.rev
        row.seq = write.seq
        row.fields = dict(write.fields)
        row.deleted = write.deleted
        row.purged = row.purged or write.purged
        row.modified_at = write.modified_at
        row.modified_by = write.modified_by
        row.client_id = scope_client_id(write.kind, write.id, write.fields) or row.client_id
        session.add(row)
        session.add(
            RecordRevision(
                kind=write.kind,
                record_id=write.id,
                rev=write.rev,
                seq=write.seq,
                fields=dict(write.fields),
                changed=list(write.changed),
                deleted=write.deleted,
                modified_at=write.modified_at,
                modified_by=write.modified_by,
                device_id=write.device_id,
            )
        )
        if write.kind == "client" and not write.deleted:
            # A deleted client keeps its last access list, so its tombstones reach them.
            set_client_access(
                session, client_id=write.id, assigned=write.fields.get("assigned_staff_ids") or []
            )
    session.flush()


def set_client_access(session: Session, *, client_id: uuid.UUID, assigned: list[Any]) -> None:
    session.exec(delete(ClientAccess).where(ClientAccess.client_id == client_id))
    for staff_id in sorted(staff_ids(assigned)):
        session.add(ClientAccess(client_id=client_id, staff_id=staff_id))
    session.flush()


def write_new_records(session: Session, writes: list[Write]) -> None:
    """Number and store writes made outside a push (admin commands, purge)."""
    if writes:
        apply_writes(session, writes, allocate_seqs(session, len(writes)))
