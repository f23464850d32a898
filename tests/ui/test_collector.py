"""Python's cyclic collector finalises Qt objects on the GUI thread only (desktop.ui.collector)."""

from __future__ import annotations

import gc
import threading
import weakref

from desktop.ui.background import operation, wait_for_idle
from desktop.ui.collector import collect_on_gui_thread
from desktop.ui.qt import QWidget


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
