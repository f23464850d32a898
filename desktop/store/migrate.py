"""Alembic migrations on the encrypted file, and encrypted backups before them."""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from desktop.store.database import CipherSettings

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only to migrate: at a start with nothing to migrate, the
# revisions are read from the files' headers and from the alembic_version table
# directly (importing Alembic cost about 120 ms of every start).

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BACKUP_DIR = "backups"


_REVISION = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*['"]([^'"]+)['"]""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"""^down_revision(?:\s*:[^=]+)?\s*=\s*(?:None|['"]([^'"]+)['"])""", re.MULTILINE)


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest revision: the one no other migration file revises."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            break  # a header this reader does not know: ask Alembic
        revisions.add(revision.group(1))
        if down.group(1):
            parents.add(down.group(1))
    else:
        heads = revisions - parents
        if len(heads) == 1:
            return heads.pop()
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None: never migrated), as Alembic records it."""
    with engine.connect() as conn:
        if conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first() is None:
            return None
        versions = [row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
    if len(versions) > 1:
        raise RuntimeError(f"the database is at {len(versions)} revisions at once; expected one")
    return versions[0] if versions else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` over the already-keyed engine."""
    from alembic import command

    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    logger.info("local schema at %s", revision if revision != "head" else head_revision())


def backup_database(engine: Engine, data_dir: Path, key: bytes, *, cipher: CipherSettings, reason: str) -> Path:
    """Write an encrypted copy (same key, same cipher settings) into the profile's backups folder.

    The copy opens with the profile's own key and ``cipher`` (profile.json), as the profile does.
    """
    from desktop.store import permissions

    folder = permissions.make_private_dir(Path(data_dir) / BACKUP_DIR)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = folder / f"kentta-{stamp}-{reason}.db"
    for attempt in range(2, 100):  # a second backup within the same second gets its own file
        if not target.exists():
            break
        target = folder / f"kentta-{stamp}-{reason}-{attempt}.db"
    # Made empty and private first: the attached file keeps that mode.
    permissions.create_private_file(target)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("ATTACH DATABASE ? AS backup KEY \"x'" + key.hex() + "'\"", (str(target),))
        try:
            # An attached file takes SQLCipher's defaults, not the main file's settings.
            for statement in cipher.pragmas("backup"):
                cursor.execute(statement)
            cursor.execute("SELECT sqlcipher_export('backup')")
        finally:
            cursor.execute("DETACH DATABASE backup")
        cursor.close()
    finally:
        raw.close()
    logger.info("encrypted backup written (%s)", reason)
    return target


# A backup is kept at most this long: past the organisation's default undo period it could
# only bring back what the server has erased.
BACKUP_KEEP_DAYS = 30


def discard_backups(data_dir: Path, *, older_than: dt.timedelta | None = None) -> int:
    """Remove the profile's encrypted backups (all of them, or those older than ``older_than``);
    how many. A backup holds what was erased since it was made, so an erasure discards them all.
    Each file is overwritten with zeros before it is unlinked (the best a file system allows)."""
    folder = Path(data_dir) / BACKUP_DIR
    if not folder.is_dir():
        return 0
    now = dt.datetime.now(dt.timezone.utc).timestamp()
    removed = 0
    for path in sorted(folder.glob("kentta-*.db*")):
        try:
            if older_than is not None and now - path.stat().st_mtime <= older_than.total_seconds():
                continue
            size = path.stat().st_size
            with path.open("r+b") as handle:
                while handle.tell() < size:
                    handle.write(bytes(min(1 << 20, size - handle.tell())))
                handle.flush()
            path.unlink()
            removed += 1
        except OSError as error:
            logger.warning("could not remove a backup: %s", type(error).__name__)
    if removed:
        logger.info("backups discarded: %s", removed)
    return removed
