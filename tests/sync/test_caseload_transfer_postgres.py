"""The caseload journey against the server on PostgreSQL (the production database). Without
PostgreSQL this skips, except in CI (``CI=true``), where it fails."""

from __future__ import annotations

import pytest

from tests.sync.test_caseload_transfer import manager_moves_a_caseload

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(pg_server):
    return pg_server


def test_a_manager_moves_a_caseload_on_postgresql(server, profiles):
    manager_moves_a_caseload(server, profiles)
