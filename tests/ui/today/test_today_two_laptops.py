"""One coordinator, two laptops, the project's real server on loopback: a follow-up recorded on
one laptop is due on both; marked done on one (by keyboard), it is gone from the other's Today
page after that laptop syncs (its Sync page, as a person starts it)."""

from __future__ import annotations

import datetime as dt

from desktop.services import employers, visits
from desktop.services.setup import current_actor
from desktop.ui.background import wait_for_idle
from desktop.ui.context import UiContext
from desktop.ui.qt import QApplication, Qt
from tests.sync.conftest import profiles, run_sync, server, sqlite_template  # noqa: F401 - fixtures
from tests.ui.today.conftest import nav_text, rows


def _window(qtbot, store):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.page_registry import page_specs

    window = MainWindow(UiContext(store, current_actor(store)), page_specs(), user_label="Testi Koordinaattori")
    qtbot.addWidget(window)
    window.show()
    page = window.pages["today"]
    qtbot.waitUntil(lambda: page.loaded_once)
    return window, page


def _sync_on_screen(qtbot, window):
    sync_page = window.pages["sync"]
    before = sync_page.receipt.summary.text()
    window.sync_now()
    qtbot.waitUntil(lambda: sync_page.sync_button.isEnabled() and sync_page.receipt.summary.text() != before,
                    timeout=30_000)


def test_a_follow_up_marked_done_on_one_laptop_is_gone_from_the_other_after_sync(qtbot, server, profiles):
    account = server.add_user("employer_coordinator")
    first, second = profiles(account.username), profiles(account.username)
    run_sync(first)
    run_sync(second)
    me = current_actor(first)
    employer = employers.create_employer(first, actor=me, data={"name": "Raahen Teräs Oy", "municipality": "Raahe"})
    due = dt.date.today()
    visit = visits.record_visit(first, actor=me, employer_id=employer.id, data={
        "visited_at": dt.datetime.combine(due - dt.timedelta(days=7), dt.time(9), tzinfo=dt.timezone.utc),
        "next_step": "Soita HR:lle", "follow_up_date": due})
    run_sync(first)
    run_sync(second)

    window_1, page_1 = _window(qtbot, first)
    window_2, page_2 = _window(qtbot, second)
    for page, window in ((page_1, window_1), (page_2, window_2)):
        assert [group for group, _text in rows(page)] == ["follow_up_today"]
        assert page.current_item().record_id == visit.id
        assert nav_text(window) == "Today (1)"

    window_1.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window_1)
    page_1.tree.setFocus()
    qtbot.keyClick(page_1.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert rows(page_1) == [] and nav_text(window_1) == "Today"
    qtbot.waitUntil(lambda: page_1.status.text() == "Follow-up marked done.")
    _sync_on_screen(qtbot, window_1)
    assert rows(page_2) != []  # the other laptop has not synced yet

    _sync_on_screen(qtbot, window_2)
    qtbot.waitUntil(lambda: rows(page_2) == [])  # the sync's changes reach the page at once
    assert nav_text(window_2) == "Today"
    assert page_2.nothing.isVisibleTo(page_2)
    wait_for_idle()
