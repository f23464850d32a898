"""The caseload journey against the server on PostgreSQL (the production database). Without
PostgreSQL this skips, except in CI (``CI=true``), where it fails."""

from __future__ import annotations

import pytest

from sync.server.core.db import make_engine
from tests.server.conftest import _reset_postgres
from tests.sync.conftest import serve
from tests.sync.test_caseload_transfer import manager_moves_a_caseload

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(pg_database_url):
    engine = make_engine(pg_database_url)
    _reset_postgres(engine)
    engine.dispose()
    with serve(pg_database_url) as running:
        yield running


def test_a_manager_moves_a_caseload_on_postgresql(server, profiles):
    manager_moves_a_caseload(server, profiles)
