"""Autosave a form as a draft a moment after each change, so that nothing typed is lost.

The promise: a crash loses less than two seconds of typing (``PROMISE_MS``).
Each change restarts a short quiet timer (500 ms); a second timer, started by
the first unsaved change and not restarted, makes sure a draft is taken at
most 1 s after it even while typing goes on without a pause. The other half
of the promise is room for what delays a write: a timer that fires late on a
busy GUI thread, a worker still finishing other work, the commit itself
(with 1.5 s, kill -9 during steady typing lost up to 1.55 s of it on a busy
machine, too close to the promise). The write runs on a worker
thread; writes may finish in any order, so each carries a revision and an
older one never overwrites a newer one. A form session that is saved or
discarded is closed: a write still on its way is then dropped, and the
draft is never brought back.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from desktop.services import drafts
from desktop.ui.context import UiContext
from desktop.ui.qt import QObject, QTimer, Signal

logger = logging.getLogger(__name__)

T = TypeVar("T")

PROMISE_MS = 2000  # at most this much typing is lost when the process dies
QUIET_MS = 500
LONGEST_MS = PROMISE_MS // 2


class DraftKeeper(QObject):
    saved = Signal(str)  # a draft was written (its key); on the GUI thread

    def __init__(self, ctx: UiContext, kind: str, state: Callable[[], dict[str, Any]], *,
                 quiet_ms: int = QUIET_MS, longest_ms: int = LONGEST_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.state = state
        self.key: str | None = None
        self.dirty = False
        self._session = ""
        self._revision = 0
        self._lock = threading.Lock()
        self._written: dict[str, int] = {}  # session -> newest revision written
        self._closed: set[str] = set()  # sessions saved or discarded
        self.quiet = self._timer(quiet_ms)
        self.longest = self._timer(longest_ms)

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.save_soon)
        return timer

    # --- on the GUI thread ---------------------------------------------------------

    def start(self, key: str) -> None:
        """A new form session writing under ``key``; nothing unsaved yet."""
        self.stop()
        self.key = key
        self._session = uuid.uuid4().hex
        self.dirty = False

    def touch(self) -> None:
        """Something in the form changed."""
        if self.key is None:
            return
        self.dirty = True
        self.quiet.start()
        if not self.longest.isActive():
            self.longest.start()

    def stop(self) -> None:
        self.quiet.stop()
        self.longest.stop()

    def save_soon(self) -> None:
        """Write the draft on a worker thread (what the timers call)."""
        self.stop()
        if not self.dirty or self.key is None or self.ctx.store.locked:
            return
        job = self._job()
        self.ctx.run(job, on_done=lambda wrote: self._done(job.key, wrote), on_failed=self._failed, parent=self)

    def flush(self) -> bool:
        """Write the draft now, on this thread (when the window closes); True when one was written."""
        self.stop()
        if not self.dirty or self.key is None or self.ctx.store.locked:
            return False
        job = self._job()
        try:
            return job()
        except Exception as error:  # noqa: BLE001 - the window still closes; logged by type only
            self.dirty = True
            logger.error("draft %s not saved: %s", job.key, type(error).__name__)
            return False

    def close_job(self, *, delete: bool) -> Callable[[], None]:
        """End this form session; the returned work (for a worker) deletes the draft if asked.

        Call it on the GUI thread when the form is saved or discarded; run the
        work in the same background job as the save, after it succeeds.
        """
        self.stop()
        key, session = self.key, self._session

        def work() -> None:
            with self._lock:
                self._closed.add(session)
                if delete and key is not None:
                    drafts.delete_draft(self.ctx.store, key)

        return work

    def save_job(self, save: Callable[[str | None], T]) -> Callable[[], T]:
        """Work (for a worker) that saves the form: ``save(draft_key)`` removes the draft in its own transaction.

        It runs holding the keeper's lock, so no draft write slips in between;
        when it succeeds this session is closed and a write still on its way is
        dropped; when it fails nothing is closed and the draft stays.
        """
        self.stop()
        key, session = self.key, self._session

        def work() -> T:
            with self._lock:
                result = save(key)
                self._closed.add(session)
                return result

        return work

    def finish(self) -> None:
        """The session's draft is gone or kept as it is; later changes are not this session's."""
        self.stop()
        self.dirty = False
        self.key = None

    def _job(self) -> _WriteJob:
        self._revision += 1
        self.dirty = False
        return _WriteJob(self, self.key, self._session, self._revision, self.state())

    def _done(self, key: str, wrote: bool) -> None:
        if wrote:
            self.saved.emit(key)

    def _failed(self, error: Exception) -> None:
        logger.warning("draft not saved: %s", type(error).__name__)
        if self.key is not None:
            self.dirty = True
            self.longest.start()  # try again soon

    # --- on a worker thread ------------------------------------------------------------

    def write(self, key: str, session: str, revision: int, data: dict[str, Any]) -> bool:
        with self._lock:
            if session in self._closed or revision <= self._written.get(session, 0):
                return False
            drafts.save_draft(self.ctx.store, key, self.kind, data)
            self._written[session] = revision
            return True


class _WriteJob:
    """One draft write: what it writes is taken on the GUI thread when the job is made."""

    def __init__(self, keeper: DraftKeeper, key: str, session: str, revision: int, data: dict[str, Any]) -> None:
        self.keeper, self.key, self.session, self.revision, self.data = keeper, key, session, revision, data

    def __call__(self) -> bool:
        return self.keeper.write(self.key, self.session, self.revision, self.data)
