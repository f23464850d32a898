"""The visit's date and time and its follow-up date, typed by keyboard: saved as typed, a date that
is no date said beside its field (in Finnish) and kept as typed in the draft."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint

from desktop.services import visits
from desktop.store.tables import Visit
from desktop.ui.visits.page import VisitsPage
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name
from tests.ui.visits.conftest import focused_name, open_the_only_visit, press, rows, tab_to, type_text
from tests.ui.visits.test_drafts import _answer_offer, _new_visit_for_kone, _saved
from desktop.ui.qt import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def test_an_impossible_date_is_refused_beside_the_field_then_the_one_typed_is_saved(
        qtbot, finnish, visits_page, store, kone):
    page = visits_page
    form = page.form
    _new_visit_for_kone(qtbot, page)
    tab_to(qtbot, "visited_at")
    type_text(qtbot, "31.2.2026 10.00")
    assert form.visited_at.text() == "31.2.2026 10.00"  # the old date edit showed and saved 28.2.2026
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not form.saving)
    error = form.findChild(type(form.form_error), "error_visited_at")
    assert error.isVisible()
    assert error.text() == "31.2.2026 ei ole päivämäärä."
    assert form.visited_at.text() == "31.2.2026 10.00"
    assert rows(store, Visit) == []

    form.visited_at.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "27.2.2026 10:00")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.list_page)
    [visit] = rows(store, Visit)
    assert visit.visited_at.astimezone().replace(tzinfo=None) == dt.datetime(2026, 2, 27, 10, 0)


def test_a_follow_up_typed_over_the_one_recorded(qtbot, visits_page, store, actor, kone):
    """A click into the date (on its day), then the date typed: the old date edit kept the day,
    10.1.2026; the click now chooses the whole date, as Tab does."""
    visits.record_visit(store, actor=actor, employer_id=kone.id, data={
        "visited_at": dt.datetime(2025, 12, 1, 10, 0).astimezone(), "follow_up_date": dt.date(2027, 3, 10)})
    page = visits_page
    form = open_the_only_visit(qtbot, page)
    field = form.follow_up
    assert field.text() == "10.3.2027"
    form.scroll.ensureWidgetVisible(field)
    day = QPoint(6, field.height() // 2)
    under = field.childAt(day)  # what the mouse meets there (a plain line edit has no child there)
    qtbot.mouseClick(under or field, Qt.MouseButton.LeftButton, pos=under.mapFrom(field, day) if under else day)
    assert focused_name() == "follow_up_date"
    type_text(qtbot, "1.1.2026")
    assert field.text() == "1.1.2026"
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.list_page)
    [visit] = rows(store, Visit)
    assert visit.follow_up_date == dt.date(2026, 1, 1)  # the old date edit saved 10.1.2026


def test_the_draft_keeps_a_date_as_typed(qtbot, visits_page, ctx, store, kone):
    page = visits_page
    form = page.form
    _new_visit_for_kone(qtbot, page)
    tab_to(qtbot, "visited_at")
    type_text(qtbot, "31.2.2026 10.00")
    state = form.state()
    assert state["typed_dates"] == {"visited_at": "31.2.2026 10.00"}
    qtbot.waitUntil(lambda: any(d.data == state for d in _saved(store)), timeout=3000)

    other = VisitsPage(ctx)  # as on the next start
    qtbot.addWidget(other)
    other.offer_drafts()
    _answer_offer(qtbot, "draft_continue")
    assert other.form.visited_at.text() == "31.2.2026 10.00"
