"""Notices of edits that lost to a delete: which fields, whose, never their values.

A laptop keeps nothing of a deleted record, so what an edit would have written is gone from it
(the server keeps it for the undo period, and a manager may restore the record). What stays is a
row in ``sync_conflict`` on the field ``deleted``: ``mine`` holds the sorted names of the fields
the lost edit changed, ``theirs`` is True, ``staff_id`` who made the edit (None: this laptop's
user), ``rev`` the tombstone's revision. Closing it is a delete with that revision (the server
acknowledges its conflicts on ``deleted``, wire contract point 5).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from desktop.sync.conflicts_store import put_conflict
from desktop.sync.tables import SyncConflict
from sync.client.replica import PendingChange
from sync.protocol import PulledChange

DELETED = "deleted"


@dataclass(frozen=True)
class LostEdit:
    origin: str  # "server": the server recorded it (every device sees it); "local": only here
    fields: tuple[str, ...]
    staff_id: uuid.UUID | None = None
    server_conflict_id: uuid.UUID | None = None


def field_names(value: Any) -> list[str]:
    """The names of the fields an edit changed, from what a conflict carries: a list of names
    (wire contract point 3) or, from an older server, the fields with their values."""
    if isinstance(value, dict):
        return sorted(str(name) for name in value)
    if isinstance(value, (list, tuple)):
        return sorted({str(name) for name in value})
    return []


def lost_edits(change: PulledChange, *, pending: PendingChange | None,
               marker: tuple[int, dict] | None, device_id: uuid.UUID) -> list[LostEdit]:
    """The notice a pulled tombstone leaves here (none, or one: one per record and field)."""
    server = [c for c in change.conflicts if c.field == DELETED and c.resolved_at is None]
    ours = [c for c in server if c.device_id is not None and str(c.device_id) == str(device_id)]
    if ours:
        return [_from_server(ours[-1])]
    unsent = pending is not None and not pending.deleted and pending.fields
    sent = marker is not None and marker[1] and change.rev >= marker[0]
    if unsent or sent:
        names = set(pending.fields if unsent else ()) | set(marker[1] if sent else ())
        return [LostEdit("local", tuple(sorted(names)))]
    if server:
        return [_from_server(server[-1])]
    return []


def _from_server(conflict) -> LostEdit:
    return LostEdit("server", tuple(field_names(conflict.device_value)), conflict.staff_id, conflict.id)


def notice_id(session: Session, *, kind: str, record_id: uuid.UUID) -> uuid.UUID | None:
    """The id of the record's notice here, if it has one (kept when the notice is written again)."""
    return session.exec(select(SyncConflict.id).where(
        SyncConflict.kind == kind, SyncConflict.record_id == record_id, SyncConflict.field == DELETED)).first()


def put_notice(session: Session, *, kind: str, record_id: uuid.UUID, rev: int, notice: LostEdit,
               keep_id: uuid.UUID | None = None) -> None:
    """Write the record's notice; ``keep_id`` is the id it had before its record was dropped, so
    that a notice shown again is the same notice."""
    if keep_id is not None and session.get(SyncConflict, keep_id) is None:
        session.add(SyncConflict(id=keep_id, kind=kind, record_id=record_id, field=DELETED))
        session.flush()
    row = put_conflict(session, kind=kind, record_id=record_id, field=DELETED, mine=list(notice.fields),
                       theirs=True, mine_kept=False, origin=notice.origin,
                       server_conflict_id=notice.server_conflict_id, staff_id=notice.staff_id)
    row.rev = rev
    session.add(row)

