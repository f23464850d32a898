"""Start-up: a new process until the app's main window is shown and its event loop runs.

    python -m benchmarks.startup --driver app --profile DIR    (one start; prints "ready")
    python -m benchmarks.startup --driver bare                 (a bare QMainWindow)

The app driver does what ``kentta`` does on start (``desktop.ui.app.run_app``):
a QApplication with the app's name and icon, the translations, the profile
unlocked with the raw key from the keyring (migrations checked), the main
window built and shown. A zero-time timer then prints "ready": it fires once
the event loop has handled what ``show()`` queued (the first paint), that is,
when the window would answer a click. The bare driver shows and closes a plain
QMainWindow the same way. ``measure`` times each from the moment the child is
started until "ready" is read; the process then exits.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.environment import READY, ROOT, child_environment


def _drive(kind: str, profile: Path | None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    store = None
    if kind == "bare":
        window = QMainWindow()
        window.show()
    else:
        from desktop.paths import resources_dir
        from desktop.store.profile import open_profile
        from desktop.ui.app import Application
        from desktop.ui.i18n import Translations, system_language
        from desktop.ui.qt import QIcon

        app.setApplicationName("Kenttä")
        app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kentta.svg")))
        translations = Translations(app)
        translations.use(system_language())
        store = open_profile(profile)
        window = Application(app, store, translations).show()

    def ready() -> None:
        print(READY, flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()
    if store is not None:
        from desktop.ui.background import wait_for_idle

        wait_for_idle()
        store.close()
    return 0


def time_start(tmp: Path, args: list[str]) -> tuple[float, float]:
    """(ms until "ready", ms until the process has exited) for one start of the driver."""
    begin = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "benchmarks.startup", *args], env=child_environment(tmp),
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = child.stdout.readline().strip()
    ready = (time.perf_counter() - begin) * 1000
    child.stdout.read()
    child.wait(timeout=60)
    ended = (time.perf_counter() - begin) * 1000
    if line != READY or child.returncode != 0:
        raise RuntimeError(f"start-up driver {args} failed (exit {child.returncode})")
    return ready, ended


def measure(tmp: Path, profile: Path, *, runs: int = 5) -> dict[str, list[float]]:
    """Start the app and the bare window ``runs`` times each, alternating; the first of each is a warm-up."""
    times: dict[str, list[float]] = {"app": [], "bare": [], "app_exit": [], "bare_exit": []}
    for round_ in range(runs + 1):
        for kind, extra in (("bare", []), ("app", ["--profile", str(profile)])):
            ready, ended = time_start(tmp, ["--driver", kind, *extra])
            if round_:  # round 0 fills the OS file cache, as any earlier start would have
                times[kind].append(ready)
                times[f"{kind}_exit"].append(ended)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--driver", choices=("app", "bare"), required=True)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    return _drive(args.driver, args.profile)


if __name__ == "__main__":
    sys.exit(main())

