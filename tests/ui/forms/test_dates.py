"""The shared date fields: a date typed the Finnish way lands where it is meant to."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QLineEdit

from desktop.ui.forms.dates import DateEdit, DateTimeEdit, OptionalDate, finnish_date
from desktop.ui.qt import QApplication, Qt, QVBoxLayout, QWidget


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
        qtbot.keyClick(before, Qt.Key.Key_Tab)  # into the field, its first section chosen
        assert QApplication.focusWidget() is field
        return field, after

    return make


def test_a_full_day_then_a_dot_does_not_skip_the_month(qtbot, form):
    edit, _after = form(DateEdit(dt.date(2025, 1, 1)))
    qtbot.keyClicks(edit, "22.11.2026")
    assert edit.value() == dt.date(2026, 11, 22)
    assert edit.text() == "22.11.2026"


def test_qt_alone_would_put_the_month_into_the_year(qtbot, form):
    """Why DateEdit exists: a plain QDateEdit takes the same keys otherwise."""
    plain = QDateEdit(QDate(2025, 1, 1))
    plain.setDisplayFormat("d.M.yyyy")
    edit, _after = form(plain)
    qtbot.keyClicks(edit, "22.11.2026")
    assert edit.date() != QDate(2026, 11, 22)


def test_short_sections_and_tab_to_the_next_field(qtbot, form):
    edit, after = form(DateEdit(dt.date(2025, 1, 1)))
    qtbot.keyClicks(edit, "1.2.2026")
    assert edit.value() == dt.date(2026, 2, 1)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaves the field, not to its next section
    assert QApplication.focusWidget() is after


def test_date_and_time_typed(qtbot, form):
    field = DateTimeEdit()
    field.setDateTime(QDateTime(QDate(2025, 1, 1), QTime(8, 0)))
    edit, _after = form(field)
    qtbot.keyClicks(edit, "22.11.2026 14.30")
    assert edit.dateTime().toPython() == dt.datetime(2026, 11, 22, 14, 30)


def test_optional_date(qtbot):
    optional = OptionalDate("Signed on", None, name="letter_of_intent_date")
    qtbot.addWidget(optional)
    assert optional.value() is None and not optional.edit.isEnabled()
    assert (optional.check.objectName(), optional.edit.objectName()) == ("letter_of_intent_date_set",
                                                                         "letter_of_intent_date")
    optional.set_value(dt.date(2026, 3, 4))
    assert optional.check.isChecked() and optional.value() == dt.date(2026, 3, 4)
    optional.check.click()
    assert optional.value() is None and not optional.edit.isEnabled()


def test_finnish_date():
    assert finnish_date(dt.date(2026, 11, 2)) == "2.11.2026"
    assert finnish_date("2026-11-22T10:00:00") == "22.11.2026"
    assert finnish_date(None) == "" and finnish_date("") == ""
