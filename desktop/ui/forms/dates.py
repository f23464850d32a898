"""Date fields that take a date as text and keep what is typed.

A date field is a line edit: what a person types stays exactly as typed (no
sections that move by themselves, no day clamped to the month). It reads the
text with ``desktop.dates`` — 22.11.2026, 22.11. (this year), 22.11.26,
"tänään" / "idag" / "today" and, for a date and a time, 22.11.2026 14.30 or
14:30. On leaving the field the text is written as d.m.yyyy only when it
reads as exactly that date; a text that does not read stays as typed, and
``value()`` refuses it with an ``InvalidInput`` naming the field (its
objectName), so a form shows the error beside the field and refuses to save.
A calendar opens from the field's arrow or by Alt+Down or F4.

Every form uses these: ``DateEdit``, ``DateTimeEdit`` and ``OptionalDate``
(a date that may be left out).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCalendarWidget, QCheckBox, QHBoxLayout, QStyle

from desktop.dates import DateTextError, finnish_date, finnish_date_time, parse_date, parse_date_time
from desktop.errors import FieldError, InvalidInput
from desktop.ui.qt import QCoreApplication, QLineEdit, Qt, QWidget

__all__ = ["DateEdit", "DateTimeEdit", "OptionalDate", "finnish_date"]


class _Readable(QValidator):
    """Acceptable when the text reads as a date; anything else is kept while typing (Intermediate)."""

    def __init__(self, parse: Callable[[str], Any], parent=None) -> None:
        super().__init__(parent)
        self.parse = parse

    def validate(self, text: str, pos: int):
        try:
            self.parse(text)
        except DateTextError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class CalendarPopup(QCalendarWidget):
    """The calendar a date field opens: Enter or a click takes the day, Esc closes it."""

    def __init__(self, field: DateText) -> None:
        super().__init__(field)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setObjectName("calendar_popup")
        self.field = field
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.activated.connect(self._chosen)
        self.clicked.connect(self._chosen)

    def open_at(self, day: dt.date) -> None:
        self.setSelectedDate(QDate(day.year, day.month, day.day))
        self.move(self.field.mapToGlobal(self.field.rect().bottomLeft()))
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def _chosen(self, day: QDate) -> None:
        self.close()
        self.field.take_day(day.toPython())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateText(QLineEdit):
    """A line edit that holds a date (or a date and a time) as typed; see the module."""

    example = "22.11.2026"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(_Readable(self.parse, self))
        self.setPlaceholderText(self.example)
        self.setMaxLength(40)
        self.calendar: CalendarPopup | None = None
        self._choose_on_release = False
        arrow = self.addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                               QLineEdit.ActionPosition.TrailingPosition)
        arrow.setObjectName("open_calendar")
        arrow.setToolTip(QCoreApplication.translate("DateEdit", "Calendar (Alt+Down)"))
        arrow.triggered.connect(self.open_calendar)

    # --- to override ---------------------------------------------------------------------

    def parse(self, text: str) -> Any:
        raise NotImplementedError

    def write(self, value: Any) -> str:
        raise NotImplementedError

    def take_day(self, day: dt.date) -> None:
        """A day chosen in the calendar."""
        raise NotImplementedError

    # --- reading ------------------------------------------------------------------------

    def read(self, field: str) -> Any:
        """What the text says, else an ``InvalidInput`` for ``field`` quoting what was typed."""
        try:
            return self.parse(self.text())
        except DateTextError as error:
            raise InvalidInput([FieldError(field, error.code, error.message, typed=error.typed)]) from None

    def readable(self) -> bool:
        return self.hasAcceptableInput()

    def set_text_as_typed(self, text: str) -> None:
        """Text that was typed earlier (kept in a draft), as it was."""
        self.setText(text)

    # --- typing -------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or (event.key() == Qt.Key.Key_F4 and not event.modifiers()):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The date is chosen whole when a form puts the focus here (its first field, an error) and
        on the click that enters the field, as Tab chooses it: typing replaces it. A second click,
        or a drag, places the cursor or chooses as in any text."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.OtherFocusReason:
            self.selectAll()
        self._choose_on_release = event.reason() == Qt.FocusReason.MouseFocusReason

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        if self._choose_on_release and not self.hasSelectedText():
            self.selectAll()
        self._choose_on_release = False

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.normalise()
        super().focusOutEvent(event)

    def normalise(self) -> None:
        """Write the text the usual way when it reads as exactly one date; else leave it as typed."""
        try:
            written = self.write(self.parse(self.text()))
        except DateTextError:
            return
        if written != self.text():
            self.setText(written)

    def open_calendar(self) -> None:
        if not self.isEnabled():
            return
        if self.calendar is None:
            self.calendar = CalendarPopup(self)
        try:
            day = self.parse(self.text())
        except DateTextError:
            day = dt.date.today()
        self.calendar.open_at(day if type(day) is dt.date else day.date())


class DateEdit(DateText):
    """A date (d.m.yyyy) with a calendar; today unless told."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_value(value or dt.date.today())

    def parse(self, text: str) -> dt.date:
        return parse_date(text)

    def write(self, value: dt.date) -> str:
        return finnish_date(value)

    def set_value(self, value: dt.date) -> None:
        self.setText(finnish_date(value))

    def value(self) -> dt.date:
        """The date typed; ``InvalidInput`` (for this field's objectName) when the text is no date."""
        return self.read(self.objectName())

    def take_day(self, day: dt.date) -> None:
        self.set_value(day)
        self.setFocus(Qt.FocusReason.PopupFocusReason)


class DateTimeEdit(DateText):
    """A date and a time of day (d.m.yyyy h.mm) with a calendar; now unless told."""

    example = "22.11.2026 14.30"

    def __init__(self, value: dt.datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_value(value or dt.datetime.now())

    def parse(self, text: str) -> dt.datetime:
        return parse_date_time(text)

    def write(self, value: dt.datetime) -> str:
        return finnish_date_time(value)

    def set_value(self, value: dt.datetime) -> None:
        """A moment, written in local time when it has a time zone."""
        self.setText(finnish_date_time(value.astimezone() if value.tzinfo else value))

    def value(self) -> dt.datetime:
        """The moment typed, local and aware; ``InvalidInput`` when the text is no date and time."""
        return self.read(self.objectName()).astimezone()

    def take_day(self, day: dt.date) -> None:
        """The day changes, the time typed stays (else the time now)."""
        try:
            time = self.parse(self.text()).time()
        except DateTextError:
            time = dt.datetime.now().time()
        self.set_value(dt.datetime.combine(day, time))
        self.setFocus(Qt.FocusReason.PopupFocusReason)


class OptionalDate(QWidget):
    """A date that may be left out: a check box turns the date on.

    With ``name``, the date edit is named ``name`` and the check box
    ``<name>_set``. Focus goes to the date when one is set, else to the check
    box. Turning the date off keeps its text, for turning it on again.
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
        self.check.toggled.connect(self._toggled)
        self.set_value(value)

    def _toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        self.setFocusProxy(self.edit if checked else self.check)

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        self._toggled(value is not None)
        if value is not None:
            self.edit.set_value(value)

    def value(self) -> dt.date | None:
        """The date, None when left out; ``InvalidInput`` (for this widget's objectName) when it is no date."""
        return self.edit.read(self.objectName() or self.edit.objectName()) if self.check.isChecked() else None
