"""``kentta sync`` on a damaged profile, against a live server: exit 1 with a message, nothing written
to the profile's files, nothing sent."""

from __future__ import annotations

import shutil

from sqlalchemy import event

from desktop.services import clients, employers
from desktop.services.setup import current_actor
from desktop.store.layout import DB_FILE
from tests.store.crash import digests, flip_byte_in_frame
from tests.sync.conftest import run_sync


def _sent(server, username, client_id) -> bool:
    return ("client", str(client_id)) in server.view(username)


def test_sync_refuses_a_damaged_wal_and_sends_nothing(server, profiles, run_kentta, tmp_path):
    coach = server.add_user("career_coach")
    store = profiles(coach.username)
    run_sync(store)
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def _no_checkpoints(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA wal_autocheckpoint = 0")

    actor = current_actor(store)
    made = [clients.create_client(store, actor=actor, data={"name": f"Asiakas {n}"}) for n in range(30)]
    # The laptop dies here: the copy is the folder as a crash leaves it (edits in the WAL only).
    crashed = tmp_path / "crashed"
    with store.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one()
        shutil.copytree(store.data_dir, crashed)
    flip_byte_in_frame(crashed, 10)
    before = digests(crashed)

    result = run_kentta("sync", "--data-dir", str(crashed))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "write-ahead log" in result.stderr
    assert digests(crashed) == before
    assert not any(_sent(server, coach.username, client.id) for client in made)


def test_sync_refuses_a_tampered_page_and_writes_nothing(server, profiles, run_kentta):
    coach = server.add_user("career_coach")
    store, other = profiles(coach.username), profiles(coach.username)
    actor = current_actor(store)
    run_sync(store)
    for n in range(200):
        clients.create_client(store, actor=actor, data={"name": f"Asiakas {n}"})
    run_sync(store)  # all sent: the sync below has nothing to read in those pages
    folder = store.data_dir
    store.close()
    run_sync(other)
    employers.create_employer(other, actor=current_actor(other), data={"name": "Uusi Oy"})
    run_sync(other)  # something for the damaged laptop to receive and write
    assert not (folder / f"{DB_FILE}-wal").exists()
    db = folder / DB_FILE
    raw = bytearray(db.read_bytes())
    middle = len(raw) // 2
    raw[middle:middle + 32] = bytes(32)
    db.write_bytes(bytes(raw))
    before = digests(folder)[DB_FILE]

    result = run_kentta("sync", "--data-dir", str(folder))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "damaged or has been tampered with" in result.stderr
    assert digests(folder)[DB_FILE] == before
    # The read-only check may leave an empty WAL and its index beside the file, never a frame.
    assert not (folder / f"{DB_FILE}-wal").exists() or (folder / f"{DB_FILE}-wal").stat().st_size == 0


def test_after_a_restore_the_next_sync_resends_the_backups_outbox_safely_and_brings_back_the_rest(
        server, profiles):
    """The backup's outbox is sent again: a change the server already holds changes nothing (pushes merge
    by base revision), and the pull brings back what was synced after the backup."""
    from desktop.store import recovery
    from desktop.store.profile import open_profile
    from tests.sync.compare import differences

    coach = server.add_user("career_coach")
    store = profiles(coach.username)
    actor = current_actor(store)
    run_sync(store)
    kept = clients.create_client(store, actor=actor, data={"name": "Ennen Varmuuskopiota"})
    run_sync(store)
    clients.update_client(store, actor=actor, client_id=kept.id, fields={"municipality": "Oulu"})
    backup = store.backup(reason="test")  # holds that edit unsent
    later = clients.create_client(store, actor=actor, data={"name": "Varmuuskopion Jälkeen"})
    assert run_sync(store).outcome == "ok"
    clients.update_client(store, actor=actor, client_id=kept.id, fields={"name": "Myöhemmin Muutettu"})
    assert run_sync(store).outcome == "ok"
    folder = store.data_dir
    store.close()

    recovery.restore_backup(folder, backup)
    restored = open_profile(folder)
    try:
        receipt = run_sync(restored)
        assert receipt.outcome == "ok" and receipt.refused == [] and receipt.conflicts == []
        assert differences(restored, server.view(coach.username)) == []
        with restored.reader() as session:
            from desktop.store.tables import Client

            assert session.get(Client, kept.id).name == "Myöhemmin Muutettu"
            assert session.get(Client, kept.id).municipality == "Oulu"
            assert session.get(Client, later.id) is not None
    finally:
        restored.close()
    assert server.view(coach.username)[("client", str(kept.id))]["rev"] == 3  # the resend made no revision
