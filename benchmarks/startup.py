"""Start-up: a new process until the app's main window is shown and its event loop runs.

    python -m benchmarks.startup --driver app --profile DIR    (one start; prints "ready", then "opened")
    python -m benchmarks.startup --driver bare                 (a bare QMainWindow; prints "ready")

The app driver does what ``kentta`` does on start (``desktop.ui.app.run_app``,
through its ``Starter``): the command's modules imported, logging to the
profile, a QApplication with the app's name and icon, the window shown in the
profile's language, the data layer loaded on a worker thread, the profile
unlocked with the raw key from the keyring (migrations checked) and attached.
A zero-time timer prints "ready" once the event loop has handled what
``show()`` queued (the first paint): the window answers a click. "opened"
follows when the profile is open in the window and the start page's list (the
Today page for the demo profile's role) has its first rows, again after the
event loop has painted them. The bare driver
shows and closes a plain QMainWindow the same way. ``measure`` times each from
the moment the child is started until the line is read; the process then exits.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.environment import READY, ROOT, child_environment

OPENED = "opened"


def _drive(kind: str, profile: Path | None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    def say(line: str) -> None:
        print(line, flush=True)

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.show()

        def ready() -> None:
            say(READY)
            window.close()
            app.quit()

        QTimer.singleShot(0, ready)
        app.exec()
        return 0

    import desktop.cli  # noqa: F401 - what the kentta command imports before it starts the window
    from desktop.logsetup import configure_logging
    from desktop.ui.app import Starter, prepare_application
    from desktop.ui.background import wait_for_idle

    configure_logging(profile)
    app = prepare_application()
    starter = Starter(app, profile)
    starter.shown.connect(lambda: QTimer.singleShot(0, lambda: say(READY)))

    def first_rows() -> None:
        window = starter.window
        model = window.pages[window.specs[window.nav.currentRow()].key].model  # the start page's list
        done = []

        def finish(*_args) -> None:
            if not done and model.rowCount() > 0:
                done.append(True)
                QTimer.singleShot(0, lambda: (say(OPENED), starter.window.close(), app.quit()))

        for signal in ("loaded", "modelReset", "rowsInserted"):
            if hasattr(model, signal):
                getattr(model, signal).connect(finish)
        finish()

    starter.opened.connect(first_rows)
    if not starter.begin():
        return 1
    app.exec()
    wait_for_idle()
    starter.close()
    return 0


def time_start(tmp: Path, args: list[str]) -> dict[str, float]:
    """ms from starting the driver until each line it printed was read, and until it exited."""
    begin = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "benchmarks.startup", *args], env=child_environment(tmp),
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    times = {}
    for line in child.stdout:
        times[line.strip()] = (time.perf_counter() - begin) * 1000
    child.wait(timeout=60)
    times["exit"] = (time.perf_counter() - begin) * 1000
    if READY not in times or child.returncode != 0:
        raise RuntimeError(f"start-up driver {args} failed (exit {child.returncode})")
    return times


def measure(tmp: Path, profile: Path, *, runs: int = 5) -> dict[str, list[float]]:
    """Start the app and the bare window ``runs`` times each, alternating; the first of each is a warm-up."""
    times: dict[str, list[float]] = {"app": [], "bare": [], "app_opened": [], "app_exit": [], "bare_exit": []}
    for round_ in range(runs + 1):
        for kind, extra in (("bare", []), ("app", ["--profile", str(profile)])):
            found = time_start(tmp, ["--driver", kind, *extra])
            if round_:  # round 0 fills the OS file cache, as any earlier start would have
                times[kind].append(found[READY])
                times[f"{kind}_exit"].append(found["exit"])
                if kind == "app":
                    times["app_opened"].append(found[OPENED])
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--driver", choices=("app", "bare"), required=True)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    return _drive(args.driver, args.profile)


if __name__ == "__main__":
    sys.exit(main())

