"""A server restored from a backup, as real laptops meet it: a profile that synced after the
backup is told so in its receipt, keeps its own data, and receives what is written after the
restore; a profile that had not synced since the backup is not alarmed."""

from __future__ import annotations

from desktop.services import employers
from desktop.services.setup import current_actor
from desktop.store.tables import Employer
from sync.server.backup import backup, restore
from tests.sync.conftest import run_sync


def _employer(store, name: str):
    return employers.create_employer(store, actor=current_actor(store), data={"name": name})


def test_laptops_after_a_restore(server, profiles, tmp_path):
    coach, other, late = (server.add_user("career_coach") for _ in range(3))
    a, b, c = profiles(coach.username), profiles(other.username), profiles(late.username)
    for store in (a, b, c):
        assert run_sync(store).outcome == "ok"
    kept = _employer(a, "Kallion Kone Oy")
    assert run_sync(a).outcome == "ok" and run_sync(c).outcome == "ok"
    dump = tmp_path / "server.backup"
    backup(server.settings.database_url, dump)

    lost = _employer(a, "Vaasan Valimo Oy")  # after the backup
    assert run_sync(a).outcome == "ok"
    server.engine.dispose()
    restore(server.settings.database_url, dump)

    new = _employer(b, "Oulun Osuuskauppa")
    after_b = run_sync(b)
    assert after_b.outcome == "ok" and after_b.server_restored_at is None  # synced before

    receipt = run_sync(a)
    assert receipt.outcome == "ok" and receipt.server_restored_at is not None
    assert receipt.needs_attention and any("backup" in line for line in receipt.lines())
    with a.reader() as session:
        assert session.get(Employer, new.id) is not None  # written after the restore: arrives
        assert session.get(Employer, lost.id) is not None  # its own copy is still here
        assert session.get(Employer, kept.id) is not None
    on_server = server.view(coach.username)
    assert ("employer", str(kept.id)) in on_server and ("employer", str(lost.id)) not in on_server
    assert run_sync(a).server_restored_at is None  # told once

    # c synced after the backup was taken only in that it pulled before it: not in the window.
    receipt_c = run_sync(c)
    assert receipt_c.server_restored_at is None
    with c.reader() as session:
        assert session.get(Employer, new.id) is not None
