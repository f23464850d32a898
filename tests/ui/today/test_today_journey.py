"""The Today page as a person uses it: what is due appears, Enter opens it, done and moved go at once."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from desktop.store.tables import OutboxEntry
from desktop.ui.qt import QApplication, Qt
from tests.ui.today.conftest import follow_up, nav_text, rows


def test_today_is_the_coach_start_page_and_the_list_takes_the_keyboard(qtbot, today_window):
    assert today_window.current_page() is today_window.pages["today"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today_window.pages["today"].tree)


def test_a_due_follow_up_appears_and_enter_opens_its_visit(qtbot, today_window, ctx):
    page = today_window.pages["today"]
    assert rows(page) == [] and page.nothing.isVisibleTo(page) and nav_text(today_window) == "Today"
    visit = follow_up(ctx.store, ctx.actor, "Kempeleen Kone Oy", next_step="Tarjoa työkokeilua")
    follow_up(ctx.store, ctx.actor, "Oulun Leipomo Oy", due_in_days=-2)
    ctx.bus.changed.emit("visit", {visit.id})  # as a save elsewhere in the app announces it
    qtbot.waitUntil(lambda: len(rows(page)) == 2)
    assert [group for group, _text in rows(page)] == ["follow_up_overdue", "follow_up_today"]
    assert not page.nothing.isVisibleTo(page)
    assert nav_text(today_window) == "Today (2)"

    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)  # from the overdue row to today's
    assert page.current_item().record_id == visit.id
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    visits_page = today_window.pages["visits"]
    qtbot.waitUntil(lambda: today_window.current_page() is visits_page)
    qtbot.waitUntil(lambda: visits_page.stack.currentWidget() is visits_page.form)
    qtbot.waitUntil(lambda: str(visits_page.form.visit_id) in (str(visit.id), visit.id.hex))


def test_marking_done_removes_the_row_at_once_and_writes_a_synced_change(qtbot, today_window, ctx):
    page = today_window.pages["today"]
    first = follow_up(ctx.store, ctx.actor, "Kempeleen Kone Oy", due_in_days=-1)
    second = follow_up(ctx.store, ctx.actor, "Oulun Leipomo Oy")
    page.reload()
    qtbot.waitUntil(lambda: len(rows(page)) == 2)
    page.tree.setFocus()
    assert page.current_item().record_id == first.id
    with ctx.store.reader() as session:
        before = len(session.exec(select(OutboxEntry).where(OutboxEntry.record_id == first.id)).all())
    qtbot.keyClick(page.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(rows(page)) == 1  # at once, before the change is written
    assert page.current_item().record_id == second.id  # the keyboard moved to the next row
    assert nav_text(today_window) == "Today (1)"
    qtbot.waitUntil(lambda: page.status.text() == "Follow-up marked done.")
    with ctx.store.reader() as session:
        after = len(session.exec(select(OutboxEntry).where(OutboxEntry.record_id == first.id)).all())
    assert after == before + 1
    page.reload()
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not page.loading)
    assert len(rows(page)) == 1


def test_moving_a_follow_up_takes_a_typed_date(qtbot, today_window, ctx):
    page = today_window.pages["today"]
    visit = follow_up(ctx.store, ctx.actor, "Kempeleen Kone Oy")
    page.reload()
    qtbot.waitUntil(lambda: len(rows(page)) == 1)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page, "move_dialog", None) is not None and page.move_dialog.isVisible())
    dialog = page.move_dialog
    later = dt.date.today() + dt.timedelta(days=10)
    field = dialog.date
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, f"{later.day}.{later.month}.{later.year}")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [group for group, _text in rows(page)] == ["follow_up_later"]
    assert nav_text(today_window) == "Today"
    qtbot.waitUntil(lambda: page.status.text().startswith("Follow-up moved to"))
    from desktop.store.tables import Visit

    with ctx.store.reader() as session:
        assert session.get(Visit, visit.id).follow_up_date == later


def test_arrows_pass_over_the_titles_and_left_folds_a_group(qtbot, today_window, ctx):
    page = today_window.pages["today"]
    late = follow_up(ctx.store, ctx.actor, "Kempeleen Kone Oy", due_in_days=-1)
    due = follow_up(ctx.store, ctx.actor, "Oulun Leipomo Oy")
    page.reload()
    qtbot.waitUntil(lambda: len(rows(page)) == 2)
    page.tree.setFocus()
    assert page.current_item().record_id == late.id
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.current_item().record_id == due.id  # over "Follow-ups today"
    qtbot.keyClick(page.tree, Qt.Key.Key_Up)
    assert page.current_item().record_id == late.id
    qtbot.keyClick(page.tree, Qt.Key.Key_Left)  # folds "Follow-ups overdue"; the keyboard on its title
    assert rows(page) == [("follow_up_today", "Oulun Leipomo Oy")]
    assert page.current_item() is None and not page.done_button.isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.current_item().record_id == due.id
    qtbot.keyClick(page.tree, Qt.Key.Key_Up)  # the folded group's title is a stop
    assert page.current_item() is None
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)  # Enter on a title unfolds it, as Right does
    assert len(rows(page)) == 2
