"""The encrypted profile: keyring and passphrase, wrong keys, damage, secrecy."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop.errors import (
    DatabaseDamaged,
    KeyringEntryMissing,
    PassphraseRequired,
    ProfileExists,
    WeakPassphrase,
    WrongKey,
    WrongPassphrase,
)
from desktop.services import clients, employers
from desktop.services.changes import Actor
from desktop.store import keys
from desktop.store.profile import DB_FILE, create_profile, open_profile, read_meta

PASS = "correct horse battery"
ACTOR = Actor(staff_id=None)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_key_lives_in_the_keyring_and_reopens_without_passphrase(tmp_path, file_keyring):
    store = create_profile(tmp_path / "p")
    employers.create_employer(store, actor=ACTOR, data={"name": "Avainnippu Oy"})
    store.close()
    meta = read_meta(tmp_path / "p")
    assert meta.key_in_keyring and meta.wrapped_key is None
    assert keys.load_from_keyring(meta.profile_id) is not None
    reopened = open_profile(tmp_path / "p")
    with reopened.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM employer").scalar_one() == "Avainnippu Oy"
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
    reopened.close()


def test_without_keyring_a_passphrase_is_required_and_unlocks(tmp_path, no_keyring):
    with pytest.raises(PassphraseRequired):
        create_profile(tmp_path / "p")
    assert not (tmp_path / "p" / DB_FILE).exists()
    with pytest.raises(WeakPassphrase):
        create_profile(tmp_path / "p", passphrase="short")
    create_profile(tmp_path / "p", passphrase=PASS).close()
    with pytest.raises(PassphraseRequired):
        open_profile(tmp_path / "p")
    open_profile(tmp_path / "p", passphrase=PASS).close()


def test_wrong_passphrase_is_refused_and_changes_nothing(tmp_path, no_keyring):
    create_profile(tmp_path / "p", passphrase=PASS).close()
    before = digest(tmp_path / "p" / DB_FILE)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        open_profile(tmp_path / "p", passphrase="not the passphrase")
    assert digest(tmp_path / "p" / DB_FILE) == before


def test_missing_keyring_entry_asks_for_the_recovery_passphrase(tmp_path, file_keyring):
    create_profile(tmp_path / "p", passphrase=PASS).close()
    meta = read_meta(tmp_path / "p")
    keys.delete_from_keyring(meta.profile_id)
    asked = []
    with pytest.raises(KeyringEntryMissing, match="missing from the OS keyring"):
        open_profile(tmp_path / "p", ask_passphrase=lambda reason: asked.append(reason))
    assert asked == ["keyring_missing"]
    open_profile(tmp_path / "p", ask_passphrase=lambda reason: PASS).close()
    # The key was put back, so the next start needs no passphrase.
    assert keys.load_from_keyring(meta.profile_id) is not None
    open_profile(tmp_path / "p").close()


def test_missing_keyring_entry_without_recovery_passphrase(tmp_path, file_keyring):
    create_profile(tmp_path / "p").close()
    keys.delete_from_keyring(read_meta(tmp_path / "p").profile_id)
    with pytest.raises(KeyringEntryMissing, match="no recovery passphrase"):
        open_profile(tmp_path / "p")


def test_a_wrong_key_in_the_keyring_is_named_and_nothing_changes(tmp_path, file_keyring):
    create_profile(tmp_path / "p").close()
    before = digest(tmp_path / "p" / DB_FILE)
    keys.store_in_keyring(read_meta(tmp_path / "p").profile_id, keys.new_key())
    with pytest.raises(WrongKey, match="not its key"):
        open_profile(tmp_path / "p")
    assert digest(tmp_path / "p" / DB_FILE) == before


def test_creating_over_an_existing_profile_is_refused(tmp_path, file_keyring):
    create_profile(tmp_path / "p").close()
    before = digest(tmp_path / "p" / DB_FILE)
    with pytest.raises(ProfileExists):
        create_profile(tmp_path / "p")
    assert digest(tmp_path / "p" / DB_FILE) == before


def _fill(store, marker: str) -> None:
    employer = employers.create_employer(store, actor=ACTOR, data={"name": f"{marker} Oy"})
    client = clients.create_client(store, actor=ACTOR, data={"name": f"{marker} Asiakas"})
    for n in range(200):
        clients.add_note(store, actor=ACTOR, client_id=client.id, data={"text": f"{marker} muistiinpano {n} " * 5})
    assert employer.id


# A tampered page, in a profile with either cipher settings: tests/store/test_cipher_settings.py.


def test_a_file_that_is_not_a_database_is_damaged_not_replaced(tmp_path, file_keyring):
    create_profile(tmp_path / "p").close()
    db = tmp_path / "p" / DB_FILE
    db.write_bytes(b"garbage" * 1000)
    with pytest.raises(DatabaseDamaged):
        open_profile(tmp_path / "p")
    assert db.read_bytes() == b"garbage" * 1000


def test_a_missing_database_file_is_not_recreated(tmp_path, file_keyring):
    create_profile(tmp_path / "p").close()
    (tmp_path / "p" / DB_FILE).unlink()
    with pytest.raises(DatabaseDamaged, match="missing"):
        open_profile(tmp_path / "p")
    assert not (tmp_path / "p" / DB_FILE).exists()


def test_no_record_text_is_readable_without_the_key(tmp_path, file_keyring):
    marker = "Salaisuusmerkki"
    store = create_profile(tmp_path / "p")
    _fill(store, marker)
    folder = tmp_path / "p"
    # Look while the connection is open, so the WAL holds recent pages too.
    with store.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM client_note").scalar_one()
        files = [p for p in folder.iterdir() if p.name.startswith(DB_FILE)]
        assert any(p.name.endswith("-wal") for p in files)
        for path in files:
            raw = path.read_bytes()
            assert marker.encode() not in raw, path.name
            assert marker.encode("utf-16-le") not in raw, path.name
    store.close()
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(folder / DB_FILE).execute("SELECT * FROM sqlite_master").fetchall()
