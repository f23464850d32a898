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
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.errors import KenttaError

logger = logging.getLogger(__name__)

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)


def file_target(path: Path | str) -> Path:
    """``path`` as a file to write: not a folder, in a folder that exists."""
    target = Path(path)
    if target.is_dir():
        raise KenttaError(f"{target} is a folder. Give the name of the file to write.")
    if not target.parent.is_dir():
        raise KenttaError(f"The folder {target.parent} does not exist. Make it first, or choose another place.")
    return target


def _temporary_beside(target: Path, *, private: bool) -> tuple[BinaryIO, Path]:
    mode = 0o600 if private else 0o666  # less the umask, as for any new file
    for _attempt in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            handle = os.open(tmp, _FLAGS, mode)
        except FileExistsError:
            continue
        except OSError as error:
            raise KenttaError(f"Cannot write into the folder {target.parent} ({error.strerror}). "
                              "Choose another place.") from None
        return os.fdopen(handle, "wb"), tmp
    raise KenttaError(f"Cannot make a temporary file in the folder {target.parent}. Choose another place.")


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
            raise KenttaError(f"Cannot write the file {target} ({error.strerror}). "
                              "Choose another place.") from None
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
            raise KenttaError(f"Cannot write the file {path} ({error.strerror}). "
                              "Choose another place.") from None
    logger.debug("file written: %d bytes", len(data))
    return Path(path)
