"""Encrypted backups never outlive what they hold: an erasure (a person's delete, a pulled
tombstone) discards every backup made before it, and a backup older than BACKUP_KEEP_DAYS is
discarded when the profile opens. A backup written since stays, and still restores."""

from __future__ import annotations

import datetime as dt
import os
import time

from desktop.services import clients, employers
from desktop.store.migrate import BACKUP_DIR, BACKUP_KEEP_DAYS
from desktop.store.profile import open_profile
from desktop.store.tables import Client
from desktop.sync.replica import DesktopReplica
from sync.protocol import PulledChange, PullResponse
from tests.sync.test_tombstones import _synced


def _backups(store) -> list:
    return sorted((store.data_dir / BACKUP_DIR).glob("kentta-*.db"))


def test_a_delete_discards_the_backups_that_hold_the_deleted_record(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Varmuuskopio Oy"})
    store.backup(reason="test")
    assert len(_backups(store)) == 1
    employers.delete_employer(store, actor=actor, employer_id=employer.id)
    assert _backups(store) == []
    fresh = store.backup(reason="after")  # made after the erasure: kept
    assert _backups(store) == [fresh]


def test_a_pulled_tombstone_discards_the_backups(store, actor):
    client = clients.create_client(store, actor=actor, data={"name": "Varmistettu Asiakas"})
    _synced(store, Client, client.id, 1)
    store.backup(reason="test")
    tombstone = PulledChange(kind="client", id=client.id, rev=2, seq=2, deleted=True, fields={},
                             modified_at=dt.datetime.now(dt.timezone.utc))
    DesktopReplica(store, device_id=actor.staff_id).apply_page(
        PullResponse(changes=[tombstone], next_cursor=2, has_more=False), histories={})
    assert _backups(store) == []


def test_a_backup_older_than_the_keeping_time_is_discarded_at_open(store, actor):
    old, recent = store.backup(reason="old"), store.backup(reason="recent")
    long_ago = time.time() - (BACKUP_KEEP_DAYS + 1) * 86400
    os.utime(old, (long_ago, long_ago))
    data_dir = store.data_dir
    store.close()
    reopened = open_profile(data_dir)
    try:
        assert _backups(reopened) == [recent]
    finally:
        reopened.close()
