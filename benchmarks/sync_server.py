"""A loopback sync server and a profile logged in to it, for the GUI stall during a sync.

The server is the project's own (``sync.server``) under uvicorn on 127.0.0.1 in a
separate process, over an SQLite file in the benchmark's folder, with one
organisation and one employer coordinator. The profile is a new SQLCipher
profile that logs in and makes its first sync, as ``kentta login`` does.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.environment import use_file_keyring

USERNAME = "stall-benchmark"
PASSWORD = "benchmark-password"


@contextmanager
def loopback_server(tmp: Path) -> Iterator[str]:
    """Yields the server's base URL; the server stops when the block ends."""
    import httpx
    from sqlmodel import Session

    from benchmarks.server_throughput import _serve
    from sync.server.accounts import add_staff, create_organisation
    from sync.server.core.config import Settings
    from sync.server.core.db import make_engine, migrate
    from tests.server.live import free_port

    url = f"sqlite:///{tmp / 'stall-server.sqlite3'}"
    engine = make_engine(url)
    migrate(engine)
    with Session(engine, expire_on_commit=False) as session:
        organisation = create_organisation(session=session, name="Benchmark")
        add_staff(session=session, settings=Settings(database_url=url), organisation=str(organisation),
                  username=USERNAME, name="Benchmark Koordinaattori", role="employer_coordinator",
                  password=PASSWORD)
        session.commit()
    engine.dispose()
    port = free_port()
    server = multiprocessing.get_context("spawn").Process(target=_serve, args=(url, port), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise RuntimeError("the loopback sync server did not start")
        yield base
    finally:
        server.terminate()
        server.join(10)


def logged_in_profile(tmp: Path, server_url: str, *, employers: int = 200) -> Path:
    """A new profile logged in to ``server_url`` with ``employers`` of its own, synced."""
    use_file_keyring(tmp)
    from desktop.services import employers as employer_service
    from desktop.services import sync_session
    from desktop.services.setup import current_actor
    from desktop.store.profile import create_profile

    folder = tmp / "synced"
    store = create_profile(folder)
    try:
        sync_session.login(store, server_url=server_url, username=USERNAME, password=PASSWORD)
        actor = current_actor(store)
        for n in range(employers):
            employer_service.create_employer(store, actor=actor, data={
                "name": f"Synkronointi {n} Oy", "municipality": "Oulu", "industry": "Valmistus"})
        sync_session.sync(store)
    finally:
        store.close()
    return folder
