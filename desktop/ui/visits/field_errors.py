"""Validation errors beside their fields, in the UI's language.

A service names the field and gives a stable code and an English message;
the form shows the code's translation in the QLabel ``error_<field>`` under
the field, falling back to the English message for a code it does not know.
"""

from __future__ import annotations

from desktop.errors import FieldError
from desktop.ui.qt import QCoreApplication, QLabel, QWidget

_CONTEXT = "FieldErrors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def message_for(error: FieldError) -> str:
    messages = {
        "required": _tr("This field is required."),
        "invalid_business_id": _tr("This is not a valid business ID: use the form 1234567-8 and check the digits."),
        "duplicate_business_id": _tr("An employer with this business ID is already recorded."),
        "invalid_personal_id": _tr("This is not a valid personal identity code."),
        "end_before_start": _tr("The end cannot be before the start."),
        "follow_up_before_visit": _tr("The follow-up date cannot be before the visit."),
        "taken_up_without_briefing": _tr("Tick the briefing first: it cannot be taken up before it is given."),
        "not_allowed": _tr("This value is not allowed."),
        "wrong_employer": _tr("This contact works for another employer."),
        "greater_than_equal": _tr("The number is too small."),
        "string_too_long": _tr("This text is too long."),
    }
    return messages.get(error.code, error.message)


class ErrorLabel(QLabel):
    """A red line under a field; hidden while the field is fine."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"error_{field}")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")
