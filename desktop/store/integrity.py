"""Integrity checks that change no file.

Opening an SQLite file read-write runs WAL recovery and, at the last close, a
checkpoint that writes the database and removes its WAL. ``check_copy`` runs
SQLCipher's page HMAC check and SQLite's integrity check on copies of the
database and its WAL in a temporary folder (``kentta check``);
``readonly_problems`` runs the HMAC check and SQLite's quick check over a
read-only connection to the profile's own file (before a command that writes,
such as ``kentta sync``: a database with a tampered page is refused before
anything is written to it).
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from urllib.parse import quote

import sqlcipher3

from desktop.store import permissions, wal
from desktop.store.database import CipherSettings, explain_database_error, key_statement, make_engine
from desktop.store.layout import DB_FILE
from desktop.store.recovery import wal_message

logger = logging.getLogger(__name__)


def _problems(conn, *, full: bool) -> list[str]:
    problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    for row in conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check"):
        if row[0] != "ok":
            problems.append(str(row[0]))
    return problems


def check_copy(data_dir: Path, key: bytes, *, cipher: CipherSettings) -> list[str]:
    """Every problem found in the profile's database and WAL; an empty list means sound.

    The WAL is read first (committed frames past a damaged one); the checks then run on
    copies, so the profile's files are not changed, not even by WAL recovery.
    """
    data_dir = Path(data_dir)
    problems: list[str] = []
    report = wal.inspect(data_dir / f"{DB_FILE}-wal")
    if report.damaged:
        problems.append(wal_message(report, None))
    with tempfile.TemporaryDirectory(prefix="kentta-check-") as folder:
        copy = Path(folder) / DB_FILE
        permissions.copy_private(data_dir / DB_FILE, copy)
        if (data_dir / f"{DB_FILE}-wal").exists():
            permissions.copy_private(data_dir / f"{DB_FILE}-wal", Path(f"{copy}-wal"))
        engine = make_engine(copy, key, cipher=cipher)
        try:
            with engine.connect() as conn:
                problems += _problems(conn.connection.driver_connection, full=True)
        except Exception as error:  # noqa: BLE001 - reported, not hidden
            problems.append(str(explain_database_error(error, key_is_right=True)))
        finally:
            engine.dispose()
    return problems


def readonly_problems(db_path: Path, key: bytes, *, cipher: CipherSettings) -> list[str]:
    """The HMAC check of every page and SQLite's quick check, over a read-only connection.

    The database and its WAL are not written (SQLite may rebuild the ``-shm`` index)."""
    try:
        conn = sqlcipher3.connect(f"file:{quote(str(db_path))}?mode=ro", uri=True, isolation_level=None)
    except sqlcipher3.dbapi2.Error as error:
        return [str(explain_database_error(error, key_is_right=True))]
    try:
        conn.execute(key_statement(key))
        for statement in cipher.pragmas():
            conn.execute(statement)
        return _problems(conn, full=False)
    except sqlcipher3.dbapi2.Error as error:
        return [str(explain_database_error(error, key_is_right=True))]
    finally:
        conn.close()
