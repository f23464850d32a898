"""Running a sync off the GUI thread, polled for progress by a timer; and the automatic sync
that starts when the server becomes reachable.

The engine runs on a thread of its own (a first download can take a minute and must not hold
the workers that load lists). Its progress is read with a QTimer, as Anki's sync window does;
the result comes back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desktop.services import sync_session
from desktop.ui.context import UiContext
from desktop.ui.qt import QObject, QTimer, Signal
from sync.client.progress import SyncProgress

logger = logging.getLogger(__name__)

POLL_MS = 150
PROBE_MS = 60_000


class SyncRunner(QObject):
    started = Signal()
    progressed = Signal(object)  # ProgressSnapshot
    finished = Signal(object)  # Receipt
    failed = Signal(object)  # Exception
    _done = Signal(object, object)  # (receipt, error), from the worker thread

    def __init__(self, ctx: UiContext, parent: QObject | None = None,
                 sync: Callable = sync_session.sync) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync = sync
        self.progress: SyncProgress | None = None
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self._done.connect(self._finish)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> bool:
        """Start a sync; False when one is running already."""
        if self.running or self.ctx.store.locked:
            return False
        self.progress = SyncProgress()
        store, progress, sync = self.ctx.store, self.progress, self.sync

        def work() -> None:
            try:
                receipt = sync(store, progress=progress)
            except Exception as error:  # noqa: BLE001 - handed to the GUI thread
                self._done.emit(None, error)
                return
            self._done.emit(receipt, None)

        self._thread = threading.Thread(target=work, name="kentta-sync", daemon=True)
        self._thread.start()
        self.timer.start()
        self.started.emit()
        return True

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def wait(self, seconds: float) -> None:
        """Cancel and wait for the worker (closing the window)."""
        thread = self._thread
        if thread is not None:
            self.cancel()
            thread.join(seconds)

    def _poll(self) -> None:
        if self.progress is not None:
            self.progressed.emit(self.progress.snapshot())

    def _finish(self, receipt, error) -> None:
        self.timer.stop()
        self._poll()
        self._thread = None
        if error is not None:
            logger.warning("sync failed: %s", type(error).__name__)
            self.failed.emit(error)
        else:
            self.finished.emit(receipt)


class AutoSync(QObject):
    """Every minute, asks the server's health off the GUI thread; when the server answers after
    not answering (or at the first answer), a sync starts."""

    def __init__(self, ctx: UiContext, runner: SyncRunner, parent: QObject | None = None,
                 interval_ms: int = PROBE_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.reachable = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.probe)

    def set_enabled(self, enabled: bool) -> None:
        self.reachable = False
        if enabled:
            self.timer.start()
            self.probe()
        else:
            self.timer.stop()

    @property
    def enabled(self) -> bool:
        return self.timer.isActive()

    def probe(self) -> None:
        if self.runner.running or self.ctx.store.locked:
            return
        store = self.ctx.store
        self.ctx.run(lambda: sync_session.server_reachable(store), on_done=self._answered,
                     on_failed=lambda _error: self._answered(False))

    def _answered(self, reachable: bool) -> None:
        became = reachable and not self.reachable
        self.reachable = reachable
        if became and self.enabled:
            logger.info("server reachable: automatic sync")
            self.runner.start()
