"""Realigning after a restore, with the server on PostgreSQL (pg_dump / pg_restore). Without
PostgreSQL this skips, except in CI (``CI=true``), where it fails."""

from __future__ import annotations

import pytest

from tests.sync import test_server_restored as on_sqlite

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(pg_server):
    return pg_server


def test_a_revision_written_again_reaches_the_laptop_on_postgresql(server, profiles, tmp_path):
    on_sqlite.test_a_revision_written_again_after_the_restore_reaches_the_laptop(server, profiles, tmp_path)


def test_lost_work_is_sent_again_on_postgresql(server, profiles, tmp_path):
    on_sqlite.test_work_the_server_lost_is_sent_again_and_reaches_new_laptops(server, profiles, tmp_path)
