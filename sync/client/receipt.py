"""The receipt of one sync: what was sent, received, refused and is in conflict."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class RefusedItem:
    kind: str
    id: str
    reason: str  # "code: message", as the server gave it

    @property
    def code(self) -> str:
        return self.reason.split(":", 1)[0].strip()


@dataclass(frozen=True)
class ConflictItem:
    kind: str
    id: str
    field: str


@dataclass
class Receipt:
    started_at: str
    finished_at: str | None = None
    outcome: str = "running"  # ok, cancelled, failed
    error: str | None = None
    error_type: str | None = None  # the SyncError class, e.g. LoginRequired
    error_code: str | None = None  # the SyncError's stable code, e.g. unreachable
    error_params: dict[str, str] = field(default_factory=dict)  # what the code's text names
    sent: int = 0
    merged: int = 0  # sent and merged with other devices' changes on the server
    received: int = 0
    dropped: int = 0  # records removed here: access revoked, or purged
    unsent_dropped: int = 0  # unsent changes removed with them
    invalid: int = 0  # pulled records that could not be stored here
    refused: list[RefusedItem] = field(default_factory=list)
    conflicts: list[ConflictItem] = field(default_factory=list)  # new in this sync
    open_conflicts: int = 0  # in the profile after the sync
    set_aside: int = 0  # refused records waiting for an edit, after the sync
    files_sent: int = 0  # attachments' content sent (after the records)
    files_received: int = 0  # attachments' content fetched
    files_failed: int = 0  # file transfers that failed in this sync (tried again later)
    files_set_aside: int = 0  # file uploads set aside with a reason, after the sync
    # The server was restored from a backup taken before this device's previous sync: what was
    # sent or received after the backup's sequence number (this) is not on the server.
    server_restored_at: int | None = None
    # Then (``sync.client.realign``): this device's changes made since the backup, queued again
    # and sent; and records here (others' since the backup) the server did not send again.
    resent: int = 0
    not_on_server: int = 0

    @classmethod
    def start(cls) -> "Receipt":
        return cls(started_at=_now())

    def finish(self, outcome: str, error: BaseException | None = None) -> "Receipt":
        self.outcome = outcome
        self.error = str(error) if error is not None else None
        self.error_type = type(error).__name__ if error is not None else None
        self.error_code = getattr(error, "code", None) if error is not None else None
        self.error_params = dict(getattr(error, "params", {}) or {}) if error is not None else {}
        self.finished_at = _now()
        return self

    def add_refused(self, items: list[tuple[str, uuid.UUID, str]]) -> None:
        self.refused.extend(RefusedItem(kind, str(rid), reason) for kind, rid, reason in items)

    def add_conflicts(self, items: list[tuple[str, uuid.UUID, str]]) -> None:
        self.conflicts.extend(ConflictItem(kind, str(rid), name) for kind, rid, name in items)

    def absorb(self, later: "Receipt") -> "Receipt":
        """Add a second run's receipt to this one (counts add up; the end is the later's)."""
        for name in ("sent", "merged", "received", "dropped", "unsent_dropped", "invalid",
                     "files_sent", "files_received", "files_failed", "resent", "not_on_server"):
            setattr(self, name, getattr(self, name) + getattr(later, name))
        self.refused.extend(later.refused)
        self.conflicts.extend(later.conflicts)
        if self.server_restored_at is None:
            self.server_restored_at = later.server_restored_at
        for name in ("finished_at", "outcome", "error", "error_type", "error_code", "error_params",
                     "open_conflicts", "set_aside", "files_set_aside"):
            setattr(self, name, getattr(later, name))
        return self

    @property
    def needs_attention(self) -> bool:
        """Something was refused or is in conflict (``kentta sync`` exits 1)."""
        return bool(self.refused or self.set_aside or self.files_set_aside or self.open_conflicts
                    or self.server_restored_at is not None or self.outcome != "ok")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Receipt":
        data = dict(data)
        data["refused"] = [RefusedItem(**item) for item in data.get("refused", [])]
        data["conflicts"] = [ConflictItem(**item) for item in data.get("conflicts", [])]
        known = set(cls.__dataclass_fields__)
        return cls(**{key: value for key, value in data.items() if key in known})

    def lines(self) -> list[str]:
        """The receipt as text lines (English; ids only, never names)."""
        out = [
            f"Sync {self.outcome} at {self.finished_at or self.started_at} UTC",
            f"  sent:      {self.sent}" + (f" ({self.merged} merged on the server)" if self.merged else ""),
            f"  received:  {self.received}",
            f"  refused:   {len(self.refused)}",
            f"  conflicts: {len(self.conflicts)} new, {self.open_conflicts} open",
        ]
        if self.dropped:
            out.append(f"  removed:   {self.dropped} records no longer yours to keep"
                       + (f" ({self.unsent_dropped} unsent changes with them)" if self.unsent_dropped else ""))
        if self.invalid:
            out.append(f"  not stored: {self.invalid} received records this app could not read")
        if self.set_aside:
            out.append(f"  set aside: {self.set_aside} refused records wait for you to edit them")
        if self.files_sent or self.files_received or self.files_failed:
            out.append(f"  files:     {self.files_sent} sent, {self.files_received} received"
                       + (f", {self.files_failed} to try again" if self.files_failed else ""))
        if self.files_set_aside:
            out.append(f"  set aside: {self.files_set_aside} files the server would not take "
                       "(see the Sync page)")
        if self.server_restored_at is not None:
            out.append(f"  restored:  the server was restored from a backup; {self.resent} of your "
                       "changes made since then were sent again, and this laptop took the "
                       "server's copies of the rest")
        if self.not_on_server:
            out.append(f"  not on the server: {self.not_on_server} records others made or changed "
                       "since the backup; kept here until their laptops send them again")
        for item in self.refused:
            out.append(f"  refused {item.kind} {item.id}: {item.reason}")
        for item in self.conflicts:
            out.append(f"  conflict {item.kind} {item.id} field {item.field}")
        if self.error:
            out.append(f"  stopped: {self.error}")
        return out


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds")
