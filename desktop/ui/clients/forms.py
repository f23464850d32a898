"""Form pieces shared by the client and event dialogs.

``FormDialog`` is a dialog whose Save (button or Ctrl+S) runs a
service call off the GUI thread and, on success, announces the change on
the bus.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QPushButton, QSizePolicy
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
