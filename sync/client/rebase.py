"""Merging a pulled record with this device's unsent edits: a plan, made without I/O.

The pulled revision replaces the local copy, except for the fields the device changed and has
not sent. Those are merged with ``sync.merge.three_way_merge`` against the revision the edits
started from (the base), which the server's history supplies:

- a field only the device changed keeps the device's value and stays to be sent, now based on
  the pulled revision (the outbox is *rebased*, so the next push is a plain update);
- a field only other devices changed takes the server's value;
- a field both changed to different values becomes a local conflict: the server's value is
  shown, the device's is kept in the conflict for the person to choose; it is not sent.

A delete on this device wins over remote edits; a remote delete over local unsent edits is a
conflict on ``deleted`` that keeps the unsent fields, so nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sync.client.replica import PendingChange, RemoteHistory
from sync.merge import FieldConflict, three_way_merge
from sync.protocol import RecordHistory

DELETED = "deleted"


@dataclass(frozen=True)
class RebasePlan:
    fields: dict[str, Any]  # what the local row holds afterwards
    deleted: bool
    rev: int
    send: dict[str, Any] | None  # unsent fields still to send, based on ``rev``; None: nothing
    send_deleted: bool = False
    conflicts: tuple[FieldConflict, ...] = field(default_factory=tuple)


def needs_history(pending: PendingChange, *, rev: int, deleted: bool) -> bool:
    """Whether merging a pulled revision needs the server's history of the record."""
    return rev > pending.base_rev and not pending.deleted and not deleted


def plan_rebase(
    *,
    pending: PendingChange,
    server_fields: dict[str, Any],
    server_deleted: bool,
    rev: int,
    history: RemoteHistory | None,
) -> RebasePlan:
    if pending.deleted:
        if server_deleted:  # deleted on both sides: nothing left to send
            return RebasePlan(dict(server_fields), True, rev, None)
        return RebasePlan({**server_fields, **pending.fields}, True, rev,
                          dict(pending.fields), send_deleted=True)
    if server_deleted:
        conflicts = ()
        if pending.fields:
            conflicts = (FieldConflict(DELETED, server_value=True, device_value=dict(pending.fields)),)
        return RebasePlan(dict(server_fields), True, rev, None, conflicts=conflicts)
    if rev == pending.base_rev:
        return RebasePlan({**server_fields, **pending.fields}, False, rev, dict(pending.fields))
    if history is None:
        base: dict[str, Any] = {}  # unknown: every differing field counts as changed on both sides
    else:
        base = {
            name: history.base.get(name) if name in history.changed else server_fields.get(name)
            for name in pending.fields
        }
    merge = three_way_merge(base=base, server=server_fields, device=pending.fields)
    send = {name: pending.fields[name] for name in merge.changed}
    return RebasePlan(dict(merge.fields), False, rev, send or None, conflicts=merge.conflicts)


def remote_history(history: RecordHistory, *, base_rev: int, upto_rev: int,
                   device_id: Any) -> RemoteHistory:
    """The record's fields at ``base_rev`` and what other devices changed after it.

    Revisions made by this device (``device_id``) are not remote: they carry the device's own
    earlier edits, on which its later unsent edits were made.
    """
    base: dict[str, Any] = {}
    changed: set[str] = set()
    for revision in sorted(history.revisions, key=lambda r: r.rev):
        if revision.rev <= base_rev:
            base.update(revision.changed)
        elif revision.rev <= upto_rev and str(revision.device_id) != str(device_id):
            changed.update(revision.changed)
    return RemoteHistory(base=base, changed=frozenset(changed))
