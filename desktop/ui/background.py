"""Run work off the GUI thread and hand the result back on the GUI thread.

As Anki's task manager does: a small executor runs the work; one long-lived
dispatcher QObject, living in the GUI thread, receives the result through a
queued signal and calls the callback there. Workers never touch widgets, and
no per-task QObject can be deleted while its result is in flight.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from desktop.ui.qt import QObject, Signal

logger = logging.getLogger(__name__)

# Two workers: a long list query does not hold up a save, and SQLite's one
# writer at a time is respected by the store's own locking.
_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kentta-worker")


class _Dispatcher(QObject):
    deliver = Signal(object, object)  # callback, value

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._call)

    def _call(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)


_dispatcher: _Dispatcher | None = None


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:  # made on the GUI thread, at the first call from it
        _dispatcher = _Dispatcher()
    return _dispatcher


def run_in_background(work: Callable[[], Any], *, on_done: Callable[[Any], None],
                      on_failed: Callable[[Exception], None] | None = None) -> None:
    dispatcher = _get_dispatcher()

    def task() -> None:
        try:
            result = work()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread
            logger.warning("background task failed: %s", type(error).__name__)
            if on_failed is not None:
                dispatcher.deliver.emit(on_failed, error)
            return
        dispatcher.deliver.emit(on_done, result)

    _executor.submit(task)


def wait_for_idle(timeout: float = 10.0) -> None:
    """Block until the work submitted so far has finished (tests and shutdown)."""
    _executor.submit(lambda: None).result(timeout=timeout)
    _executor.submit(lambda: None).result(timeout=timeout)
