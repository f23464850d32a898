"""Words the employer page puts on screen for stored codes: validation errors
and the reasons a client matches a position. Source text is English; the
translations come from these strings through pyside6-lupdate."""

from __future__ import annotations

from desktop.errors import FieldError
from desktop.ui.qt import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmployerMessages", text)


def error_message(error: FieldError, value: str = "") -> str:
    """The message for a field error in the UI's language, else its English text.

    ``value`` is what the user typed, for the messages that quote it.
    """
    if error.code == "invalid_business_id":
        if "check digit" in error.message:
            text = _tr("The business ID %1 has a wrong check digit: check the number.")
        else:
            text = _tr("The business ID %1 is not of the form 1234567-8.")
        return text.replace("%1", value)
    texts = {
        "required": _tr("This field is required."),
        "duplicate_business_id": _tr("An employer with business ID %1 is already recorded."),
        "end_before_start": _tr("The end date cannot be before the start date."),
        "not_allowed": _tr("Choose one of the values offered."),
        "string_too_long": _tr("The text is too long."),
        "greater_than_equal": _tr("The number is too small."),
        "invalid_personal_id": _tr("The personal identity code is not valid: check it."),
        "follow_up_before_visit": _tr("The follow-up date cannot be before the visit."),
        "taken_up_without_briefing": _tr(
            "Alternative recruitment cannot be taken up before the briefing is given."),
    }
    text = texts.get(error.code)
    return error.message if text is None else text.replace("%1", value)


def reason_text(code: str, argument: str) -> str:
    """One reason why a client fits a position, in words."""
    texts = {
        "job_goal": _tr("Job goal: %1"),
        "same_locality": _tr("Same locality: %1"),
    }
    text = texts.get(code)
    return argument if text is None else text.replace("%1", argument)


def reasons_text(reasons: list[tuple[str, str]]) -> str:
    """All the reasons, as a list separated by middle dots."""
    return " · ".join(reason_text(code, argument) for code, argument in reasons)
