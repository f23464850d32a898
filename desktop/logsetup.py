"""One rotating log file per profile, in the profile's ``logs/`` folder.

Log records hold ids, counts and error types, never names, identity codes
or note text; database errors are logged without their parameters.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_DIR = "logs"
LOG_FILE = "kentta.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file, the first and every one after a rollover, is readable by the user only."""

    def _open(self):
        from desktop.store import permissions

        return permissions.open_private(self.baseFilename, self.mode, encoding=self.encoding)


def configure_logging(data_dir: Path | None, *, level: int = logging.INFO) -> Path | None:
    """Send log records to ``DATA_DIR/logs/kentta.log``; returns its path.

    With no data folder (or one that does not exist yet) nothing is written
    to disk and warnings go to stderr only.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kentta", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    if data_dir is None or not Path(data_dir).is_dir():
        quiet = logging.NullHandler()  # the user sees the error message itself
        quiet._kentta = True  # type: ignore[attr-defined]
        root.addHandler(quiet)
        return None
    from desktop.store import permissions

    folder = permissions.make_private_dir(Path(data_dir) / LOG_DIR)
    path = folder / LOG_FILE
    handler = _PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._kentta = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    for noisy in ("faker", "alembic.runtime.migration", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
