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
    """Run ``work`` on a worker; call ``on_done(result)`` or ``on_failed(error)`` on the GUI thread.

    Everything the caller hands in (``work`` often closes over a widget) and
    everything it gives back is released on the GUI thread: a widget whose last
    reference died on a worker thread would be deleted there, which crashes Qt.
    The worker keeps only ``holder``, which the GUI thread empties.
    """
    dispatcher = _get_dispatcher()
    holder: list[Any] = [work, on_done, on_failed]

    def finish(_unused: Any) -> None:
        _work, done, failed, (ok, value) = holder
        holder.clear()
        del _work
        if ok:
            done(value)
        elif failed is not None:
            failed(value)

    def task() -> None:
        job = holder[0]
        try:
            holder.append((True, job()))
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread
            logger.warning("background task failed: %s", type(error).__name__)
            holder.append((False, error))
        del job
        dispatcher.deliver.emit(finish, None)

    _executor.submit(task)


def wait_for_idle(timeout: float = 10.0) -> None:
    """Block until the work submitted so far has finished (tests and shutdown)."""
    _executor.submit(lambda: None).result(timeout=timeout)
    _executor.submit(lambda: None).result(timeout=timeout)
