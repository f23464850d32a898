"""The embedded SQLite server database syncs each commit: an acknowledged push survives a power cut."""

from __future__ import annotations

from sync.server.core.db import make_engine

FULL = 2  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA


def test_every_server_connection_commits_with_synchronous_full(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == FULL
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
    finally:
        engine.dispose()
