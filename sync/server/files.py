"""Attachments' content on the server: stored in chunks, once per SHA-256 in an organisation.

A file's record (``client_attachment``, ``employer_attachment``: any kind with a ``sha256``
field) travels as any record; its content comes by ``/v1/files/{sha256}``
(``sync.server.api.routes.files``), in ``FILE_CHUNK_BYTES`` rows of ``file_chunk``, each
committed on its own, so an upload cut off resumes after the last whole chunk and neither end
holds a whole file in memory.

Scope: a device reads or sends the content of a SHA-256 only when a record it may see in full
(``pull.visible_records``) and not deleted refers to it. The record is pushed first (the desktop
pushes records before content); an upload for a hash no visible record names is answered as one
for a file that does not exist, so nobody learns which files another organisation or client has.

Deletion: content goes with the last record that refers to it. A deleted record keeps its
content server-side for the undo period, like its fields (``DeletedContent``), so a restore brings
the file back; the erasure after the undo period and the retention purge of a client remove the
content in the same transaction when no other record (live, or deleted and still restorable) of
the organisation refers to it.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import Session, delete, select

from sync.attachments import SNIFF_BYTES, sniff
from sync.records import DATA_FIELDS, RECORD_TYPES
from sync.server.authz import Principal
from sync.server.core.db import session_scope
from sync.server.models import DeletedContent, FileChunk, FileContent, Record
from sync.server.pull import visible_records
from sync.server.store import organisation_setting

logger = logging.getLogger(__name__)

FILE_CHUNK_BYTES = 256 * 1024
DEFAULT_LIMIT_MB = 20
NOT_FOUND = "No such file, or not yours to see."


def attachment_kinds() -> list[str]:
    """The record kinds whose records refer to a file's content by ``sha256``."""
    return sorted(kind for kind, names in DATA_FIELDS.items() if "sha256" in names)


def limit_bytes(session: Session, organisation_id: uuid.UUID) -> int:
    """The organisation's attachment size limit (``attachment_max_mb``), in bytes."""
    if "attachment_max_mb" in RECORD_TYPES["organisation"].model_fields:
        megabytes = organisation_setting(session, organisation_id, "attachment_max_mb")
    else:
        megabytes = DEFAULT_LIMIT_MB
    return megabytes * 1024 * 1024


class FileRefused(Exception):
    """An answer other than success: HTTP ``status``, a message for people, extra fields."""

    def __init__(self, status: int, message: str, **extra) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra


def not_found() -> FileRefused:
    return FileRefused(404, NOT_FOUND)


def too_large(limit: int) -> FileRefused:
    megabytes = limit // (1024 * 1024)
    return FileRefused(
        413, f"The file is larger than your organisation's limit of {megabytes} MB.",
        code="file_too_large", limit_bytes=limit, limit_mb=megabytes,
    )


def referring_record(session: Session, principal: Principal, sha256: str) -> Record | None:
    """A record this principal sees in full, not deleted, that refers to ``sha256``."""
    kinds = attachment_kinds()
    if not kinds:
        return None
    return session.exec(
        select(Record)
        .where(
            *visible_records(principal, in_full=True),
            Record.kind.in_(kinds),
            Record.deleted.is_(False),
            Record.fields["sha256"].as_string() == sha256,
        )
        .limit(1)
    ).first()


@dataclass(frozen=True)
class Stored:
    """What the server holds of a file: ``received`` bytes of ``size``."""

    size: int
    received: int
    complete: bool
    media_type: str


def status(session: Session, principal: Principal, sha256: str) -> Stored:
    """For HEAD: how much of the file is here (404 when no visible record refers to it)."""
    record = referring_record(session, principal, sha256)
    if record is None:
        raise not_found()
    row = session.get(FileContent, (principal.organisation_id, sha256))
    if row is None:
        size = record.fields.get("size")
        return Stored(size if isinstance(size, int) else 0, 0, False,
                      str(record.fields.get("media_type") or "application/octet-stream"))
    return Stored(row.size, row.received, row.complete, row.media_type)


def begin_upload(engine: Engine, principal: Principal, sha256: str, total: int) -> Stored:
    """Check an upload of ``total`` bytes before any is read; the row it resumes (made)."""
    with session_scope(engine) as session:
        record = referring_record(session, principal, sha256)
        if record is None:
            raise not_found()
        limit = limit_bytes(session, principal.organisation_id)
        if total > limit:
            raise too_large(limit)
        declared = record.fields.get("size")
        if isinstance(declared, int) and declared != total:
            raise FileRefused(422, "The file's size is not the size its record gives.",
                              code="size_mismatch")
        row = session.get(FileContent, (principal.organisation_id, sha256), with_for_update=True)
        if row is None:
            row = FileContent(organisation_id=principal.organisation_id, sha256=sha256,
                              size=total, received=0, complete=False,
                              media_type=str(record.fields.get("media_type")
                                             or "application/octet-stream")[:100])
            session.add(row)
        elif row.size != total and not row.complete:
            # A different length than the interrupted upload: start again.
            session.exec(delete(FileChunk).where(FileChunk.organisation_id == row.organisation_id,
                                                 FileChunk.sha256 == sha256))
            row.size, row.received = total, 0
            session.add(row)
        return Stored(row.size, row.received, row.complete, row.media_type)


def store_chunk(engine: Engine, organisation_id: uuid.UUID, sha256: str, offset: int,
                data: bytes) -> int:
    """Store the chunk at ``offset`` (one transaction); the bytes the server has after it.

    Another upload of the same file (an earlier, cut-off request of the same laptop still
    draining what it had received, or another laptop) may have stored this chunk meanwhile:
    then nothing is stored and the answer is where the server is, beyond ``offset`` (the
    caller skips what it has; the hash checked at the end settles that the bytes agree). A gap
    before ``offset`` is answered 409: the device asks again and resumes there."""
    with session_scope(engine) as session:
        row = session.get(FileContent, (organisation_id, sha256), with_for_update=True)
        if row is not None and (row.complete or row.received > offset):
            return row.received
        if row is None or row.received != offset:
            raise FileRefused(409, "The upload moved on meanwhile: ask how much the server has.",
                              code="offset_changed",
                              received=row.received if row is not None else 0)
        if offset == 0 and sniff(data[:SNIFF_BYTES]) != row.media_type:
            # Told by the content, as the desktop tells it (``sync.attachments``): nothing kept.
            raise FileRefused(415, "The content is not the type its record gives, or not a type "
                              "that may be attached (PDF, JPEG, PNG, DOCX, ODT).",
                              code="type_refused")
        session.add(FileChunk(organisation_id=organisation_id, sha256=sha256,
                              seq=offset // FILE_CHUNK_BYTES, data=data))
        row.received = offset + len(data)
        session.add(row)
        return row.received


def chunks(session: Session, organisation_id: uuid.UUID, sha256: str,
           first: int = 0) -> Iterator[bytes]:
    """The stored chunks from ``first`` on, one at a time."""
    seq = first
    while True:
        chunk = session.get(FileChunk, (organisation_id, sha256, seq))
        if chunk is None:
            return
        data = bytes(chunk.data)
        session.expunge(chunk)
        yield data
        seq += 1


def finish_upload(engine: Engine, organisation_id: uuid.UUID, sha256: str) -> Stored:
    """All bytes are here: check their hash. A mismatch discards them (422)."""
    with session_scope(engine) as session:
        row = session.get(FileContent, (organisation_id, sha256), with_for_update=True)
        if row is None:
            raise not_found()
        if row.complete:
            return Stored(row.size, row.received, True, row.media_type)
        digest = hashlib.sha256()
        for data in chunks(session, organisation_id, sha256):
            digest.update(data)
        if row.received != row.size or digest.hexdigest() != sha256:
            session.exec(delete(FileChunk).where(FileChunk.organisation_id == organisation_id,
                                                 FileChunk.sha256 == sha256))
            session.delete(row)
            ok = False
        else:
            row.complete = True
            session.add(row)
            ok = True
    if not ok:
        logger.info("file upload discarded: hash mismatch", extra={"sha256": sha256})
        raise FileRefused(422, "The content does not match its SHA-256, so it was discarded: "
                          "send the file again.", code="hash_mismatch")
    logger.info("file stored", extra={"sha256": sha256, "bytes": row.size})
    return Stored(row.size, row.received, True, row.media_type)


def readable(session: Session, principal: Principal, sha256: str) -> FileContent:
    """The complete content of a file this principal may read (404 otherwise)."""
    if referring_record(session, principal, sha256) is None:
        raise not_found()
    row = session.get(FileContent, (principal.organisation_id, sha256))
    if row is None or not row.complete:
        raise not_found()
    return row


def hashes_of(session: Session, keys: list[tuple[str, uuid.UUID]]) -> set[tuple[uuid.UUID, str]]:
    """The (organisation, sha256) of files these records refer to, live or kept for undo."""
    kinds = set(attachment_kinds())
    found: set[tuple[uuid.UUID, str]] = set()
    for kind, record_id in keys:
        if kind not in kinds:
            continue
        row = session.get(Record, (kind, record_id))
        if row is None:
            continue
        kept = session.get(DeletedContent, (kind, record_id))
        for fields in (row.fields or {}, kept.fields if kept is not None else {}):
            value = fields.get("sha256")
            if isinstance(value, str):
                found.add((row.organisation_id, value))
    return found


def drop_unreferenced(session: Session, hashes: set[tuple[uuid.UUID, str]]) -> int:
    """Delete the content no record of its organisation refers to any more (live, or deleted
    and kept for undo); how many files. Runs in the caller's transaction."""
    kinds = attachment_kinds()
    dropped = 0
    for organisation_id, sha256 in sorted(hashes):
        live = session.exec(
            select(Record.id).where(
                Record.organisation_id == organisation_id, Record.kind.in_(kinds),
                Record.fields["sha256"].as_string() == sha256,
            ).limit(1)
        ).first()
        kept = session.exec(
            select(DeletedContent.record_id).where(
                DeletedContent.organisation_id == organisation_id,
                DeletedContent.kind.in_(kinds),
                DeletedContent.fields["sha256"].as_string() == sha256,
            ).limit(1)
        ).first()
        if live is not None or kept is not None:
            continue
        session.exec(delete(FileChunk).where(FileChunk.organisation_id == organisation_id,
                                             FileChunk.sha256 == sha256))
        session.exec(delete(FileContent).where(FileContent.organisation_id == organisation_id,
                                               FileContent.sha256 == sha256))
        dropped += 1
    if dropped:
        logger.info("file content deleted with its last record", extra={"files": dropped})
    return dropped

