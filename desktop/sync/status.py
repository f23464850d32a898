"""What the status bar and the Sync page show: last sync, changes waiting, conflicts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import distinct, func
from sqlmodel import select

from desktop.store.profile import Store
from desktop.store.tables import OutboxEntry, Setting
from desktop.sync.replica import LAST_SYNC
from desktop.sync.tables import SyncConflict, SyncReceipt, SyncRefused
from sync.client.receipt import Receipt


@dataclass(frozen=True)
class SyncStatus:
    last_sync: str | None  # UTC, ISO, no offset
    waiting: int  # records with unsent changes
    conflicts: int
    set_aside: int


def sync_status(store: Store) -> SyncStatus:
    with store.reader() as session:
        last = session.get(Setting, LAST_SYNC)
        waiting = session.exec(select(func.count(distinct(OutboxEntry.record_id)))).one()
        conflicts = session.exec(select(func.count()).select_from(SyncConflict)).one()
        refused = session.exec(select(func.count()).select_from(SyncRefused)).one()
    return SyncStatus(last.value if last else None, waiting, conflicts, refused)


def last_receipt(store: Store) -> Receipt | None:
    with store.reader() as session:
        row = session.exec(select(SyncReceipt).order_by(SyncReceipt.id.desc())).first()
    return Receipt.from_json(row.data) if row is not None else None
