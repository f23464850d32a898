"""One excepthook: log the error (type and stack, never values) and show a
readable dialog on the GUI thread, once per distinct error."""

from __future__ import annotations

import logging
import sys
import threading
import traceback

from desktop.ui.qt import QApplication, QMessageBox, QObject, QTimer, Signal

logger = logging.getLogger(__name__)


class _Reporter(QObject):
    report = Signal(str, str)  # key, summary

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()
        self.report.connect(self._show)

    def _show(self, key: str, summary: str) -> None:
        if key in self.seen:
            return
        self.seen.add(key)
        box = QMessageBox(QMessageBox.Icon.Critical, "Kenttä",
                          QApplication.translate("Errors", "Something went wrong and the action was not completed."),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setInformativeText(QApplication.translate(
            "Errors", "Your saved work is safe. If this happens again, tell your administrator "
            "and mention this: %1").replace("%1", summary))
        box.setObjectName("error_dialog")
        QTimer.singleShot(0, box.open)
        self.last_dialog = box


_reporter: _Reporter | None = None


def _frames(tb) -> str:
    return " < ".join(f"{frame.name}:{frame.lineno}" for frame in reversed(traceback.extract_tb(tb)[-6:]))


def report_exception(exc_type, value, tb) -> None:
    """Log without the error's text (it may hold record values) and show a dialog."""
    where = _frames(tb)
    logger.error("unhandled %s at %s", exc_type.__name__, where)
    if _reporter is not None:
        _reporter.report.emit(f"{exc_type.__name__}@{where}", f"{exc_type.__name__} ({where.split(' < ')[0]})")


def install() -> _Reporter:
    """Route uncaught errors (also from worker threads) to the log and a dialog."""
    global _reporter
    if _reporter is None:
        _reporter = _Reporter()
    sys.excepthook = report_exception
    threading.excepthook = lambda args: report_exception(args.exc_type, args.exc_value, args.exc_traceback)
    return _reporter
