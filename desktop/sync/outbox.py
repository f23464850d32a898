"""The outbox: every local change not yet acknowledged by the server, and the one module
that writes, reads, counts and rewrites its rows (``OutboxEntry``).

- ``append`` / ``append_delete``: a change's entry, in the caller's transaction (the change and
  its entry commit or roll back together);
- ``items`` / ``pending_by_key``: the entries as the engine reads them, coalesced per record;
- ``waiting``: the one count of "changes waiting to be sent" that every screen shows;
- ``delete_*``, ``rebase_*``, ``rewrite``, ``forget``, ``rename_values``: rewriting after an
  answer, a pull, a delete, a conflict's choice or the profile's adoption by an account.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, or_, update
from sqlmodel import Session, select

from desktop.store.ids import among
from desktop.store.tables import OutboxEntry
from desktop.sync.tables import SyncRefused
from sync.client.coalesce import OutboxItem, coalesce
from sync.client.replica import Key, PendingChange


def append(session: Session, *, kind: str, record_id: uuid.UUID, fields: dict[str, Any],
           base_rev: int, deleted: bool = False) -> None:
    """Record a change of ``fields`` made on revision ``base_rev`` (or the record's delete)."""
    session.add(OutboxEntry(kind=kind, record_id=record_id, fields=dict(fields), base_rev=base_rev,
                            deleted=deleted))


def append_delete(session: Session, *, kind: str, record_id: uuid.UUID, base_rev: int) -> None:
    """The record's delete: its kind, id and base revision, no fields."""
    append(session, kind=kind, record_id=record_id, fields={}, base_rev=base_rev, deleted=True)


def waiting(session: Session) -> int:
    """Changes waiting to be sent: one per record (however many edits coalesce into it),
    including records in a batch sent but not yet answered (it is sent again) and records
    waiting for a pull; not the records set aside after a refusal until they are edited again
    (those are counted as "set aside")."""
    last = (select(OutboxEntry.kind, OutboxEntry.record_id, func.max(OutboxEntry.seq).label("last_seq"))
            .group_by(OutboxEntry.kind, OutboxEntry.record_id).subquery())
    query = (select(func.count()).select_from(last)
             .outerjoin(SyncRefused, and_(SyncRefused.kind == last.c.kind,
                                          SyncRefused.record_id == last.c.record_id))
             .where(or_(SyncRefused.record_id.is_(None), last.c.last_seq > SyncRefused.last_seq)))
    return session.exec(query).one()


def oldest_waiting(session: Session) -> dt.datetime | None:
    """When the oldest change still in the outbox was made (None: the outbox is empty)."""
    return session.exec(select(func.min(OutboxEntry.created_at))).one()


def waiting_records(session: Session) -> set[uuid.UUID]:
    """The ids of the records with any entry."""
    return set(session.exec(select(OutboxEntry.record_id).distinct()).all())


def entry_count(session: Session, record_id: uuid.UUID) -> int:
    return session.exec(select(func.count()).select_from(OutboxEntry)
                        .where(OutboxEntry.record_id == record_id)).one()


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


def forget(session: Session, record_id: uuid.UUID, *, keep_seqs: Iterable[int] = ()) -> None:
    """Delete the record's entries but those in ``keep_seqs`` (a batch on its way keeps its own)."""
    keep = list(keep_seqs)
    entries = delete(OutboxEntry).where(OutboxEntry.record_id == record_id)
    if keep:
        entries = entries.where(OutboxEntry.seq.not_in(keep))
    session.exec(entries)


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


def rebase_deletes(session: Session, record_id: uuid.UUID, rev: int) -> bool:
    """Base the record's waiting delete on ``rev``; whether it had one."""
    pending = session.exec(select(OutboxEntry).where(OutboxEntry.record_id == record_id,
                                                     OutboxEntry.deleted == True)).all()  # noqa: E712
    for entry in pending:
        entry.base_rev = rev
        session.add(entry)
    return bool(pending)


def rebase_down(session: Session, record_ids: Iterable[uuid.UUID], rev: int) -> int:
    """Base the records' entries made on a revision past ``rev`` on ``rev`` (the server lost
    those revisions: ``desktop.sync.realign``); how many entries were rebased."""
    ids = list(record_ids)
    if not ids:
        return 0
    table = OutboxEntry.__table__
    return session.connection().execute(
        update(table).where(among(table.c.record_id, ids), table.c.base_rev > rev)
        .values(base_rev=rev)).rowcount or 0


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


def rename_values(session: Session, swap: Callable[[Any], Any]) -> None:
    """Rewrite every waiting field value through ``swap`` (ids that changed, e.g. at adoption)."""
    for entry in session.exec(select(OutboxEntry)).all():
        fields = {name: swap(value) for name, value in (entry.fields or {}).items()}
        if fields != entry.fields:
            entry.fields = fields
            session.add(entry)
