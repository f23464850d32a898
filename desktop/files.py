"""Files written whole or not at all.

The data goes into a temporary file in the target's own folder (so that the
rename stays on one file system), is flushed to the disk, and only then
replaces the target with ``os.replace``: a reader sees the old file or the
new one, never half of one. A failure removes the temporary file and leaves
an old file as it was.

A private file (``private=True``: a handover form, a full export) is
readable by its owner only (0600). Any other file gets the usual permissions
of a new file (0666 less the umask). The temporary file is made with those
permissions from the start, so the data is never readable by others even
for a moment.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.errors import KenttaError
from desktop.translation import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)


def file_target(path: Path | str) -> Path:
    """``path`` as a file to write: not a folder, in a folder that exists."""
    target = Path(path)
    if target.is_dir():
        raise KenttaError(QT_TRANSLATE_NOOP("Errors", "%1 is a folder. Give the name of the file to write."), target)
    if not target.parent.is_dir():
        raise KenttaError(QT_TRANSLATE_NOOP(
            "Errors", "The folder %1 does not exist. Make it first, or choose another place."), target.parent)
    return target


def _temporary_beside(target: Path, *, private: bool) -> tuple[BinaryIO, Path]:
    mode = 0o600 if private else 0o666  # less the umask, as for any new file
    for _attempt in range(100):
        tmp = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
        try:
            handle = os.open(tmp, _FLAGS, mode)
        except FileExistsError:
            continue
        except OSError as error:
            raise KenttaError(QT_TRANSLATE_NOOP(
                "Errors", "Cannot write into the folder %1 (%2). Choose another place."),
                target.parent, error.strerror) from None
        return os.fdopen(handle, "wb"), tmp
    raise KenttaError(QT_TRANSLATE_NOOP(
        "Errors", "Cannot make a temporary file in the folder %1. Choose another place."), target.parent)


@contextlib.contextmanager
def replaced_file(path: Path | str, *, private: bool = False) -> Iterator[BinaryIO]:
    """A binary file to write, which replaces ``path`` when the block ends without an error.

    An error raised inside the block is passed on as it is, after the
    temporary file is removed; failing to finish the file (flush, rename)
    raises ``KenttaError``.
    """
    target = file_target(path)
    out, tmp = _temporary_beside(target, private=private)
    try:
        yield out
        try:
            out.flush()
            os.fsync(out.fileno())
            out.close()
            os.replace(tmp, target)
        except OSError as error:
            raise KenttaError(QT_TRANSLATE_NOOP("Errors", "Cannot write the file %1 (%2). Choose another place."),
                              target, error.strerror) from None
    except BaseException:
        out.close()
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: Path | str, data: bytes, *, private: bool = False) -> Path:
    """Write ``data`` to ``path`` whole or not at all; returns the path written."""
    with replaced_file(path, private=private) as out:
        try:
            out.write(data)
        except OSError as error:
            raise KenttaError(QT_TRANSLATE_NOOP("Errors", "Cannot write the file %1 (%2). Choose another place."),
                              path, error.strerror) from None
    logger.debug("file written: %d bytes", len(data))
    return Path(path)
