"""Python's cyclic garbage collector runs on the GUI thread only.

Left to itself, the collector runs on whichever thread happens to allocate
when a generation fills up; with two background workers busy in SQLAlchemy
that is often a worker. A dialog closed a moment before is usually garbage in
a reference cycle (a widget and the bound methods its signals call), and a
collection finalises its Qt wrappers where it runs: a Qt object then dies, or
its event filters and connections are torn down, off its own thread while the
GUI thread is using it. Qt prints "Object event filter cannot be in a
different thread" and the process dies (issue 17). On the GUI thread itself a
collection set off by an allocation inside Qt calling Python (an event
filter, a paint, a size hint) may delete an object Qt is dispatching to.

So, as Camelot (after calibre) and OpenCue do, automatic collection is turned off
and a timer on the GUI thread collects each generation when Python would
have: once its allocation count passes the same thresholds. Collections then
happen between events (from the event loop, or a nested one such as a modal
dialog's), on the thread that owns every widget. Objects freed by
reference counting are another matter: ``desktop.ui.background`` hands
everything a job holds back to the GUI thread to be released there.
"""

from __future__ import annotations

import gc
import logging
import threading
import time

import shiboken6

from desktop.ui.qt import QCoreApplication, QObject, QTimer

logger = logging.getLogger(__name__)

INTERVAL_MS = 500
# A full collection walks every object not frozen at start-up (``gc.freeze()`` in
# desktop/ui/app.py); under a long load the counts pass the threshold at each tick,
# so one is made at most this often and a middle one meanwhile.
FULL_EVERY_S = 10.0
# The youngest count drains as objects are freed (a closed window's parts), so a tick can read it
# under the threshold although far more was allocated since: the youngest generation (a
# millisecond or less) is collected at least this often while anything is allocated.
QUIET_COLLECT_S = 2.0

_collector: _GuiThreadCollector | None = None
# While the profile opens at start-up, the loader thread makes some hundred thousand objects
# (modules, classes, mappers) that live as long as the app; a collection then walks them all
# (~35 ms at each tick, with the loader waiting for the GIL) and finds no garbage in them.
# ``gc.freeze()`` (desktop/ui/app.py) takes them out of the collector's sight once the
# profile is attached.
_held = False


class _GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # Python's own thresholds (700, 10, 10 by default), kept as they were before turning it off.
        self.thresholds = gc.get_threshold()
        self.last = self.last_full = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as Python would.

        The youngest count is allocations less deallocations since the last collection,
        read at each tick, not at each allocation as Python does: frees drain it, and it may
        stay under the threshold with a closed dialog's cycle uncollected, so the youngest
        generation is also collected after ``QUIET_COLLECT_S`` without a collection.
        """
        if _held:
            return
        counts, now = gc.get_count(), time.monotonic()
        if counts[0] <= self.thresholds[0] and not (counts[0] and now - self.last > QUIET_COLLECT_S):
            return
        generation = max(g for g in (0, 1, 2) if counts[g] > self.thresholds[g] or g == 0)
        if generation == 2:
            if now - self.last_full < FULL_EVERY_S:
                generation = 1
            else:
                self.last_full = now
        self.last = now
        gc.collect(generation)


def collect_due() -> None:
    """What the timer does, now (tests between them, with no event loop running)."""
    if _collector is not None and shiboken6.isValid(_collector):
        _collector.collect_due()


def hold(held: bool) -> None:
    """No collection while ``held`` (start-up opening the profile); the ticks resume after."""
    global _held
    _held = held


def held() -> bool:
    return _held


def collect_on_gui_thread() -> None:
    """Turn automatic collection off and collect from a GUI-thread timer instead (once per app).

    Call it on the GUI thread (the main thread) once the QApplication exists, before any
    other thread runs Python: at start-up, and when the first background job is submitted.
    """
    global _collector
    if _collector is not None and shiboken6.isValid(_collector):
        return
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("the cyclic garbage collector is moved from the GUI thread only")
    app = QCoreApplication.instance()
    if app is None:
        return  # no event loop to collect from yet
    _collector = _GuiThreadCollector(app)
    gc.disable()
    logger.debug("cyclic garbage collection moved to the GUI thread")
