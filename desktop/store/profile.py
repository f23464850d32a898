"""A profile: one folder with one encrypted database and its key's metadata.

Layout of a profile folder::

    profile.json   profile id, how the key is kept, a wrapped key, a key check, the
                   cipher settings the database was written with (no personal data:
                   everything personal is inside the database)
    kentta.db      the SQLCipher database (plus -wal and -shm beside it)
    backups/       encrypted copies made before a migration or a restore
    logs/          the rotating log file

Nothing here ever creates a database over an existing file, and nothing
recreates a file that fails to open.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import text
from sqlmodel import Session

from desktop.errors import (
    DatabaseDamaged,
    KeyringEntryMissing,
    KeyringUnavailable,
    PassphraseRequired,
    ProfileExists,
    ProfileLocked,
    ProfileNotFound,
    WeakPassphrase,
    WrongKey,
    WrongPassphrase,
)
from desktop.store import integrity, keys, permissions, recovery
from desktop.store.layout import DB_FILE, PROFILE_FILE, SESSION_DATA_DIR, profile_exists  # noqa: F401 - part of this module's API
from desktop.store.database import (
    NEW_PROFILE_CIPHER,
    SQLCIPHER4_DEFAULTS,
    WRITE_OPTION,
    CipherSettings,
    explain_database_error,
    make_engine,
)
from desktop.store.migrate import (
    BACKUP_KEEP_DAYS,
    backup_database,
    current_revision,
    discard_backups,
    head_revision,
    upgrade,
)
from desktop.translation import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

# 1: no cipher settings kept (the database has SQLCipher 4's defaults); 2: "cipher" kept.
FORMAT = 2

# Why a passphrase is asked for; the UI words its question from this.
ASK_NO_KEYRING = "no_keyring"
ASK_KEYRING_MISSING = "keyring_missing"
AskPassphrase = Callable[[str], "str | None"]


@dataclass
class ProfileMeta:
    profile_id: str
    created_at: str
    key_in_keyring: bool
    key_check: str
    wrapped_key: dict | None = None
    pin_hash: str | None = None
    format: int = FORMAT
    cipher: CipherSettings = SQLCIPHER4_DEFAULTS

    def to_json(self) -> dict:
        return {
            "format": self.format,
            "profile_id": self.profile_id,
            "created_at": self.created_at,
            "key_in_keyring": self.key_in_keyring,
            "key_check": self.key_check,
            "wrapped_key": self.wrapped_key,
            "pin_hash": self.pin_hash,
            "cipher": self.cipher.to_json(),
        }


def read_meta(data_dir: Path) -> ProfileMeta:
    path = Path(data_dir) / PROFILE_FILE
    if not path.exists():
        raise ProfileNotFound(
            f"No Kenttä profile in {data_dir}. Create one with 'kentta demo' or by "
            "starting the app, or give the right folder with --data-dir."
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ProfileMeta(
            profile_id=str(uuid.UUID(data["profile_id"])),
            created_at=data["created_at"],
            key_in_keyring=bool(data["key_in_keyring"]),
            key_check=data["key_check"],
            wrapped_key=data.get("wrapped_key"),
            pin_hash=data.get("pin_hash"),
            format=int(data.get("format", FORMAT)),
            cipher=CipherSettings.from_json(data.get("cipher")),
        )
    except (ValueError, KeyError, TypeError):
        raise DatabaseDamaged(
            f"The profile description {path} is damaged, so the key cannot be found. "
            "Nothing was changed. Restore the folder from a backup."
        ) from None


def _write_meta(data_dir: Path, meta: ProfileMeta) -> None:
    path = Path(data_dir) / PROFILE_FILE
    tmp = path.with_suffix(".tmp")
    # It holds the wrapped key: readable by the user only, from its first moment.
    with permissions.open_private(tmp, "w", encoding="utf-8") as out:
        out.write(json.dumps(meta.to_json(), indent=2))
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


class Store:
    """An open profile: the engine over its encrypted database."""

    def __init__(self, data_dir: Path, meta: ProfileMeta, key: bytes) -> None:
        self.data_dir = Path(data_dir)
        self.meta = meta
        self._key = key
        self.engine = make_engine(self.db_path, key, cipher=meta.cipher)

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def profile_id(self) -> str:
        return self.meta.profile_id

    def _engine(self):
        if self.engine is None:
            raise ProfileLocked(QT_TRANSLATE_NOOP("Errors", "Kenttä is locked: unlock it to continue."))
        return self.engine

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error.

        ``session.info[SESSION_DATA_DIR]`` names the profile folder (erasure discards its backups)."""
        engine = self._engine().execution_options(**{WRITE_OPTION: True})
        with Session(engine, expire_on_commit=False, info={SESSION_DATA_DIR: self.data_dir}) as session:
            with session.begin():
                yield session

    def reader(self) -> Session:
        """A session for reading only; the caller closes it."""
        return Session(self._engine(), expire_on_commit=False)

    def connect(self):
        """A Core connection for reading (``with store.connect() as conn``);
        ProfileLocked when the profile is locked, as for sessions."""
        return self._engine().connect()

    def check(self) -> list[str]:
        """Run SQLCipher's page HMAC check and SQLite's integrity check.

        Returns the problems found; an empty list means the file is sound.
        """
        problems: list[str] = []
        try:
            with self.engine.connect() as conn:
                for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
                    problems.append(str(row[0]))
                for row in conn.exec_driver_sql("PRAGMA integrity_check"):
                    if row[0] != "ok":
                        problems.append(str(row[0]))
        except Exception as error:  # noqa: BLE001 - reported, not hidden
            problems.append(str(explain_database_error(error, key_is_right=True)))
        return problems

    def backup(self, reason: str) -> Path:
        return backup_database(self.engine, self.data_dir, self._key, cipher=self.meta.cipher, reason=reason)

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()

    # --- the lock screen ---------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.engine is None

    def lock(self) -> None:
        """Close the engine: no connection to the database stays open while locked."""
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None

    def unlock(self, secret: str) -> bool:
        """Reopen after the lock screen, given the PIN or the passphrase."""
        if not (verify_pin(self.meta, secret) or self._passphrase_matches(secret)):
            return False
        if self.engine is None:
            self.engine = make_engine(self.db_path, self._key, cipher=self.meta.cipher)
        return True

    def _passphrase_matches(self, passphrase: str) -> bool:
        if not self.meta.wrapped_key or not passphrase:
            return False
        try:
            keys.unwrap_key(keys.WrappedKey.from_json(self.meta.wrapped_key), passphrase, self.profile_id)
        except WrongPassphrase:
            return False
        return True


def create_profile(
    data_dir: Path,
    *,
    passphrase: str | None = None,
    use_keyring: bool | None = None,
) -> Store:
    """Make a new profile folder with a new key and an empty, migrated database.

    The key goes to the OS keyring when one is usable (``use_keyring=None``
    decides by itself). A passphrase is required when the keyring is not used,
    and optional (as a recovery route) when it is.
    """
    data_dir = Path(data_dir)
    if profile_exists(data_dir):
        raise ProfileExists(f"There is already a Kenttä profile in {data_dir}.")
    if (data_dir / DB_FILE).exists():
        raise ProfileExists(
            f"{data_dir / DB_FILE} exists without its profile description; Kenttä will "
            "not overwrite it. Move it away or choose another folder."
        )
    usable = keys.keyring_usable()
    if use_keyring is None:
        use_keyring = usable
    if use_keyring and not usable:
        raise KeyringUnavailable(QT_TRANSLATE_NOOP(
            "Errors", "No usable OS keyring was found, so the key cannot be kept there. "
            "Set a passphrase instead."))
    if not use_keyring and not passphrase:
        raise PassphraseRequired(QT_TRANSLATE_NOOP(
            "Errors", "No usable OS keyring was found: set a passphrase (at least "
            "%1 characters) to protect the profile's key."), keys.MIN_PASSPHRASE)
    if passphrase:
        keys.check_new_passphrase(passphrase)

    key = keys.new_key()
    profile_id = str(uuid.uuid4())
    meta = ProfileMeta(
        profile_id=profile_id,
        created_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        key_in_keyring=use_keyring,
        key_check=keys.key_check(key, profile_id),
        wrapped_key=keys.wrap_key(key, passphrase, profile_id).to_json() if passphrase else None,
        cipher=NEW_PROFILE_CIPHER,
    )
    permissions.make_private_dir(data_dir)
    created: list[Path] = []
    try:
        # Made empty and private first: SQLite keeps that mode and gives it to -wal and -shm.
        permissions.create_private_file(data_dir / DB_FILE)
        created.append(data_dir / DB_FILE)
        engine = make_engine(data_dir / DB_FILE, key, cipher=meta.cipher, create=True)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        if use_keyring:
            keys.store_in_keyring(profile_id, key)
        _write_meta(data_dir, meta)
    except BaseException:
        for path in created:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        if use_keyring:
            keys.delete_from_keyring(profile_id)
        raise
    logger.info("profile created: %s (keyring=%s)", profile_id, use_keyring)
    return Store(data_dir, meta, key)


def unlock_key(
    meta: ProfileMeta,
    *,
    passphrase: str | None = None,
    ask_passphrase: AskPassphrase | None = None,
) -> bytes:
    """Find the profile's key: from the keyring, else from the passphrase."""
    reason = ASK_NO_KEYRING
    if meta.key_in_keyring and passphrase is None:
        if keys.keyring_usable():
            key = keys.load_from_keyring(meta.profile_id)
            if key is not None:
                if not keys.key_matches(key, meta.profile_id, meta.key_check):
                    raise WrongKey(
                        "The key kept in the OS keyring for this profile is not its key. "
                        "The profile was not changed. Unlock it with the recovery passphrase "
                        "(--passphrase-file), or restore the keyring entry."
                    )
                return key
            reason = ASK_KEYRING_MISSING
        if meta.wrapped_key is None:
            if reason == ASK_KEYRING_MISSING:
                raise KeyringEntryMissing(QT_TRANSLATE_NOOP(
                    "Errors", "The profile's key is missing from the OS keyring and the profile has "
                    "no recovery passphrase. The local data cannot be opened; log in on a "
                    "new profile to download your synced data from the server."))
            raise KeyringUnavailable(QT_TRANSLATE_NOOP(
                "Errors", "The profile's key is kept in the OS keyring, but no usable keyring was "
                "found. Start Kenttä in your desktop session, where the keyring is unlocked."))
    if passphrase is None and ask_passphrase is not None:
        passphrase = ask_passphrase(reason)
    if not passphrase:
        if reason == ASK_KEYRING_MISSING:
            raise KeyringEntryMissing(
                "The profile's key is missing from the OS keyring. Unlock the profile with "
                "its recovery passphrase (--passphrase-file FILE, or at the prompt)."
            )
        raise PassphraseRequired(
            "This profile is protected by a passphrase. Give it at the prompt or with "
            "--passphrase-file FILE."
        )
    if meta.wrapped_key is None:
        raise PassphraseRequired(
            "This profile has no recovery passphrase; it is unlocked through the OS keyring."
        )
    key = keys.unwrap_key(keys.WrappedKey.from_json(meta.wrapped_key), passphrase, meta.profile_id)
    if meta.key_in_keyring and reason == ASK_KEYRING_MISSING:
        # Put the key back where it belongs, so the next start needs no passphrase.
        try:
            keys.store_in_keyring(meta.profile_id, key)
        except Exception as error:  # noqa: BLE001 - the profile opens all the same
            logger.warning("could not restore the key to the keyring: %s", type(error).__name__)
    return key


def _unlocked(data_dir: Path, passphrase: str | None, ask_passphrase: AskPassphrase | None,
              ) -> tuple[ProfileMeta, bytes]:
    meta = read_meta(data_dir)
    key = unlock_key(meta, passphrase=passphrase, ask_passphrase=ask_passphrase)
    if not (data_dir / DB_FILE).exists():
        raise DatabaseDamaged(
            f"The profile's database {data_dir / DB_FILE} is missing. Nothing was created "
            "in its place. Restore it from a backup, or log in on a new profile."
        )
    return meta, key


def open_profile(
    data_dir: Path,
    *,
    passphrase: str | None = None,
    ask_passphrase: AskPassphrase | None = None,
    verify: bool = False,
) -> Store:
    """Unlock and open a profile, migrating its database to the current schema.

    Before SQLite touches the files, the WAL is read: committed changes SQLite
    would drop raise ``WalDamaged`` (copies kept aside, nothing changed).
    ``verify`` also checks every page over a read-only connection first, so a
    database with a tampered page is refused before anything writes to it.
    """
    data_dir = Path(data_dir)
    if profile_exists(data_dir):
        permissions.tighten(data_dir)
    meta, key = _unlocked(data_dir, passphrase, ask_passphrase)
    recovery.check_wal(data_dir)
    discard_backups(data_dir, older_than=dt.timedelta(days=BACKUP_KEEP_DAYS))
    if verify:
        problems = integrity.readonly_problems(data_dir / DB_FILE, key, cipher=meta.cipher)
        if problems:
            logger.error("database check failed before opening: %s problems", len(problems))
            raise DatabaseDamaged(QT_TRANSLATE_NOOP(
                "Errors", "The database file is damaged or has been tampered with, so Kenttä will not "
                "use it. Nothing was written to it. Run 'kentta check' for the details; restore "
                "the profile from a backup, or log in on a new profile to download your data "
                "from the server."))
    store = Store(data_dir, meta, key)
    try:
        with store.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        revision = current_revision(store.engine)
        if revision != head_revision():
            if revision is not None:
                store.backup(reason=f"before-migration-from-{revision}")
            upgrade(store.engine)
    except Exception as error:
        store.close()
        explained = explain_database_error(error, key_is_right=True)
        if explained is error:
            raise
        raise explained from error
    logger.info("profile opened: %s", meta.profile_id)
    return store


def check_profile(
    data_dir: Path,
    *,
    passphrase: str | None = None,
    ask_passphrase: AskPassphrase | None = None,
) -> list[str]:
    """The problems found in a profile's database and WAL, changing no file (``kentta check``)."""
    data_dir = Path(data_dir)
    meta, key = _unlocked(data_dir, passphrase, ask_passphrase)
    return integrity.check_copy(data_dir, key, cipher=meta.cipher)


def restore_latest_backup(data_dir: Path, **unlock) -> Store:
    """Replace a damaged database with the newest backup (the damaged files kept aside), and open it."""
    backup = recovery.latest_backup(data_dir)
    if backup is None:
        raise DatabaseDamaged(f"The profile in {data_dir} has no backup; nothing was changed.")
    recovery.restore_backup(data_dir, backup)
    return open_profile(data_dir, **unlock)


MIN_PIN = 4


def check_new_pin(pin: str) -> str:
    """Return the PIN, or raise WeakPassphrase saying why it cannot be used."""
    if len(pin) < MIN_PIN or not pin.isdigit():
        raise WeakPassphrase(QT_TRANSLATE_NOOP("Errors", "The PIN must have at least %1 digits."), MIN_PIN)
    return pin


def set_pin(store: Store, pin: str) -> None:
    """Set the PIN that opens the lock screen of a running session.

    Only its Argon2 hash is kept; the PIN never unlocks the key at start-up.
    """
    store.meta.pin_hash = PasswordHasher().hash(check_new_pin(pin))
    _write_meta(store.data_dir, store.meta)


def verify_pin(meta: ProfileMeta, pin: str) -> bool:
    if not meta.pin_hash or not pin:
        return False
    try:
        return PasswordHasher().verify(meta.pin_hash, pin)
    except (VerifyMismatchError, InvalidHashError):
        return False


def has_passphrase(store: Store) -> bool:
    """Whether a passphrase wraps the key (required without the keyring, a recovery route with it)."""
    return store.meta.wrapped_key is not None


def change_passphrase(store: Store, new_passphrase: str, *, current_passphrase: str | None = None) -> None:
    """Set or replace the passphrase that wraps the key.

    Replacing one needs the current passphrase (``WrongPassphrase`` otherwise, nothing
    changed); a profile without one is given its first by the unlocked session.
    """
    keys.check_new_passphrase(new_passphrase)
    if has_passphrase(store) and not store._passphrase_matches(current_passphrase or ""):
        raise WrongPassphrase(QT_TRANSLATE_NOOP(
            "Errors", "The current passphrase is wrong; the passphrase was not changed."))
    meta = dataclasses.replace(
        store.meta, wrapped_key=keys.wrap_key(store._key, new_passphrase, store.profile_id).to_json())
    _write_meta(store.data_dir, meta)  # the running session keeps the old one if this fails
    store.meta = meta
    logger.info("passphrase changed: %s", store.profile_id)
