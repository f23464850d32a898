"""Alembic migrations on the encrypted file keep the data they find."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from desktop.services import employers, search
from desktop.services.changes import Actor
from desktop.store import migrate
from desktop.store.profile import create_profile, open_profile

ACTOR = Actor(staff_id=None)


def test_upgrade_from_the_first_migration_keeps_data_and_indexes_it(tmp_path, file_keyring):
    store = create_profile(tmp_path / "p")
    config = migrate._config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    assert migrate.current_revision(store.engine) == "0001"
    # Data written at the first migration's schema, before search existed.
    made = employers.create_employer(store, actor=ACTOR,
                                     data={"name": "Hämeenlinnan Konepaja Oy", "business_id": "3914177-5"})
    with store.engine.connect() as conn:
        tables = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "search_index" not in tables and "draft" not in tables
    store.close()

    reopened = open_profile(tmp_path / "p")
    assert migrate.current_revision(reopened.engine) == migrate.head_revision()
    with reopened.engine.connect() as conn:
        row = conn.execute(text("SELECT name, business_id FROM employer WHERE id = :id"),
                           {"id": made.id.hex}).one()
        outbox = conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one()
    assert tuple(row) == ("Hämeenlinnan Konepaja Oy", "3914177-5")
    assert outbox == 1
    assert [hit.record_id for hit in search.search(reopened, "hämeen")] == [made.id]
    backups = list((tmp_path / "p" / "backups").iterdir())
    assert len(backups) == 1 and "0001" in backups[0].name
    reopened.close()


def test_backup_before_migration_is_encrypted_with_the_same_key(tmp_path, file_keyring):
    store = create_profile(tmp_path / "p")
    employers.create_employer(store, actor=ACTOR, data={"name": "Varmuuskopio Oy"})
    path = store.backup(reason="test")
    assert b"Varmuuskopio" not in path.read_bytes()
    from desktop.store.database import make_engine
    engine = make_engine(path, store._key, cipher=store.meta.cipher)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM employer").scalar_one() == "Varmuuskopio Oy"
    engine.dispose()
    store.close()


def test_the_head_read_from_the_migration_files_is_alembics_own():
    from alembic.script import ScriptDirectory

    assert migrate.head_revision() == ScriptDirectory.from_config(migrate._config()).get_current_head()
