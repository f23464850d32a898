"""Run work off the GUI thread and hand the result back by signal.

The worker never touches a widget: it returns a value, and ``done`` (or
``failed``) is delivered to the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from desktop.ui.qt import QObject, QRunnable, QThreadPool, Signal

logger = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread
            logger.warning("background task failed: %s", type(error).__name__)
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


_running: set[_Task] = set()


def run_in_background(work: Callable[[], Any], *, on_done: Callable[[Any], None],
                      on_failed: Callable[[Exception], None] | None = None) -> None:
    task = _Task(work)
    task.setAutoDelete(False)
    _running.add(task)
    task.signals.done.connect(on_done)
    task.signals.done.connect(lambda _result: _running.discard(task))
    if on_failed is not None:
        task.signals.failed.connect(on_failed)
    task.signals.failed.connect(lambda _error: _running.discard(task))
    QThreadPool.globalInstance().start(task)
