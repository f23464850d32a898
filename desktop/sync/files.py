"""Attachments' content to and from the server, after the records (``sync_session.sync``).

- **Up**: each waiting "up" ``file_transfer`` whose time has come: ``HEAD`` tells how much the
  server has, ``PUT`` sends the rest streamed from ``file_chunk`` (a generator body, one chunk in
  memory at a time), and the transfer is done. A failure counts an attempt and waits longer
  before the next (``RETRY_DELAYS``); after ``MAX_ATTEMPTS``, or at once when the server refuses
  the file for good (over the organisation's limit, a type or size it will not take), the
  transfer is set aside with its reason, shown on the Sync page. A file never stops the records
  (they went first) nor the other files: each transfer is tried on its own.
- **Down**: ``download`` (called by ``desktop.services.sync_session.fetch_content``) brings one file's content (the preview asks for it on first open,
  ``desktop.services.attachments.ensure_content``); with ``DOWNLOAD_ATTACHMENTS_AHEAD`` (on by
  default) the sync also brings the content of the attachments of the user's own clients. A
  download resumes where it stopped (``Range``), chunk by chunk, each chunk in its own
  transaction; the content counts only when its SHA-256 matches (else it is discarded).

Reasons are stored as ``code: detail`` (``last_error``); the Sync page words the codes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
from sqlalchemy import delete, insert, update
from sqlmodel import select

from desktop.store.profile import Store
from desktop.store.settings import DOWNLOAD_ATTACHMENTS_AHEAD, ME
from desktop.store.tables import (
    Client,
    ClientAttachment,
    EmployerAttachment,
    FileChunk,
    FileContent,
    FileTransfer,
)
from desktop.sync.tables import SyncReceipt
from sync.attachments import CHUNK_BYTES
from sync.client.errors import DeviceRevoked, SyncError
from sync.client.transport import Transport

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
# Seconds to wait after the 1st, 2nd… failed attempt (the last one repeats): a dropped
# connection is tried again at the next sync.
RETRY_DELAYS = (0, 60, 600, 1800, 3600)
UPLOAD_TIMEOUT = 120.0

# Reason codes (``last_error`` is "code: detail").
TOO_LARGE = "too_large"  # the server's limit (its message names it): set aside at once
REFUSED = "refused"  # another refusal for good (415 type, 422 size mismatch, 400)
NOT_ON_SERVER = "not_on_server"  # no record of the server's names it (yet): tried again
UNREACHABLE = "unreachable"
SERVER_ERROR = "server_error"
HASH_MISMATCH = "hash_mismatch"
GAVE_UP = "gave_up"  # MAX_ATTEMPTS failed: the last reason follows


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Permanent(Exception):
    """The server will not take this file as it is: set aside at once."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.reason = f"{code}: {detail}"


class Transient(Exception):
    """Try again later."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.reason = f"{code}: {detail}" if detail else code


@dataclass
class FilesReport:
    sent: int = 0
    received: int = 0
    failed: int = 0  # attempts that failed in this sync (tried again later)
    set_aside: list[str] = field(default_factory=list)  # sha256 set aside in this sync


def _path(sha256: str) -> str:
    return f"/v1/files/{sha256}"


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.reason_phrase
    detail = body.get("detail") if isinstance(body, dict) else None
    return str(detail)[:500] if detail else response.reason_phrase


# --- up ---------------------------------------------------------------------------------


def _chunks_from(store: Store, sha256: str, offset: int) -> Iterator[bytes]:
    """The stored content from ``offset`` on, one chunk read (and held) at a time."""
    seq, skip = divmod(offset, CHUNK_BYTES)
    while True:
        with store.reader() as session:
            data = session.exec(select(FileChunk.data).where(
                FileChunk.sha256 == sha256, FileChunk.seq == seq)).first()
        if data is None:
            return
        yield data[skip:] if skip else data
        seq, skip = seq + 1, 0


def upload(store: Store, transport: Transport, sha256: str) -> None:
    """Send one file's content, resuming where the server is. Raises Permanent / Transient."""
    with store.reader() as session:
        held = session.get(FileContent, sha256)
        size = held.size if held is not None and held.complete else None
    if size is None:
        raise Permanent(REFUSED, "the content is not whole on this laptop")
    response = transport.file_request("HEAD", _path(sha256))
    if response.status_code == 404:
        raise Transient(NOT_ON_SERVER)
    if response.status_code >= 400:
        raise Transient(SERVER_ERROR, str(response.status_code))
    if response.headers.get("X-Kentta-Complete") == "1":
        return
    offset = int(response.headers.get("X-Kentta-Received", "0"))
    if not 0 <= offset <= size:
        offset = 0
    headers = {"Content-Type": "application/octet-stream",
               "Content-Length": str(size - offset)}
    if size:
        headers["Content-Range"] = f"bytes {offset}-{size - 1}/{size}"
    response = transport.file_request(
        "PUT", _path(sha256), headers=headers,
        content=lambda: _chunks_from(store, sha256, offset), timeout=UPLOAD_TIMEOUT,
    )
    if response.status_code == 200:
        return
    detail = _detail(response)
    if response.status_code == 413:
        try:
            limit = response.json().get("limit_mb")
        except (ValueError, AttributeError):
            limit = None
        # The limit in MB when the server names it (the Sync page words it), else its message.
        raise Permanent(TOO_LARGE, str(limit) if isinstance(limit, int) else detail)
    if response.status_code in (400, 411, 415, 422) and "SHA-256" not in detail:
        raise Permanent(REFUSED, detail)
    if response.status_code == 404:
        raise Transient(NOT_ON_SERVER)
    if response.status_code == 422:
        raise Transient(HASH_MISMATCH, detail)
    raise Transient(SERVER_ERROR, f"{response.status_code} {detail}")


def _due_uploads(store: Store, now: dt.datetime) -> list[str]:
    with store.reader() as session:
        rows = session.exec(select(FileTransfer).where(
            FileTransfer.direction == "up", FileTransfer.state == "waiting",
        ).order_by(FileTransfer.sha256)).all()
    return [row.sha256 for row in rows if row.next_try_at is None or row.next_try_at <= now]


def _record_failure(store: Store, sha256: str, error: Exception, now: dt.datetime) -> bool:
    """Count a failed attempt; True when the transfer is now set aside."""
    with store.session() as session:
        row = session.get(FileTransfer, sha256)
        if row is None:
            return False
        row.attempts += 1
        reason = getattr(error, "reason", str(error))
        if isinstance(error, Permanent):
            row.state, row.next_try_at, row.last_error = "set_aside", None, reason
        elif row.attempts >= MAX_ATTEMPTS:
            row.state, row.next_try_at = "set_aside", None
            row.last_error = f"{GAVE_UP}: {reason}"
        else:
            delay = RETRY_DELAYS[min(row.attempts - 1, len(RETRY_DELAYS) - 1)]
            row.next_try_at = now + dt.timedelta(seconds=delay)
            row.last_error = reason
        session.add(row)
        return row.state == "set_aside"


def _mark_done(store: Store, sha256: str) -> None:
    with store.session() as session:
        session.exec(update(FileTransfer).where(FileTransfer.sha256 == sha256).values(
            state="done", next_try_at=None, last_error=None))


def send_waiting(store: Store, transport: Transport, report: FilesReport,
                 now: dt.datetime | None = None, progress=None) -> None:
    """Try each waiting upload whose time has come, each on its own."""
    now = now or utcnow()
    for sha256 in _due_uploads(store, now):
        if progress is not None:
            progress.add_sent(1)
        try:
            upload(store, transport, sha256)
        except DeviceRevoked:
            raise
        except (Permanent, Transient) as error:
            _failed(store, sha256, error, now, report)
            continue
        except SyncError as error:
            # Each file on its own: a connection dropped under one never holds the others.
            _failed(store, sha256, Transient(getattr(error, "code", None) or UNREACHABLE), now,
                    report)
            continue
        _mark_done(store, sha256)
        report.sent += 1
        logger.info("file sent: %s", sha256[:12])


def _failed(store, sha256, error, now, report) -> None:
    report.failed += 1
    if _record_failure(store, sha256, error, now):
        report.set_aside.append(sha256)
    logger.info("file not sent: %s (%s)", sha256[:12], getattr(error, "reason", "")[:40])


def retry_set_aside(store: Store, sha256: str | None = None) -> int:
    """Put set-aside uploads back in the queue (all, or one); how many."""
    with store.session() as session:
        statement = update(FileTransfer).where(FileTransfer.state == "set_aside")
        if sha256 is not None:
            statement = statement.where(FileTransfer.sha256 == sha256)
        result = session.exec(statement.values(state="waiting", attempts=0, next_try_at=None))
        return result.rowcount or 0


@dataclass(frozen=True)
class SetAsideFile:
    sha256: str
    file_name: str
    size: int
    reason: str  # "code: detail"

    @property
    def code(self) -> str:
        return self.reason.split(":", 1)[0].strip()

    @property
    def detail(self) -> str:
        return self.reason.split(":", 1)[1].strip() if ":" in self.reason else ""


def set_aside_files(store: Store) -> list[SetAsideFile]:
    """The uploads set aside, with a file name that names them (for the Sync page)."""
    with store.reader() as session:
        rows = session.exec(select(FileTransfer).where(FileTransfer.state == "set_aside")
                            .order_by(FileTransfer.sha256)).all()
        found = []
        for row in rows:
            name, size = "", 0
            for table in (ClientAttachment, EmployerAttachment):
                record = session.exec(select(table).where(table.sha256 == row.sha256)).first()
                if record is not None:
                    name, size = record.file_name, record.size
                    break
            found.append(SetAsideFile(row.sha256, name, size, row.last_error or ""))
        return found


# --- down -------------------------------------------------------------------------------


def _declared(store: Store, sha256: str) -> tuple[int, str] | None:
    """Size and type of the content as a record here gives them (None: no record names it)."""
    with store.reader() as session:
        for table in (ClientAttachment, EmployerAttachment):
            record = session.exec(select(table).where(table.sha256 == sha256)).first()
            if record is not None:
                return record.size, record.media_type
    return None


def _held(store: Store, sha256: str, size: int, media_type: str) -> tuple[int, bool]:
    """(bytes held, complete); a row for the download made or reset as needed."""
    with store.session() as session:
        row = session.get(FileContent, sha256)
        if row is not None and row.complete:
            return row.size, True
        if row is None or row.size != size:
            session.exec(delete(FileChunk).where(FileChunk.sha256 == sha256))
            if row is None:
                row = FileContent(sha256=sha256, size=size, media_type=media_type, received=0,
                                  complete=False)
            row.size, row.received = size, 0
            session.add(row)
        # Only whole chunks count (a cut-off last piece is never stored).
        return row.received, False


def _store_chunk(store: Store, sha256: str, offset: int, data: bytes) -> int:
    with store.session() as session:
        session.exec(insert(FileChunk).values(sha256=sha256, seq=offset // CHUNK_BYTES, data=data))
        session.exec(update(FileContent).where(FileContent.sha256 == sha256)
                     .values(received=offset + len(data)))
    return offset + len(data)


def _verify(store: Store, sha256: str, size: int) -> bool:
    digest, total, seq = hashlib.sha256(), 0, 0
    while True:
        with store.reader() as session:
            data = session.exec(select(FileChunk.data).where(
                FileChunk.sha256 == sha256, FileChunk.seq == seq)).first()
        if data is None:
            break
        digest.update(data)
        total, seq = total + len(data), seq + 1
    ok = total == size and digest.hexdigest() == sha256
    with store.session() as session:
        if ok:
            session.exec(update(FileContent).where(FileContent.sha256 == sha256)
                         .values(complete=True, received=size))
            transfer = session.get(FileTransfer, sha256)
            if transfer is not None and transfer.direction == "down":
                transfer.state, transfer.next_try_at, transfer.last_error = "done", None, None
                session.add(transfer)
        else:
            session.exec(delete(FileChunk).where(FileChunk.sha256 == sha256))
            session.exec(update(FileContent).where(FileContent.sha256 == sha256)
                         .values(received=0, complete=False))
    return ok


def download(store: Store, transport: Transport, sha256: str) -> bool:
    """Bring one file's content, resuming what is held. True when it is whole here now.
    Raises Transient (tried again later) or SyncError."""
    declared = _declared(store, sha256)
    if declared is None:
        return False
    size, media_type = declared
    offset, complete = _held(store, sha256, size, media_type)
    if complete:
        return True
    headers = {"Range": f"bytes={offset}-"} if offset else {}
    response = transport.file_request("GET", _path(sha256), headers=headers, stream=True)
    try:
        if response.status_code == 404:
            raise Transient(NOT_ON_SERVER)
        if response.status_code == 416:
            _held_reset(store, sha256)
            raise Transient(SERVER_ERROR, "416")
        if response.status_code not in (200, 206):
            raise Transient(SERVER_ERROR, str(response.status_code))
        if response.status_code == 200:
            offset = 0 if offset == 0 else _held_reset(store, sha256)
        buffer = bytearray()
        try:
            for piece in response.iter_bytes():
                buffer += piece
                while len(buffer) >= CHUNK_BYTES:
                    offset = _store_chunk(store, sha256, offset, bytes(buffer[:CHUNK_BYTES]))
                    del buffer[:CHUNK_BYTES]
                if offset + len(buffer) > size:
                    raise Transient(HASH_MISMATCH, "longer than its record says")
        except httpx.HTTPError:
            raise Transient(UNREACHABLE, "the download was cut off") from None
        if buffer and offset + len(buffer) == size:
            offset = _store_chunk(store, sha256, offset, bytes(buffer))
    finally:
        response.close()
    if offset < size:
        raise Transient(UNREACHABLE, "the download was cut off")
    if not _verify(store, sha256, size):
        raise Transient(HASH_MISMATCH, "the content did not match its SHA-256; discarded")
    logger.info("file received: %s", sha256[:12])
    return True


def _held_reset(store: Store, sha256: str) -> int:
    with store.session() as session:
        session.exec(delete(FileChunk).where(FileChunk.sha256 == sha256))
        session.exec(update(FileContent).where(FileContent.sha256 == sha256).values(received=0))
    return 0


def wanted_ahead(store: Store) -> list[str]:
    """Contents of the attachments of the user's own clients that are not whole here."""
    me = ME.get(store)
    with store.reader() as session:
        mine = {client.id for client in session.exec(select(Client)).all()
                if me and me in {str(s) for s in (client.assigned_staff_ids or [])}}
        wanted = {row.sha256 for row in session.exec(select(ClientAttachment)).all()
                  if row.client_id in mine}
        here = set(session.exec(select(FileContent.sha256).where(
            FileContent.complete == True)).all())  # noqa: E712
    return sorted(wanted - here)


def fetch_ahead(store: Store, transport: Transport, report: FilesReport, progress=None,
                wanted: list[str] | None = None) -> None:
    if not DOWNLOAD_ATTACHMENTS_AHEAD.get(store):
        return
    for sha256 in wanted_ahead(store) if wanted is None else wanted:
        if progress is not None:
            progress.add_sent(1)
        try:
            if download(store, transport, sha256):
                report.received += 1
        except DeviceRevoked:
            raise
        except Transient:
            report.failed += 1
        except SyncError:
            report.failed += 1


def sync_files(store: Store, transport: Transport, *, now: dt.datetime | None = None,
               progress=None) -> FilesReport:
    """After the records: send the waiting files, then fetch the user's ahead. ``progress``
    (a ``SyncProgress``) shows the phase ``files`` with the transfers counted as sent."""
    report = FilesReport()
    now = now or utcnow()
    wanted = wanted_ahead(store) if DOWNLOAD_ATTACHMENTS_AHEAD.get(store) else []
    if progress is not None:
        progress.set_phase("files", to_send=len(_due_uploads(store, now)) + len(wanted))
    try:
        send_waiting(store, transport, report, now, progress)
        fetch_ahead(store, transport, report, progress, wanted)
    finally:
        if progress is not None:
            progress.set_phase("done")
    return report


def update_last_receipt(store: Store, receipt) -> None:
    """The stored receipt of this sync (saved after the records) with the files' counts."""
    with store.session() as session:
        row = session.exec(select(SyncReceipt).order_by(SyncReceipt.id.desc())).first()
        if row is not None and row.data.get("started_at") == receipt.started_at:
            row.data = receipt.to_json()
            session.add(row)
