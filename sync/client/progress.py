"""Progress of a running sync, read from another thread (the UI polls it with a timer), and
the way to cancel it."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sync.client.errors import SyncCancelled

PHASES = ("starting", "sending", "receiving", "files", "done")  # files: attachments after the records


@dataclass(frozen=True)
class ProgressSnapshot:
    phase: str
    to_send: int  # records waiting when sending started
    sent: int  # records the server has answered for
    received: int  # pulled changes applied
    retrying: bool  # waiting to try again after a network or server error
    cancel_requested: bool


class SyncProgress:
    """Written by the engine, read by anyone; ``cancel()`` asks the engine to stop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._phase = "starting"
        self._to_send = 0
        self._sent = 0
        self._received = 0
        self._retrying = False

    # --- for the engine -------------------------------------------------------------

    def set_phase(self, phase: str, *, to_send: int | None = None) -> None:
        with self._lock:
            self._phase = phase
            if to_send is not None:
                self._to_send = to_send
                self._sent = 0

    def add_sent(self, count: int) -> None:
        with self._lock:
            self._sent += count

    def add_received(self, count: int) -> None:
        with self._lock:
            self._received += count

    def set_retrying(self, retrying: bool) -> None:
        with self._lock:
            self._retrying = retrying

    def check(self) -> None:
        """Raise ``SyncCancelled`` when a cancel was asked for."""
        if self._cancel.is_set():
            raise SyncCancelled("Sync cancelled. What was sent or received so far is kept.",
                                code="cancelled")

    def wait(self, seconds: float) -> None:
        """Sleep for a retry, waking at once on cancel."""
        if self._cancel.wait(max(0.0, seconds)):
            self.check()

    # --- for anyone -----------------------------------------------------------------

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def snapshot(self) -> ProgressSnapshot:
        with self._lock:
            return ProgressSnapshot(self._phase, self._to_send, self._sent, self._received,
                                    self._retrying, self._cancel.is_set())
