"""Coalescing the outbox: one change per record, whatever number of edits made it.

Entries are taken in outbox order: their fields merge (a later value wins), the base revision
is the oldest entry's (the revision the first unsent edit started from), and a delete wins
over edits. A pure function of the entries.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sync.client.replica import PendingChange


@dataclass(frozen=True)
class OutboxItem:
    seq: int
    kind: str
    record_id: uuid.UUID
    fields: dict[str, Any]
    base_rev: int
    deleted: bool


def coalesce(items: Iterable[OutboxItem]) -> list[PendingChange]:
    """One ``PendingChange`` per record, ordered by each record's oldest entry."""
    grouped: dict[tuple[str, uuid.UUID], list[OutboxItem]] = {}
    for item in sorted(items, key=lambda i: i.seq):
        grouped.setdefault((item.kind, item.record_id), []).append(item)
    changes = []
    for (kind, record_id), entries in grouped.items():
        fields: dict[str, Any] = {}
        for entry in entries:
            fields.update(entry.fields or {})
        changes.append(
            PendingChange(
                kind=kind,
                id=record_id,
                base_rev=entries[0].base_rev,
                fields=fields,
                deleted=any(entry.deleted for entry in entries),
                seqs=tuple(entry.seq for entry in entries),
            )
        )
    return changes
