"""The one way the UI runs work off the GUI thread, and the result back on it.

As Anki's task manager does: a small executor runs the work; one long-lived
dispatcher QObject, living in the GUI thread, receives the result through a
queued signal and calls the callback there. Workers never touch widgets, and
no per-task QObject can be deleted while its result is in flight.

Feature code reads one line per operation, with builders in the spirit of
Anki's ``aqt.operations``::

    operation(lambda: load(store), parent=self).success(self._show).run_in_background()

``ctx.run(work, on_done=…, on_failed=…, parent=…)`` is the short form of the
same builder. Without ``.failure()``, a failure is shown in a dialog; with a
``parent``, nothing is called back once that object has been deleted.

Threads under ``desktop/ui/`` that are not this executor, each with the one
reason it is not (``OTHER_THREADS``; tests/ui/test_background.py fails when a
thread mechanism appears anywhere else under ``desktop/ui/``):

- ``desktop/ui/sync/runner.py``: a sync runs on a thread of its own. A first
  download can take a minute; on the two shared workers it would hold one of
  them that long, and a second sync would leave no worker to load lists.
- ``desktop/ui/app.py`` (``_preload``): the other pages' modules are imported
  on a thread of their own after start-up. An import holds Python's import
  lock for seconds; on a shared worker it would stall the first page's
  queries behind it.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6

from desktop.errors import InvalidInput, KenttaError, ProfileLocked
from desktop.i18n import error_message
from desktop.ui.collector import collect_on_gui_thread
from desktop.ui.qt import QCoreApplication, QMessageBox, QObject, QTimer, QWidget, Signal

logger = logging.getLogger(__name__)

OTHER_THREADS = {
    "desktop/ui/sync/runner.py": "a sync can take a minute; it must not hold a shared worker",
    "desktop/ui/app.py": "page modules are imported after start-up; an import must not stall a shared worker",
}

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
_unfinished = 0  # work submitted whose result the GUI thread has not handled yet
_unfinished_lock = threading.Lock()
_when_idle: list[Callable[[], None]] = []


# How long a thread running Python may keep Python's lock while another waits for it (Python's
# default: 5 ms). Each time Qt calls into the app on the GUI thread (a slot, a timer, a model's
# data() while a list is painted) it needs the lock; with a worker busy in Python it waited up
# to the whole default each time (py-spy, issue 22: a 5 ms timer's calls waited three times
# less at 1 ms while a visit was saved). The workers give way a little more often.
SWITCH_INTERVAL_S = 0.001


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:  # made on the GUI thread, at the first call from it
        # Before a worker first runs: a cyclic collection there would finalise Qt wrappers
        # off the GUI thread (desktop.ui.collector).
        collect_on_gui_thread()
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        _dispatcher = _Dispatcher()
    return _dispatcher


def _submit(work: Callable[[], Any], *, on_done: Callable[[Any], None],
            on_failed: Callable[[Exception], None]) -> None:
    """Run ``work`` on a worker; call ``on_done(result)`` or ``on_failed(error)`` on the GUI thread.

    Everything the caller hands in (``work`` often closes over a widget) and
    everything it gives back is released on the GUI thread: a widget whose last
    reference died on a worker thread would be deleted there, which crashes Qt.
    The worker keeps only ``holder``, which the GUI thread empties.
    """
    global _unfinished
    dispatcher = _get_dispatcher()
    holder: list[Any] = [work, on_done, on_failed]
    with _unfinished_lock:
        _unfinished += 1

    def finish(_unused: Any) -> None:
        global _unfinished
        _work, done, failed, (ok, value) = holder
        holder.clear()
        del _work
        try:
            if ok:
                done(value)
            else:
                failed(value)
        finally:
            with _unfinished_lock:
                _unfinished -= 1
                idle = _unfinished == 0
            if idle:
                _run_when_idle()

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


class Operation:
    """One piece of work for a worker; nothing runs until ``run_in_background()``.

    ``parent``: callbacks are dropped once it has been deleted (a form closed
    while its save ran), and an error dialog is shown over it when it is a widget.
    """

    def __init__(self, work: Callable[[], Any], *, parent: QObject | None = None) -> None:
        self._work = work
        self._parent = parent
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._progress: Callable[[bool], None] | None = None

    def success(self, callback: Callable[[Any], None] | None) -> Operation:
        """``callback(result)`` on the GUI thread when the work returns."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None] | None) -> Operation:
        """``callback(error)`` on the GUI thread when the work raises; instead of the error dialog."""
        self._on_failure = callback
        return self

    def with_progress(self, busy: Callable[[bool], None]) -> Operation:
        """``busy(True)`` now, ``busy(False)`` when the work ends, before its success or failure callback."""
        self._progress = busy
        return self

    def run_in_background(self) -> None:
        parent, on_success, on_failure, progress = self._parent, self._on_success, self._on_failure, self._progress

        def alive() -> bool:
            # A result that arrives after its widget was closed and deleted is dropped.
            if parent is None or shiboken6.isValid(parent):
                return True
            logger.debug("result for a closed %s dropped", type(parent).__name__)
            return False

        def show(error: Exception) -> None:
            show_error(parent if isinstance(parent, QWidget) else None, error)

        def finished(callback: Callable[[Any], None] | None, value: Any) -> None:
            if not alive():
                return
            if progress is not None:
                progress(False)
            if callback is not None:
                callback(value)

        if progress is not None:
            progress(True)
        _submit(self._work, on_done=lambda result: finished(on_success, result),
                on_failed=lambda error: finished(on_failure or show, error))


def operation(work: Callable[[], Any], *, parent: QObject | None = None) -> Operation:
    """An operation to build: ``operation(work, parent=self).success(show).run_in_background()``."""
    return Operation(work, parent=parent)


def input_message(error: InvalidInput) -> str:
    """A refused input as one message, for a dialog: each field error worded by the forms' table."""
    from desktop.ui.forms.errors import message_for

    lines = [QCoreApplication.translate("Errors", "This was not saved:")]
    return "\n".join(lines + [message_for(e) for e in error.errors])


def show_error(parent: QWidget | None, error: Exception) -> None:
    """The default failure: a KenttaError by its message, anything else by the excepthook's dialog."""
    if isinstance(error, ProfileLocked):
        # The profile was locked (or closed at quit) while the work ran: the lock
        # screen already says so; a dialog over it would only hide it.
        logger.info("background work ended by the lock")
        return
    if isinstance(error, InvalidInput):
        QMessageBox.warning(parent, "Kenttä", input_message(error))
        return
    if isinstance(error, KenttaError):
        QMessageBox.warning(parent, "Kenttä", error_message(error))
        return
    from desktop.ui.excepthook import report_exception

    report_exception(type(error), error, error.__traceback__)


def _run_when_idle() -> None:
    waiting = _when_idle[:]
    _when_idle.clear()
    for callback in waiting:
        callback()


def when_idle(callback: Callable[[], None], *, at_most_ms: int = 3000) -> None:
    """Call ``callback`` on the GUI thread once the work submitted so far (and any submitted
    meanwhile) has finished and its results are handled, or after ``at_most_ms`` at the latest.

    Start-up leaves what the first page does not need (the status bar's sync status, the drafts
    offered, the other pages' modules) until the first page's rows are in: on two cores, work
    running beside the first page's reads only shares the GIL with them.
    """
    done: list[bool] = []

    def once() -> None:
        if not done:
            done.append(True)
            callback()

    with _unfinished_lock:
        idle = _unfinished == 0
    if idle:
        QTimer.singleShot(0, once)
        return
    _when_idle.append(once)
    QTimer.singleShot(at_most_ms, once)


def wait_for_idle(timeout: float = 10.0) -> None:
    """Block until the work submitted so far has finished (tests and shutdown)."""
    _executor.submit(lambda: None).result(timeout=timeout)
    _executor.submit(lambda: None).result(timeout=timeout)
