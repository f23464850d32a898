"""Files attached to a client or an employer: stored encrypted, streamed, once per content.

A file's record (``client_attachment`` / ``employer_attachment``, ``sync.records``) holds its
name, type, size and SHA-256 and travels as any record. Its content is kept in the profile's
SQLCipher file (``file_content`` and ``file_chunk``, chunks of ``CHUNK_BYTES``), so nothing of it
is readable in the profile folder, and is addressed by its SHA-256: the same content attached
twice is stored once. A new content queues an "up" ``file_transfer`` for the sync
(``desktop.sync.files``, which also fetches content attached on another laptop).

- ``attach`` checks the organisation's size limit from the file's size on disk, before anything is
  stored, then the type by content (``sync.attachments.sniff``); it reads the file twice in
  chunks (once for the SHA-256, once to store it, checked again), so memory does not grow with
  the file.
- ``read_chunks`` / ``content_bytes`` read the content (``content_bytes`` for a preview, which
  needs it whole in memory, never on disk); ``export`` writes it to a file the user chose.
- Viewing, opening in another program and exporting are audit events (``audited``).
- The content goes with the last record that refers to it (``changes.delete`` and the sync's
  tombstones and revocations call ``desktop.sync.erasure.forget_unreferenced_content``).
"""

from __future__ import annotations

import atexit
import datetime as dt
import hashlib
import logging
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, insert
from sqlmodel import Session, select

from desktop.errors import FieldError, InvalidInput, KenttaError, NotFound
from desktop.services import audit, changes
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import (
    Client,
    ClientAttachment,
    Employer,
    EmployerAttachment,
    FileChunk,
    FileContent,
    FileTransfer,
    HandoverForm,
    Organisation,
)
from desktop.translation import QT_TRANSLATE_NOOP
from sync.attachments import (
    ALLOWED_TYPES,
    CHUNK_BYTES,
    DEFAULT_MAX_MB,
    SNIFF_BYTES,
    max_bytes,
    sniff,
)
from sync.records import FILE_NAME_MAX

logger = logging.getLogger(__name__)

Attachment = ClientAttachment | EmployerAttachment
ATTACHMENT_TABLES = (ClientAttachment, EmployerAttachment)


class FileTooLarge(KenttaError):
    """The file is larger than the organisation's limit: nothing was stored."""


class UnsupportedFileType(KenttaError):
    """The file's content is not one of the allowed types: nothing was stored."""


class ContentNotHere(KenttaError):
    """The file's content is not (all) on this laptop yet: it was attached on another one."""


class FileChanged(KenttaError):
    """The file changed while it was being attached: nothing was stored."""


def size_limit_mb(session: Session) -> int:
    """The organisation's attachment size limit in megabytes, as the local record holds it."""
    value = session.exec(select(Organisation.attachment_max_mb)
                         .where(Organisation.deleted == False)).first()  # noqa: E712
    return value if isinstance(value, int) and value > 0 else DEFAULT_MAX_MB


def check_file(path: Path, limit_mb: int) -> tuple[int, str]:
    """The file's size and media type, or ``FileTooLarge`` / ``UnsupportedFileType``.

    The size comes from the file system, before a byte of it is read."""
    size = path.stat().st_size
    if size > max_bytes(limit_mb):
        raise FileTooLarge(
            QT_TRANSLATE_NOOP("Errors", "The file is %1 MB, larger than the organisation's limit of "
                                        "%2 MB. Nothing was saved: make the file smaller (scan at a "
                                        "lower resolution, or in parts) and attach it again."),
            f"{size / (1024 * 1024):.1f}", limit_mb)
    with path.open("rb") as file:
        media_type = sniff(file.read(SNIFF_BYTES))
    if media_type is None:
        raise UnsupportedFileType(
            QT_TRANSLATE_NOOP("Errors", "This file cannot be attached: its content is not a PDF, "
                                        "JPEG, PNG, DOCX or ODT file (whatever its name says). Save "
                                        "or scan it as a PDF and attach that."))
    return size, media_type


def _sha256_of(file: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := file.read(CHUNK_BYTES):
        digest.update(chunk)
    return digest.hexdigest()


def _file_name(path: Path) -> str:
    """The name as the record keeps it: at most FILE_NAME_MAX characters, the extension kept."""
    name = path.name
    if len(name) <= FILE_NAME_MAX:
        return name
    suffix = path.suffix[:20]
    return name[:FILE_NAME_MAX - len(suffix)] + suffix


def _store_content(session: Session, file: BinaryIO, *, sha256: str, size: int, media_type: str) -> None:
    """Write the content in chunks (unless it is here whole already) and queue its upload."""
    held = session.get(FileContent, sha256)
    if held is not None and held.complete:
        return
    session.exec(delete(FileChunk).where(FileChunk.sha256 == sha256))  # a download's part, if any
    digest, seq, received = hashlib.sha256(), 0, 0
    file.seek(0)
    while chunk := file.read(CHUNK_BYTES):
        digest.update(chunk)
        session.exec(insert(FileChunk).values(sha256=sha256, seq=seq, data=chunk))
        seq, received = seq + 1, received + len(chunk)
    if digest.hexdigest() != sha256 or received != size:
        raise FileChanged(QT_TRANSLATE_NOOP("Errors", "The file changed while it was being attached. "
                                                      "Nothing was saved: attach it again."))
    if held is None:
        session.add(FileContent(sha256=sha256, size=size, media_type=media_type, received=size,
                                complete=True))
    else:
        held.size, held.media_type, held.received, held.complete = size, media_type, size, True
        session.add(held)
    transfer = session.get(FileTransfer, sha256)
    if transfer is None:
        session.add(FileTransfer(sha256=sha256, direction="up", state="waiting"))
    elif transfer.direction == "down":  # it was on its way from the server, which so has it
        transfer.state, transfer.next_try_at = "done", None
        session.add(transfer)


def _check_document_number(session: Session, client_id: uuid.UUID, number: str | None) -> None:
    if number is None or not number.strip():
        return
    form = session.exec(select(HandoverForm.id).where(
        HandoverForm.client_id == client_id, HandoverForm.document_number == number.strip(),
        HandoverForm.deleted == False)).first()  # noqa: E712
    if form is None:
        raise InvalidInput([FieldError("handover_document_number", "unknown_document_number",
                                       "The client has no handover form with this document number.")])


def attach(store: Store, *, actor: Actor, path: Path | str, kind: str, client_id=None,
           employer_id=None, document_number: str | None = None,
           description: str | None = None) -> Attachment:
    """Attach the file at ``path`` to a client or an employer; the new record.

    Refused before anything is stored when the file is over the organisation's limit
    (``FileTooLarge``) or not an allowed type (``UnsupportedFileType``)."""
    if (client_id is None) == (employer_id is None):
        raise ValueError("attach to a client or to an employer")
    path = Path(path)
    with store.reader() as session:
        limit_mb = size_limit_mb(session)
    size, media_type = check_file(path, limit_mb)
    with path.open("rb") as file:
        sha256 = _sha256_of(file)
        data = {"attachment_kind": kind, "file_name": _file_name(path), "media_type": media_type,
                "size": size, "sha256": sha256, "description": description or None,
                "attached_on": dt.date.today()}
        with store.session() as session:
            if client_id is not None:
                owner = changes.get(session, Client, client_id)
                data |= {"client_id": owner.id, "handover_document_number": document_number or None}
                table = ClientAttachment
                changes.validate(table, data)  # the record's errors before the content is written
                if kind == "signed_handover":
                    _check_document_number(session, owner.id, document_number)
            else:
                owner = changes.get(session, Employer, employer_id)
                data |= {"employer_id": owner.id}
                table = EmployerAttachment
                changes.validate(table, data)
            _store_content(session, file, sha256=sha256, size=size, media_type=media_type)
            record = changes.create(session, table, data, actor=actor)
    logger.info("attached a file of %d bytes (%s) as %s %s", size, media_type, table.kind, record.id)
    return record


def get_attachment(session: Session, attachment_id) -> Attachment:
    """A live attachment of either kind, or ``NotFound``."""
    record_id = uuid.UUID(str(attachment_id))
    for table in ATTACHMENT_TABLES:
        record = session.get(table, record_id)
        if record is not None and not record.deleted:
            return record
    raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record %1 is not on this laptop: it may have been deleted."),
                   attachment_id)


def _listed(session: Session, table, column, owner_id) -> list:
    return list(session.exec(
        select(table).where(column == uuid.UUID(str(owner_id)), table.deleted == False)  # noqa: E712
        .order_by(table.attached_on.desc(), table.file_name)).all())


def list_for_client(store: Store, client_id) -> list[ClientAttachment]:
    with store.reader() as session:
        return _listed(session, ClientAttachment, ClientAttachment.client_id, client_id)


def list_for_employer(store: Store, employer_id) -> list[EmployerAttachment]:
    with store.reader() as session:
        return _listed(session, EmployerAttachment, EmployerAttachment.employer_id, employer_id)


def signed_document_numbers(store: Store, client_id) -> set[str]:
    """The document numbers of the client's handover forms that have a signed scan attached."""
    with store.reader() as session:
        return {number for number in session.exec(
            select(ClientAttachment.handover_document_number).where(
                ClientAttachment.client_id == uuid.UUID(str(client_id)),
                ClientAttachment.attachment_kind == "signed_handover",
                ClientAttachment.deleted == False)).all() if number}  # noqa: E712


def has_content(store: Store, sha256: str) -> bool:
    """Whether the whole content is on this laptop."""
    with store.reader() as session:
        held = session.get(FileContent, sha256)
        return held is not None and held.complete


def contents_here(store: Store, sha256s: Iterable[str]) -> set[str]:
    """Which of these contents are whole on this laptop."""
    wanted = sorted(set(sha256s))
    if not wanted:
        return set()
    with store.reader() as session:
        return set(session.exec(select(FileContent.sha256).where(
            FileContent.sha256.in_(wanted), FileContent.complete == True)).all())  # noqa: E712


def _not_here() -> ContentNotHere:
    return ContentNotHere(QT_TRANSLATE_NOOP("Errors", "The file is not on this laptop yet: synchronise "
                                                      "and try again."))


def read_chunks(store: Store, sha256: str) -> Iterator[bytes]:
    """The content, chunk by chunk (one chunk in memory at a time); ``ContentNotHere`` when it
    is not whole on this laptop."""
    with store.reader() as session:
        held = session.get(FileContent, sha256)
        if held is None or not held.complete:
            raise _not_here()
        chunks = -(-held.size // CHUNK_BYTES)
    for seq in range(chunks):
        with store.reader() as session:
            data = session.exec(select(FileChunk.data).where(FileChunk.sha256 == sha256,
                                                             FileChunk.seq == seq)).first()
        if data is None:
            raise _not_here()
        yield data


def content_bytes(store: Store, sha256: str) -> bytes:
    """The whole content in memory, for a preview (never written to disk)."""
    return b"".join(read_chunks(store, sha256))


def ensure_content(store: Store, sha256: str) -> None:
    """Make the content be here: fetched from the server when it is not (the one seam to the
    sync, ``sync_session.fetch_content``); ``ContentNotHere`` when it cannot be."""
    if has_content(store, sha256):
        return
    from desktop.services.sync_session import fetch_content  # noqa: PLC0415 - the network, when needed

    fetch_content(store, sha256)
    if not has_content(store, sha256):
        raise _not_here()


def audited(store: Store, *, actor: Actor, action: str, attachment_id) -> Attachment:
    """Log that the user viewed (``view``), opened in another program (``open_external``) or
    exported (``export``) the attachment; the record."""
    with store.session() as session:
        record = get_attachment(session, attachment_id)
        audit.log_in_session(session, actor=actor, action=action, record_kind=record.kind,
                             record_id=record.id, client_id=getattr(record, "client_id", None))
    return record


def export(store: Store, *, actor: Actor, attachment_id, path: Path | str) -> Path:
    """Write the attachment's content to ``path`` (the user's choice), streamed; audited."""
    path = Path(path)
    with store.reader() as session:
        record = get_attachment(session, attachment_id)
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as out:
            for chunk in read_chunks(store, record.sha256):
                out.write(chunk)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    audited(store, actor=actor, action="export", attachment_id=record.id)
    return path


def delete_attachment(store: Store, *, actor: Actor, attachment_id) -> None:
    """Delete the record as any record; its content goes when no other record refers to it."""
    with store.session() as session:
        changes.delete(session, get_attachment(session, attachment_id), actor=actor)


def describe_types() -> str:
    """The allowed file name extensions, for a file dialog's filter."""
    return " ".join(f"*{ext}" for exts in ALLOWED_TYPES.values() for ext in exts)


def resolve_id(store: Store, tables, value: str, what: str) -> uuid.UUID:
    """A record's id from the full id or an unambiguous beginning of it (8 characters or more),
    for the command line: ``what`` names the kind in the message ("attachment", "employer")."""
    wanted = value.strip().lower().replace("-", "")
    if len(wanted) < 8:
        raise NotFound(f"Give the {what}'s id, or at least its first 8 characters.")
    found = []
    with store.reader() as session:
        for table in tables:
            found += [i for i in session.exec(select(table.id).where(table.deleted == False)).all()  # noqa: E712
                      if i.hex.startswith(wanted)]
    if len(found) != 1:
        many = f"No {what}" if not found else f"{len(found)} {what}s"
        raise NotFound(f"{many} on this laptop with an id starting {value.strip()}; give the full id.")
    return found[0]


@dataclass(frozen=True)
class HandoverFormState:
    document_number: str
    generated_at: dt.datetime | None
    signed: bool  # a signed scan naming this form is attached


@dataclass(frozen=True)
class Listing:
    """What an owner's "Attachments" section shows: its files, which are on this laptop, and for
    a client its handover forms with their signed state."""

    rows: list
    here: set[str]
    forms: list[HandoverFormState]


def listing(store: Store, owner: str, owner_id) -> Listing:
    """The section's data for a client (``owner == "client"``) or an employer."""
    if owner == "client":
        rows = list_for_client(store, owner_id)
        signed = signed_document_numbers(store, owner_id)
        with store.reader() as session:
            forms = session.exec(select(HandoverForm.document_number, HandoverForm.generated_at).where(
                HandoverForm.client_id == uuid.UUID(str(owner_id)), HandoverForm.deleted == False)  # noqa: E712
                .order_by(HandoverForm.document_number.desc())).all()
        states = [HandoverFormState(number, made, number in signed) for number, made in forms]
    else:
        rows, states = list_for_employer(store, owner_id), []
    return Listing(rows=rows, here=contents_here(store, [row.sha256 for row in rows]), forms=states)


def open_for_viewing(store: Store, *, actor: Actor, attachment_id) -> tuple[Attachment, bytes]:
    """The content for an in-app preview, fetched first if it is not here; the view is audited
    before anything is shown."""
    with store.reader() as session:
        record = get_attachment(session, attachment_id)
    ensure_content(store, record.sha256)
    audited(store, actor=actor, action="view", attachment_id=record.id)
    return record, content_bytes(store, record.sha256)


# --- "open in another program": a temporary plaintext copy, made only when the user confirms ----

TEMPORARY_PREFIX = "kentta-open-"
_temporary_dirs: list[Path] = []


def temporary_copy(store: Store, *, actor: Actor, attachment_id) -> Path:
    """Write the content to a new private folder under the system's temporary folder (never in
    the profile folder), audited as ``open_external``; the copy's path. The UI asks first, and
    ``remove_temporary_copies`` deletes every such copy (at the latest when the app closes)."""
    with store.reader() as session:
        record = get_attachment(session, attachment_id)
    ensure_content(store, record.sha256)
    folder = Path(tempfile.mkdtemp(prefix=TEMPORARY_PREFIX))  # mode 0700: this user only
    _temporary_dirs.append(folder)
    name = Path(record.file_name).name or "liite"
    target = folder / name
    with target.open("wb") as out:
        for chunk in read_chunks(store, record.sha256):
            out.write(chunk)
    audited(store, actor=actor, action="open_external", attachment_id=record.id)
    logger.info("a temporary copy of attachment %s made for another program", record.id)
    return target


def temporary_copies() -> list[Path]:
    """The temporary copies made by this process and not removed yet."""
    return [path for folder in _temporary_dirs if folder.exists() for path in folder.iterdir()]


def remove_temporary_copies() -> int:
    """Delete every temporary copy this process made; how many folders went."""
    removed = 0
    while _temporary_dirs:
        folder = _temporary_dirs.pop()
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    return removed


def _remove_at_exit() -> None:
    remove_temporary_copies()


atexit.register(_remove_at_exit)
