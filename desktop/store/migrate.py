"""Alembic migrations on the encrypted file, and encrypted backups before them."""

from __future__ import annotations

import datetime as dt
import logging
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BACKUP_DIR = "backups"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@lru_cache(maxsize=1)
def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` over the already-keyed engine."""
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    logger.info("local schema at %s", revision if revision != "head" else head_revision())


def backup_database(engine: Engine, data_dir: Path, key: bytes, *, reason: str) -> Path:
    """Write an encrypted copy (same key) into the profile's backups folder."""
    folder = Path(data_dir) / BACKUP_DIR
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = folder / f"kentta-{stamp}-{reason}.db"
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("ATTACH DATABASE ? AS backup KEY \"x'" + key.hex() + "'\"", (str(target),))
        cursor.execute("SELECT sqlcipher_export('backup')")
        cursor.execute("DETACH DATABASE backup")
        cursor.close()
    finally:
        raw.close()
    logger.info("encrypted backup written (%s)", reason)
    return target
