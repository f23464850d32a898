"""The same sync against the server on PostgreSQL (the production database). Without
PostgreSQL this skips, except in CI (``CI=true``), where it fails."""

from __future__ import annotations

import pytest

from desktop.services import clients, employers
from desktop.services.setup import current_actor
from desktop.services.conflicts import list_conflicts
from tests.sync.conftest import run_sync, same_as_server

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(pg_server):
    return pg_server


def test_three_laptops_sync_merge_and_conflict_on_postgresql(server, profiles):
    coach, coordinator, manager = (server.add_user(role) for role in
                                   ("career_coach", "employer_coordinator", "manager"))
    a, b, m = profiles(coach.username), profiles(coordinator.username), profiles(manager.username)
    for store in (a, b, m):
        assert run_sync(store).outcome == "ok"
    employer = employers.create_employer(b, actor=current_actor(b), data={"name": "Postgres Oy"})
    client = clients.create_client(a, actor=current_actor(a), data={"name": "Pekka Postgres"})
    run_sync(a), run_sync(b), run_sync(a)
    employers.update_employer(a, actor=current_actor(a), employer_id=employer.id, fields={"industry": "A"})
    employers.update_employer(b, actor=current_actor(b), employer_id=employer.id, fields={"industry": "B"})
    employers.update_employer(b, actor=current_actor(b), employer_id=employer.id, fields={"notes": "B"})
    run_sync(a)
    receipt = run_sync(b)
    assert [c.field for c in receipt.conflicts] == ["industry"]  # notes merged, industry not
    run_sync(a), run_sync(m)
    assert [c.field for c in list_conflicts(a)] == ["industry"]
    assert [c.field for c in list_conflicts(m)] == ["industry"]  # everyone who sees it
    same_as_server(server, (a, coach), (b, coordinator), (m, manager))
    assert client.id
