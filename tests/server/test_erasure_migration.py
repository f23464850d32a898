"""Migration 0002 on a database with tombstones stored the old way (with their content)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy import text

from sync.server.core.db import make_engine, migrate
from sync.server.models import FieldConflictRow, PushBatch, Record
from tests.server.conftest import _pg_admin_engine, PG_ADMIN_URL, postgres_unavailable


@pytest.fixture(params=["sqlite", "postgres"])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    name = f"kentta_mig_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin_engine()
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001
        admin.dispose()
        postgres_unavailable(type(exc).__name__)
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_old_tombstones_lose_their_content_to_the_undo_store(empty_url):
    engine = make_engine(empty_url)
    migrate(engine, "0001")
    gone, kept, org = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    batch, conflict = uuid.uuid4(), uuid.uuid4()
    when = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.timezone.utc)
    response = {"batch_id": str(batch), "replayed": False, "results": [
        {"kind": "employer", "id": str(kept), "status": "conflict", "conflicts": [
            {"field": "name", "server_value": "A", "device_value": "B",
             "conflict_id": str(conflict)}]}]}
    # The tables as revision 0001 made them (the conflict table without batch_id).
    conflict_0001 = sa.table(
        "conflict", *(sa.column(c.name, c.type) for c in FieldConflictRow.__table__.columns
                      if c.name != "batch_id"))
    with engine.begin() as connection:
        for record_id, seq, name, deleted in ((gone, 1, "Poistettu Oy", True),
                                              (kept, 2, "Elossa Oy", False)):
            connection.execute(Record.__table__.insert().values(
                kind="employer", id=record_id, organisation_id=org, rev=2, seq=seq,
                fields={"name": name}, deleted=deleted, purged=False, modified_at=when))
        connection.execute(PushBatch.__table__.insert().values(
            batch_id=batch, account_id=uuid.uuid4(), device_id=uuid.uuid4(), response=response,
            created_at=when))
        connection.execute(conflict_0001.insert().values(
            id=conflict, organisation_id=org, kind="employer", record_id=kept, field="name",
            server_value="A", device_value="B", base_rev=1, rev=2, created_at=when))
    migrate(engine)
    with engine.connect() as connection:
        rows = dict(connection.execute(text("SELECT id, fields FROM record")).all())
        moved = connection.execute(text(
            "SELECT record_id, fields, rev FROM deleted_content")).all()
        linked = connection.execute(text("SELECT batch_id FROM conflict")).scalar_one()
    engine.dispose()
    as_uuid = {uuid.UUID(str(key)): value for key, value in rows.items()}
    parse = lambda value: value if isinstance(value, dict) else __import__("json").loads(value)  # noqa: E731
    assert parse(as_uuid[gone]) == {} and parse(as_uuid[kept]) == {"name": "Elossa Oy"}
    [(record_id, fields, rev)] = moved
    assert uuid.UUID(str(record_id)) == gone and parse(fields) == {"name": "Poistettu Oy"}
    assert rev == 2
    assert uuid.UUID(str(linked)) == batch
