"""Start the app on a profile folder on a screen of a given size, visit every page, and print
what the window measured as JSON: run by tests/ui/window/test_window_fits.py in a process
of its own, because the offscreen platform's screen is chosen when the QApplication starts.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.ui.window.probe DATA_DIR
"""

from __future__ import annotations

import json
import sys

from desktop.ui.app import Starter, prepare_application
from desktop.ui.background import wait_for_idle


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main(data_dir: str) -> int:
    app = prepare_application()
    starter = Starter(app, data_dir)
    opened: list[bool] = []
    starter.opened.connect(lambda: opened.append(True))
    starter.begin()
    while not opened:
        app.processEvents()
        wait_for_idle()
    window = starter.window
    screen = window.screen().availableGeometry()
    frames = {"start": rect(window.frameGeometry())}
    for spec in window.specs:
        if spec.key not in window.pages:
            continue  # not for this role
        window.go_to(spec.key)
        for _ in range(20):
            wait_for_idle()
            app.processEvents()
        frames[spec.key] = rect(window.frameGeometry())
    window.close()
    wait_for_idle()
    starter.close()
    print(json.dumps({"screen": rect(screen), "frames": frames}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
