"""A profile folder and everything in it are readable by their user only (0700 / 0600).

Each file is made private when it is made, by the code that makes it (the
process umask is left alone, so files the user saves elsewhere, such as
exports, keep the permissions the user's system gives them): SQLite's database
file is made here empty with 0600 before SQLite opens it, and SQLite gives its
``-wal`` and ``-shm`` files the database file's permissions. A profile made
before this rule is tightened when it is opened (``tighten``).

On Windows, a user's profile folder is private through its ACL; there
``os.chmod`` only sets the read-only flag, so nothing is done.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
from pathlib import Path

logger = logging.getLogger(__name__)

DIR_MODE = 0o700
FILE_MODE = 0o600
_POSIX = os.name == "posix"


def make_private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) if needed; the folder itself is 0700."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if _POSIX:
        os.chmod(path, DIR_MODE)
    return path


def create_private_file(path: Path) -> Path:
    """An empty new file, 0600 from its first moment; an existing file is an error."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
    os.close(fd)
    return Path(path)


def open_private(path: Path, mode: str = "a", encoding: str | None = None):
    """``open(path, mode)`` for a file that, if made now, is 0600 from its first moment."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    flags |= os.O_APPEND if "a" in mode else os.O_TRUNC
    fd = os.open(path, flags, FILE_MODE)
    return os.fdopen(fd, mode, encoding=encoding)


def copy_private(source: Path, target: Path) -> Path:
    """Copy ``source`` to the new file ``target``, which is 0600 from its first moment, synced to disk."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
    return Path(target)


def tighten(data_dir: Path) -> int:
    """Make the profile folder, its folders and files private; returns how many were changed.

    Symbolic links are not followed, and files of another owner are left alone.
    """
    if not _POSIX:
        return 0
    changed = 0
    root = Path(data_dir)
    for path in [root, *root.rglob("*")]:
        try:
            info = path.lstat()
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            continue
        wanted = DIR_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE
        if stat.S_IMODE(info.st_mode) & ~wanted:
            os.chmod(path, stat.S_IMODE(info.st_mode) & wanted)
            changed += 1
    if changed:
        logger.info("profile permissions tightened on %s entries", changed)
    return changed
