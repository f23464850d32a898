"""Run by test_drafts in its own process: open the profile, type into a new visit,
let 2.5 s of event-loop time pass, say "typed", then hang until killed.

    python tests/ui/visits/draft_child.py <profile folder> <employer query> <notes>
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtTest import QTest

from desktop.services import setup
from desktop.store.profile import open_profile
from desktop.ui.context import UiContext
from desktop.ui.qt import QApplication, QTimer
from desktop.ui.visits.page import VisitsPage


def main(profile: str, employer_query: str, notes: str) -> None:
    app = QApplication(sys.argv[:1])
    store = open_profile(Path(profile))
    page = VisitsPage(UiContext(store, setup.current_actor(store)))
    page.resize(1000, 700)
    page.show()
    page.new_record()
    QTest.keyClicks(page.form.employer.search, employer_query)
    QTest.keyClicks(page.form.notes, notes)
    # A real event loop (as app.exec() is), which lets the worker threads run.
    loop = QEventLoop()
    QTimer.singleShot(2500, loop.quit)
    loop.exec()
    print("typed", flush=True)
    time.sleep(600)  # killed long before this ends
    del app


if __name__ == "__main__":
    main(*sys.argv[1:4])
