"""Sync tests: the project's own server on loopback (uvicorn in a thread, SQLite unless a test
asks for PostgreSQL) and real SQLCipher profiles logged in to it."""

from __future__ import annotations

import shutil
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx
import pytest
from sqlmodel import Session

from desktop.services import sync_session
from desktop.store.profile import Store, create_profile
from sync.client.transport import Backoff
from sync.server.accounts import add_staff, create_organisation
from sync.server.app import create_app
from sync.server.core.db import make_engine
from tests.server.conftest import (  # noqa: F401 - the fixtures are used here by name
    PASSWORD,
    fast_settings,
    pg_database_url,
    sqlite_template,
)
from tests.server.factories import ApiUser, fake, login
from tests.server.live import serving
from tests.sync.compare import differences, server_view
from tests.sync.gate import Gate

FAST = Backoff(attempts=4, first_delay=0.01, max_delay=0.05, max_retry_after=0.05)


@dataclass
class SyncServer:
    url: str
    engine: object
    settings: object
    org_id: uuid.UUID
    gate: Gate | None = None
    clients: list = field(default_factory=list)

    def add_user(self, role: str = "career_coach", username: str | None = None):
        username = username or f"{role.split('_')[0]}-{uuid.uuid4().hex[:6]}"
        with Session(self.engine, expire_on_commit=False) as session:
            account = add_staff(session=session, settings=self.settings, organisation=str(self.org_id),
                                username=username, name=fake.name(), role=role, password=PASSWORD)
            session.commit()
        return account

    def api(self, username: str) -> ApiUser:
        """A device talking to the server directly (as tests/server does)."""
        http = httpx.Client(base_url=self.url, timeout=30)
        self.clients.append(http)
        return login(http, username, PASSWORD, device_name="api test")

    def view(self, username: str) -> dict:
        """Everything ``username`` may see on the server: {(kind, id): change dict}."""
        return server_view(self.api(username))

    def close(self) -> None:
        for http in self.clients:
            http.close()


def start_server(database_url: str):
    settings = fast_settings(database_url, log_json=False)
    engine = make_engine(database_url)
    with Session(engine) as session:
        org_id = create_organisation(session=session, name=f"Synkkahanke {uuid.uuid4().hex[:4]}")
        session.commit()
    return settings, engine, org_id


@contextmanager
def serve(database_url: str):
    """The project's server on loopback over ``database_url``, with an organisation."""
    settings, engine, org_id = start_server(database_url)
    gate = Gate(create_app(settings, engine=engine))
    with serving(gate) as url:
        running = SyncServer(url=url, engine=engine, settings=settings, org_id=org_id, gate=gate)
        yield running
        gate.open()
        running.close()
    engine.dispose()


@pytest.fixture
def server(tmp_path, sqlite_template):
    path = tmp_path / "server.sqlite3"
    shutil.copy(sqlite_template, path)
    with serve(f"sqlite:///{path}") as running:
        yield running


@contextmanager
def serve_postgres(database_url: str):
    """``serve`` over a PostgreSQL database emptied first (the tests' own, ``pg_database_url``)."""
    from tests.server.conftest import _reset_postgres

    engine = make_engine(database_url)
    _reset_postgres(engine)
    engine.dispose()
    with serve(database_url) as running:
        yield running


@pytest.fixture
def pg_server(pg_database_url):
    """The server on PostgreSQL: a module's ``server`` fixture returns it to run there."""
    with serve_postgres(pg_database_url) as running:
        yield running


@pytest.fixture
def profiles(tmp_path, file_keyring, server):
    """``make(username)``: a new SQLCipher profile logged in to the server (not yet synced)."""
    made: list[Store] = []

    def make(username: str) -> Store:
        store = create_profile(tmp_path / f"profile-{len(made)}")
        sync_session.login(store, server_url=server.url, username=username, password=PASSWORD)
        made.append(store)
        return store

    yield make
    for store in made:
        store.close()


def run_sync(store: Store, **kwargs):
    kwargs.setdefault("backoff", FAST)
    receipt = sync_session.sync(store, **kwargs)
    return receipt


def same_as_server(server: SyncServer, *laptops) -> None:
    """Each (store, account) laptop holds exactly what the server lets that account see."""
    for store, account in laptops:
        assert differences(store, server.view(account.username)) == []
