"""The server's tables.

They live in their own SQLAlchemy registry (``ServerTable.metadata``), apart from the desktop's
tables, which may be imported in the same process. Records of every kind are stored generically
in ``record`` (fields as JSON), validated with the shared schemas of ``sync.records``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, LargeBinary
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel


server_registry = registry()


class ServerTable(SQLModel, registry=server_registry):
    pass


def utcnow() -> dt.datetime:
    """Aware UTC time: the server stores and sends times with their offset."""
    return dt.datetime.now(dt.timezone.utc)


def _json() -> Any:
    return Field(default_factory=dict, sa_type=JSON)


class Account(ServerTable, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organisation_id: uuid.UUID = Field(index=True)
    username: str = Field(max_length=100, unique=True)
    password_hash: str = Field(max_length=200)
    role: str = Field(max_length=40)
    staff_id: uuid.UUID = Field(unique=True)
    active: bool = True
    created_at: dt.datetime = Field(default_factory=utcnow)
    # The second factor (``sync.server.totp``). The secret is encrypted with the server's TOTP
    # key (bound to this account's id), so a dump of the database alone does not give it away.
    totp_secret: str | None = Field(default=None, max_length=200)
    totp_pending: str | None = Field(default=None, max_length=200)  # started, not confirmed
    totp_enabled_at: dt.datetime | None = None
    totp_last_step: int | None = Field(default=None, sa_type=BigInteger)  # no code twice
    # Argon2 hashes of the unused recovery codes (a used one is removed).
    totp_recovery: list[str] = Field(default_factory=list, sa_type=JSON)


class Device(ServerTable, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    account_id: uuid.UUID = Field(foreign_key="account.id", index=True)
    name: str = Field(max_length=100)
    created_at: dt.datetime = Field(default_factory=utcnow)
    last_seen_at: dt.datetime | None = None
    revoked_at: dt.datetime | None = None


class AuthToken(ServerTable, table=True):
    __tablename__ = "auth_token"

    token_hash: str = Field(primary_key=True, max_length=64)
    kind: str = Field(max_length=10)  # access | refresh | enrol (TOTP enrolment only)
    account_id: uuid.UUID = Field(foreign_key="account.id")
    device_id: uuid.UUID = Field(foreign_key="device.id", index=True)
    created_at: dt.datetime = Field(default_factory=utcnow)
    expires_at: dt.datetime
    used_at: dt.datetime | None = None  # a refresh token is used once, then rotated


class LoginThrottle(ServerTable, table=True):
    """Login attempts under one key, counted before the password is checked.

    Keys: ``user:<username>`` (attempts from devices the account does not know),
    ``addr:<client address>`` (the same), ``device:<device id>`` (a known device's own).
    The row is locked while an attempt is counted, so parallel attempts are counted one by one.
    """

    __tablename__ = "login_throttle"

    key: str = Field(primary_key=True, max_length=160)
    failures: int = 0  # attempts counted and not yet forgotten (a success forgets them)
    next_allowed_at: dt.datetime | None = None  # no attempt is checked before this
    updated_at: dt.datetime = Field(default_factory=utcnow, index=True)


class Counter(ServerTable, table=True):
    """Sequence numbers are handed out from a row locked until the pushing commit."""

    name: str = Field(primary_key=True, max_length=40)
    value: int = Field(default=0, sa_type=BigInteger)


class Record(ServerTable, table=True):
    __table_args__ = (Index("ix_record_org_seq", "organisation_id", "seq"),)

    kind: str = Field(primary_key=True, max_length=40)
    id: uuid.UUID = Field(primary_key=True)
    organisation_id: uuid.UUID
    client_id: uuid.UUID | None = Field(default=None, index=True)  # scope of client records
    rev: int = Field(default=0, sa_type=BigInteger)
    seq: int = Field(sa_column=Column(BigInteger, nullable=False, unique=True))
    fields: dict[str, Any] = _json()
    deleted: bool = False
    purged: bool = False
    modified_at: dt.datetime = Field(default_factory=utcnow)
    modified_by: str | None = Field(default=None, max_length=64)


class RecordRevision(ServerTable, table=True):
    __tablename__ = "record_revision"

    kind: str = Field(primary_key=True, max_length=40)
    record_id: uuid.UUID = Field(primary_key=True)
    rev: int = Field(primary_key=True, sa_type=BigInteger)
    seq: int = Field(sa_type=BigInteger)
    fields: dict[str, Any] = _json()  # the whole record at this revision
    changed: list[str] = Field(default_factory=list, sa_type=JSON)
    deleted: bool = False
    modified_at: dt.datetime = Field(default_factory=utcnow)
    modified_by: str | None = Field(default=None, max_length=64)
    device_id: uuid.UUID | None = None


class ClientAccess(ServerTable, table=True):
    """Who is assigned to which client: mirrors ``client.assigned_staff_ids``."""

    __tablename__ = "client_access"

    client_id: uuid.UUID = Field(primary_key=True)
    staff_id: uuid.UUID = Field(primary_key=True, index=True)


class AccessRevocation(ServerTable, table=True):
    """A staff member lost access to a client: their devices are told to drop it."""

    __tablename__ = "access_revocation"
    __table_args__ = (Index("ix_access_revocation_staff_seq", "staff_id", "seq"),)

    seq: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    organisation_id: uuid.UUID
    client_id: uuid.UUID
    staff_id: uuid.UUID
    at: dt.datetime = Field(default_factory=utcnow)


class BreakGlassGrant(ServerTable, table=True):
    """A manager's time-limited read access to one client not assigned to them.

    ``id`` is also the id of the ``break_glass`` record that tells the client's staff. Active
    while ``ended_at`` is empty and ``expires_at`` is ahead; when it runs out the server sets
    ``ended_at`` and revokes the client from the manager's devices (``sync.server.break_glass``).
    """

    __tablename__ = "break_glass_grant"
    __table_args__ = (Index("ix_break_glass_grant_staff_client", "staff_id", "client_id"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organisation_id: uuid.UUID
    client_id: uuid.UUID
    account_id: uuid.UUID
    staff_id: uuid.UUID
    device_id: uuid.UUID
    reason: str = Field(max_length=500)
    granted_at: dt.datetime = Field(default_factory=utcnow)
    expires_at: dt.datetime = Field(index=True)
    ended_at: dt.datetime | None = Field(default=None, index=True)


class FieldConflictRow(ServerTable, table=True):
    __tablename__ = "conflict"
    __table_args__ = (Index("ix_conflict_record", "kind", "record_id"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organisation_id: uuid.UUID
    kind: str = Field(max_length=40)
    record_id: uuid.UUID
    field: str = Field(max_length=100)
    server_value: Any = Field(default=None, sa_type=JSON, nullable=True)
    device_value: Any = Field(default=None, sa_type=JSON, nullable=True)
    base_rev: int = Field(sa_type=BigInteger)
    rev: int = Field(sa_type=BigInteger)
    device_id: uuid.UUID | None = None
    staff_id: uuid.UUID | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    resolved_at: dt.datetime | None = None
    resolved_by: uuid.UUID | None = None
    # The push batch whose stored answer reports this conflict (with its values), so that
    # erasing the record's content can find that answer; None for conflicts made elsewhere.
    batch_id: uuid.UUID | None = None


class DeletedContent(ServerTable, table=True):
    """A deleted record's last content, kept server-side only for the undo period.

    The record row of a tombstone holds no fields: what a manager may restore is here, with
    the edits that arrived after the delete and lost to it. The purge erases the row when the
    organisation's ``undo_days`` are over."""

    __tablename__ = "deleted_content"

    kind: str = Field(primary_key=True, max_length=40)
    record_id: uuid.UUID = Field(primary_key=True)
    organisation_id: uuid.UUID = Field(index=True)
    deleted_at: dt.datetime = Field(default_factory=utcnow)
    rev: int = Field(sa_type=BigInteger)  # the revision that deleted it
    fields: dict[str, Any] = _json()
    # [{"rev", "staff_id", "device_id", "at", "fields"}]: edits of the record after its delete
    lost_edits: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)


class PurgeRun(ServerTable, table=True):
    """One run of the retention purge, for the health endpoint: counts and failed record ids."""

    __tablename__ = "purge_run"

    id: int | None = Field(default=None, primary_key=True)
    started_at: dt.datetime = Field(default_factory=utcnow)
    finished_at: dt.datetime = Field(default_factory=utcnow, index=True)
    clients: int = 0
    records: int = 0
    erased: int = 0
    failed: int = 0
    # [{"kind", "record_id", "reason"}]: ids and a reason code, never a stored value
    failures: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)


class PushBatch(ServerTable, table=True):
    __tablename__ = "push_batch"

    batch_id: uuid.UUID = Field(primary_key=True)
    account_id: uuid.UUID
    device_id: uuid.UUID
    response: dict[str, Any] = _json()
    created_at: dt.datetime = Field(default_factory=utcnow)


class OrganisationSecret(ServerTable, table=True):
    """An organisation's server-side key for the identity-code hashes (``sync.server.identity``):
    made on first use, never sent to a device."""

    __tablename__ = "organisation_secret"

    organisation_id: uuid.UUID = Field(primary_key=True)
    identity_key: str = Field(max_length=64)  # 32 random bytes, hex
    created_at: dt.datetime = Field(default_factory=utcnow)


class ClientIdentity(ServerTable, table=True):
    """A keyed hash (HMAC-SHA256 with the organisation's key) of a client's normalised personal
    identity code, so the server can say whether a person is already a client without keeping
    the code apart from the client record. One row per client that has a code and is not deleted."""

    __tablename__ = "client_identity"
    __table_args__ = (Index("ix_client_identity_org_hash", "organisation_id", "identity_hash"),)

    client_id: uuid.UUID = Field(primary_key=True)
    organisation_id: uuid.UUID
    identity_hash: str = Field(max_length=64)


class FileContent(ServerTable, table=True):
    """An attachment's content, stored once per SHA-256 within an organisation.

    ``received`` bytes are stored so far, in ``file_chunk`` rows of ``FILE_CHUNK_BYTES`` (an
    upload resumes there); ``complete`` once all ``size`` bytes arrived and their hash matched.
    Deleted with the last record that refers to it (``sync.server.files``)."""

    __tablename__ = "file_content"

    organisation_id: uuid.UUID = Field(primary_key=True)
    sha256: str = Field(primary_key=True, max_length=64)
    size: int = Field(sa_type=BigInteger)
    media_type: str = Field(default="application/octet-stream", max_length=100)
    received: int = Field(default=0, sa_type=BigInteger)
    complete: bool = False
    created_at: dt.datetime = Field(default_factory=utcnow)


class FileChunk(ServerTable, table=True):
    """One piece of a file's content: bytes ``seq * FILE_CHUNK_BYTES`` onwards."""

    __tablename__ = "file_chunk"

    organisation_id: uuid.UUID = Field(primary_key=True)
    sha256: str = Field(primary_key=True, max_length=64)
    seq: int = Field(primary_key=True)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
