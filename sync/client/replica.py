"""What the engine needs from the device's data: the ``LocalReplica`` protocol.

The application implements it over its own store; the engine never sees tables. Every method
that writes is one local transaction, so a sync killed at any moment leaves the replica in a
state the next sync continues from: an outgoing batch is saved before it is sent (and sent
again with the same ``batch_id`` until answered), and a pulled page is applied together with
its cursor.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # the wire models (~20 ms of pydantic at import) only when a change is sent
    from sync.protocol import Change, PullResponse, PushResponse

Key = tuple[str, uuid.UUID]  # (kind, record id)


@dataclass(frozen=True)
class PendingChange:
    """A record's unsent outbox entries, coalesced: fields merged in order, the base revision
    of the oldest entry, deleted when any entry deletes. ``seqs`` are the entries it covers."""

    kind: str
    id: uuid.UUID
    base_rev: int
    fields: dict[str, Any]
    deleted: bool
    seqs: tuple[int, ...]

    @property
    def key(self) -> Key:
        return (self.kind, self.id)

    def to_change(self) -> Change:
        from sync.protocol import Change

        return Change(kind=self.kind, id=self.id, base_rev=self.base_rev,
                      fields=dict(self.fields), deleted=self.deleted)


@dataclass(frozen=True)
class OutgoingBatch:
    batch_id: uuid.UUID
    changes: tuple[PendingChange, ...]


@dataclass(frozen=True)
class RemoteHistory:
    """What other devices did to a record after the base revision of local unsent edits.

    ``base`` holds the record's fields at that base revision, ``changed`` the fields (and
    ``deleted``) that other devices changed after it, up to the pulled revision.
    """

    base: dict[str, Any]
    changed: frozenset[str]


@dataclass(frozen=True)
class HistoryRequest:
    kind: str
    id: uuid.UUID
    base_rev: int
    rev: int  # the pulled revision


@dataclass
class AckReport:
    sent: int = 0  # accepted by the server (applied, merged or conflict)
    merged: int = 0
    refused: list[tuple[str, uuid.UUID, str]] = field(default_factory=list)  # kind, id, reason
    conflicts: list[tuple[str, uuid.UUID, str]] = field(default_factory=list)  # kind, id, field


@dataclass
class PageReport:
    applied: int = 0  # records written from the page
    skipped: int = 0  # older than the local copy, or tombstones of records never seen here
    merged: int = 0  # merged with unsent local edits
    dropped: int = 0  # records removed: access revoked, or purged
    unsent_dropped: int = 0  # unsent local changes removed with them
    invalid: int = 0  # could not be stored here (logged by id)
    conflicts: list[tuple[str, uuid.UUID, str]] = field(default_factory=list)


class Received(Protocol):
    def commit(self) -> None:
        """Make the pages applied so far durable now (before waiting for the server)."""


class LocalReplica(Protocol):
    # --- sending ------------------------------------------------------------------------
    def in_flight_batches(self) -> list[OutgoingBatch]:
        """Batches saved before sending and not yet answered (sent again first)."""

    def pending_changes(self) -> list[PendingChange]:
        """Coalesced unsent changes, oldest first: not set aside, not in flight, and not
        waiting for a pull (records whose server revision is ahead of the local copy)."""

    def begin_batch(self, batch: OutgoingBatch) -> None:
        """Save the batch before it is sent."""

    def drop_batch(self, batch_id: uuid.UUID) -> None:
        """Forget a saved batch the server never stored (it refused the whole request)."""

    def acknowledge(self, batch: OutgoingBatch, response: PushResponse) -> AckReport:
        """In one transaction: set revisions, delete the outbox entries the batch covered
        (only those), set refused records aside with their reason, record conflicts, and
        forget the saved batch."""

    def refuse_locally(self, batch: OutgoingBatch, reason: str) -> AckReport:
        """Set aside the batch's one change, which the server could not even read."""

    # --- receiving ----------------------------------------------------------------------
    def cursor(self) -> int: ...

    def needs_history(self, page: PullResponse) -> list[HistoryRequest]:
        """Records on the page with unsent local edits older than the pulled revision."""

    def apply_page(self, page: PullResponse, *, histories: Mapping[Key, RemoteHistory]) -> PageReport:
        """Atomically: the page's changes (merged with unsent local edits) and the page's
        cursor. A page that fails leaves nothing of itself."""

    def receiving(self) -> AbstractContextManager[Received]:
        """Around a pull's pages: the replica may keep several pages in one transaction
        (a first download of many pages), each page atomic within it. What was applied is
        kept when the block ends, also when it ends by an error."""

    # --- after a server restore (sync.client.realign) ---------------------------------
    def realigning(self) -> bool:
        """A realignment was begun and its pull from cursor 0 has not ended yet."""

    def realign_keys(self, backup_seq: int) -> list[Key]:
        """The records ``begin_realign`` needs the backup's revision of."""

    def begin_realign(self, backup_seq: int, bases: Mapping[Key, int | None]) -> int:
        """In one transaction: queue this device's changes the server accepted after the backup
        again, on ``bases`` (the revision at the backup; 0 or None: the server lacks it), rebase
        unsent edits made on lost revisions, and set the cursor to 0 in realign mode (pulled
        revisions replace local copies). How many changes were queued."""

    def finish_realign(self) -> int:
        """End realign mode after its pull; how many records here the server did not send."""

    # --- afterwards ---------------------------------------------------------------------
    def open_conflicts(self) -> int: ...

    def set_aside(self) -> int: ...

    def save_receipt(self, receipt: Any) -> None: ...
