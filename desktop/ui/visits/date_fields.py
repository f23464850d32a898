"""Date fields that take a date typed the Finnish way, "22.11.2026", and leave on Tab.

Qt's date edit moves to the next section by itself once a section is full
("22"), and then moves again on the "." a person types next, so that
"22.11.2026" would land the month in the year. Here a separator typed just
after such a move is taken as already done. Tab leaves the field instead of
walking through its sections; typing a separator or a full section moves on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from desktop.ui.qt import Qt, QWidget

SEPARATORS = (".", " ", ":", ",")


class _Typing:
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


class DateField(_Typing, QDateEdit):
    def __init__(self, display_format: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)


class DateTimeField(_Typing, QDateTimeEdit):
    def __init__(self, display_format: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)
