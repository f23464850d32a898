"""The restore drill, on real PostgreSQL (pg_dump/pg_restore) and SQLite (online backup API):
laptops sync; back up; push more; restore; laptops sync again. What the server had at the
backup is all there; what came after is told to the laptops that synced after it (a header on
their pull); a laptop's own record made after the backup is pushed again and taken; a database
put back by hand (without ``restore``) is refused clearly instead of silently skipping."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlmodel import Session

from sync.protocol import CURSOR_HEADER, SERVER_BEHIND, SERVER_RESTORED, SERVER_RESTORED_HEADER
from sync.server.backup import BackupError, backup, restore
from sync.server.cli import main
from sync.server.store import current_seq


def _pull(user) -> tuple[list[dict], str | None]:
    response = user.http.get("/v1/sync/pull", params={"cursor": user.cursor, "limit": 500},
                             headers=user.headers)
    assert response.status_code == 200, response.text
    page = response.json()
    assert not page["has_more"]
    user.cursor = page["next_cursor"]
    return page["changes"], response.headers.get(SERVER_RESTORED_HEADER)


def _ids(changes) -> set[str]:
    return {c["id"] for c in changes}


def _seq(engine) -> int:
    with Session(engine) as session:
        return current_seq(session)


def test_restore_drill(world, tmp_path):
    url = world.settings.database_url
    a, b = world.user("career_coach"), world.user("career_coach")
    before = [a.change("employer") for _ in range(3)]
    a.push(*before)
    for laptop in (a, b):
        assert _ids(before) <= _ids(_pull(laptop)[0])

    dump = tmp_path / "kentta.backup"
    assert main(["backup", "--database-url", url, "-o", str(dump)]) == 0
    assert dump.stat().st_size > 0 and dump.stat().st_mode & 0o077 == 0
    backup_seq = _seq(world.engine)

    after = a.change("employer")  # made after the backup: lost by the restore
    a.push(after)
    _pull(a)
    changes, notice = _pull(b)
    assert after["id"] in _ids(changes) and notice is None
    lost_seq = _seq(world.engine)

    world.engine.dispose()  # the servers are stopped for a restore
    assert main(["restore", "--database-url", url, str(dump)]) == 0
    # Numbering goes on past what laptops have, one number left unused: the cursor that an
    # empty pull after the restore hands out lies outside the window.
    assert _seq(world.engine) == lost_seq + 1

    # A laptop that never synced sees exactly what the server had at the backup.
    fresh = world.user("career_coach")
    everything = _ids(_pull(fresh)[0])
    assert _ids(before) <= everything and after["id"] not in everything

    # New work after the restore reaches the laptops whose cursors are past the backup's,
    # with the notice that the server went back to the backup.
    new = b.change("employer")
    b.push(new)
    changes, notice = _pull(a)
    assert new["id"] in _ids(changes) and not _ids(changes) & _ids(before)
    assert notice == str(backup_seq)
    # The laptop still has its record made after the backup; sent again, it is taken.
    result = a.push_one({**after, "base_rev": 0})
    assert result["status"] == "applied", result
    assert after["id"] in _ids(_pull(b)[0])
    # The notice is for the pulls that start inside the lost window only.
    assert _pull(b)[1] is None and _pull(fresh)[1] is None


def test_a_cursor_handed_out_after_the_restore_is_not_told_of_it(world, tmp_path):
    """Nothing written since the restore: a laptop's pull after it ends at the server's top,
    and its next pull from there is not told of the restore again (nor is one that had synced
    before the backup)."""
    url = world.settings.database_url
    a, b = world.user("career_coach"), world.user("career_coach")
    a.push(a.change("employer"))
    _pull(a), _pull(b)
    dump = tmp_path / "kentta.backup"
    backup(url, dump)
    a.push(a.change("employer"))
    _pull(a)
    world.engine.dispose()
    restore(url, dump)
    lost_cursor = a.cursor
    assert _pull(a)[1] is not None and _pull(b)[1] is None
    assert _pull(a)[1] is None and _pull(b)[1] is None

    # A push from a cursor inside the window is refused, nothing stored: the device realigns
    # first. Outside it (or without the header, as older laptops send), it is taken.
    change = a.change("employer")
    body = {"device_id": str(a.device_id), "batch_id": str(uuid.uuid4()),
            "changes": [{k: change[k] for k in ("kind", "id", "base_rev", "fields", "deleted")}]}
    refused = a.http.post("/v1/sync/push", json=body,
                          headers={**a.headers, CURSOR_HEADER: str(lost_cursor)})
    assert refused.status_code == 409 and refused.json()["code"] == SERVER_RESTORED
    assert refused.headers[SERVER_RESTORED_HEADER].isdigit()
    assert change["id"] not in _ids(_pull(b)[0])
    taken = a.http.post("/v1/sync/push", json=body, headers={**a.headers, CURSOR_HEADER: str(a.cursor)})
    assert taken.status_code == 200 and taken.json()["results"][0]["status"] == "applied"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # the hand copy is of an SQLite file
def test_a_database_put_back_by_hand_is_refused_clearly(world, tmp_path):
    path = world.settings.database_url.removeprefix("sqlite:///")
    a = world.user("career_coach")
    copy = tmp_path / "copy.sqlite3"
    backup(world.settings.database_url, copy)
    a.push(*[a.change("employer") for _ in range(2)])
    _pull(a)
    world.engine.dispose()
    shutil.copy(copy, path)  # not kentta-server restore: the sequence went back
    for suffix in ("-wal", "-shm"):
        Path(path + suffix).unlink(missing_ok=True)
    answer = a.http.get("/v1/sync/pull", params={"cursor": a.cursor}, headers=a.headers)
    assert answer.status_code == 409
    assert answer.json()["code"] == SERVER_BEHIND
    assert "kentta-server restore" in answer.json()["detail"]


def test_restore_of_a_file_that_is_not_a_backup_fails_with_a_reason(database_url, tmp_path,
                                                                      capsys):
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"not a backup at all" * 100)
    assert main(["restore", "--database-url", database_url, str(junk)]) == 1
    assert "kentta-server:" in capsys.readouterr().err
    with pytest.raises(BackupError, match="No backup file"):
        restore(database_url, tmp_path / "missing.backup")
