"""Migration 0005 erases what profiles kept of deleted records before deletes erased."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from desktop.services import employers, search
from desktop.sync.erasure import truncate_wal
from desktop.store import migrate
from tests.support.decrypted import every_page


def test_old_tombstone_rows_and_their_values_are_erased(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Quxlinderberg Oy",
                                                                   "notes": "Zyqwarblefrost"})
    config = migrate._config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
    hexid = employer.id.hex
    with store.engine.begin() as conn:  # as 0004 kept a delete: the row, its fields, a conflict
        conn.execute(text("UPDATE employer SET deleted = 1 WHERE id = :id"), {"id": hexid})
        conn.execute(text("INSERT INTO outbox(kind, record_id, fields, base_rev, deleted, created_at) "
                          "VALUES ('employer', :id, '{\"name\": \"Quxlinderberg Oy\"}', 2, 1, '2026-01-01')"),
                     {"id": hexid})
        conn.execute(text("INSERT INTO sync_conflict(id, kind, record_id, field, mine, theirs, mine_kept, "
                          "origin, created_at) VALUES ('00000000000000000000000000000001', 'employer', :id, "
                          "'deleted', '{\"notes\": \"Zyqwarblefrost\"}', 'true', 0, 'local', '2026-01-01')"),
                     {"id": hexid})
        conn.execute(text("INSERT INTO draft(key, kind, data, updated_at) VALUES "
                          "(:key, 'visit', '{\"notes\": \"Zyqwarblefrost\"}', '2026-01-01')"),
                     {"key": f"visit:{employer.id}"})
    migrate.upgrade(store.engine)
    with store.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM employer WHERE id = :id"), {"id": hexid}).scalar() == 0
        assert conn.execute(text("SELECT fields, deleted FROM outbox WHERE record_id = :id"),
                            {"id": hexid}).all() == [("{}", 1)]
        assert conn.execute(text("SELECT mine FROM sync_conflict")).scalar() == '["notes"]'
        assert conn.execute(text("SELECT count(*) FROM draft")).scalar() == 0
    assert search.search(store, "quxlinderberg") == []
    assert truncate_wal(store.engine)  # the pages as they were before the migration leave the log
    pages = every_page(store)
    assert b"linderberg" not in pages and b"warblefrost" not in pages
