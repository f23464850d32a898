"""The longest the GUI thread goes unanswered while the real UI searches, saves and makes a PDF.

    python -m benchmarks.gui_stall --profile DIR [--repeat 5] [--json]

Opens the app's main window (offscreen) on the profile, as ``kentta`` does,
and starts a timer on the GUI thread that fires every 5 ms and records the
largest gap between two of its firings. Then, as a person would:

- search: types "oulu" into the main window's search box, a key every 80 ms,
  until the results are shown;
- save: a new visit through the Visits page's form (an employer picked, notes
  written), saved until the form has closed and the list reloaded;
- PDF: the handover dialog for a client with consent, Preview until the PDF is
  shown in the dialog;
- today (``--actions today``, e.g. on the large profile): the Today page read again (as after
  any change), until its list is filled;
- sync (``--actions sync``, on a profile logged in to a loopback server, see
  ``benchmarks/sync_server.py``): 100 employers edited beforehand, then "Sync
  now" on the Sync page until the sync has finished.

Each action counts from its start until 300 ms after it is done (so that the
refreshes it sets off count too), and runs ``repeat`` times. A gap of 5 ms is
no stall: it is the timer's own period.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import print_json, use_file_keyring  # noqa: E402

TICK_MS = 5
SETTLE_S = 0.3
KEY_GAP_MS = 80


class StallMonitor:
    """A 5 ms timer on the GUI thread; ``during`` returns the largest gap while an action runs."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        self.loop = QEventLoop()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0
        # The GUI thread's own CPU time between two ticks, the most of it in the last action: the
        # part of a gap that is the app's work, not waiting for a core or for Python's lock.
        self.last_cpu = 0.0
        self.worst_cpu = 0.0
        self.done: Callable[[], bool] = lambda: True
        self.done_at: float | None = None
        self.deadline = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        cpu = time.thread_time()
        self.worst = max(self.worst, now - self.last)
        self.worst_cpu = max(self.worst_cpu, cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu
        if self.done_at is None and self.done():
            self.done_at = now
        if (self.done_at is not None and now - self.done_at >= SETTLE_S) or now > self.deadline:
            self.loop.quit()

    def during(self, start: Callable[[], None], done: Callable[[], bool], *, timeout: float = 60) -> float:
        """Milliseconds of the largest gap from ``start()`` until ``done()`` holds and things settle."""
        self.done, self.done_at, self.worst, self.worst_cpu = done, None, 0.0, 0.0
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.deadline = self.last + timeout
        self.timer.start()
        start()  # on the GUI thread: its own time counts as a gap
        self.loop.exec()
        self.timer.stop()
        if self.done_at is None:
            raise RuntimeError("the action did not finish in time")
        return self.worst * 1000


def _type_slowly(widget, text: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    widget.setFocus()
    for n, char in enumerate(text):
        QTimer.singleShot(n * KEY_GAP_MS, lambda char=char: QTest.keyClicks(widget, char))


def _ids(store) -> tuple[str, str, str]:
    """An employer to visit (id, name) and a client whose consent allows a handover form."""
    with store.engine.connect() as conn:
        employer_id, name = conn.exec_driver_sql(
            "SELECT id, name FROM employer WHERE deleted = 0 ORDER BY name LIMIT 1").one()
        client_id = conn.exec_driver_sql(
            "SELECT c.client_id FROM consent c JOIN client k ON k.id = c.client_id "
            "WHERE c.deleted = 0 AND k.deleted = 0 AND c.share_with_authority = 1 AND c.withdrawn_on IS NULL "
            "ORDER BY c.client_id LIMIT 1").scalar()
    return employer_id, name, client_id


SYNC_CHANGES = 100
CPU_KEY = "gui_cpu"


def _sync(window, monitor: StallMonitor, repeat: int, cpu: list[float]) -> list[float]:
    from PySide6.QtCore import Qt

    from desktop.services import employers

    page = window.go_to("sync")
    monitor.during(lambda: None, lambda: page.stack.currentWidget() is page.panel)
    store, actor = window.ctx.store, window.ctx.actor
    with store.engine.connect() as conn:
        ids = [row[0] for row in conn.exec_driver_sql(
            f"SELECT id FROM employer WHERE deleted = 0 ORDER BY id LIMIT {SYNC_CHANGES}")]
    gaps = []
    for n in range(repeat):
        for i, employer_id in enumerate(ids):  # the day's edits, before the measured sync
            employers.update_employer(store, actor=actor, employer_id=employer_id,
                                      fields={"address": f"Satamatie {n + 1}-{i}"})
        outcome: dict = {}
        single = Qt.ConnectionType.SingleShotConnection
        page.runner.finished.connect(lambda receipt, outcome=outcome: outcome.update(done=receipt), single)
        page.runner.failed.connect(lambda error, outcome=outcome: outcome.update(done=error), single)
        gaps.append(monitor.during(page.sync_now, lambda outcome=outcome: "done" in outcome))
        cpu.append(monitor.worst_cpu * 1000)
        if isinstance(outcome["done"], Exception):
            raise RuntimeError(f"the sync failed: {type(outcome['done']).__name__}")
    return gaps


def measure(profile: Path, *, repeat: int, actions: tuple[str, ...] = ("search", "save", "pdf")
            ) -> dict[str, list[float]]:
    """Each action's largest gap per run, in ms; under ``CPU_KEY``, each action's most GUI-thread
    CPU time between two ticks per run (the app's own work in its worst stretch)."""
    from desktop.store.profile import open_profile
    from desktop.ui.app import Application
    from desktop.ui.background import wait_for_idle
    from desktop.ui.handover.dialog import HandoverDialog
    from desktop.ui.i18n import Translations
    from desktop.ui.qt import QApplication

    app = QApplication(sys.argv[:1])
    store = open_profile(profile)
    window = Application(app, store, Translations(app)).show()
    window.resize(1280, 800)
    monitor = StallMonitor()
    monitor.during(lambda: None, lambda: True)  # the first page loads
    employer_id, employer_name, client_id = _ids(store)
    gaps: dict[str, list[float]] = {action: [] for action in actions}
    cpu: dict[str, list[float]] = {action: [] for action in actions}

    def record(action: str, gap: float) -> None:
        gaps[action].append(gap)
        cpu[action].append(monitor.worst_cpu * 1000)

    search = window.search
    for _ in range(repeat if "search" in actions else 0):
        search.clear()
        search.model.set_hits([])
        record("search", monitor.during(lambda: _type_slowly(search, "oulu"),
                                        lambda: search.text() == "oulu" and bool(search.model.hits)))
        search.popup.hide()

    page = window.go_to("visits")
    for n in range(repeat if "save" in actions else 0):
        def start(n=n) -> None:
            page.new_record()
            page.form.start_new(employer_id=employer_id, employer_name=employer_name)
            page.form.notes.setPlainText(f"Benchmark visit {n}: tuotanto laajenee, hitsaajia keväällä.")
            page.form.save()
        record("save", monitor.during(start, lambda: page.stack.currentWidget() is page.list_page
                                      and not page.form.saving))

    if client_id is not None and "pdf" in actions:
        for _ in range(repeat):
            dialog = HandoverDialog(window.ctx, client_id, parent=window)
            dialog.show()
            monitor.during(lambda: None, lambda dialog=dialog: dialog.prefill is not None)
            record("pdf", monitor.during(dialog.show_preview, lambda dialog=dialog: dialog.preview.ready))
            dialog.close()
            dialog.deleteLater()
    if "today" in actions:
        today = window.go_to("today")
        monitor.during(lambda: None, lambda: today.loaded_once and not today.loading)
        for _ in range(repeat):
            record("today", monitor.during(today.reload, lambda: not today.loading))
    if "sync" in actions:
        gaps["sync"] = _sync(window, monitor, repeat, cpu["sync"])
    wait_for_idle()
    window.close()
    store.close()
    return gaps | {CPU_KEY: {action: times for action, times in cpu.items() if times}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", type=Path, required=True, help="a profile whose keyring file is beside it")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--actions", default="search,save,pdf", help="any of search,save,pdf,today,sync")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    use_file_keyring(args.profile.parent)
    gaps = measure(args.profile, repeat=args.repeat, actions=tuple(args.actions.split(",")))
    if args.json:
        print_json(gaps)
    else:
        cpu = gaps.pop(CPU_KEY)
        for action, times in gaps.items():
            if times:
                print(f"{action:<8} worst gap: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms; "
                      f"GUI-thread CPU between two ticks at most: median {statistics.median(cpu[action]):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
