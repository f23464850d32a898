"""What the status bar and the Sync page show: last sync, changes waiting, conflicts.

"Changes waiting" is ``desktop.sync.outbox.waiting``, the one count every screen shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from desktop.store.profile import Store
from desktop.store.settings import LAST_SYNC
from desktop.sync import outbox
from desktop.sync.tables import SyncConflict, SyncReceipt, SyncRefused
from sync.client.receipt import Receipt


@dataclass(frozen=True)
class SyncStatus:
    last_sync: str | None  # UTC, ISO, no offset
    waiting: int  # changes waiting to be sent (desktop.sync.outbox.waiting)
    conflicts: int
    set_aside: int
    # the last sync's error when it stopped on one (code and params as in sync/client/errors.py)
    error_code: str | None = None
    error_params: dict[str, Any] = field(default_factory=dict)
    error: str | None = None  # its English message


def sync_status(store: Store) -> SyncStatus:
    with store.reader() as session:
        last = LAST_SYNC.read(session)
        waiting = outbox.waiting(session)
        conflicts = session.exec(select(func.count()).select_from(SyncConflict)).one()
        refused = session.exec(select(func.count()).select_from(SyncRefused)).one()
        latest = session.exec(select(SyncReceipt.id, SyncReceipt.outcome)
                              .order_by(SyncReceipt.id.desc()).limit(1)).first()
        data = session.get(SyncReceipt, latest[0]).data if latest and latest[1] == "failed" else {}
    return SyncStatus(last, waiting, conflicts, refused,
                      error_code=data.get("error_code"), error_params=dict(data.get("error_params") or {}),
                      error=data.get("error"))


def last_receipt(store: Store) -> Receipt | None:
    with store.reader() as session:
        row = session.exec(select(SyncReceipt).order_by(SyncReceipt.id.desc())).first()
    return Receipt.from_json(row.data) if row is not None else None
