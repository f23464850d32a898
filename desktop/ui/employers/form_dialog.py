"""The dialog behind the employer page's forms.

A ``FormDialog`` lays out its fields with an error label under each one
(objectName ``error_<field>``), saves with the Save button or Ctrl+S through
``ctx.run`` (never on the GUI thread), shows a service's ``InvalidInput``
beside the fields it names, in the UI's language, and on success announces
the change on the bus and closes. Esc cancels, as in any QDialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShortcut

from desktop.errors import FieldError, InvalidInput
from desktop.ui.context import UiContext, show_error
from desktop.ui.forms.errors import message_for
from desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

logger = logging.getLogger(__name__)

class FormDialog(QDialog):
    """Subclasses add their fields with ``add_field`` and implement ``save_work``."""

    saved = Signal(object)  # the record the service returned, announced on the bus

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = self._error_label("form")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.activated.connect(self.save)
        self.saving = False
        self._shown = False

    # --- building -------------------------------------------------------------------

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet("color: #b00020")
        label.setWordWrap(True)
        label.hide()
        self.error_labels[field] = label
        return label

    def add_field(self, field: str, label: str, widget: QWidget) -> QWidget:
        """A row: the label, then the widget with its error label under it."""
        if not widget.objectName():
            widget.setObjectName(field)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self._error_label(field))
        self.form.addRow(label, box)
        self.fields[field] = widget
        return widget

    def line(self, field: str, label: str, value: str | None = None, *, max_length: int = 200) -> QLineEdit:
        edit = QLineEdit(value or "")
        edit.setMaxLength(max_length)
        return self.add_field(field, label, edit)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Typing starts in the first field, not on the Save button."""
        super().showEvent(event)
        if self.fields and not self._shown:
            next(iter(self.fields.values())).setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self._shown = True

    # --- saving -------------------------------------------------------------------

    def save_work(self) -> Callable[[], Any]:
        """The service call to run, built from the fields on the GUI thread."""
        raise NotImplementedError

    def field_text(self, field: str) -> str:
        """What the user typed into a field, for error messages that quote it."""
        widget = self.fields.get(field)
        return widget.text().strip() if isinstance(widget, QLineEdit) else ""

    def save(self) -> None:
        if self.saving:
            return
        self.clear_errors()
        try:
            work = self.save_work()
        except InvalidInput as error:
            self.show_errors(error.errors)
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self.ctx.run(work, on_done=self._saved, on_failed=self._failed, parent=self)

    def _saved(self, record) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if record is not None:
            logger.info("saved %s %s", record.kind, record.id)
            self.ctx.bus.changed.emit(record.kind, {record.id})
        self.saved.emit(record)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            self.show_errors(error.errors)
        else:
            show_error(self, error)

    # --- errors -------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.clear()
            label.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        first = None
        for error in errors:
            label = self.error_labels.get(error.field, self.general_error)
            text = message_for(error, self.field_text(error.field))
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
            label.show()
            if first is None and error.field in self.fields:
                first = self.fields[error.field]
        if first is not None:
            first.setFocus()
        if self.height() < self.sizeHint().height():  # room for the messages
            self.resize(self.width(), self.sizeHint().height())
        logger.info("form refused: %s", ", ".join(sorted({e.code for e in errors})))
