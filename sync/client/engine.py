"""The end-of-day sync: send the outbox in batches, then pull pages, then once more if the
pull left changes ready to send.

- A batch is saved by the replica before it is sent and acknowledged in one local transaction
  after the answer; a batch whose answer was lost is sent again, with the same ``batch_id``, at
  the start of the next sync, and the server answers it from its store (nothing twice).
- A change the server refuses is set aside with its reason and the rest go on; a batch the
  server cannot read at all (422) is split until the unreadable change is found.
- A pulled page is applied with its cursor in one local transaction; records on it with unsent
  local edits are merged with them (``rebase``), using the record's history from the server.
- A pull told that the server was restored from a backup (``X-Kentta-Server-Restored``) starts
  a realignment (``sync.client.realign``): this device's lost changes are queued again and
  everything is pulled again from cursor 0; the next round sends what was queued.
- Progress is readable from another thread; ``SyncProgress.cancel()`` stops between batches,
  pages and retry waits, keeping what was done.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait

from pydantic import ValidationError

from sync.client.errors import DeviceRevoked, ServerRestored, SyncBusy, SyncCancelled, SyncError
from sync.client.progress import SyncProgress
from sync.client.realign import bases_at_backup
from sync.client.rebase import remote_history
from sync.client.receipt import Receipt
from sync.client.replica import AckReport, Key, LocalReplica, OutgoingBatch, PageReport, PendingChange, RemoteHistory
from sync.client.transport import BatchUnreadable, Transport
from sync.protocol import MAX_CHANGES_PER_PUSH, MAX_PULL_LIMIT, PullResponse, PushRequest

logger = logging.getLogger(__name__)

_running: set[str] = set()
_running_lock = threading.Lock()


def chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class SyncEngine:
    # Seconds a pull waits for the next page before it commits the pages applied so far (and
    # holds nothing while the server answers). A page that comes within this joins the open
    # transaction: a first download whose server is a little slower than the laptop would
    # otherwise commit at every page (each commit flushes the search index's new terms).
    NEXT_PAGE_WAIT = 0.1

    def __init__(
        self,
        *,
        transport: Transport,
        replica: LocalReplica,
        device_id: uuid.UUID,
        batch_size: int = 500,
        page_size: int = 500,
        rounds: int = 2,
        lock_key: str | None = None,
    ) -> None:
        self.transport = transport
        self.replica = replica
        self.device_id = device_id
        self.batch_size = max(1, min(batch_size, MAX_CHANGES_PER_PUSH))
        self.page_size = max(1, min(page_size, MAX_PULL_LIMIT))
        self.rounds = max(1, rounds)
        self.lock_key = lock_key or str(id(replica))

    def run(self, progress: SyncProgress | None = None) -> Receipt:
        """Sync once; the receipt says what happened (``outcome`` ok, cancelled or failed).

        ``DeviceRevoked`` is raised instead: the profile must be deleted, not told of it."""
        progress = progress or SyncProgress()
        with _running_lock:
            if self.lock_key in _running:
                raise SyncBusy("A sync is already running for this profile; wait for it to end.",
                               code="sync_running")
            _running.add(self.lock_key)
        self.transport.wait = progress.wait
        self.transport.check = progress.check
        self.transport.on_retry = progress.set_retrying
        if hasattr(self.transport, "server_restored_at"):
            self.transport.server_restored_at = None  # told by this run's pulls only
        receipt = Receipt.start()
        try:
            rounds = self.rounds
            if self._refused_for_restore(self._replay, receipt, progress) or self.replica.realigning():
                # The server was restored, or a realignment was cut short: the pull (which
                # realigns) comes first, so that unsent edits made on revisions the server lost
                # are rebased before they are sent.
                self._pull(receipt, progress)
                self._replay(receipt, progress)
            round_number = 0
            while round_number < rounds:
                if self._refused_for_restore(self._push, receipt, progress):
                    self._pull(receipt, progress)
                    self._push(receipt, progress)
                if self._pull(receipt, progress):
                    rounds = max(rounds, round_number + 2)  # what was queued again goes now
                round_number += 1
                if round_number < rounds and not self.replica.pending_changes():
                    break
            receipt.finish("ok")
        except SyncCancelled as error:
            receipt.finish("cancelled", error)
        except DeviceRevoked:
            logger.warning("sync stopped: this device was revoked")
            raise  # no receipt: the profile is about to be deleted
        except SyncError as error:
            logger.info("sync stopped: %s", type(error).__name__)
            receipt.finish("failed", error)
        finally:
            with _running_lock:
                _running.discard(self.lock_key)
            progress.set_phase("done")
        receipt.open_conflicts = self.replica.open_conflicts()
        receipt.set_aside = self.replica.set_aside()
        self.replica.save_receipt(receipt)
        logger.info(
            "sync %s: sent %d, received %d, refused %d, conflicts %d new / %d open",
            receipt.outcome, receipt.sent, receipt.received, len(receipt.refused),
            len(receipt.conflicts), receipt.open_conflicts,
        )
        return receipt

    # --- sending --------------------------------------------------------------------

    @staticmethod
    def _refused_for_restore(send, receipt: Receipt, progress: SyncProgress) -> bool:
        """``send()``; True when the server refused it, restored from a backup since this
        device's last pull (nothing was stored: the pull that follows realigns)."""
        try:
            send(receipt, progress)
        except ServerRestored:
            logger.warning("a push was refused: the server was restored from a backup")
            return True
        return False

    def _replay(self, receipt: Receipt, progress: SyncProgress) -> None:
        """Batches saved but never answered: the server answers them from its store."""
        for batch in self.replica.in_flight_batches():
            progress.check()
            logger.info("sending a saved batch again (%d changes)", len(batch.changes))
            self._send(batch, receipt, progress, saved=True)

    def _push(self, receipt: Receipt, progress: SyncProgress) -> None:
        pending = self.replica.pending_changes()
        progress.set_phase("sending", to_send=len(pending))
        sendable: list[PendingChange] = []
        for change in pending:
            try:
                change.to_change()
            except ValidationError as error:
                reason = "unreadable: " + "; ".join(e["msg"] for e in error.errors(include_url=False))
                self._merge_ack(receipt, self.replica.refuse_locally(_single(change), reason))
                progress.add_sent(1)
                continue
            sendable.append(change)
        for part in chunks(sendable, self.batch_size):
            progress.check()
            self._send(OutgoingBatch(uuid.uuid4(), tuple(part)), receipt, progress)

    def _send(self, batch: OutgoingBatch, receipt: Receipt, progress: SyncProgress,
              *, saved: bool = False) -> None:
        if not saved:
            self.replica.begin_batch(batch)
        request = PushRequest(device_id=self.device_id, batch_id=batch.batch_id,
                              changes=[change.to_change() for change in batch.changes])
        try:
            response = self.transport.push(request, cursor=self.replica.cursor())
        except ServerRestored:
            self.replica.drop_batch(batch.batch_id)  # not stored: its changes are sent later
            raise
        except BatchUnreadable as error:
            self.replica.drop_batch(batch.batch_id)
            if len(batch.changes) == 1:
                report = self.replica.refuse_locally(batch, f"unreadable: {error.detail}")
                self._merge_ack(receipt, report)
                progress.add_sent(1)
                return
            middle = len(batch.changes) // 2
            for part in (batch.changes[:middle], batch.changes[middle:]):
                self._send(OutgoingBatch(uuid.uuid4(), tuple(part)), receipt, progress)
            return
        report = self.replica.acknowledge(batch, response)
        self._merge_ack(receipt, report)
        progress.add_sent(len(batch.changes))

    @staticmethod
    def _merge_ack(receipt: Receipt, report: AckReport) -> None:
        receipt.sent += report.sent
        receipt.merged += report.merged
        receipt.add_refused(report.refused)
        receipt.add_conflicts(report.conflicts)

    # --- receiving ------------------------------------------------------------------

    def _pull(self, receipt: Receipt, progress: SyncProgress) -> bool:
        """Pull; after a server restore, realign (``sync.client.realign``) and pull again from
        cursor 0. Whether changes were queued again to be sent."""
        queued = False
        if self._pull_pages(receipt, progress):
            queued = self._realign(receipt, progress)
            self._pull_pages(receipt, progress)
        if self.replica.realigning():
            receipt.not_on_server += self.replica.finish_realign()
        return queued

    def _realign(self, receipt: Receipt, progress: SyncProgress) -> bool:
        backup_seq = receipt.server_restored_at
        keys = self.replica.realign_keys(backup_seq)
        bases = bases_at_backup(keys, backup_seq, self.transport.history, progress.check)
        queued = self.replica.begin_realign(backup_seq, bases)
        receipt.resent += queued
        return bool(queued)

    def _pull_pages(self, receipt: Receipt, progress: SyncProgress) -> bool:
        """Pages in order. The next page is asked for while this one is applied (the server's
        time overlaps the laptop's); a page's records' histories are fetched before that, so
        only one request is in flight at a time. Pages that follow each other without a wait
        may share a transaction of the replica (``receiving``): one that is not there within
        ``NEXT_PAGE_WAIT`` has the pages before it committed first.

        True when the first page said the server was restored from a backup and no realignment
        is under way: the page is not applied (the pull from cursor 0 that follows has it)."""
        progress.set_phase("receiving")
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kentta-pull") as prefetch, \
                self.replica.receiving() as received:
            progress.check()
            cursor = self.replica.cursor()
            coming = prefetch.submit(self.transport.pull, cursor=cursor, limit=self.page_size)
            try:
                while coming is not None:
                    if not coming.done() and not _arrives(coming, self.NEXT_PAGE_WAIT):
                        received.commit()  # nothing is held open while the server answers
                    page = coming.result()
                    if self._restored(receipt) and not self.replica.realigning():
                        return True
                    histories = self._histories(page, progress)
                    progress.check()
                    coming = None
                    if page.has_more:
                        coming = prefetch.submit(self.transport.pull, cursor=page.next_cursor,
                                                 limit=self.page_size)
                    report = self.replica.apply_page(page, histories=histories)
                    self._merge_page(receipt, report)
                    progress.add_received(len(page.changes))
            except BaseException:
                progress.cancel()  # a request still in flight stops retrying
                raise
        return False

    def _restored(self, receipt: Receipt) -> bool:
        """Whether this pull was the first of the run told the server was restored."""
        restored = getattr(self.transport, "server_restored_at", None)
        if restored is None or receipt.server_restored_at is not None:
            return False
        receipt.server_restored_at = restored
        logger.warning("the server was restored from a backup", extra={"backup_seq": restored})
        return True

    def _histories(self, page: PullResponse, progress: SyncProgress) -> dict[Key, RemoteHistory]:
        found: dict[Key, RemoteHistory] = {}
        for request in self.replica.needs_history(page):
            progress.check()
            history = self.transport.history(request.kind, request.id)
            if history is not None:
                found[(request.kind, request.id)] = remote_history(
                    history, base_rev=request.base_rev, upto_rev=request.rev, device_id=self.device_id
                )
        return found

    @staticmethod
    def _merge_page(receipt: Receipt, report: PageReport) -> None:
        receipt.received += report.applied + report.merged + report.dropped
        receipt.dropped += report.dropped
        receipt.unsent_dropped += report.unsent_dropped
        receipt.invalid += report.invalid
        receipt.add_conflicts(report.conflicts)


def _arrives(future: Future, seconds: float) -> bool:
    """True when ``future`` is done within ``seconds``."""
    return not futures_wait([future], timeout=seconds).not_done


def _single(change: PendingChange) -> OutgoingBatch:
    return OutgoingBatch(uuid.uuid4(), (change,))
