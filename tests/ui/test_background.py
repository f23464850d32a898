"""The one way the UI runs work in the background: the builders, and no other thread mechanism."""

from __future__ import annotations

import re
import sys
import threading
from pathlib import Path

import shiboken6

from desktop.errors import KenttaError
from desktop.ui import background
from desktop.ui.background import operation, wait_for_idle
from desktop.ui.qt import QMessageBox, QWidget

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ui"

# Every way Python or Qt offers to run code on another thread or process.
THREAD_MECHANISMS = re.compile(
    r"\bthreading\s*\.\s*(Thread|Timer)\b|\bfrom\s+threading\s+import\b[^\n]*\b(Thread|Timer)\b"
    r"|\bQThread\b|\bQThreadPool\b|\bQRunnable\b|\bQtConcurrent\b|\bmoveToThread\b"
    r"|\bconcurrent\.futures\b|\b(Thread|Process)PoolExecutor\b|\b_thread\b|\bmultiprocessing\b"
    r"|\basyncio\b|\bQFutureWatcher\b"
)


def _threads_in(path: Path) -> list[str]:
    code = "\n".join(line.split("#", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
    return [match.group(0) for match in THREAD_MECHANISMS.finditer(code)]


def test_no_thread_mechanism_under_desktop_ui_but_the_dispatcher_and_the_listed_ones():
    found = {path.relative_to(ROOT).as_posix(): _threads_in(path) for path in sorted(UI.rglob("*.py"))}
    found = {path: uses for path, uses in found.items() if uses}
    allowed = {"desktop/ui/background.py", *background.OTHER_THREADS}
    assert sorted(set(found) - allowed) == [], {path: found[path] for path in set(found) - allowed}
    # The list stays true: each listed thread is still there, and its reason is in the docstring.
    assert sorted(set(background.OTHER_THREADS) - set(found)) == []
    for path in background.OTHER_THREADS:
        assert f"``{path}``" in background.__doc__


def test_the_scan_sees_each_way_of_starting_a_thread(tmp_path):
    for line in ("threading.Thread(target=work).start()", "from threading import Thread",
                 "pool = QThreadPool.globalInstance()", "class Job(QRunnable):", "worker.moveToThread(thread)",
                 "from concurrent.futures import ThreadPoolExecutor", "asyncio.run(main())"):
        probe = tmp_path / "probe.py"
        probe.write_text(line + "\n", encoding="utf-8")
        assert _threads_in(probe), line
    probe.write_text("lock = threading.Lock()  # threading.Thread in a comment\n", encoding="utf-8")
    assert _threads_in(probe) == []


def test_success_after_progress_ends_on_the_gui_thread(qtbot, qapp):
    events: list[object] = []

    def work() -> int:
        events.append("work" if threading.current_thread() is not threading.main_thread() else "work on the GUI thread")
        return 42

    (operation(work)
     .with_progress(lambda busy: events.append(("busy", busy)))
     .success(lambda result: events.append(("done", result, threading.current_thread() is threading.main_thread())))
     .run_in_background())
    assert events[0] == ("busy", True)  # at once, before the work
    qtbot.waitUntil(lambda: len(events) == 4)
    assert events[1:] == ["work", ("busy", False), ("done", 42, True)]


def test_once_workers_run_a_thread_keeps_pythons_lock_a_millisecond_before_giving_way(qtbot, qapp):
    done: list[int] = []
    operation(lambda: 1).success(done.append).run_in_background()
    qtbot.waitUntil(lambda: done == [1])
    assert sys.getswitchinterval() == background.SWITCH_INTERVAL_S < 0.005  # Python's default: 5 ms


def test_failure_goes_to_its_callback_or_else_to_a_dialog(qtbot, qapp, monkeypatch):
    errors: list[Exception] = []

    def fail() -> None:
        raise KenttaError("Ei onnistunut.")

    operation(fail).success(lambda _r: errors.append("success?")).failure(errors.append).run_in_background()
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], KenttaError)

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    operation(fail).run_in_background()
    qtbot.waitUntil(lambda: shown == ["Ei onnistunut."])


def test_nothing_is_called_back_once_the_parent_is_deleted(qtbot, qapp):
    called: list[object] = []
    widget = QWidget()
    started = []

    def work() -> str:
        started.append(True)
        return "late"

    (operation(work, parent=widget)
     .with_progress(lambda busy: called.append(("busy", busy)))
     .success(called.append)
     .run_in_background())
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))
    wait_for_idle()
    # Whatever the dispatcher had queued is delivered now: a delivery would call back.
    qapp.processEvents()
    assert started == [True]
    assert called == [("busy", True)]


def test_when_idle_waits_for_the_work_running_and_what_its_results_start(qtbot, qapp):
    """Start-up's "after the first page's rows": the callback comes once every result is
    handled, including work that a result's callback submitted, and not before."""
    order: list[str] = []
    gate = threading.Event()

    def second(_value) -> None:
        order.append("second done")

    def first(_value) -> None:
        order.append("first done")
        operation(lambda: None).success(second).run_in_background()  # a page reading again

    operation(lambda: gate.wait(5)).success(first).run_in_background()
    background.when_idle(lambda: order.append("idle"))
    qtbot.wait(50)
    assert order == []  # the work still runs
    gate.set()
    qtbot.waitUntil(lambda: "idle" in order, timeout=5000)
    assert order == ["first done", "second done", "idle"]

    background.when_idle(lambda: order.append("at once"))  # nothing running: from the event loop
    assert order[-1] == "idle"
    qtbot.waitUntil(lambda: order[-1] == "at once", timeout=1000)


def test_when_idle_gives_up_waiting_after_its_limit(qtbot, qapp):
    gate = threading.Event()
    called: list[bool] = []
    operation(lambda: gate.wait(5)).run_in_background()
    background.when_idle(lambda: called.append(True), at_most_ms=100)
    qtbot.waitUntil(lambda: called == [True], timeout=2000)
    gate.set()
    wait_for_idle()
    qtbot.wait(20)
    assert called == [True]  # once only, though the work has now ended too
