"""Conflicts and refused records as the person sees them, and resolving a conflict.

Resolving is an ordinary change (``services.changes.update`` → outbox): the chosen value is
sent with the record's current revision, which also resolves the conflict on the server. When
the chosen value is already the record's (keeping the value the server kept), an outbox entry
is still written for a conflict the server knows, so the server closes it too.

A conflict on ``deleted`` is a notice (``desktop.sync.notices``): an edit lost to a delete, by
field names and who, without values; the record is gone from this laptop. Closing it is a
delete with the tombstone's revision (wire contract point 5) when the server recorded it.
Restoring a deleted record is a manager's action on the server, within its undo period.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from desktop.errors import FieldError, InvalidInput, NotFound
from desktop.services import changes
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import TABLES, Staff
from desktop.sync import outbox
from desktop.sync.rows import wire_fields
from desktop.sync.tables import SyncConflict, SyncRefused
from desktop.translation import QT_TRANSLATE_NOOP

CHOICES = ("mine", "theirs", "value")


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    kind: str
    record_id: uuid.UUID
    field: str
    mine: Any
    theirs: Any
    mine_kept: bool  # the record holds ``mine`` now
    origin: str
    label: str  # the record's name or title, for the list (never logged)
    who: str | None = None  # the name of the staff member whose value lost, when known here

    @property
    def notice(self) -> bool:
        """An edit lost to a delete: ``mine`` holds field names only; it can only be closed."""
        return self.field == "deleted"


@dataclass(frozen=True)
class RefusedView:
    kind: str
    record_id: uuid.UUID
    reason: str
    field_errors: list[dict]
    label: str


def record_label(session, kind: str, record_id: uuid.UUID) -> str:
    """The record's name or title (its date, or its id, when it has none): never logged."""
    return _label(session, kind, record_id)


def _label(session, kind: str, record_id: uuid.UUID) -> str:
    row = session.get(TABLES[kind], record_id)
    if row is None:
        return str(record_id)
    for name in ("name", "title", "document_number", "file_name"):
        value = getattr(row, name, None)
        if value:
            return str(value)
    for name in ("visited_at", "noted_on", "held_on", "given_on", "assessed_on", "start_date"):
        value = getattr(row, name, None)
        if value:
            return str(value)[:10]
    return str(record_id)


def list_conflicts(store: Store) -> list[ConflictView]:
    with store.reader() as session:
        rows = session.exec(select(SyncConflict).order_by(SyncConflict.created_at)).all()
        return [
            ConflictView(row.id, row.kind, row.record_id, row.field, row.mine, row.theirs,
                         row.mine_kept, row.origin, _label(session, row.kind, row.record_id),
                         _who(session, row.staff_id))
            for row in rows
        ]


def _who(session, staff_id: uuid.UUID | None) -> str | None:
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    return staff.name if staff is not None else None


def list_refused(store: Store) -> list[RefusedView]:
    with store.reader() as session:
        rows = session.exec(select(SyncRefused).order_by(SyncRefused.refused_at)).all()
        return [RefusedView(row.kind, row.record_id, row.reason, list(row.field_errors or []),
                            _label(session, row.kind, row.record_id)) for row in rows]


def resolve_conflict(store: Store, *, actor: Actor, conflict_id: uuid.UUID, choice: str,
                     value: Any = None) -> None:
    """Keep ``mine``, ``theirs``, or a ``value`` the person typed; one transaction.

    On a notice (a conflict on ``deleted``) every choice closes it: the delete stands."""
    if choice not in CHOICES:
        raise ValueError(f"choice must be one of {CHOICES}")
    with store.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "Errors", "This conflict was resolved already (perhaps on another device)."))
        if conflict.field == "deleted":
            _close_notice(session, conflict, actor=actor)
            return
        target = {"mine": conflict.mine, "theirs": conflict.theirs, "value": value}[choice]
        record = session.get(TABLES[conflict.kind], conflict.record_id)
        if record is None:
            session.delete(conflict)
            return
        _resolve_field(session, conflict, record, target, actor=actor)
        session.delete(conflict)


def close_notice(store: Store, *, actor: Actor, conflict_id: uuid.UUID) -> None:
    """Close a notice of an edit lost to a delete; the next sync tells the server."""
    resolve_conflict(store, actor=actor, conflict_id=conflict_id, choice="theirs")


def _close_notice(session, conflict: SyncConflict, *, actor: Actor) -> None:
    kind, record_id = conflict.kind, conflict.record_id
    rev, known = conflict.rev, conflict.server_conflict_id is not None
    session.delete(conflict)
    session.flush()
    record = session.get(TABLES[kind], record_id)
    if record is not None:  # still here (kept from before deletes erased): it goes now
        rev = max(rev or 0, record.rev)
        changes.delete(session, record, actor=actor)
        session.flush()
        if outbox.rebase_deletes(session, record_id, rev):
            return
    if known and rev:
        outbox.append_delete(session, kind=kind, record_id=record_id, base_rev=rev)


def _resolve_field(session, conflict: SyncConflict, record, target: Any, *, actor: Actor) -> None:
    if record.deleted:
        raise InvalidInput([FieldError(conflict.field, "record_deleted",
                                       "The record has been deleted; restore it first.")])
    before = outbox.entry_count(session, record.id)
    changes.update(session, record, {conflict.field: target}, actor=actor)
    if outbox.entry_count(session, record.id) == before and conflict.server_conflict_id is not None:
        # The value is the record's already; the server still needs to hear the choice.
        outbox.append(session, kind=record.kind, record_id=record.id,
                      fields={conflict.field: wire_fields(record)[conflict.field]}, base_rev=record.rev)
