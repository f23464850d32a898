"""SQLCipher engines: a raw key, WAL, and errors that say what happened."""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.pool import QueuePool

from desktop.errors import DatabaseDamaged, WrongKey

logger = logging.getLogger(__name__)

WRITE_OPTION = "kentta_write"

_DAMAGE_MARKERS = (
    "file is not a database",
    "malformed",
    "hmac check failed",
    "disk image",
    "file is encrypted",
    "database corrupt",
)


def _connect(path: Path, key: bytes, *, create: bool):
    mode = "rwc" if create else "rw"
    uri = f"file:{quote(str(path))}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    # The key must be the first statement; a raw key skips the passphrase KDF.
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def make_engine(path: Path, key: bytes, *, create: bool = False) -> Engine:
    """An engine over the encrypted file at ``path``.

    ``create=False`` never creates a file: a missing file is an error, not a
    fresh empty database.
    """

    def creator():
        return _connect(path, key, create=create)

    # hide_parameters: error messages never carry record values (names, notes) into logs.
    # A queue pool: each thread borrows a connection of its own and gives it
    # back; the "sqlite://" URL alone would choose SingletonThreadPool, which
    # closes connections that other threads still use.
    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        hide_parameters=True,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
    )

    configure_engine(engine)
    return engine


def configure_engine(engine: Engine) -> None:
    """The store's connection settings and transaction start, for any engine over an SQLite file."""

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA busy_timeout = 10000")
        cursor.execute("PRAGMA cache_size = -32000")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.close()

    # pysqlite's own transaction handling is off (isolation_level=None);
    # SQLAlchemy starts each transaction itself, so SAVEPOINTs work. A write
    # transaction takes the write lock at once (BEGIN IMMEDIATE), so two writers
    # wait for each other (busy_timeout) instead of one failing when its read
    # turns into a write.
    @event.listens_for(engine, "begin")
    def _begin(conn):
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def explain_database_error(error: BaseException, *, key_is_right: bool) -> Exception:
    """Turn a low-level error while opening or reading into a clear one."""
    text = str(error).lower()
    if isinstance(error, exc.DBAPIError):
        text = str(error.orig).lower()
    if any(marker in text for marker in _DAMAGE_MARKERS) or isinstance(
        error, (sqlcipher3.dbapi2.DatabaseError, exc.DatabaseError)
    ):
        if not key_is_right:
            return WrongKey(
                "The key does not open this database. The profile was not changed. "
                "Unlock it with its own key or recovery passphrase."
            )
        return DatabaseDamaged(
            "The database file is damaged or has been tampered with, so Kenttä will "
            "not use it. Nothing was overwritten. Restore the profile from a backup, "
            "or log in on a new profile to download your data from the server."
        )
    return error if isinstance(error, Exception) else RuntimeError(str(error))
