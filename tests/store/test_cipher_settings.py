"""Cipher settings kept per profile: new profiles use HMAC-SHA256 pages, profiles made before
keep opening with SQLCipher 4's defaults, and tamper detection and backups work for both."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import create_engine
from sqlalchemy.pool import QueuePool

from desktop.errors import DatabaseDamaged
from desktop.services import employers, search
from desktop.services.changes import Actor
from desktop.store import keys, migrate
from desktop.store.database import (
    NEW_PROFILE_CIPHER,
    SQLCIPHER4_DEFAULTS,
    CipherSettings,
    configure_engine,
    make_engine,
)
from desktop.store.profile import DB_FILE, PROFILE_FILE, create_profile, open_profile, read_meta
from tests.store.test_profile import _fill, digest

ACTOR = Actor(staff_id=None)
PASS = "correct horse battery"


def key_only(path: Path, key: bytes, *statements: str) -> sqlcipher3.Connection:
    """A connection as Kenttä opened files before the settings were kept: the raw key alone."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for statement in statements:
        conn.execute(statement)
    return conn


def reads(path: Path, key: bytes, *statements: str) -> bool:
    conn = key_only(path, key, *statements)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.dbapi2.DatabaseError as error:
        assert "file is not a database" in str(error)
        return False
    finally:
        conn.close()


def old_profile(folder: Path, *, revision: str = "0001") -> bytes:
    """A profile made the way Kenttä made them before: SQLCipher's defaults (the key alone
    before any statement), profile.json of format 1 without "cipher", the key in the keyring.
    Migrated to ``revision`` only, so that opening it migrates."""
    key, profile_id = keys.new_key(), str(uuid.uuid4())
    folder.mkdir(parents=True)
    engine = create_engine("sqlite://", module=sqlcipher3.dbapi2, poolclass=QueuePool,
                           creator=lambda: key_only(folder / DB_FILE, key))
    configure_engine(engine)
    migrate.upgrade(engine, revision)
    engine.dispose()
    keys.store_in_keyring(profile_id, key)
    (folder / PROFILE_FILE).write_text(json.dumps({
        "format": 1,
        "profile_id": profile_id,
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "key_in_keyring": True,
        "key_check": keys.key_check(key, profile_id),
        "wrapped_key": None,
        "pin_hash": None,
    }, indent=2), encoding="utf-8")
    return key


def test_the_settings_differ_and_sqlcipher4_defaults_are_its_own():
    conn = sqlcipher3.connect(":memory:")
    defaults = {row[0] for row in conn.execute("PRAGMA cipher_default_settings")}
    conn.close()
    assert f"PRAGMA cipher_default_page_size = {SQLCIPHER4_DEFAULTS.page_size};" in defaults
    assert f"PRAGMA cipher_default_hmac_algorithm = {SQLCIPHER4_DEFAULTS.hmac_algorithm};" in defaults
    assert f"PRAGMA cipher_default_kdf_algorithm = {SQLCIPHER4_DEFAULTS.kdf_algorithm};" in defaults
    assert "PRAGMA cipher_default_use_hmac = 1;" in defaults
    assert NEW_PROFILE_CIPHER != SQLCIPHER4_DEFAULTS
    assert CipherSettings.from_json(None) == SQLCIPHER4_DEFAULTS
    assert CipherSettings.from_json(NEW_PROFILE_CIPHER.to_json()) == NEW_PROFILE_CIPHER


def test_a_new_profile_is_written_with_the_new_settings_and_keeps_them(tmp_path, file_keyring):
    store = create_profile(tmp_path / "p")
    employers.create_employer(store, actor=ACTOR, data={"name": "Uusiasetus Oy"})
    with store.engine.connect() as conn:
        in_force = {row[0] for row in conn.exec_driver_sql("PRAGMA cipher_settings")}
        page_size = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
    store.close()
    assert "PRAGMA cipher_hmac_algorithm = HMAC_SHA256;" in in_force
    assert "PRAGMA cipher_use_hmac = 1;" in in_force
    assert f"PRAGMA cipher_page_size = {NEW_PROFILE_CIPHER.page_size};" in in_force
    assert int(page_size) == NEW_PROFILE_CIPHER.page_size
    saved = json.loads((tmp_path / "p" / PROFILE_FILE).read_text())
    assert saved["format"] == 2
    assert saved["cipher"] == {"page_size": 4096, "hmac_algorithm": "HMAC_SHA256",
                               "kdf_algorithm": "PBKDF2_HMAC_SHA512"}
    # The file itself: its pages carry HMAC-SHA256, so SQLCipher's defaults do not read it.
    key = store._key
    db = tmp_path / "p" / DB_FILE
    assert not reads(db, key)
    assert reads(db, key, "PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
    reopened = open_profile(tmp_path / "p")
    with reopened.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM employer").scalar_one() == "Uusiasetus Oy"
    reopened.close()


def test_a_profile_made_with_sqlcipher4_defaults_opens_migrates_and_is_left_as_it_is(tmp_path, file_keyring):
    folder = tmp_path / "old"
    key = old_profile(folder)
    described = (folder / PROFILE_FILE).read_bytes()
    assert read_meta(folder).cipher == SQLCIPHER4_DEFAULTS

    store = open_profile(folder)  # migrates from 0001 to the head
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    made = employers.create_employer(store, actor=ACTOR, data={"name": "Vanhamuoto Oy"})
    store.close()

    # Still SQLCipher 4's defaults: the key alone reads it, the new settings do not.
    db = folder / DB_FILE
    assert reads(db, key)
    assert not reads(db, key, "PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
    assert (folder / PROFILE_FILE).read_bytes() == described
    # The backup made before the migration has the profile's own settings too.
    [backup] = (folder / "backups").iterdir()
    assert "0001" in backup.name and reads(backup, key)

    reopened = open_profile(folder)
    assert [hit.record_id for hit in search.search(reopened, "vanhamuoto")] == [made.id]
    assert reopened.check() == []
    reopened.close()


def _made(kind: str, folder: Path):
    if kind == "sqlcipher4-defaults":
        old_profile(folder, revision="head")
        return open_profile(folder)
    return create_profile(folder)


def _page_holding(store, text: bytes) -> int:
    """The index of the database file's page whose plaintext holds ``text``."""
    from tests.support.decrypted import decrypt_page

    data, size = store.db_path.read_bytes(), store.meta.cipher.page_size
    for index in range(1, len(data) // size):
        page = decrypt_page(data[index * size:(index + 1) * size], key=store._key, cipher=store.meta.cipher,
                            first=False)
        if text in page:
            return index
    raise AssertionError("no page holds the text")


@pytest.mark.parametrize("kind", ["sqlcipher4-defaults", "new"])
@pytest.mark.parametrize("page", ["first", "middle", "last"])
def test_a_tampered_page_is_found_with_either_settings_and_never_overwritten(tmp_path, file_keyring, kind, page):
    store = _made(kind, tmp_path / "p")
    _fill(store, "Peukaloitu")
    with store.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
    # "middle": a page of the notes' rows, which opening the profile does not read (the schema's
    # own pages, wherever migrations put them, are found damaged at the open, as "first" is).
    middle = _page_holding(store, b"Peukaloitu muistiinpano 100 ")
    store.close()
    db = tmp_path / "p" / DB_FILE
    data = bytearray(db.read_bytes())
    assert len(data) % 4096 == 0 and len(data) > 3 * 4096
    offset = {"first": 100, "middle": middle * 4096 + 100, "last": len(data) - 4096 + 100}[page]
    data[offset] ^= 0x01  # one bit of one page
    db.write_bytes(bytes(data))
    before = digest(db)
    if page == "first":
        with pytest.raises(DatabaseDamaged, match="damaged or has been tampered with"):
            open_profile(tmp_path / "p")
    else:
        store = open_profile(tmp_path / "p")
        problems = store.check()
        store.close()
        assert any("HMAC" in problem.upper() for problem in problems), problems
    assert digest(db) == before


@pytest.mark.parametrize("kind", ["sqlcipher4-defaults", "new"])
def test_a_backup_opens_with_its_profiles_settings_only(tmp_path, file_keyring, kind):
    store = _made(kind, tmp_path / "p")
    employers.create_employer(store, actor=ACTOR, data={"name": "Varmuuskopio Oy"})
    path = store.backup(reason="test")
    key, cipher = store._key, store.meta.cipher
    store.close()
    assert b"Varmuuskopio" not in path.read_bytes()
    engine = make_engine(path, key, cipher=cipher)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM employer").scalar_one() == "Varmuuskopio Oy"
        assert [row[0] for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")] == []
    engine.dispose()
    other = NEW_PROFILE_CIPHER if cipher == SQLCIPHER4_DEFAULTS else SQLCIPHER4_DEFAULTS
    assert not reads(path, key, *other.pragmas())


def test_lock_and_unlock_reopen_with_the_profiles_settings(tmp_path, file_keyring):
    store = create_profile(tmp_path / "p", passphrase=PASS)
    employers.create_employer(store, actor=ACTOR, data={"name": "Lukittu Oy"})
    store.lock()
    assert store.unlock(PASS)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM employer").scalar_one() == "Lukittu Oy"
        assert conn.exec_driver_sql("PRAGMA cipher_hmac_algorithm").scalar_one() == "HMAC_SHA256"
    store.close()


@pytest.mark.parametrize("cipher", [
    {"page_size": 4000, "hmac_algorithm": "HMAC_SHA256", "kdf_algorithm": "PBKDF2_HMAC_SHA512"},
    {"page_size": 4096, "hmac_algorithm": "HMAC_SHA256; PRAGMA cipher_use_hmac = OFF",
     "kdf_algorithm": "PBKDF2_HMAC_SHA512"},
    {"page_size": 4096},
])
def test_cipher_settings_in_profile_json_are_checked_before_use(tmp_path, file_keyring, cipher):
    create_profile(tmp_path / "p").close()
    path = tmp_path / "p" / PROFILE_FILE
    data = json.loads(path.read_text())
    data["cipher"] = cipher
    path.write_text(json.dumps(data))
    with pytest.raises(DatabaseDamaged, match="profile description"):
        open_profile(tmp_path / "p")
