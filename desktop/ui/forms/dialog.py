"""The dialog behind every record form (employers, contacts, positions,
clients and what is recorded under them, events).

A ``FormDialog`` lays out its fields with an error label under each one
(objectName ``error_<field>``; errors of fields it does not have go under the
form, ``error_form``). Save (the button or Ctrl+S) reads the fields on the
GUI thread with ``values()`` and runs ``perform(values)`` — the service call
— through ``ctx.run``, never on the GUI thread. A service's ``InvalidInput``
is shown beside the fields it names, in the UI's language, and the first of
them gets the focus; on success the record is announced on the bus,
``saved`` is emitted and the dialog closes. Its keys are ``GuardedDialog``'s: Tab
reaches Save before Cancel, Enter saves (a new line in a multi-line text),
and Esc or Cancel after typing asks before anything typed is thrown away.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QPushButton

from desktop.errors import FieldError, InvalidInput
from desktop.ui.background import show_error
from desktop.ui.context import UiContext
from desktop.ui.forms.errors import FieldErrors
from desktop.ui.forms.widgets import field_box
from desktop.ui.qt import (
    QDialogButtonBox,
    QFormLayout,
    QKeySequence,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.widgets.guarded_dialog import GuardedDialog

logger = logging.getLogger(__name__)


class FormDialog(GuardedDialog):
    """Subclasses add their fields with ``add_field`` or ``line`` and implement
    ``values()`` and ``perform(values)``."""

    saved = Signal(object)  # the record the service returned, announced on the bus

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.fields: dict[str, QWidget] = {}
        self.errors = FieldErrors()
        self.record = None
        self.saving = False
        self._shown = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = self.errors.label("form")
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.guard_buttons(self.save_button, cancel)  # Enter saves: set once the buttons are in the dialog

    # --- building -------------------------------------------------------------------

    def add_field(self, field: str, label: str, widget: QWidget, *, name: str | None = None) -> QWidget:
        """A row: the label, then the widget (objectName ``name``, else ``field``) with its error label."""
        widget.setObjectName(name or field)
        self.form.addRow(label, field_box(widget, self.errors.label(field)))
        self.fields[field] = widget
        return widget

    def check_as_typed(self, field: str, check: Callable[[str], object]) -> None:
        """The field's error goes as soon as what is typed passes ``check`` (which raises
        ``ValueError`` for a value the service would refuse), not only at the next save."""
        widget = self.fields[field]

        def typed(text: str) -> None:
            if not self.errors.showing(field):
                return
            try:
                check(text)
            except ValueError:
                return
            self.errors.clear_field(field)

        widget.textChanged.connect(typed)

    def line(self, field: str, label: str, value: str | None = None, *, max_length: int = 200) -> QLineEdit:
        edit = QLineEdit(value or "")
        edit.setMaxLength(max_length)
        return self.add_field(field, label, edit)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Typing starts in the first field, unless the dialog chose another one."""
        super().showEvent(event)
        if not self._shown and self.fields:
            chosen = self.focusWidget()
            if chosen is None or chosen is self.save_button or chosen in self.buttons.buttons():
                next(iter(self.fields.values())).setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self._shown = True

    # --- to override ----------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the fields hold, read on the GUI thread; may raise ``InvalidInput``."""
        raise NotImplementedError

    def perform(self, values: dict[str, Any]):
        """The service call, run on a worker thread: no widgets here. Returns the record saved."""
        raise NotImplementedError

    def field_text(self, field: str) -> str:
        """What the user typed into a field, for error messages that quote it."""
        widget = self.fields.get(field)
        return widget.text().strip() if isinstance(widget, QLineEdit) else ""

    # --- saving ---------------------------------------------------------------------

    def save(self) -> None:
        if self.saving:
            return
        self.errors.clear()
        try:
            values = self.values()
        except InvalidInput as error:
            self.show_errors(error.errors)
            return
        self.saving = True
        self.save_button.setEnabled(False)
        perform = self.perform
        self.ctx.run(lambda: perform(values), on_done=self._saved, on_failed=self._failed, parent=self)

    def _saved(self, record) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.record = record
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

    def show_errors(self, errors: list[FieldError]) -> None:
        self.errors.show(errors, value_of=self.field_text)
        first = next((self.fields[e.name] for e in errors if e.name in self.fields), None)
        if first is not None:
            first.setFocus()
        if self.height() < self.sizeHint().height():  # room for the messages
            self.resize(self.width(), self.sizeHint().height())
        logger.info("form refused: %s", ", ".join(sorted({e.code for e in errors})))
