"""Python's cyclic collector finalises Qt objects on the GUI thread only, from the event loop: never on
a worker, never in the middle of Qt calling into Python (desktop.ui.collector)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QEvent

from desktop.ui.background import operation, wait_for_idle
from desktop.ui import collector
from desktop.ui.collector import collect_on_gui_thread
from desktop.ui.qt import QCoreApplication, QObject, QWidget


class _InACycle(QWidget):
    """A closed window that is garbage in a reference cycle, as a dialog and its slots are."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def test_a_widget_in_a_reference_cycle_is_finalised_on_the_gui_thread_not_on_a_worker(qapp, qtbot):
    collect_on_gui_thread()  # as start-up does, and the first background job
    assert not gc.isenabled()
    finalised_on: list[str] = []
    widget = _InACycle()
    weakref.finalize(widget, lambda: finalised_on.append(threading.current_thread().name))
    del widget

    # A worker allocates as a list query does: the youngest generation fills up many times over.
    operation(lambda: len([[] for _ in range(50_000)])).run_in_background()
    wait_for_idle()
    assert finalised_on == []  # a collection on the worker would have finalised it there

    kept = [[] for _ in range(1_000)]  # the GUI thread allocates past the youngest threshold
    qtbot.waitUntil(lambda: finalised_on != [], timeout=3000)  # and its timer collects the widget
    del kept
    assert finalised_on == [threading.main_thread().name]


class _Busy(QObject):
    """An event filter that allocates as a Python override may (a paint, a size hint, a filter)."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        self.inside = True
        kept = [[] for _ in range(20_000)]
        self.inside = False
        return bool(kept) and False


def test_a_collection_waits_for_the_event_loop_not_for_an_allocation_inside_a_qt_call(qapp, qtbot):
    collect_on_gui_thread()
    busy, target = _Busy(), QWidget()
    target.installEventFilter(busy)
    finalised_inside: list[bool] = []
    widget = _InACycle()
    weakref.finalize(widget, lambda: finalised_inside.append(busy.inside))
    del widget

    QCoreApplication.sendEvent(target, QEvent(QEvent.Type.User))  # Qt calls the filter, which allocates
    assert finalised_inside == []  # a collection there could delete what Qt is dispatching to

    kept = [[] for _ in range(1_000)]
    qtbot.waitUntil(lambda: finalised_inside != [], timeout=3000)
    assert finalised_inside == [False]  # collected from the timer, between events
    del kept
    target.removeEventFilter(busy)


def test_no_collection_while_held_and_the_garbage_collected_once_released(qapp):
    collect_on_gui_thread()
    finalised: list[bool] = []
    widget = _InACycle()
    weakref.finalize(widget, lambda: finalised.append(True))
    del widget
    kept = [[] for _ in range(1_000)]  # past the youngest threshold
    collector.hold(True)  # start-up opening the profile
    try:
        collector.collect_due()
        assert finalised == []
    finally:
        collector.hold(False)
    collector.collect_due()
    assert finalised == [True]
    del kept
