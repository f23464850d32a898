"""The conflict view's "Edit value…": a third value for a conflicting field, typed as its form
would take it — a date as the UI writes dates (22.11.2026), a referenced record by its name, a
code by its word, yes/no as a check box, anything else as text."""

from __future__ import annotations

import datetime as dt
import typing
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLineEdit

from desktop.errors import InvalidInput
from desktop.services.references import referenced_kind
from desktop.services.conflicts import ConflictView
from desktop.ui.forms.dates import DateEdit, DateTimeEdit, OptionalDate
from desktop.ui.forms.errors import ErrorLabel, message_for
from desktop.ui.forms.widgets import select_data
from desktop.ui.qt import QLabel, QVBoxLayout, QWidget
from desktop.ui.sync.labels import code_labels, field_label, record_label, typed_fields
from sync.records import RECORD_TYPES


def _annotation(kind: str, field: str):
    schema = RECORD_TYPES.get(kind)
    info = schema.model_fields.get(field) if schema is not None else None
    return None if info is None else info.annotation


def is_optional(kind: str, field: str) -> bool:
    """Whether the field may be left empty (its type admits None)."""
    annotation = _annotation(kind, field)
    return annotation is None or type(None) in typing.get_args(annotation)


def _is_bool(kind: str, field: str) -> bool:
    annotation = _annotation(kind, field)
    return annotation is not None and bool in (typing.get_args(annotation) or (annotation,))


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value not in (None, "") else None
    except ValueError:
        return None


def _local_moment(value: Any) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(str(value)) if value not in (None, "") else None
    except ValueError:
        return None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone()


class EditValueDialog(QDialog):
    """One field's new value; ``value()`` is what is stored (ISO dates, ids, codes)."""

    def __init__(self, conflict: ConflictView, *, choices: list[tuple[str, str]] | None = None,
                 names: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edit_value_dialog")
        self.setMinimumWidth(380)
        self.setWindowTitle(self.tr("Edit value"))
        self.conflict = conflict
        field, kind = conflict.field, conflict.kind
        current = conflict.mine if conflict.mine_kept else conflict.theirs
        optional = is_optional(kind, field)
        codes = {} if (kind, field) == ("recruitment_event", "place") else code_labels(field)
        label = QLabel(self.tr("New value for %1:").replace("%1", field_label(field)))
        if field in typed_fields(dt.date):
            self.mode = "date"
            if optional:
                self.editor = OptionalDate(field_label(field), _date(current), name="value_date")
            else:
                self.editor = DateEdit(_date(current))
                self.editor.setObjectName("value_date")
        elif field in typed_fields(dt.datetime):
            self.mode = "datetime"
            self.editor = DateTimeEdit(_local_moment(current))
            self.editor.setObjectName("value_datetime")
        elif referenced_kind(field) is not None and choices is not None:
            self.mode = "choice"
            self.editor = QComboBox()
            self.editor.setObjectName("value_choice")
            if optional:
                self.editor.addItem("—", None)
            for record_id, name in choices:
                self.editor.addItem(record_label(name), record_id)
            if current is not None and not select_data(self.editor, str(current)):
                # A record that is deleted, or not on this laptop: kept as a choice by its name.
                self.editor.addItem(record_label((names or {}).get(str(current), str(current))), str(current))
                self.editor.setCurrentIndex(self.editor.count() - 1)
        elif codes:
            self.mode = "choice"
            self.editor = QComboBox()
            self.editor.setObjectName("value_choice")
            if optional:
                self.editor.addItem("—", None)
            for code, word in codes.items():
                self.editor.addItem(word, code)
            if current is not None and not select_data(self.editor, current):
                self.editor.addItem(str(current), current)
                self.editor.setCurrentIndex(self.editor.count() - 1)
        elif isinstance(current, bool) or _is_bool(kind, field):
            self.mode = "bool"
            self.editor = QCheckBox(field_label(field))
            self.editor.setObjectName("value_check")
            self.editor.setChecked(bool(current))
        else:
            self.mode = "text"
            self.editor = QLineEdit("" if current is None else str(current))
            self.editor.setObjectName("value_text")
            self.editor.selectAll()
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        self.error = ErrorLabel("value")
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def accept(self) -> None:
        """Closes only with a value that reads (a date typed that is no date is said beside it)."""
        try:
            self.value()
        except InvalidInput as error:
            self.error.show_message("\n".join(message_for(e) for e in error.errors))
            self.editor.setFocus()
            return
        super().accept()

    def value(self) -> Any:
        if self.mode == "date":
            day = self.editor.value()
            return None if day is None else day.isoformat()
        if self.mode == "datetime":
            return self.editor.value().isoformat()
        if self.mode == "choice":
            return self.editor.currentData()
        if self.mode == "bool":
            return self.editor.isChecked()
        text = self.editor.text()
        return text if text.strip() else None
