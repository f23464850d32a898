"""One excepthook: logs without the error's text, one dialog per distinct error."""

from __future__ import annotations

import logging
import sys

from desktop.ui import excepthook
from desktop.ui.qt import QApplication, QMessageBox


def _raise_and_report() -> None:
    try:
        raise ValueError("Maija Meikäläinen 010203A123B")  # what must never reach the log
    except ValueError:
        excepthook.report_exception(*sys.exc_info())


def _dialogs() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "error_dialog" and w.isVisible()]


def test_an_error_is_logged_without_its_text_and_shown_once(qtbot, caplog, monkeypatch):
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = excepthook.install()
    reporter.seen.clear()
    with caplog.at_level(logging.ERROR, logger="desktop.ui.excepthook"):
        _raise_and_report()
        _raise_and_report()  # the same error again: no second dialog
    assert caplog.records and "ValueError" in caplog.text
    assert "Maija" not in caplog.text and "010203A" not in caplog.text
    qtbot.waitUntil(lambda: len(_dialogs()) == 1)
    dialog = _dialogs()[0]
    assert "ValueError" in dialog.informativeText()
    assert "Maija" not in dialog.informativeText()
    dialog.close()
    assert sys.excepthook is excepthook.report_exception
