"""Faults at every step of push and pull, then a sync again: nothing lost, nothing
duplicated, nothing applied twice. The faults use the real code paths: a connection refused
before sending, a connection dropped after the server committed, an exception inside the
apply-page transaction, and ``kentta sync`` killed with SIGKILL while it waits for the server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid

import pytest
from sqlalchemy import event
from sqlmodel import Session, select

from desktop.services import changes, employers
from desktop.services.setup import current_actor
from desktop.store.profile import open_profile
from desktop.store.tables import Employer, OutboxEntry, Setting
from desktop.store.settings import CURSOR
from desktop.services.conflicts import list_conflicts
from desktop.sync.tables import SyncBatch
from sync.server.models import PushBatch, Record, RecordRevision
from tests.conftest import ROOT
from tests.sync.conftest import run_sync, same_as_server
from tests.sync.hooks import Hooked, drop_after_answer, is_push, refuse_to_connect


def _make_employers(store, count: int, prefix: str = "Vika") -> list[uuid.UUID]:
    actor = current_actor(store)
    with store.session() as session:
        return [changes.create(session, Employer, {"name": f"{prefix} {n} Oy"}, actor=actor).id
                for n in range(count)]


def _revisions(server) -> dict[uuid.UUID, list[int]]:
    found: dict[uuid.UUID, list[int]] = {}
    with Session(server.engine) as session:
        for row in session.exec(select(RecordRevision).where(RecordRevision.kind == "employer")).all():
            found.setdefault(row.record_id, []).append(row.rev)
    return {key: sorted(value) for key, value in found.items()}


def _count(store, table) -> int:
    with store.reader() as session:
        return len(session.exec(select(table)).all())


def test_a_connection_refused_before_sending_keeps_the_batch_for_the_next_sync(server, profiles):
    user = server.add_user("employer_coordinator")
    store = profiles(user.username)
    ids = _make_employers(store, 3)
    hooked = Hooked()
    hooked.before.append(refuse_to_connect(is_push, times=100))
    failed = run_sync(store, http_transport=hooked)
    assert failed.outcome == "failed" and failed.error_type == "ServerUnreachable"
    with store.reader() as session:
        [saved] = session.exec(select(SyncBatch)).all()
    assert _count(store, OutboxEntry) == 3
    done = run_sync(store)
    assert done.outcome == "ok" and done.sent == 3
    with Session(server.engine) as session:
        assert [b.batch_id for b in session.exec(select(PushBatch)).all()] == [saved.batch_id]
    assert _revisions(server) == {record_id: [1] for record_id in ids}
    assert _count(store, SyncBatch) == 0 and _count(store, OutboxEntry) == 0
    same_as_server(server, (store, user))


def test_an_answer_lost_after_the_server_committed_is_fetched_again_not_applied_again(server, profiles):
    user = server.add_user("employer_coordinator")
    store = profiles(user.username)
    ids = _make_employers(store, 4)
    hooked = Hooked()
    hooked.after.append(drop_after_answer(is_push, times=100))  # every answer lost
    failed = run_sync(store, http_transport=hooked)
    assert failed.outcome == "failed"
    pushes = [status for _, path, status in hooked.log if path.endswith("/push")]
    assert len(pushes) == 4 and set(pushes) == {200}  # the same batch, answered from the store
    assert _revisions(server) == {record_id: [1] for record_id in ids}  # committed once
    # Meanwhile the person edits one of those records and makes another.
    employers.update_employer(store, actor=current_actor(store), employer_id=ids[0],
                              fields={"industry": "Muokattu odottaessa"})
    later = _make_employers(store, 1, prefix="Myöhempi")

    done = run_sync(store)
    assert done.outcome == "ok", done.error
    assert done.sent == 4 + 2  # the saved batch's answer, then the edit and the new record
    assert done.conflicts == [] and list_conflicts(store) == []
    revisions = _revisions(server)
    assert revisions[ids[0]] == [1, 2]  # created once, then the edit: no conflict with itself
    assert all(revisions[record_id] == [1] for record_id in ids[1:] + later)
    same_as_server(server, (store, user))


def test_a_dropped_answer_is_asked_again_within_the_same_sync(server, profiles):
    user = server.add_user("employer_coordinator")
    store = profiles(user.username)
    ids = _make_employers(store, 2)
    hooked = Hooked()
    hooked.after.append(drop_after_answer(is_push, times=1))
    receipt = run_sync(store, http_transport=hooked)
    assert receipt.outcome == "ok" and receipt.sent == 2
    with Session(server.engine) as session:
        assert len(session.exec(select(PushBatch)).all()) == 1
    assert _revisions(server) == {record_id: [1] for record_id in ids}


def _fill_server(server, count: int) -> list[str]:
    other = server.api(server.add_user("employer_coordinator").username)
    ids = []
    for start in range(0, count, 1000):
        batch = [other.change("employer") for _ in range(min(1000, count - start))]
        other.push(*batch)
        ids.extend(change["id"] for change in batch)
    return ids


def test_a_failure_while_applying_a_page_keeps_whole_pages_with_their_cursor(server, profiles):
    _fill_server(server, 45)
    user = server.add_user("employer_coordinator")
    store = profiles(user.username)
    writes = []

    def fail_at_the_second_cursor(conn, cursor, statement, parameters, context, executemany):
        """The last statement of the second page (its cursor) fails."""
        writing = statement.startswith(("INSERT INTO setting", "UPDATE setting"))
        if writing and CURSOR.key in str(parameters):
            writes.append(statement)
            if len(writes) == 2:
                raise RuntimeError("power cut while applying a page")

    event.listen(store.engine, "before_cursor_execute", fail_at_the_second_cursor)
    try:
        with pytest.raises(RuntimeError, match="power cut"):
            run_sync(store, page_size=20)
    finally:
        event.remove(store.engine, "before_cursor_execute", fail_at_the_second_cursor)
    with store.reader() as session:
        stored = session.get(Setting, CURSOR.key)
        cursor = stored.value if stored is not None else 0
        kept = len(session.exec(select(Employer)).all())
    first_page = server.api(user.username).http.get(
        "/v1/sync/pull", params={"cursor": 0, "limit": 20},
        headers=server.api(user.username).headers).json()
    # The first page was committed alone when the laptop waited for the second, or shared the
    # second's transaction and went with it: either way rows and cursor agree.
    assert cursor in (0, first_page["next_cursor"])
    assert kept == (sum(c["kind"] == "employer" for c in first_page["changes"]) if cursor else 0)
    receipt = run_sync(store, page_size=20)
    assert receipt.outcome == "ok"
    assert _count(store, Employer) == 45
    same_as_server(server, (store, user))


def _kentta_sync(folder, env_extra=None) -> subprocess.Popen:
    env = os.environ.copy()
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(env_extra or {})
    return subprocess.Popen([sys.executable, "-m", "desktop", "sync", "--data-dir", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def _killed_while_held(server, folder, path: str, nth: int, until=None) -> None:
    """Kill ``kentta sync`` while the server holds its ``nth`` request to ``path`` (and, given
    ``until``, once that is true)."""
    server.gate.arm(path, nth)
    process = _kentta_sync(folder)
    try:
        assert server.gate.reached.wait(120), process.communicate(timeout=5)
        deadline = time.monotonic() + 60
        while until is not None and not until():
            assert time.monotonic() < deadline, "the condition to kill at never came"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        server.gate.open()
    assert process.returncode == -signal.SIGKILL


def test_kentta_sync_killed_after_the_server_committed_a_batch_resumes_without_duplicates(
        server, profiles, run_kentta):
    user = server.add_user("employer_coordinator")
    store = profiles(user.username)
    run_sync(store)
    ids = _make_employers(store, 1200)  # three batches: 500, 500, 200
    folder = store.data_dir
    store.close()
    _killed_while_held(server, folder, "/v1/sync/push", nth=2)
    assert len(_revisions(server)) == 1000  # two batches committed, the second never answered

    reopened = open_profile(folder)
    try:
        assert _count(reopened, SyncBatch) == 1 and _count(reopened, OutboxEntry) == 700
    finally:
        reopened.close()
    again = run_kentta("sync", "--data-dir", str(folder))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "sent:      700" in again.stdout  # the saved batch's answer, then the last 200
    assert _revisions(server) == {record_id: [1] for record_id in ids}
    reopened = open_profile(folder)
    try:
        assert _count(reopened, OutboxEntry) == 0 and _count(reopened, SyncBatch) == 0
        same_as_server(server, (reopened, user))
    finally:
        reopened.close()


def _stored_cursor(folder) -> int:
    """The cursor in the profile, read beside the running ``kentta sync`` (WAL readers don't wait)."""
    store = open_profile(folder)
    try:
        with store.reader() as session:
            row = session.get(Setting, CURSOR.key)
            return int(row.value) if row is not None and row.value else 0
    finally:
        store.close()


def test_kentta_sync_killed_while_pulling_resumes_from_the_stored_cursor(server, profiles, run_kentta):
    _fill_server(server, 2200)
    user = server.add_user("employer_coordinator")
    store = profiles(user.username)
    folder = store.data_dir
    store.close()
    # The third page is held at the server. Pages that came without a wait may share a
    # transaction; waiting for the third, the laptop commits the first two: killed then, it
    # keeps them with their cursor and nothing of what came after.
    _killed_while_held(server, folder, "/v1/sync/pull", nth=3, until=lambda: _stored_cursor(folder))
    reopened = open_profile(folder)
    try:
        with reopened.reader() as session:
            cursor = session.get(Setting, CURSOR.key).value
            here = {row.id for row in session.exec(select(Employer)).all()}
    finally:
        reopened.close()
    with Session(server.engine) as session:
        upto = {row.id for row in session.exec(select(Record).where(
            Record.kind == "employer", Record.seq <= cursor)).all()}
    assert cursor > 0 and len(here) >= 490
    assert here == upto  # exactly the pages whose cursor was stored, nothing half
    again = run_kentta("sync", "--data-dir", str(folder))
    assert again.returncode == 0, again.stderr
    reopened = open_profile(folder)
    try:
        assert _count(reopened, Employer) == 2200
        same_as_server(server, (reopened, user))
    finally:
        reopened.close()
