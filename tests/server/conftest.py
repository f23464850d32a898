"""Server tests run through the HTTP API against SQLite and PostgreSQL.

Each PostgreSQL test session makes its own database (``kentta_test_<random>``) and drops it at
the end. Without PostgreSQL the PostgreSQL cases skip, except in CI (``CI=true``), where they fail.
"""

from __future__ import annotations

import os
import secrets
import shutil
import uuid
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlmodel import Session

from sync.server.accounts import add_staff, create_organisation
from sync.server.app import create_app
from sync.server.core.config import Settings
from sync.server.core.db import make_engine, migrate
from sync.server.models import ServerTable
from tests.server.factories import fake, login

PG_ADMIN_URL = os.environ.get(
    "KENTTA_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
PASSWORD = "kenttä-testi-salasana"
TOTP_TEST_KEY = "a2VudHTkLXRlc3RpLWF2YWluLTMyLXRhdnVhLXh4eHg="


def fast_settings(url: str, **overrides) -> Settings:
    values = dict(
        database_url=url, argon2_time_cost=1, argon2_memory_kib=64,
        login_max_failures_per_address=1000, log_json=True,
        # The second factor is required of no role here, so that tests of other things log in
        # managers and admins with a password (tests/server/test_totp.py requires it as the
        # default does); the key is fixed, never the user's key file.
        totp_required_roles=(), totp_key=TOTP_TEST_KEY,
    )
    values.update(overrides)
    return Settings(**values)


def _pg_admin_engine():
    return create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")


def postgres_unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"PostgreSQL not reachable: {reason}")


@pytest.fixture(scope="session")
def pg_database_url():
    name = f"kentta_test_{secrets.token_hex(6)}"
    admin = _pg_admin_engine()
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any failure to reach the service
        admin.dispose()
        postgres_unavailable(type(exc).__name__)
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()
    return path


def _reset_postgres(engine) -> None:
    tables = ", ".join(f'"{t.name}"' for t in ServerTable.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        connection.execute(text("INSERT INTO counter (name, value) VALUES ('seq', 0)"))


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path, sqlite_template):
    if request.param == "sqlite":
        path = tmp_path / "server.sqlite3"
        shutil.copy(sqlite_template, path)
        yield f"sqlite:///{path}"
        return
    url = request.getfixturevalue("pg_database_url")
    engine = make_engine(url)
    _reset_postgres(engine)
    engine.dispose()
    yield url


@pytest.fixture
def settings(database_url) -> Settings:
    return fast_settings(database_url)


@pytest.fixture
def engine(settings):
    engine = make_engine(settings.database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def app(settings, engine):
    return create_app(settings, engine=engine)


@pytest.fixture
def client(app):
    with TestClient(app) as http:
        yield http


@dataclass
class World:
    """An organisation with one account of each role, made as the admin commands make them."""

    engine: object
    settings: Settings
    http: object
    org_id: uuid.UUID

    def add(self, role: str, *, username: str | None = None, org: str | None = None):
        username = username or f"{role}-{secrets.token_hex(3)}"
        with Session(self.engine, expire_on_commit=False) as session:
            account = add_staff(
                session=session, settings=self.settings, organisation=org or str(self.org_id),
                username=username, name=fake.name(), role=role, password=PASSWORD,
            )
            session.commit()
        return account

    def user(self, role: str, **kwargs):
        account = self.add(role, **kwargs)
        return login(self.http, account.username, PASSWORD)

    def new_org(self) -> uuid.UUID:
        with Session(self.engine) as session:
            org_id = create_organisation(session=session, name=fake.company() + " ry")
            session.commit()
        return org_id


@pytest.fixture
def world(engine, settings, client) -> World:
    with Session(engine) as session:
        org_id = create_organisation(session=session, name="Kenttä-testihanke")
        session.commit()
    return World(engine=engine, settings=settings, http=client, org_id=org_id)
