"""The shared date fields: what is typed stays as typed, leaving writes a date the usual way
only when it reads as exactly that date, and a calendar opens by mouse or keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLineEdit, QToolButton

from desktop.errors import InvalidInput
from desktop.ui.forms.dates import DateEdit, DateTimeEdit, OptionalDate, finnish_date
from desktop.ui.qt import QApplication, Qt, QVBoxLayout, QWidget
from tests.ui.visits.conftest import type_into

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def form(qtbot):
    """A line edit, then the field under test, then another line edit: typed into as a person would."""

    windows = []  # kept for the test's length

    def make(field: QWidget):
        window = QWidget()
        windows.append(window)
        before, after = QLineEdit(), QLineEdit()
        layout = QVBoxLayout(window)
        for widget in (before, field, after):
            layout.addWidget(widget)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        before.setFocus()
        qtbot.keyClick(before, Qt.Key.Key_Tab)  # into the field, its text chosen
        assert QApplication.focusWidget() is field
        return field, after

    return make


def refusal(field) -> tuple[str, str, str]:
    with pytest.raises(InvalidInput) as refused:
        field.value()
    [error] = refused.value.errors
    return error.field, error.code, error.typed


def test_a_date_typed_over_the_one_shown(qtbot, form):
    edit, after = form(DateEdit(dt.date(2025, 1, 1)))
    qtbot.keyClicks(edit, "22.11.2026")
    assert edit.text() == "22.11.2026" and edit.value() == dt.date(2026, 11, 22)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaves the field
    assert QApplication.focusWidget() is after
    assert edit.value() == dt.date(2026, 11, 22)


def test_an_impossible_date_stays_as_typed_and_is_refused(qtbot, form):
    field = DateEdit(dt.date(2025, 1, 1))
    field.setObjectName("noted_on")
    edit, after = form(field)
    qtbot.keyClicks(edit, "31.2.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == "31.2.2026"  # not 28.2.2026
    assert refusal(edit) == ("noted_on", "date_impossible", "31.2.2026")


@pytest.mark.parametrize(("typed", "written"), [
    ("10.3.", f"10.3.{dt.date.today().year}"),
    ("01.03.2026", "1.3.2026"),
    ("1.3.26", "1.3.2026"),
    ("tänään", finnish_date(dt.date.today())),
    ("today", finnish_date(dt.date.today())),
    ("2.12.176", "2.12.176"),  # no date: left as typed
    ("24.11.20262.12.2026", "24.11.20262.12.2026"),
])
def test_leaving_writes_the_date_the_usual_way_only_when_it_reads(qtbot, form, typed, written):
    edit, after = form(DateEdit(dt.date(2025, 1, 1)))
    type_into(edit, typed)  # ä too
    assert edit.text() == typed  # while typing: as typed
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == written


def test_date_and_time_typed_with_a_colon(qtbot, form):
    field = DateTimeEdit(dt.datetime(2025, 1, 1, 8, 0))
    assert field.text() == "1.1.2025 8.00"
    edit, after = form(field)
    qtbot.keyClicks(edit, "22.11.2026 14:30")
    assert edit.text() == "22.11.2026 14:30"
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == "22.11.2026 14.30"
    assert edit.value() == dt.datetime(2026, 11, 22, 14, 30).astimezone()


def test_a_time_that_is_no_time_is_refused(qtbot, form):
    edit, _after = form(DateTimeEdit(dt.datetime(2025, 1, 1, 8, 0)))
    qtbot.keyClicks(edit, "22.11.2026 25.00")
    assert refusal(edit)[1:] == ("time_impossible", "25.00")


def test_the_click_into_the_field_chooses_the_date_a_second_click_places_the_cursor(qtbot, form):
    edit, after = form(DateEdit(dt.date(2027, 3, 10)))
    after.setFocus()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(6, edit.height() // 2))
    assert QApplication.focusWidget() is edit and edit.selectedText() == "10.3.2027"
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(6, edit.height() // 2))
    assert not edit.hasSelectedText()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, "2")
    assert edit.text() == "210.3.2027"  # typed where the cursor is, nothing else


def test_the_calendar_by_keyboard(qtbot, form):
    edit, _after = form(DateEdit(dt.date(2026, 3, 10)))
    qtbot.keyClick(edit, Qt.Key.Key_Down, ALT)
    calendar = edit.calendar
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate().toPython() == dt.date(2026, 3, 10)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert edit.text() == "11.3.2026" and QApplication.focusWidget() is edit
    qtbot.keyClick(edit, Qt.Key.Key_F4)
    qtbot.waitUntil(calendar.isVisible)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert edit.text() == "11.3.2026"  # Esc changes nothing


def test_the_calendar_by_mouse_keeps_the_time(qtbot, form):
    edit, _after = form(DateTimeEdit(dt.datetime(2026, 3, 10, 9, 15)))
    [arrow] = [button for button in edit.findChildren(QToolButton) if button.isVisible()]
    qtbot.mouseClick(arrow, Qt.MouseButton.LeftButton)
    calendar = edit.calendar
    qtbot.waitUntil(calendar.isVisible)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # a week on
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert edit.text() == "17.3.2026 9.15"


def test_optional_date(qtbot):
    optional = OptionalDate("Signed on", None, name="letter_of_intent_date")
    qtbot.addWidget(optional)
    assert optional.value() is None and not optional.edit.isEnabled()
    assert (optional.check.objectName(), optional.edit.objectName()) == ("letter_of_intent_date_set",
                                                                         "letter_of_intent_date")
    assert optional.focusProxy() is optional.check
    optional.set_value(dt.date(2026, 3, 4))
    assert optional.check.isChecked() and optional.value() == dt.date(2026, 3, 4)
    assert optional.focusProxy() is optional.edit  # an error in the date takes the focus there
    optional.edit.setText("31.2.2026")
    assert refusal(optional) == ("letter_of_intent_date", "date_impossible", "31.2.2026")
    optional.check.click()
    assert optional.value() is None and not optional.edit.isEnabled()
    optional.check.click()
    assert optional.edit.text() == "31.2.2026"  # kept while the date was off
