"""Sync state kept in the encrypted profile, beside the data it describes (migration 0004).

- ``sync_batch``: a batch saved before it is sent, until the server's answer is stored.
- ``sync_refused``: a record the server refused, with the reason; its outbox entries stay and
  are not sent again until the record is edited (an outbox entry newer than ``last_seq``).
- ``sync_behind``: the server has a newer revision of a record than the local copy (a push was
  merged with other devices' changes); its later edits wait for the pull that brings it.
  If that pull shows the record deleted, what was sent becomes a conflict on ``deleted``.
- ``sync_conflict``: a field with two values. ``origin`` is ``server`` (recorded by the server:
  every device that sees the record sees it) or ``local`` (found when a pulled revision met
  unsent edits here). ``mine_kept`` says whether the record holds ``mine`` now.
- ``sync_receipt``: what each sync did.
- ``sync_sent`` (migration 0018): this device's changes the server accepted, with the sequence
  number it gave each, kept 90 days: after a server restore, those past the backup are sent
  again (``desktop.sync.realign``).
- ``sync_unseen`` (migration 0018): while realigning after a restore, the records the server
  has not sent again yet; those left at the end are not on the server.
The cursor and the session settings are rows of the ``setting`` table.
"""


import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field

from desktop.store.tables import LocalTable
from sync.records import utcnow


class SyncBatch(LocalTable, table=True):
    __tablename__ = "sync_batch"

    batch_id: uuid.UUID = Field(primary_key=True)
    created_at: dt.datetime = Field(default_factory=utcnow)
    changes: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)


class SyncRefused(LocalTable, table=True):
    __tablename__ = "sync_refused"

    kind: str = Field(primary_key=True, max_length=40)
    record_id: uuid.UUID = Field(primary_key=True)
    reason: str
    field_errors: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    last_seq: int
    refused_at: dt.datetime = Field(default_factory=utcnow)


class SyncBehind(LocalTable, table=True):
    __tablename__ = "sync_behind"

    kind: str = Field(primary_key=True, max_length=40)
    record_id: uuid.UUID = Field(primary_key=True)
    rev: int
    # The fields this laptop sent: if the pull shows the record deleted on the server, they
    # went into a tombstone, and a conflict on ``deleted`` lets the person restore them.
    sent: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class SyncConflict(LocalTable, table=True):
    __tablename__ = "sync_conflict"
    __table_args__ = (UniqueConstraint("kind", "record_id", "field", name="uq_sync_conflict_field"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    kind: str = Field(max_length=40)
    record_id: uuid.UUID = Field(index=True)
    field: str = Field(max_length=100)
    mine: Any = Field(default=None, sa_column=Column(JSON(none_as_null=False)))
    theirs: Any = Field(default=None, sa_column=Column(JSON(none_as_null=False)))
    mine_kept: bool = False
    origin: str = Field(default="server", max_length=10)
    server_conflict_id: uuid.UUID | None = None
    staff_id: uuid.UUID | None = None  # who made the other value, when the server knows
    rev: int | None = None  # the record's revision when a notice on ``deleted`` was seen (migration 0005)
    created_at: dt.datetime = Field(default_factory=utcnow)


class SyncReceipt(LocalTable, table=True):
    __tablename__ = "sync_receipt"

    id: int | None = Field(default=None, primary_key=True)
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    outcome: str = Field(max_length=20)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class SyncSent(LocalTable, table=True):
    __tablename__ = "sync_sent"

    seq: int = Field(primary_key=True)  # the server's sequence number of the revision
    kind: str = Field(primary_key=True, max_length=40)
    record_id: uuid.UUID = Field(primary_key=True)
    rev: int
    base_rev: int
    fields: list[str] = Field(default_factory=list, sa_type=JSON)  # the names sent, not values
    deleted: bool = False
    sent_at: dt.datetime = Field(default_factory=utcnow, index=True)


class SyncUnseen(LocalTable, table=True):
    __tablename__ = "sync_unseen"

    kind: str = Field(primary_key=True, max_length=40)
    record_id: uuid.UUID = Field(primary_key=True)
