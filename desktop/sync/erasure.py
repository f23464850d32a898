"""What goes with a record deleted on this laptop: everything that holds its content.

Used by ``services.changes.delete`` (a person's delete) and by the pulled tombstones of
``sync.apply``, inside the caller's transaction. The record's row itself is deleted by the
caller; this removes its drafts (keyed ``<kind>:<record id>``, e.g. ``visit:<id>`` or
``handover:<client id>``), its unsent outbox entries (their fields are its content; a batch
already on its way keeps its own), and the sync state that quotes its
values (conflicts, refusals; a "behind" marker keeps only its revision).

The rows' pages are overwritten at once (``PRAGMA secure_delete``, and FTS5's ``secure-delete``
for the search index, migration 0005), but the write-ahead log still holds the pages as they
were before the delete until it is reset. ``erase_traces_after_commit`` checkpoints the log into
the database and truncates it once the transaction that erased has committed.

An attachment's content (``file_content``, ``file_chunk``, ``file_transfer``) goes when the last
record here that refers to it goes: ``forget_unreferenced_content``, called by a person's delete
and by a pulled tombstone or access revocation (a client erased, purged, or no longer theirs).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable

from sqlalchemy import delete, event, update
from sqlmodel import Session, select

from desktop.store.layout import SESSION_DATA_DIR
from desktop.store.migrate import discard_backups
from desktop.store.tables import ClientAttachment, Draft, EmployerAttachment, FileChunk, FileContent, FileTransfer
from desktop.sync import outbox
from desktop.sync.tables import SyncBatch, SyncBehind, SyncConflict, SyncRefused

logger = logging.getLogger(__name__)

_WAL_HOOK = "kentta.truncate_wal"


def in_flight_seqs(session: Session, record_id: uuid.UUID) -> set[int]:
    """Outbox entries of the record in a batch sent but not yet answered (kept for its answer)."""
    wanted = str(record_id)
    return {seq for batch in session.exec(select(SyncBatch)).all()
            for change in batch.changes if change.get("id") == wanted for seq in change["seqs"]}


def forget_content(session: Session, *, kind: str, record_id: uuid.UUID, keep_seqs: Iterable[int] = ()) -> None:
    outbox.forget(session, record_id, keep_seqs=keep_seqs)
    drafts_of(session, [record_id])
    for table in (SyncConflict, SyncRefused):
        session.exec(delete(table).where(table.kind == kind, table.record_id == record_id))
    session.exec(update(SyncBehind).where(SyncBehind.kind == kind, SyncBehind.record_id == record_id)
                 .values(sent={}))


ATTACHMENT_KINDS = frozenset({ClientAttachment.kind, EmployerAttachment.kind})


def forget_unreferenced_content(session: Session, sha256s: Iterable[str]) -> int:
    """Delete the content (chunks, its row, its transfer) of each digest no attachment record
    here refers to any more; how many contents went. In the caller's transaction: with
    ``erase_traces_after_commit`` the WAL keeps no page of it either."""
    gone = 0
    for digest in sorted(set(sha256s)):
        referred = any(
            session.exec(select(table.id).where(table.sha256 == digest).limit(1)).first() is not None
            for table in (ClientAttachment, EmployerAttachment)
        )
        if referred:
            continue
        session.exec(delete(FileChunk).where(FileChunk.sha256 == digest))
        session.exec(delete(FileTransfer).where(FileTransfer.sha256 == digest))
        gone += session.exec(delete(FileContent).where(FileContent.sha256 == digest)).rowcount or 0
    if gone:
        erase_traces_after_commit(session)
    return gone


def drafts_of(session: Session, record_ids: Iterable[uuid.UUID]) -> None:
    """Delete the drafts kept under the records' ids (``<kind>:<id>``)."""
    for record_id in record_ids:
        session.exec(delete(Draft).where(Draft.key.endswith(f":{record_id}")))


def erase_traces_after_commit(session: Session) -> None:
    """Once ``session``'s transaction commits, leave no copy of what it erased: no page of it in
    the WAL (checkpointed and truncated), no encrypted backup that still holds it (a backup made
    before the erasure is discarded; the server holds everything synced)."""
    if session.info.get(_WAL_HOOK):
        return
    session.info[_WAL_HOOK] = True
    engine = session.get_bind()
    data_dir = session.info.get(SESSION_DATA_DIR)

    def _after_commit(_session) -> None:
        _session.info.pop(_WAL_HOOK, None)
        truncate_wal(engine)
        if data_dir is not None:
            discard_backups(data_dir)

    def _after_rollback(_session) -> None:
        _session.info.pop(_WAL_HOOK, None)

    event.listen(session, "after_commit", _after_commit, once=True)
    event.listen(session, "after_soft_rollback", _after_rollback, once=True)


def truncate_wal(engine) -> bool:
    """Checkpoint the whole WAL into the database and truncate it to zero bytes.

    Waits for readers (the connection's busy timeout); False when one still held the log,
    which then keeps its frames until the next checkpoint. Never raises: the erasure itself
    has committed.
    """
    try:
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            busy, _log, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            cursor.close()
        finally:
            raw.close()
    except Exception as error:  # noqa: BLE001 - the delete has committed; say so and go on
        logger.warning("write-ahead log not truncated after a delete: %s", type(error).__name__)
        return False
    if busy:
        logger.warning("write-ahead log not truncated after a delete: a reader held it")
    return not busy
