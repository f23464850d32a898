"""The profile's side of realigning with a server restored from a backup (``sync.client.realign``).

- ``record_sent``: when a push is acknowledged, this device's accepted changes (kind, record,
  revision, sequence number, field names, delete or not) are kept in ``sync_sent`` for
  ``KEEP_DAYS``: what the server may lose if it goes back to a backup.
- ``begin``: told the backup's sequence number, in one transaction: this device's changes the
  server accepted after it are queued again as ordinary outbox entries, on the revision the
  server had at the backup (a record the server no longer has goes as new, with all its fields;
  an edit sends the laptop's values of the fields this device changed; a delete, the delete);
  unsent edits made on revisions the server lost are rebased onto that revision; "behind" marks
  are dropped (they name lost revisions); every local record is listed in ``sync_unseen``; the
  cursor goes back to 0 and ``REALIGN`` is set.
- While ``REALIGN`` is set, pulled revisions replace the local copies whatever their number
  (``PageWriter(realign=True)``) and ``seen`` strikes the page's records from ``sync_unseen``.
- ``finish``: at the end of that pull, the records the server did not send are not on the server
  (made by others after the backup: theirs to send again): they stay here with revision 0, so the
  server's revision replaces them when it comes; ``REALIGN`` is cleared.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, literal, select as sa_select
from sqlmodel import Session, select

from desktop.store.ids import among
from desktop.store.settings import CURSOR, REALIGN
from desktop.store.tables import TABLES
from desktop.sync import outbox
from desktop.sync.rows import wire_fields
from desktop.sync.tables import SyncBehind, SyncRefused, SyncSent, SyncUnseen
from sync.client.replica import Key, PendingChange
from sync.protocol import ChangeResult

logger = logging.getLogger(__name__)

KEEP_DAYS = 90


def record_sent(session: Session, accepted: Iterable[tuple[PendingChange, ChangeResult]], *,
                now: dt.datetime | None = None) -> None:
    """Keep this device's accepted changes (those the server stored, with their number)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    rows = [{"seq": result.seq, "kind": change.kind, "record_id": change.id, "rev": result.rev,
             "base_rev": change.base_rev, "fields": sorted(change.fields), "deleted": change.deleted,
             "sent_at": now}
            for change, result in accepted if result.rev and result.seq is not None]
    connection = session.connection()
    table = SyncSent.__table__
    if rows:
        connection.execute(insert(table).prefix_with("OR REPLACE"), rows)
    connection.execute(delete(table).where(table.c.sent_at < now - dt.timedelta(days=KEEP_DAYS)))


@dataclass
class _Lost:
    fields: set[str] = field(default_factory=set)
    deleted: bool = False


def _lost(session: Session, backup_seq: int) -> dict[Key, _Lost]:
    """This device's changes the server accepted after the backup, per record, oldest first."""
    found: dict[Key, _Lost] = {}
    for row in session.exec(select(SyncSent).where(SyncSent.seq > backup_seq).order_by(SyncSent.seq)):
        lost = found.setdefault((row.kind, row.record_id), _Lost())
        lost.fields.update(row.fields or ())
        lost.deleted = row.deleted
    return found


def needs_base(session: Session, backup_seq: int) -> list[Key]:
    """The records whose revision at the backup ``begin`` needs: this device's changes the
    server lost, and the records with unsent edits."""
    keys = dict.fromkeys(_lost(session, backup_seq))
    keys.update(dict.fromkeys(  # (an edit of a record never sent has no revision to lose)
        change.key for change in outbox.pending_by_key(session, outbox.waiting_records(session)).values()
        if change.base_rev > 0))
    return [key for key in keys if key[0] in TABLES]


def begin(session: Session, *, backup_seq: int, bases: Mapping[Key, int | None]) -> int:
    """Queue this device's lost changes again and start the re-pull; how many were queued."""
    pending = outbox.pending_by_key(session, outbox.waiting_records(session))
    queued: list[Key] = []
    for key, lost in _lost(session, backup_seq).items():
        kind, record_id = key
        if kind not in TABLES:
            continue
        base = bases.get(key)
        row = session.get(TABLES[kind], record_id)
        if lost.deleted:
            if row is None and base:  # deleted here after the backup, still there
                if not (key in pending and pending[key].deleted):
                    outbox.append_delete(session, kind=kind, record_id=record_id, base_rev=base)
                queued.append(key)
            continue
        if row is None or (key in pending and pending[key].deleted):
            continue  # gone from here since (or about to be): nothing of it to put back
        values = wire_fields(row)
        if base:
            values = {name: values[name] for name in lost.fields if name in values}
            if not values:
                continue
        outbox.append(session, kind=kind, record_id=record_id, fields=values, base_rev=base or 0)
        queued.append(key)
    rebased = set(queued)
    for key, base in bases.items():
        if base is not None and outbox.rebase_down(session, [key[1]], base):
            rebased.add(key)
    for kind, record_id in rebased:  # refused for a lost base, perhaps: worth sending again
        session.exec(delete(SyncRefused).where(SyncRefused.kind == kind,
                                               SyncRefused.record_id == record_id))
    session.exec(delete(SyncBehind))
    session.exec(delete(SyncUnseen))
    connection = session.connection()
    unseen = SyncUnseen.__table__
    for kind, cls in TABLES.items():
        table = cls.__table__
        connection.execute(unseen.insert().from_select(
            ["kind", "record_id"], sa_select(literal(kind), table.c.id)))
    CURSOR.write(session, 0)
    REALIGN.write(session, backup_seq)
    logger.warning("realigning with the restored server: %d of this device's changes queued again",
                   len(queued))
    return len(queued)


def active(session: Session) -> bool:
    return REALIGN.read(session) is not None


def seen(session: Session, record_ids: list[uuid.UUID]) -> None:
    if record_ids:
        session.exec(delete(SyncUnseen).where(among(SyncUnseen.record_id, record_ids)))


def finish(session: Session) -> int:
    """End the realignment; how many records here (not this device's own) the server lacks."""
    connection = session.connection()
    waiting = outbox.waiting_records(session)
    missing = 0
    for kind, cls in TABLES.items():
        ids = list(session.exec(select(SyncUnseen.record_id).where(SyncUnseen.kind == kind)))
        if not ids:
            continue
        table = cls.__table__
        # Revision 0: never on the server (a first run's placeholders the login kept): not lost.
        present = [row[0] for row in connection.execute(
            sa_select(table.c.id).where(among(table.c.id, ids), table.c.rev > 0))]
        connection.execute(table.update().where(among(table.c.id, present)).values(rev=0))
        missing += sum(record_id not in waiting for record_id in present)
    session.exec(delete(SyncUnseen))
    REALIGN.write(session, None)
    logger.warning("realigned with the restored server: %d records here are not on it", missing)
    return missing


def unseen_count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(SyncUnseen)).one()
