"""Writing conflict, refusal and "behind" rows inside a sync transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, select

from desktop.sync.tables import SyncBehind, SyncConflict, SyncRefused
from sync.protocol import Conflict


def put_conflict(session: Session, *, kind: str, record_id: uuid.UUID, field: str, mine: Any,
                 theirs: Any, mine_kept: bool, origin: str,
                 server_conflict_id: uuid.UUID | None = None,
                 staff_id: uuid.UUID | None = None) -> SyncConflict:
    """Insert or replace the conflict on one field of one record."""
    row = session.exec(
        select(SyncConflict).where(SyncConflict.kind == kind, SyncConflict.record_id == record_id,
                                   SyncConflict.field == field)
    ).first()
    if row is None:
        row = SyncConflict(kind=kind, record_id=record_id, field=field)
    row.mine, row.theirs, row.mine_kept, row.origin = mine, theirs, mine_kept, origin
    row.server_conflict_id = server_conflict_id
    row.staff_id = staff_id
    session.add(row)
    return row


def mirror_server_conflicts(session: Session, *, kind: str, record_id: uuid.UUID,
                            conflicts: list[Conflict], device_id: uuid.UUID) -> None:
    """Make the record's server conflicts here what the server says is open now.

    A field may have several open conflicts (two laptops each lost against the same value);
    one decision resolves them all, so one is shown per field: this laptop's own if it has
    one (its value is the one it may want back), else the latest.
    """
    rows = {
        row.field: row
        for row in session.exec(
            select(SyncConflict).where(SyncConflict.kind == kind, SyncConflict.record_id == record_id)
        ).all()
    }
    shown: dict[str, Conflict] = {}
    for conflict in conflicts:  # oldest first
        ours = conflict.device_id is not None and str(conflict.device_id) == str(device_id)
        earlier = shown.get(conflict.field)
        earlier_ours = earlier is not None and str(earlier.device_id) == str(device_id)
        if ours or not earlier_ours:
            shown[conflict.field] = conflict
    for field, conflict in shown.items():
        existing = rows.get(field)
        if existing is not None and existing.origin == "local":
            existing.server_conflict_id = conflict.id
            session.add(existing)
            continue
        ours = conflict.device_id is not None and str(conflict.device_id) == str(device_id)
        mine, theirs = (conflict.device_value, conflict.server_value) if ours else (
            conflict.server_value, conflict.device_value)
        put_conflict(session, kind=kind, record_id=record_id, field=field, mine=mine,
                     theirs=theirs, mine_kept=not ours, origin="server",
                     server_conflict_id=conflict.id, staff_id=conflict.staff_id)
    for row in rows.values():
        if row.origin == "server" and row.field not in shown:
            session.delete(row)


def forget_records(session: Session, keys: Iterable[tuple[str, uuid.UUID]]) -> None:
    """Drop the sync state of records that are gone from this laptop."""
    by_kind: dict[str, list[uuid.UUID]] = {}
    for kind, record_id in keys:
        by_kind.setdefault(kind, []).append(record_id)
    for kind, ids in by_kind.items():
        for table in (SyncConflict, SyncRefused, SyncBehind):
            session.exec(delete(table).where(table.kind == kind, table.record_id.in_(ids)))
