"""``DesktopReplica``: the engine's ``LocalReplica`` over the profile's SQLCipher store.

Each method that writes is one transaction of the store (``store.session()``).
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy import bindparam, func
from sqlmodel import delete, select

from desktop.store.profile import Store
from desktop.store.settings import CURSOR, LAST_SYNC
from desktop.store.tables import TABLES
from desktop.sync import outbox, realign
from desktop.sync.apply import PageWriter
from desktop.sync.conflicts_store import put_conflict
from desktop.sync.notices import DELETED, field_names
from desktop.sync.tables import SyncBatch, SyncBehind, SyncConflict, SyncReceipt, SyncRefused
from sync.client.coalesce import coalesce
from sync.client.rebase import needs_history
from sync.client.receipt import Receipt
from sync.client.replica import (
    AckReport,
    HistoryRequest,
    Key,
    OutgoingBatch,
    PageReport,
    PendingChange,
    RemoteHistory,
)
from sync.protocol import PullResponse, PushResponse

logger = logging.getLogger(__name__)

KEEP_RECEIPTS = 50


def _change_json(change: PendingChange) -> dict:
    return {"kind": change.kind, "id": str(change.id), "base_rev": change.base_rev,
            "fields": change.fields, "deleted": change.deleted, "seqs": list(change.seqs)}


def _change_from_json(data: dict) -> PendingChange:
    return PendingChange(kind=data["kind"], id=uuid.UUID(data["id"]), base_rev=data["base_rev"],
                         fields=dict(data["fields"]), deleted=data["deleted"], seqs=tuple(data["seqs"]))


class _SharedTransaction:
    """Pulled pages written in one transaction of the store until it holds ``CHANGES`` changes
    or has been open ``SECONDS``, the last page is in, or the engine is about to wait for the
    server (``commit()``).

    A first download of 100,000 records in transactions of 1,000 spent a fifth of its time on
    commits (each flushes the search index's new terms as a segment of its own, which later
    merges rewrite); transactions of ~5,000 spend a little, and hold the write lock at most
    about a second. (A savepoint per page would keep a failed page's predecessors, but SQLite
    journals every page a savepoint touches and the search index flushes at each: measured,
    a download took twice as long.) So a page that fails rolls back the pages applied since the
    last commit with it; their cursor went with them, and the next sync fetches them again.
    """

    CHANGES = 5000
    SECONDS = 1.0

    def __init__(self, store: Store) -> None:
        self.store = store
        self._open: AbstractContextManager | None = None
        self._session = None
        self._changes = 0
        self._began = 0.0

    def apply(self, page: PullResponse, write: Callable[[object], PageReport]) -> PageReport:
        if self._open is None:
            opening = self.store.session()
            self._session = opening.__enter__()  # ProfileLocked leaves nothing open
            self._open = opening
            self._changes, self._began = 0, time.monotonic()
        try:
            report = write(self._session)
        except BaseException:
            self._close(*sys.exc_info())
            raise
        self._changes += len(page.changes)
        if (not page.has_more or self._changes >= self.CHANGES
                or time.monotonic() - self._began >= self.SECONDS):
            self.commit()
        return report

    @property
    def session(self):
        """The open transaction's session, None between transactions."""
        return self._session

    def commit(self) -> None:
        """Commit the pages applied so far (none open: nothing to do)."""
        self._close(None, None, None)

    def _close(self, *exc_info) -> None:
        if self._open is not None:
            opened, self._open, self._session = self._open, None, None
            opened.__exit__(*exc_info)  # commits, or rolls back given an error


class DesktopReplica:
    def __init__(self, store: Store, *, device_id: uuid.UUID) -> None:
        self.store = store
        self.device_id = device_id
        self._pages: _SharedTransaction | None = None

    # --- sending --------------------------------------------------------------------

    def in_flight_batches(self) -> list[OutgoingBatch]:
        with self.store.reader() as session:
            rows = session.exec(select(SyncBatch).order_by(SyncBatch.created_at)).all()
            return [OutgoingBatch(row.batch_id, tuple(_change_from_json(c) for c in row.changes))
                    for row in rows]

    def pending_changes(self) -> list[PendingChange]:
        with self.store.reader() as session:
            in_flight = {seq for row in session.exec(select(SyncBatch)).all()
                         for change in row.changes for seq in change["seqs"]}
            entries = [item for item in outbox.items(session) if item.seq not in in_flight]
            refused = {(r.kind, r.record_id): r.last_seq for r in session.exec(select(SyncRefused)).all()}
            behind = {(r.kind, r.record_id) for r in session.exec(select(SyncBehind)).all()}
        ready = []
        for change in coalesce(entries):
            if change.key in behind:
                continue  # waits for the pull that brings the server's newer revision
            last = refused.get(change.key)
            if last is not None and max(change.seqs) <= last:
                continue  # set aside until edited again
            ready.append(change)
        return ready

    def begin_batch(self, batch: OutgoingBatch) -> None:
        with self.store.session() as session:
            session.add(SyncBatch(batch_id=batch.batch_id,
                                  changes=[_change_json(c) for c in batch.changes]))

    def drop_batch(self, batch_id: uuid.UUID) -> None:
        with self.store.session() as session:
            session.exec(delete(SyncBatch).where(SyncBatch.batch_id == batch_id))

    def acknowledge(self, batch: OutgoingBatch, response: PushResponse) -> AckReport:
        report = AckReport()
        results = {(r.kind, r.id): r for r in response.results}
        accepted: list[tuple[PendingChange, int]] = []
        stored: list = []  # (change, result): this device's changes the server stored
        with self.store.session() as session:
            for change in batch.changes:
                result = results.get(change.key)
                if result is None:
                    logger.warning("no receipt for a %s change (%s)", change.kind, change.id)
                    continue
                if result.status == "refused":
                    self._set_aside(session, change, result.reason or "refused",
                                    [e.model_dump() for e in result.field_errors])
                    report.refused.append((change.kind, change.id, result.reason or "refused"))
                    continue
                accepted.append((change, result.rev))
                stored.append((change, result))
                report.sent += 1
                report.merged += result.status == "merged"
                for conflict in result.conflicts:
                    if change.deleted:
                        continue  # the record is gone from here: nothing of it is kept
                    mine = (field_names(conflict.device_value) if conflict.field == DELETED
                            else conflict.device_value)  # an edit lost to a delete: names only
                    put_conflict(session, kind=change.kind, record_id=change.id, field=conflict.field,
                                 mine=mine, theirs=conflict.server_value,
                                 mine_kept=False, origin="server",
                                 server_conflict_id=conflict.conflict_id)
                    report.conflicts.append((change.kind, change.id, conflict.field))
            outbox.delete_seqs(session, [seq for change, _rev in accepted for seq in change.seqs])
            ids = [change.id for change, _rev in accepted]
            if ids:
                session.exec(delete(SyncRefused).where(SyncRefused.record_id.in_(ids)))
            self._new_revisions(session, accepted)
            realign.record_sent(session, stored)
            session.exec(delete(SyncBatch).where(SyncBatch.batch_id == batch.batch_id))
        return report

    def _new_revisions(self, session, accepted: list[tuple[PendingChange, int]]) -> None:
        """The server stored each change as its revision.

        When that revision is the base plus this change alone, the local copy is that revision
        and later edits are rebased on it. Otherwise the server merged other devices' changes
        in: the record waits ("behind") for the pull that brings them, and edits made meanwhile
        are merged then. A record made and deleted here (revision 0) left nothing on the server.
        """
        exact: dict[str, list[dict]] = {}
        for change, rev in accepted:
            if rev == 0:
                continue
            if rev <= change.base_rev + 1:
                exact.setdefault(change.kind, []).append({"_id": change.id, "_rev": rev})
            else:
                sent = {} if change.deleted else dict(change.fields)
                session.merge(SyncBehind(kind=change.kind, record_id=change.id, rev=rev, sent=sent))
        connection = session.connection()
        for kind, rows in exact.items():
            table = TABLES[kind].__table__
            connection.execute(
                table.update().where(table.c.id == bindparam("_id"), table.c.rev < bindparam("_rev"))
                .values(rev=bindparam("_rev")), rows)
            outbox.rebase_many(session, rows)

    def _set_aside(self, session, change: PendingChange, reason: str, field_errors: list) -> None:
        session.merge(SyncRefused(kind=change.kind, record_id=change.id, reason=reason,
                                  field_errors=field_errors, last_seq=max(change.seqs),
                                  refused_at=dt.datetime.now(dt.timezone.utc)))

    def refuse_locally(self, batch: OutgoingBatch, reason: str) -> AckReport:
        report = AckReport()
        with self.store.session() as session:
            for change in batch.changes:
                self._set_aside(session, change, reason, [])
                report.refused.append((change.kind, change.id, reason))
        return report

    # --- receiving ------------------------------------------------------------------

    def cursor(self) -> int:
        return CURSOR.get(self.store)

    def needs_history(self, page: PullResponse) -> list[HistoryRequest]:
        candidates = [c for c in page.changes if not c.access_revoked and c.kind in TABLES
                      and (c.fields or not c.deleted)]
        if not candidates:
            return []
        ids = [c.id for c in candidates]
        shared = self._pages.session if self._pages is not None else None
        if shared is not None:  # earlier pages, not yet committed, may have rebased the outbox
            pending = outbox.pending_by_key(shared, ids)
        else:
            with self.store.reader() as session:
                pending = outbox.pending_by_key(session, ids)
        requests = []
        for change in candidates:
            found = pending.get((change.kind, change.id))
            if found is not None and needs_history(found, rev=change.rev, deleted=change.deleted):
                requests.append(HistoryRequest(change.kind, change.id, found.base_rev, change.rev))
        return requests

    @contextmanager
    def receiving(self) -> Iterator[_SharedTransaction]:
        self._pages = _SharedTransaction(self.store)
        try:
            yield self._pages
        finally:
            pages, self._pages = self._pages, None
            pages.commit()

    def apply_page(self, page: PullResponse, *, histories: Mapping[Key, RemoteHistory]) -> PageReport:
        def write(session) -> PageReport:
            realigning = realign.active(session)
            report = PageWriter(session, device_id=self.device_id, histories=histories,
                                realign=realigning).write(page)
            if realigning:
                realign.seen(session, [change.id for change in page.changes])
            return report

        if self._pages is None:
            with self.store.session() as session:
                return write(session)
        return self._pages.apply(page, write)

    # --- after a server restore (desktop.sync.realign) -------------------------------

    def realigning(self) -> bool:
        with self.store.reader() as session:
            return realign.active(session)

    def realign_keys(self, backup_seq: int) -> list[Key]:
        with self.store.reader() as session:
            return realign.needs_base(session, backup_seq)

    def begin_realign(self, backup_seq: int, bases: Mapping[Key, int | None]) -> int:
        with self.store.session() as session:
            return realign.begin(session, backup_seq=backup_seq, bases=bases)

    def finish_realign(self) -> int:
        with self.store.session() as session:
            return realign.finish(session)

    # --- afterwards -----------------------------------------------------------------

    def open_conflicts(self) -> int:
        with self.store.reader() as session:
            return session.exec(select(func.count()).select_from(SyncConflict)).one()

    def set_aside(self) -> int:
        with self.store.reader() as session:
            return session.exec(select(func.count()).select_from(SyncRefused)).one()

    def save_receipt(self, receipt: Receipt) -> None:
        started = dt.datetime.fromisoformat(receipt.started_at).replace(tzinfo=dt.timezone.utc)
        finished = (dt.datetime.fromisoformat(receipt.finished_at).replace(tzinfo=dt.timezone.utc)
                    if receipt.finished_at else None)
        with self.store.session() as session:
            session.add(SyncReceipt(started_at=started, finished_at=finished,
                                    outcome=receipt.outcome, data=receipt.to_json()))
            if receipt.outcome == "ok":
                LAST_SYNC.write(session, receipt.finished_at)
            old = session.exec(select(SyncReceipt.id).order_by(SyncReceipt.id.desc())
                               .offset(KEEP_RECEIPTS)).all()
            if old:
                session.exec(delete(SyncReceipt).where(SyncReceipt.id.in_(old)))
