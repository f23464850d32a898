"""Several pushers at once against a real server on PostgreSQL, and a puller beside them that
ends with every change exactly once (no change committed out of order is skipped)."""

from __future__ import annotations

import threading
import uuid

import httpx
import pytest
from sqlmodel import Session

from sync.server.accounts import add_staff, create_organisation
from sync.server.app import create_app
from sync.server.core.db import make_engine
from tests.server.conftest import PASSWORD, _reset_postgres, fast_settings
from tests.server.factories import login
from tests.server.live import serving

PUSHERS = 6
BATCHES = 12
CHANGES = 15


@pytest.fixture
def pg_server(pg_database_url):
    engine = make_engine(pg_database_url)
    _reset_postgres(engine)
    settings = fast_settings(pg_database_url)
    with Session(engine, expire_on_commit=False) as session:
        org = create_organisation(session=session, name="Rinnakkaishanke")
        names = []
        for number in range(PUSHERS + 1):
            account = add_staff(session=session, settings=settings, organisation=str(org),
                                username=f"user{number}", name=f"Testi Henkilö {number}",
                                role="manager", password=PASSWORD)
            names.append(account.username)
        session.commit()
    with serving(create_app(settings, engine=engine)) as url:
        yield url, names
    engine.dispose()


def test_concurrent_pushes_are_pulled_exactly_once(pg_server):
    url, names = pg_server
    pushed: dict[str, int] = {}
    errors: list[str] = []
    lock = threading.Lock()
    done = threading.Event()

    def pusher(name: str) -> None:
        with httpx.Client(base_url=url, timeout=60) as http:
            user = login(http, name, PASSWORD)
            for _ in range(BATCHES):
                changes = [user.change("employer") for _ in range(CHANGES)]
                for change, result in zip(changes, user.push(*changes)["results"]):
                    if result["status"] != "applied":
                        errors.append(result["status"])
                    with lock:
                        pushed[change["id"]] = result["seq"]

    seen: list[tuple[str, int]] = []

    def puller() -> None:
        with httpx.Client(base_url=url, timeout=60) as http:
            user = login(http, names[-1], PASSWORD)
            while not done.is_set():
                seen.extend((c["id"], c["seq"]) for c in user.pull_all(limit=40)
                            if c["kind"] == "employer")
            seen.extend((c["id"], c["seq"]) for c in user.pull_all(limit=40)
                        if c["kind"] == "employer")

    threads = [threading.Thread(target=pusher, args=(name,)) for name in names[:-1]]
    reader = threading.Thread(target=puller)
    reader.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    reader.join()

    assert not errors
    assert len(pushed) == PUSHERS * BATCHES * CHANGES
    ids = [record_id for record_id, _ in seen]
    assert len(ids) == len(set(ids)), "a change was pulled twice"
    assert set(ids) == set(pushed), "a change was skipped"
    seqs = [seq for _, seq in seen]
    assert seqs == sorted(seqs)
    assert dict(seen) == pushed
