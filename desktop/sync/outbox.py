"""Reading and rewriting the outbox for sync: coalesced pending changes, rebasing."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, delete, update
from sqlmodel import Session, select

from desktop.store.ids import among
from desktop.store.tables import OutboxEntry
from sync.client.coalesce import OutboxItem, coalesce
from sync.client.replica import Key, PendingChange


def items(session: Session, record_ids: Iterable[uuid.UUID] | None = None) -> list[OutboxItem]:
    query = select(OutboxEntry).order_by(OutboxEntry.seq)
    if record_ids is not None:
        ids = list(record_ids)
        if not ids:
            return []
        query = query.where(among(OutboxEntry.record_id, ids))
    return [
        OutboxItem(seq=e.seq, kind=e.kind, record_id=e.record_id, fields=dict(e.fields or {}),
                   base_rev=e.base_rev, deleted=e.deleted)
        for e in session.exec(query).all()
    ]


def pending_by_key(session: Session, record_ids: Iterable[uuid.UUID]) -> dict[Key, PendingChange]:
    return {change.key: change for change in coalesce(items(session, record_ids))}


def delete_seqs(session: Session, seqs: Iterable[int]) -> int:
    seqs = list(seqs)
    if not seqs:
        return 0
    result = session.exec(delete(OutboxEntry).where(OutboxEntry.seq.in_(seqs)))
    return result.rowcount or 0


def delete_records(session: Session, record_ids: Iterable[uuid.UUID]) -> int:
    """Delete the records' entries; how many unsent edits went (a delete of a record that is
    gone anyway is not one)."""
    ids = list(record_ids)
    if not ids:
        return 0
    edits = session.exec(delete(OutboxEntry).where(OutboxEntry.record_id.in_(ids),
                                                   OutboxEntry.deleted == False)).rowcount or 0  # noqa: E712
    session.exec(delete(OutboxEntry).where(OutboxEntry.record_id.in_(ids)))
    return edits


def rebase_many(session: Session, rows: list[dict]) -> None:
    """Entries left for records after their changes were stored as exactly their revision:
    ``rows`` of ``{"_id": record id, "_rev": revision}``."""
    table = OutboxEntry.__table__
    session.connection().execute(
        update(table)
        .where(table.c.record_id == bindparam("_id"), table.c.base_rev < bindparam("_rev"))
        .values(base_rev=bindparam("_rev")),
        rows,
    )


def rewrite(session: Session, pending: PendingChange, *, send: dict[str, Any] | None, rev: int) -> None:
    """Rebase the record's entries on ``rev``, keeping only the fields in ``send``.

    Entries are changed in place (their order and numbers stay, so a refused record stays set
    aside); an entry left with nothing to send is deleted.
    """
    keep = set(send or {})
    for entry in session.exec(select(OutboxEntry).where(OutboxEntry.seq.in_(pending.seqs))).all():
        fields = {name: value for name, value in (entry.fields or {}).items() if name in keep}
        if send is None or (not fields and not entry.deleted):
            session.delete(entry)
            continue
        entry.fields = fields
        entry.base_rev = rev
        session.add(entry)
