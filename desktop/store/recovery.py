"""A damaged profile: found before SQLite touches it, kept aside, restored from a backup on request.

Any open of an SQLite file with a WAL runs WAL recovery, and the last close
checkpoints and removes the WAL: opening a profile whose WAL is damaged would
make SQLite drop, for good, every committed transaction past the damage. So the
WAL is read first (``desktop.store.wal``, no key needed); when committed work is
at risk the database and its WAL are copied into a ``damaged-<time>/`` folder
of the profile, the originals are left as they are, and ``WalDamaged`` says
what is at risk. Only when the person chooses to restore the last backup are the
originals replaced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from pathlib import Path

from desktop.errors import DatabaseDamaged, WalDamaged
from desktop.store import permissions, wal
from desktop.store.layout import DB_FILE
from desktop.store.migrate import BACKUP_DIR

logger = logging.getLogger(__name__)

DAMAGED_PREFIX = "damaged-"
SUFFIXES = ("", "-wal", "-shm")


def wal_path(data_dir: Path) -> Path:
    return Path(data_dir) / f"{DB_FILE}-wal"


def wal_message(report: wal.WalReport, aside: Path | None) -> str:
    kept = (f"Copies of the database and its log are kept in {aside}. " if aside is not None else "")
    return (
        f"The database's write-ahead log ({DB_FILE}-wal) is damaged at frame {report.first_bad_frame}: "
        f"{report.transactions_at_risk} recent saved changes ({report.frames_at_risk} pages of the log) "
        "would be lost if Kenttä opened the database now. Nothing was changed. " + kept +
        "Start the Kenttä app to restore the profile from its last backup (what was synced to the "
        "server comes back with the next sync; changes made since the last sync may be lost), or "
        "leave the files as they are and ask for support."
    )


def check_wal(data_dir: Path) -> None:
    """Raise ``WalDamaged`` (after keeping copies aside) when the WAL holds committed work
    SQLite's recovery would drop. Reads the WAL only; the originals stay as they are."""
    report = wal.inspect(wal_path(data_dir))
    if not report.damaged:
        return
    aside = set_aside(data_dir)
    logger.error("damaged WAL: bad frame %s of %s, %s transactions at risk; copies in %s",
                 report.first_bad_frame, report.frames, report.transactions_at_risk, aside.name)
    raise WalDamaged(wal_message(report, aside), transactions=report.transactions_at_risk,
                     frames=report.frames_at_risk, aside=aside)


def _digest(path: Path) -> str | None:
    if not path.exists():
        return None
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def set_aside(data_dir: Path) -> Path:
    """Copies of the database and its WAL (and index) in a ``damaged-<time>/`` folder, readable by
    the user only; a folder already holding these very files is reused."""
    data_dir = Path(data_dir)
    wanted = {suffix: _digest(data_dir / f"{DB_FILE}{suffix}") for suffix in ("", "-wal")}
    for folder in sorted(data_dir.glob(f"{DAMAGED_PREFIX}*")):
        if all(_digest(folder / f"{DB_FILE}{suffix}") == digest for suffix, digest in wanted.items()):
            return folder
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    folder = data_dir / f"{DAMAGED_PREFIX}{stamp}"
    permissions.make_private_dir(folder)
    for suffix in SUFFIXES:
        source = data_dir / f"{DB_FILE}{suffix}"
        if source.exists():
            permissions.copy_private(source, folder / source.name)
    return folder


def latest_backup(data_dir: Path) -> Path | None:
    """The newest encrypted backup in the profile's backups folder."""
    found = sorted((Path(data_dir) / BACKUP_DIR).glob("kentta-*.db"), key=lambda p: (p.stat().st_mtime, p.name))
    return found[-1] if found else None


def restore_backup(data_dir: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the profile's database, after keeping the damaged files aside.

    Returns the folder holding the damaged files. The backup keeps its own sync cursor and
    outbox: the next sync sends its unsent changes again (pushes merge by base revision, so a
    change the server already has changes nothing) and pulls everything the server has since.
    """
    data_dir = Path(data_dir)
    if not backup.is_file():
        raise DatabaseDamaged(f"The backup {backup} is missing; nothing was changed.")
    aside = set_aside(data_dir)
    staged = data_dir / f".{DB_FILE}.restoring"
    permissions.copy_private(backup, staged)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"{DB_FILE}{suffix}").unlink(missing_ok=True)
    os.replace(staged, data_dir / DB_FILE)
    logger.warning("profile restored from backup %s; damaged files kept in %s", backup.name, aside.name)
    return aside
