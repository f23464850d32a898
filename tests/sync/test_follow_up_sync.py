"""A follow-up marked done or moved on one laptop reaches the other through the real server
(on SQLite and on PostgreSQL): the Today list of the other laptop follows after its sync."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from desktop.services import employers, today, visits
from desktop.services.setup import current_actor
from desktop.store.tables import Visit
from sync.server.core.db import make_engine
from tests.server.conftest import _reset_postgres
from tests.sync.conftest import run_sync, serve

TODAY = dt.date(2026, 12, 3)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(request, tmp_path, sqlite_template):
    if request.param == "sqlite":
        path = tmp_path / "server.sqlite3"
        shutil.copy(sqlite_template, path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("pg_database_url")
        engine = make_engine(url)
        _reset_postgres(engine)
        engine.dispose()
    with serve(url) as running:
        yield running


def _follow_ups(store) -> dict:
    actor = current_actor(store)
    return {item.record_id: item.due for item in today.items_for(store, actor, today=TODAY)
            if item.kind == "follow_up"}


def test_done_and_moved_follow_ups_travel_to_the_users_other_laptop(server, profiles):
    coordinator = server.add_user("employer_coordinator")
    office, field = profiles(coordinator.username), profiles(coordinator.username)
    assert run_sync(office).outcome == "ok" and run_sync(field).outcome == "ok"
    actor = current_actor(field)
    employer = employers.create_employer(field, actor=actor, data={"name": "Raahen Rauta Oy"})
    first = visits.record_visit(field, actor=actor, employer_id=employer.id, data={
        "visited_at": dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.timezone.utc),
        "follow_up_date": TODAY})
    second = visits.record_visit(field, actor=actor, employer_id=employer.id, data={
        "visited_at": dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.timezone.utc),
        "follow_up_date": TODAY + dt.timedelta(days=1)})
    assert run_sync(field).outcome == "ok"
    assert run_sync(office).outcome == "ok"
    assert _follow_ups(office) == {first.id: TODAY, second.id: TODAY + dt.timedelta(days=1)}

    today.mark_follow_up_done(office, actor=current_actor(office), visit_id=first.id, done_on=TODAY)
    today.move_follow_up(office, actor=current_actor(office), visit_id=second.id,
                         to=TODAY + dt.timedelta(days=10))
    sent = run_sync(office)
    assert sent.outcome == "ok" and sent.sent == 2 and sent.refused == []
    assert run_sync(field).outcome == "ok"
    assert _follow_ups(field) == {second.id: TODAY + dt.timedelta(days=10)}
    with field.reader() as session:
        done = session.get(Visit, first.id)
    assert done.follow_up_done_on == TODAY and done.follow_up_done_by == coordinator.staff_id
