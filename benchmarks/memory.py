"""Peak memory of the app with the large profile open and its lists in use.

    python -m benchmarks.memory --profile DIR        (prints the peak in MB)

A child process opens the app's main window (offscreen) on the profile as
``kentta`` does, then shows and scrolls the lists: the employers (ten pages),
the clients (ten pages), a notes list over every client's notes (the
``listing.NOTES`` list in a table view, ten pages), filters the notes by
"häme", searches "hämeen" in the main window's search box and opens the
client with the most notes. The peak is the child's own resident set high
water mark, the whole process (Python, Qt, SQLCipher's page caches): VmHWM
from /proc/self/status as the child ends. Not ``ru_maxrss`` from ``wait4``:
Linux carries it over from before ``exec``, when the freshly forked child still
counts the parent's pages (a benchmark parent that has just built the large
profile made it read 360 MB for a 238 MB app); where /proc is missing, that
is the fallback.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import ROOT, child_environment, use_file_keyring  # noqa: E402

PAGES = 10


def _scroll(timer, settle, model, view, pages: int) -> None:
    settle.during(lambda: None, lambda: model.rowCount() > 0 or not model.canFetchMore())
    for _ in range(pages):
        before = model.rowCount()
        if not model.canFetchMore():
            break
        timer.until_loaded(model, view.scrollToBottom)
        if model.rowCount() == before:
            break


def _drive(profile: Path, report: Path) -> int:
    from desktop.services import listing
    from desktop.store.profile import open_profile
    from desktop.ui.app import Application
    from desktop.ui.background import wait_for_idle
    from desktop.ui.i18n import Translations
    from desktop.ui.lists.lazy_model import LazyTableModel
    from desktop.ui.qt import QApplication, QTableView

    from benchmarks.gui_stall import StallMonitor
    from benchmarks.ui_lists import Timer

    app = QApplication(sys.argv[:1])
    store = open_profile(profile)
    window = Application(app, store, Translations(app)).show()
    window.resize(1280, 800)
    timer, settle = Timer(app), StallMonitor()
    settle.during(lambda: None, lambda: True)
    loaded = {}
    for key in ("employers", "clients"):
        page = window.go_to(key)
        _scroll(timer, settle, page.model, page.table, PAGES)
        loaded[key] = page.model.rowCount()
    notes = LazyTableModel(window.ctx, listing.NOTES)
    view = QTableView()
    view.setModel(notes)
    view.resize(900, 700)
    view.show()
    timer.until_loaded(notes, notes.reload)
    _scroll(timer, settle, notes, view, PAGES)
    loaded["notes"] = notes.rowCount()
    timer.until_loaded(notes, lambda: notes.set_filter("häme"))
    window.search.setText("hämeen")
    window.search._run()
    settle.during(lambda: None, lambda: bool(window.search.model.hits))
    with store.engine.connect() as conn:
        busiest = conn.exec_driver_sql("SELECT client_id FROM client_note GROUP BY client_id "
                                       "ORDER BY count(*) DESC LIMIT 1").scalar()
    window.show_record("client", busiest)
    settle.during(lambda: None, lambda: True)
    wait_for_idle()
    pool = store.engine.pool
    loaded["database connections"] = pool.checkedin() + pool.checkedout()
    status = Path("/proc/self/status")
    peak = next((int(line.split()[1]) for line in status.read_text().splitlines() if line.startswith("VmHWM:")),
                None) if status.exists() else None
    report.write_text(json.dumps({"peak_kib": peak, "loaded": loaded}))
    view.close()
    window.close()
    store.close()
    return 0


def peak_mb(tmp: Path, profile: Path) -> tuple[float, dict]:
    """(the child's peak resident set in MB, the rows each list had loaded)."""
    report = tmp / "memory-report.json"
    child = subprocess.Popen([sys.executable, "-m", "benchmarks.memory", "--driver", "--profile", str(profile),
                              "--report", str(report)], env=child_environment(tmp), cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"memory driver failed (exit {child.returncode})")
    found = json.loads(report.read_text())
    return (found["peak_kib"] or usage.ru_maxrss) / 1024, found["loaded"]  # both in KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", type=Path, required=True, help="a profile whose keyring file is beside it")
    parser.add_argument("--driver", action="store_true", help="be the measured child")
    parser.add_argument("--report", type=Path)
    args = parser.parse_args()
    if args.driver:
        use_file_keyring(args.profile.parent)
        return _drive(args.profile, args.report)
    peak, loaded = peak_mb(args.profile.parent, args.profile)
    print(f"peak resident set {peak:.0f} MB; rows loaded: {loaded}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
