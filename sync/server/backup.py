"""Backup and restore of the server's database: ``kentta-server backup`` / ``restore``.

PostgreSQL: ``pg_dump -Fc`` and ``pg_restore --clean --if-exists --single-transaction`` over the
server's database URL (its password, if any, is given to them in ``PGPASSWORD``, never on the
command line). SQLite: the online backup API (``sqlite3.Connection.backup``), safe while the
server runs; a restore is done with the servers stopped.

The sequence after a restore. Laptops keep the highest sequence number they pulled (their
cursor). A backup is older than some laptops' cursors; if numbering restarted at the backup's
number, the writes after the restore would get numbers those laptops believe they have already
pulled, and they would never see them. So ``restore`` moves the sequence on past the highest number
the database had before it was restored (read from it first), or, when that database is gone,
``RESTORE_SEQ_GAP`` beyond the backup's. It keeps the window in the ``counter`` table
(``restored_from`` = the backup's number, ``restored_to`` = where numbering went on): a laptop
whose cursor falls inside it synced after the backup was taken, and its pull is answered with
the header ``X-Kentta-Server-Restored`` (the backup's number), see ``restored_window``.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from sync.server.core.db import make_engine, normalise_url, session_scope
from sync.server.models import Counter

logger = logging.getLogger(__name__)

# When the database that was lost cannot be read, numbering goes on this far past the backup's:
# more writes than any laptop could have pulled between the backup and the loss.
RESTORE_SEQ_GAP = 1_000_000_000
RESTORED_FROM, RESTORED_TO = "restored_from", "restored_to"


class BackupError(Exception):
    """A backup or restore that failed; the message says why, without stored data."""


@dataclass(frozen=True)
class RestoreReport:
    backup_seq: int  # the highest sequence number in the backup
    lost_seq: int | None  # the highest the database had before it was restored (None: unknown)
    next_seq: int  # numbering goes on after this


def _postgres_args(url: str) -> tuple[list[str], dict[str, str]]:
    parsed = make_url(normalise_url(url))
    env = dict(os.environ)
    if parsed.password is not None:
        env["PGPASSWORD"] = str(parsed.password)
    args = []
    if parsed.host:
        args += ["-h", parsed.host]
    if parsed.port:
        args += ["-p", str(parsed.port)]
    if parsed.username:
        args += ["-U", parsed.username]
    return args + ["-d", parsed.database or ""], env


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return found


def _sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError("An in-memory database cannot be backed up.")
    return Path(database)


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        # Their messages name tables and settings, not rows: shown to the operator as they are.
        message = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
        raise BackupError(f"{what} failed (exit {done.returncode}): {message}")


def backup(url: str, target: Path) -> None:
    """Write a backup of the database at ``url`` to ``target`` (made readable by its owner only)."""
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    old_umask = os.umask(0o077)
    try:
        if make_url(normalise_url(url)).get_backend_name() == "sqlite":
            source = sqlite3.connect(f"file:{_sqlite_path(url)}?mode=ro", uri=True)
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
            except sqlite3.Error as exc:
                raise BackupError(f"The SQLite backup failed ({type(exc).__name__}).") from None
            finally:
                copy.close()
                source.close()
        else:
            args, env = _postgres_args(url)
            _run([_tool("pg_dump"), "-Fc", "--no-owner", "-f", str(partial), *args], env, "pg_dump")
        partial.replace(target)
    finally:
        os.umask(old_umask)
        partial.unlink(missing_ok=True)
    logger.info("backup written", extra={"bytes": target.stat().st_size})


def _counter(session: Session, name: str) -> int | None:
    return session.exec(select(Counter.value).where(Counter.name == name)).scalar_one_or_none()


def _current_seq(url: str) -> int | None:
    engine = make_engine(url)
    try:
        with Session(engine) as session:
            return _counter(session, "seq")
    except SQLAlchemyError:
        return None
    finally:
        engine.dispose()


def restore(url: str, source: Path) -> RestoreReport:
    """Replace the database at ``url`` with the backup ``source``; numbering goes on past what
    the replaced database had (see the module's text). Stop the servers first."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"No backup file {source}.")
    lost_seq = _current_seq(url)
    if make_url(normalise_url(url)).get_backend_name() == "sqlite":
        path = _sqlite_path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            backup_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            live = sqlite3.connect(path)
            try:
                backup_db.backup(live)
            finally:
                live.close()
                backup_db.close()
        except sqlite3.Error as exc:
            raise BackupError(f"The SQLite restore failed ({type(exc).__name__}): is {source} "
                              "a backup made by kentta-server backup?") from None
    else:
        args, env = _postgres_args(url)
        _run([_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--exit-on-error",
              "--single-transaction", *args, str(source)], env, "pg_restore")
    engine: Engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            seq_row = session.get(Counter, "seq")
            if seq_row is None:
                raise BackupError("The restored database has no sequence: not a Kenttä backup.")
            backup_seq = seq_row.value
            window_end = max(backup_seq, lost_seq) if lost_seq is not None else (
                backup_seq + RESTORE_SEQ_GAP)
            # One number left unused: a pull after the restore with nothing new ends at the
            # server's top, and that cursor must not fall inside the window (its next pull
            # would be told of the restore again, as if it had synced after the backup).
            next_seq = window_end + 1
            seq_row.value = next_seq
            session.add(seq_row)
            for name, value in ((RESTORED_FROM, backup_seq), (RESTORED_TO, window_end)):
                row = session.get(Counter, name) or Counter(name=name)
                row.value = value
                session.add(row)
    finally:
        engine.dispose()
    logger.info("database restored", extra={"backup_seq": backup_seq, "lost_seq": lost_seq,
                                            "next_seq": next_seq})
    return RestoreReport(backup_seq=backup_seq, lost_seq=lost_seq, next_seq=next_seq)


def restored_window(session: Session) -> tuple[int, int] | None:
    """(backup's number, where numbering went on) of the last restore, if any."""
    return seq_and_restored_window(session)[1]


def seq_and_restored_window(session: Session) -> tuple[int, tuple[int, int] | None]:
    """The highest sequence number committed (``store.current_seq``) and ``restored_window``,
    read in one statement (a pull needs both)."""
    rows = dict(session.exec(select(Counter.name, Counter.value).where(
        Counter.name.in_(("seq", RESTORED_FROM, RESTORED_TO)))).all())
    window = None
    if RESTORED_FROM in rows and RESTORED_TO in rows:
        window = rows[RESTORED_FROM], rows[RESTORED_TO]
    return rows["seq"], window
