"""Date fields in Finnish form (d.M.yyyy) that take a date typed the Finnish way.

Qt's date edit moves to the next section by itself once a section is full
("22"), and then moves again on the "." a person types next, so that
"22.11.2026" would land the month in the year. Here a separator typed just
after such a move is taken as already done. Tab leaves the field instead of
walking through its sections; typing a separator or a full section moves on.
Every form uses these: ``DateEdit``, ``DateTimeEdit`` and ``OptionalDate``
(a date that may be left out).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout

from desktop.ui.qt import Qt, QWidget

DATE_FORMAT = "d.M.yyyy"
DATE_TIME_FORMAT = "d.M.yyyy H.mm"
SEPARATORS = (".", " ", ":", ",")


def finnish_date(value: dt.date | str | None) -> str:
    """A date as people here write it: 22.11.2026 (an ISO text is read first)."""
    if value in (None, ""):
        return ""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return f"{day.day}.{day.month}.{day.year}"


class _Typing:
    """Typing and Tab as a person expects them, for a QDateEdit or QDateTimeEdit."""

    _moved_by_itself = False

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        if text in SEPARATORS and self._moved_by_itself:
            self._moved_by_itself = False
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_by_itself = text.isdigit() and self.currentSectionIndex() != before

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self._moved_by_itself = False
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
            return True
        return super().event(event)


class DateEdit(_Typing, QDateEdit):
    """A date with a calendar; today unless told."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.set_value(value or dt.date.today())

    def set_value(self, value: dt.date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> dt.date:
        return self.date().toPython()


class DateTimeEdit(_Typing, QDateTimeEdit):
    """A date and a time of day (d.M.yyyy H.mm) with a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_TIME_FORMAT)
        self.setCalendarPopup(True)


class OptionalDate(QWidget):
    """A date that may be left out: a check box turns the date on.

    With ``name``, the date edit is named ``name`` and the check box
    ``<name>_set``. Focus goes to the check box.
    """

    def __init__(self, text: str, value: dt.date | None = None, parent: QWidget | None = None, *,
                 name: str | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = DateEdit(value)
        if name:
            self.check.setObjectName(f"{name}_set")
            self.edit.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_value(value)
        self.setFocusProxy(self.check)

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.set_value(value)

    def value(self) -> dt.date | None:
        return self.edit.value() if self.check.isChecked() else None
