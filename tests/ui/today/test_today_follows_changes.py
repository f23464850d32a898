"""The Today page follows the app's changes at once: a visit saved in the form with a follow-up
today appears, and the navigation's count goes up, without reopening the page."""

from __future__ import annotations

import datetime as dt

from desktop.sync import outbox
from desktop.ui.qt import Qt
from tests.ui.today.conftest import nav_text, rows
from tests.ui.visits.conftest import focused_name, press, tab_to, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_visit_saved_with_a_follow_up_today_appears_at_once(qtbot, today_window, kone):
    page = today_window.pages["today"]
    assert rows(page) == [] and nav_text(today_window) == "Today"
    visits_page = today_window.go_to("visits")
    press(qtbot, Qt.Key.Key_N, CTRL)
    form = visits_page.form
    assert focused_name() == "employer_search"
    type_text(qtbot, "kempe")
    qtbot.waitUntil(lambda: len(form.employer.model.hits) == 1)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    tab_to(qtbot, "next_step")
    type_text(qtbot, "Soita rekrytoinnista")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name() == "follow_up_set"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    today = dt.date.today()
    type_text(qtbot, f"{today.day}.{today.month}.{today.year}")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: visits_page.stack.currentWidget() is visits_page.list_page)

    qtbot.waitUntil(lambda: nav_text(today_window) == "Today (1)")  # seen from the Visits page
    assert rows(page) == [("follow_up_today", "Kempeleen Kone Oy")]
    with page.ctx.store.reader() as session:
        waiting = outbox.waiting(session)  # the employer, its contact, the other employer, the visit
    assert rows(page, waiting=True)[-1] == ("conflict", f"{waiting} change(s) waiting to be sent")
    assert today_window.page_actions[0].text() == "Today (1)"  # the View menu says it too
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert today_window.current_page() is page
