"""Form pieces shared by the client and event dialogs.

``FormDialog`` is a dialog whose Save (button or Ctrl+S) runs a
service call off the GUI thread and, on success, announces the change on
the bus. The date widgets show Finnish dates (d.M.yyyy).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QPushButton, QSizePolicy
from shiboken6 import isValid

from desktop.services import setup
from desktop.ui.context import UiContext
from desktop.ui.forms.errors import FieldErrors, show_field_errors
from desktop.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequence,
    QLabel,
    QVBoxLayout,
    QWidget,
    Signal,
)

logger = logging.getLogger(__name__)

DATE_FORMAT = "d.M.yyyy"


def finnish_date(value: dt.date | str | None) -> str:
    if value in (None, ""):
        return ""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return f"{day.day}.{day.month}.{day.year}"


def select_data(combo: QComboBox, value: Any) -> None:
    """Choose the item whose data equals ``value`` (findData compares Python objects by identity)."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return


def fill_localities(ctx: UiContext, combo: QComboBox, selected=None) -> None:
    """Add the profile's localities to ``combo`` (read in the background)."""
    store = ctx.store

    def fill(rows) -> None:
        if not isValid(combo):
            return
        for locality_id, name in rows:
            combo.addItem(name, locality_id)
        if selected is not None:
            select_data(combo, selected)

    ctx.run(lambda: [(row.id, row.name) for row in setup.localities(store)], on_done=fill,
            on_failed=lambda error: logger.warning("localities not read: %s", type(error).__name__))


def button(text: str, name: str, slot) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.clicked.connect(slot)
    return widget


def field_box(widget: QWidget, error: QLabel) -> QWidget:
    """A field with its error label under it."""
    box = QWidget()
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


class DateEdit(QDateEdit):
    """A date in Finnish form with a calendar; today unless told."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.set_value(value or dt.date.today())

    def set_value(self, value: dt.date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> dt.date:
        return self.date().toPython()


class OptionalDate(QWidget):
    """A date that may be left out: a check box turns the date on."""

    def __init__(self, text: str, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = DateEdit(value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_value(value)

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.set_value(value)

    def value(self) -> dt.date | None:
        return self.edit.value() if self.check.isChecked() else None


class FormDialog(QDialog):
    """Save (button or Ctrl+S) runs ``perform(values)`` in the background.

    Subclasses build their fields with ``add_field`` and implement
    ``values()`` (read on the GUI thread) and ``perform(values)`` (run on a
    worker: service calls only). Esc cancels.
    """

    saved = Signal(object)

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.record = None
        self.busy = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_error = self.errors.label("form")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add_field(self, field: str, label: str, widget: QWidget, *, name: str | None = None) -> QWidget:
        widget.setObjectName(name or field)
        self.form.addRow(label, field_box(widget, self.errors.label(field)))
        return widget

    # --- to override -------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def perform(self, values: dict[str, Any]):
        raise NotImplementedError

    # --- saving -----------------------------------------------------------------

    def save(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        values = self.values()
        self.busy = True
        self.save_button.setEnabled(False)
        self.ctx.run(lambda: self.perform(values), on_done=self._saved, on_failed=self._failed, parent=self)

    def _saved(self, record) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self.record = record
        if record is not None:
            logger.info("saved %s %s", record.kind, record.id)
            self.ctx.bus.changed.emit(record.kind, {record.id})
        self.saved.emit(record)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        show_field_errors(self, self.errors, error)
        self.adjustSize()  # room for the messages
