"""Alembic migrations on the encrypted file keep the data they find."""

from __future__ import annotations

import pytest
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


def test_0019_puts_each_kind_in_its_block_and_the_filters_find_what_was_there(tmp_path, file_keyring):
    """A profile at 0018 with employers, clients, notes and a deleted note: after 0019 every
    document has its id in its kind's block, the lists' filters find the same records, what is
    written afterwards goes to its block too, and nothing of the deleted note is in the index."""
    from desktop.services import clients, deletion, listing, setup
    from desktop.store import search_kinds

    store = create_profile(tmp_path / "p")
    actor = setup.set_up_profile(store, user_name="Testi Valmentaja", role="career_coach",
                                 organisation_name="Testihanke", localities=["Oulu"])
    config = migrate._config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0018_sent_changes")
    firm = employers.create_employer(store, actor=actor, data={"name": "Hämeenlinnan Kone Oy"})
    client = clients.create_client(store, actor=actor, data={"name": "Hämäläinen Aino"})
    notes = [clients.add_note(store, actor=actor, client_id=client.id, data={"text": f"Hämeenlinna käynti {n}"})
             for n in range(3)]
    gone = clients.add_note(store, actor=actor, client_id=client.id, data={"text": "Zyqwarblefrost poistetaan"})
    deletion.delete(store, actor=actor, kind="client_note", record_id=gone.id)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT max(docid) FROM search_doc").scalar_one() < 100
    store.close()

    reopened = open_profile(tmp_path / "p")
    try:
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
        later = employers.create_employer(reopened, actor=actor, data={"name": "Hämeen Leipomo"})
        with reopened.engine.connect() as conn:
            docs = conn.exec_driver_sql("SELECT kind, docid FROM search_doc").all()
            indexed = conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar_one()
            traces = conn.exec_driver_sql("SELECT count(*) FROM search_index WHERE search_index MATCH "
                                          "'zyqwarblefrost'").scalar_one()
        assert all(search_kinds.docids(kind)[0] <= docid <= search_kinds.docids(kind)[1] for kind, docid in docs)
        assert indexed == len(docs) and traces == 0
        assert {kind for kind, _ in docs} >= {"employer", "client", "client_note"}

        def ids(spec, typed):
            return {row[0] for row in listing.fetch_page(reopened, spec, filter_text=typed)}

        assert ids(listing.NOTES, "häme") == ids(listing.NOTES, "käy") == {note.id for note in notes}
        assert ids(listing.NOTES, "hämäl") == {note.id for note in notes}  # by the client's name
        assert ids(listing.NOTES, "zyqw") == set()
        assert ids(listing.EMPLOYERS, "häme") == {firm.id, later.id}
        assert ids(listing.CLIENTS, "hä") == {client.id}
        with reopened.engine.begin() as conn, pytest.raises(Exception, match="CHECK"):
            conn.exec_driver_sql("INSERT INTO search_doc(docid, kind, record_id) VALUES (?, 'client', 'x')",
                                 (search_kinds.docids("employer")[0] + 5,))
    finally:
        reopened.close()


def test_0019_blocks_are_the_ones_the_lists_read():
    """0019 keeps its own copy of the kinds' blocks (a migration does not change afterwards)."""
    import importlib.util
    from pathlib import Path

    from desktop.store import migrations, search_kinds

    path = Path(migrations.__file__).parent / "versions" / "0019_search_by_kind.py"
    spec = importlib.util.spec_from_file_location("revision_0019", path)
    revision = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(revision)
    assert (revision.KINDS, revision.BLOCK) == (search_kinds.KINDS, search_kinds.BLOCK)
