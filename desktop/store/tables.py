"""The local tables: the shared record schemas as SQLCipher tables, plus the
outbox, settings, sync state and drafts that only the laptop has.

The tables use their own registry so that the server's tables, which may be
loaded in the same process, never mix with them.
"""


import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Index, LargeBinary
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from sync import records as r

local_registry = registry()
metadata = local_registry.metadata


class LocalTable(SQLModel, registry=local_registry):
    # Each table's validation schema is built when first used, not at import:
    # importing the tables is on the way to the first list shown (~60 ms less).
    model_config = {"defer_build": True}


class Organisation(r.OrganisationBase, LocalTable, table=True):
    __tablename__ = "organisation"


class Locality(r.LocalityBase, LocalTable, table=True):
    __tablename__ = "locality"


class Staff(r.StaffBase, LocalTable, table=True):
    __tablename__ = "staff"


class Employer(r.EmployerBase, LocalTable, table=True):
    __tablename__ = "employer"


class Contact(r.ContactBase, LocalTable, table=True):
    __tablename__ = "contact"


class Visit(r.VisitBase, LocalTable, table=True):
    __tablename__ = "visit"


class Position(r.PositionBase, LocalTable, table=True):
    __tablename__ = "position"


class Client(r.ClientBase, LocalTable, table=True):
    __tablename__ = "client"

    # A manager not assigned to the client holds its figures only (``sync.visibility``): its
    # content columns are empty (NULL) then, not known here. The schema still requires a name
    # of every client written here.
    name: str = Field(max_length=r.NAME_MAX, nullable=True)
    language: str = Field(default="fi", max_length=r.CODE_MAX, nullable=True)
    target_group: list[r.ListItem] = Field(
        default_factory=list, sa_type=JSON, max_length=r.LIST_MAX, nullable=True
    )


class Consent(r.ConsentBase, LocalTable, table=True):
    __tablename__ = "consent"


class Assessment(r.AssessmentBase, LocalTable, table=True):
    __tablename__ = "assessment"


class ClientNote(r.ClientNoteBase, LocalTable, table=True):
    __tablename__ = "client_note"


class Transition(r.TransitionBase, LocalTable, table=True):
    __tablename__ = "transition"


class RecruitmentEvent(r.RecruitmentEventBase, LocalTable, table=True):
    __tablename__ = "recruitment_event"


class EventParticipant(r.EventParticipantBase, LocalTable, table=True):
    __tablename__ = "event_participant"


class HandoverForm(r.HandoverFormBase, LocalTable, table=True):
    __tablename__ = "handover_form"


class ClientAttachment(r.ClientAttachmentBase, LocalTable, table=True):
    __tablename__ = "client_attachment"


class EmployerAttachment(r.EmployerAttachmentBase, LocalTable, table=True):
    __tablename__ = "employer_attachment"


class BreakGlass(r.BreakGlassBase, LocalTable, table=True):
    __tablename__ = "break_glass"


class AssignmentRequest(r.AssignmentRequestBase, LocalTable, table=True):
    __tablename__ = "assignment_request"


class AuditEvent(r.AuditEventBase, LocalTable, table=True):
    __tablename__ = "audit_event"


TABLES: dict[str, type[r.RecordBase]] = {
    cls.kind: cls
    for cls in (
        Organisation, Locality, Staff, Employer, Contact, Visit, Position, Client,
        Consent, Assessment, ClientNote, Transition, RecruitmentEvent,
        EventParticipant, HandoverForm, ClientAttachment, EmployerAttachment, BreakGlass,
        AssignmentRequest, AuditEvent,
    )
}


class OutboxEntry(LocalTable, table=True):
    """A local change not yet acknowledged by the server.

    Written in the same transaction as the change it describes.
    """

    __tablename__ = "outbox"
    # "changes waiting" reads the newest entry of each record (desktop/sync/outbox.py, waiting),
    # the Today page the oldest entry's time (oldest_waiting)
    __table_args__ = (Index("ix_outbox_kind_record_seq", "kind", "record_id", "seq"),
                      Index("ix_outbox_created_at", "created_at"))

    seq: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=40)
    record_id: uuid.UUID = Field(index=True)
    fields: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    base_rev: int = 0
    deleted: bool = False
    created_at: dt.datetime = Field(default_factory=r.utcnow)


class Setting(LocalTable, table=True):
    """Profile settings and sync state (the cursor lives with the data)."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=100)
    value: Any = Field(default=None, sa_type=JSON)


class Draft(LocalTable, table=True):
    """Unsaved form contents, autosaved so that nothing typed is lost."""

    __tablename__ = "draft"

    key: str = Field(primary_key=True, max_length=100)
    kind: str = Field(max_length=40)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    updated_at: dt.datetime = Field(default_factory=r.utcnow)



# Attachments' content, addressed by its SHA-256: stored once however many records refer to it,
# in chunks (``sync.attachments.CHUNK_BYTES``) so that no file is ever held whole in memory. It
# lives in the SQLCipher file with the records: nothing of it is readable in the profile folder.


class FileContent(LocalTable, table=True):
    """A file's content as far as it is held here (``received`` bytes of ``size``)."""

    __tablename__ = "file_content"

    sha256: str = Field(primary_key=True, max_length=64)
    size: int = 0
    media_type: str = Field(max_length=120)
    received: int = 0  # bytes held so far: a download resumes from here
    complete: bool = False  # all ``size`` bytes held and their SHA-256 checked


class FileChunk(LocalTable, table=True):
    """One chunk of a file's content: ``seq`` 0, 1, 2… in order."""

    __tablename__ = "file_chunk"

    sha256: str = Field(primary_key=True, max_length=64)
    seq: int = Field(primary_key=True)
    data: bytes = Field(sa_type=LargeBinary)


class FileTransfer(LocalTable, table=True):
    """Content waiting to go to the server ("up") or come from it ("down").

    A transfer that keeps failing is set aside with its reason: it never blocks records or
    other files."""

    __tablename__ = "file_transfer"

    sha256: str = Field(primary_key=True, max_length=64)
    direction: str = Field(max_length=4)  # "up" | "down"
    state: str = Field(default="waiting", max_length=20)  # "waiting" | "set_aside" | "done"
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=2_000)
    next_try_at: dt.datetime | None = None
