"""Through the live server, in Finnish: coach B asks to be assigned to coach A's client; after A's
sync A's Today page lists the request (who asks, and the client) and counts it; Enter opens the
client's page, Accept there removes the row, and B's next sync brings the client."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QPushButton

from desktop.store.tables import Staff
from desktop.ui.qt import QApplication, Qt
from tests.sync.conftest import run_sync
from tests.sync.test_duplicate_dialog import _asked, _names, _window
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name
from tests.ui.today.conftest import rows, select


def test_a_sees_bs_request_on_today_and_accepts_it_on_the_clients_page(qtbot, qapp, finnish, server, profiles):
    (a, _coach_a), (b, coach_b), x = _asked(server, profiles)
    with a.reader() as session:
        name_b = session.get(Staff, coach_b.staff_id).name
    window_a = _window(qtbot, a)
    window_a.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window_a)
    today = window_a.pages["today"]
    expected = ("assignment_request", f"{name_b} pyytää, että hänetkin nimetään asiakkaalle Äijälä Öhman")
    qtbot.waitUntil(lambda: expected in rows(today), timeout=5_000)
    assert window_a.nav.item(0).text().startswith("Tänään (")
    shots = os.environ.get("TODAY_SCREENSHOTS")
    if shots:
        window_a.grab().save(os.path.join(shots, "today_request.png"))
    # The requester's own Today has no row for it: the decision is A's.
    window_b = _window(qtbot, b)
    qtbot.waitUntil(lambda: window_b.pages["today"].loaded_once)
    assert not [row for row in rows(window_b.pages["today"]) if row[0] == "assignment_request"]

    window_a.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window_a)
    select(today, "assignment_request")
    qtbot.keyClick(today.tree, Qt.Key.Key_Return)
    clients_page = window_a.pages["clients"]
    qtbot.waitUntil(lambda: window_a.current_page() is clients_page and clients_page.view.client_id == x.id)
    panel = clients_page.view.requests
    qtbot.waitUntil(panel.isVisible, timeout=5_000)
    qtbot.mouseClick(panel.findChild(QPushButton, "accept_request"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: expected not in rows(today) and not today.loading, timeout=5_000)
    assert run_sync(a).outcome == "ok" and run_sync(b).outcome == "ok"
    assert _names(b) == ["Äijälä Öhman"]
