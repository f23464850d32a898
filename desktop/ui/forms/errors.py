"""Validation errors in the UI's language, beside the fields they name.

A service or a record schema refuses input with ``FieldError(field, code,
message)``: a stable code and an English message. ``MESSAGES`` is the one
table from code to the English source text that the UI shows, translated in
the context ``FieldErrors``; a code it does not know shows the service's
English message. ``tests/ui/forms/test_errors.py`` reads the codes out of the
sources, so a new code without an entry here fails the tests.

Some codes have two cases that the English message tells apart (a wrong
check digit, or not the form at all): those have a ``code.case`` entry. A
form that knows what was typed, or an error that carries it (``typed``, as a
date field's do), has the value quoted (``WITH_VALUE``).
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.errors import FieldError, InvalidInput
from desktop.ui.background import show_error
from desktop.ui.qt import QCoreApplication, QLabel, QWidget
from desktop.ui.style import error_style

CONTEXT = "FieldErrors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


_DATE = QT_TRANSLATE_NOOP("FieldErrors", "Type a date as day.month.year, for example 22.11.2026.")
_DATE_TIME = QT_TRANSLATE_NOOP("FieldErrors", "Type a date and a time, for example 22.11.2026 14.30.")
_WHOLE_NUMBER = QT_TRANSLATE_NOOP("FieldErrors", "Type a whole number.")
_CHOOSE = QT_TRANSLATE_NOOP("FieldErrors", "Choose one of the values offered.")

MESSAGES: dict[str, str] = {
    # Kenttä's own codes: sync/records.py, sync/identifiers.py, the services.
    "required": QT_TRANSLATE_NOOP("FieldErrors", "This field is required."),
    "break_glass_reason": QT_TRANSLATE_NOOP("FieldErrors", "Say why you open this client, in a few "
                                            "words at least: the client's staff and the audit trail "
                                            "will see it."),
    "not_allowed": _CHOOSE,
    "end_before_start": QT_TRANSLATE_NOOP("FieldErrors", "The end cannot be before the start."),
    "follow_up_before_visit": QT_TRANSLATE_NOOP("FieldErrors", "The follow-up date cannot be before the visit."),
    "taken_up_without_briefing": QT_TRANSLATE_NOOP(
        "FieldErrors", "Alternative recruitment cannot be taken up before the briefing is given."),
    "invalid_business_id": QT_TRANSLATE_NOOP("FieldErrors", "The business ID is not of the form 1234567-8."),
    "invalid_business_id.check_digit": QT_TRANSLATE_NOOP(
        "FieldErrors", "The business ID has a wrong check digit: check the number."),
    "invalid_personal_id": QT_TRANSLATE_NOOP(
        "FieldErrors", "The personal identity code is not of the form DDMMYYCZZZQ."),
    "invalid_personal_id.check_character": QT_TRANSLATE_NOOP(
        "FieldErrors", "The personal identity code has a wrong check character: check it."),
    "duplicate_business_id": QT_TRANSLATE_NOOP("FieldErrors", "An employer with this business ID is already recorded."),
    "duplicate_participant": QT_TRANSLATE_NOOP("FieldErrors", "The client is already a participant of this event."),
    "service_not_started": QT_TRANSLATE_NOOP("FieldErrors", "The service has no start date, so it cannot end."),
    "before_service": QT_TRANSLATE_NOOP("FieldErrors", "A transition cannot start before the client's service."),
    "unknown_staff": QT_TRANSLATE_NOOP("FieldErrors", "An assigned staff member is not known on this laptop."),
    "same_staff": QT_TRANSLATE_NOOP(
        "FieldErrors", "Choose another staff member than the one the clients are moved from."),
    "not_assignable": QT_TRANSLATE_NOOP("FieldErrors", "An administrator cannot be assigned clients."),
    "nothing_to_change": QT_TRANSLATE_NOOP(
        "FieldErrors", "Nothing to change: these clients already have this staff."),
    "invalid_staff_id": QT_TRANSLATE_NOOP("FieldErrors", "An assigned staff member is not known to the server."),
    "wrong_employer": QT_TRANSLATE_NOOP("FieldErrors", "This contact works for another employer."),
    "invalid_sha256": QT_TRANSLATE_NOOP("FieldErrors", "A SHA-256 checksum is 64 lower-case hexadecimal digits."),
    "unknown_document_number": QT_TRANSLATE_NOOP(
        "FieldErrors", "The client has no handover form with this document number."),
    "document_number_without_signed_form": QT_TRANSLATE_NOOP(
        "FieldErrors", "Only a signed handover form names a form's document number."),
    "employment_area_required": QT_TRANSLATE_NOOP(
        "FieldErrors", "Choose the client's employment area: a form for the authority is addressed to it."),
    "long_term_without_unemployed": QT_TRANSLATE_NOOP(
        "FieldErrors", "Long-term unemployed needs the labour market status 'unemployed'."),
    "eura_date_without_entry": QT_TRANSLATE_NOOP(
        "FieldErrors", "A EURA date needs the data entered (by the participant or by staff)."),
    "exit_without_service_end": QT_TRANSLATE_NOOP(
        "FieldErrors", "Data at exit needs the service's end date (the exit date)."),
    "more_employed_than_took_part": QT_TRANSLATE_NOOP(
        "FieldErrors", "More people cannot be hired than took part."),
    "too_long": QT_TRANSLATE_NOOP("FieldErrors", "This is too long: shorten it."),
    "too_short": QT_TRANSLATE_NOOP("FieldErrors", "This is too short."),
    "nul_character": QT_TRANSLATE_NOOP(
        "FieldErrors", "The text holds a control character that cannot be saved: type it again."),
    "record_deleted": QT_TRANSLATE_NOOP("FieldErrors", "The record has been deleted; restore it first."),
    "invalid": QT_TRANSLATE_NOOP("FieldErrors", "The record cannot be restored with these values."),
    # pydantic's own codes.
    "missing": QT_TRANSLATE_NOOP("FieldErrors", "This field is required."),
    "string_too_short": QT_TRANSLATE_NOOP("FieldErrors", "The text is too short."),
    "string_too_long": QT_TRANSLATE_NOOP("FieldErrors", "The text is too long."),
    "string_type": QT_TRANSLATE_NOOP("FieldErrors", "Type text here."),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP("FieldErrors", "This is not in the expected form."),
    "int_parsing": _WHOLE_NUMBER,
    "int_type": _WHOLE_NUMBER,
    "int_from_float": _WHOLE_NUMBER,
    "float_parsing": QT_TRANSLATE_NOOP("FieldErrors", "Type a number."),
    "float_type": QT_TRANSLATE_NOOP("FieldErrors", "Type a number."),
    "greater_than_equal": QT_TRANSLATE_NOOP("FieldErrors", "The number is too small."),
    "greater_than": QT_TRANSLATE_NOOP("FieldErrors", "The number is too small."),
    "less_than_equal": QT_TRANSLATE_NOOP("FieldErrors", "The number is too large."),
    "less_than": QT_TRANSLATE_NOOP("FieldErrors", "The number is too large."),
    "bool_parsing": QT_TRANSLATE_NOOP("FieldErrors", "Choose yes or no."),
    "bool_type": QT_TRANSLATE_NOOP("FieldErrors", "Choose yes or no."),
    "date_parsing": _DATE,
    "date_type": _DATE,
    "date_from_datetime_parsing": _DATE,
    "date_from_datetime_inexact": QT_TRANSLATE_NOOP("FieldErrors", "Give a date without a time of day."),
    "datetime_parsing": _DATE_TIME,
    "datetime_type": _DATE_TIME,
    "datetime_from_date_parsing": _DATE_TIME,
    "uuid_parsing": QT_TRANSLATE_NOOP("FieldErrors", "Choose a record from the list."),
    "uuid_type": QT_TRANSLATE_NOOP("FieldErrors", "Choose a record from the list."),
    "list_type": QT_TRANSLATE_NOOP("FieldErrors", "Choose from the list."),
    "literal_error": _CHOOSE,
    "enum": _CHOOSE,
    "value_error": QT_TRANSLATE_NOOP("FieldErrors", "This value is not valid."),
    # A date field's own codes (desktop/dates.py): shown quoting what was typed where it is known.
    "date_unreadable": _DATE,
    "date_impossible": QT_TRANSLATE_NOOP("FieldErrors", "This is not a date."),
    "date_year_out_of_range": QT_TRANSLATE_NOOP("FieldErrors", "The year must be from 1900 to 2199."),
    "date_time_unreadable": _DATE_TIME,
    "time_impossible": QT_TRANSLATE_NOOP("FieldErrors", "This is not a time of day."),
}

# The same messages quoting what was typed, for a form that knows it ("%1").
WITH_VALUE: dict[str, str] = {
    "invalid_business_id": QT_TRANSLATE_NOOP("FieldErrors", "The business ID %1 is not of the form 1234567-8."),
    "invalid_business_id.check_digit": QT_TRANSLATE_NOOP(
        "FieldErrors", "The business ID %1 has a wrong check digit: check the number."),
    "duplicate_business_id": QT_TRANSLATE_NOOP("FieldErrors", "An employer with business ID %1 is already recorded."),
    "date_unreadable": QT_TRANSLATE_NOOP(
        "FieldErrors", "%1 is not a date: type it as day.month.year, for example 22.11.2026."),
    "date_impossible": QT_TRANSLATE_NOOP("FieldErrors", "%1 is not a date."),
    "date_year_out_of_range": QT_TRANSLATE_NOOP("FieldErrors", "%1: the year must be from 1900 to 2199."),
    "date_time_unreadable": QT_TRANSLATE_NOOP(
        "FieldErrors", "%1 is not a date and a time: type them as 22.11.2026 14.30."),
    "time_impossible": QT_TRANSLATE_NOOP("FieldErrors", "%1 is not a time of day."),
}

# Cases of one code, told apart by words of the English message.
CASES: dict[str, tuple[str, str]] = {
    "invalid_business_id": ("check digit", "check_digit"),
    "invalid_personal_id": ("check character", "check_character"),
}


def message_key(error: FieldError) -> str:
    """The entry of ``MESSAGES`` for an error: its code, or ``code.case``."""
    case = CASES.get(error.code)
    if case is not None and case[0] in error.message:
        return f"{error.code}.{case[1]}"
    return error.code


def message_for(error: FieldError, value: str = "") -> str:
    """The error's message in the UI's language, else the service's English message.

    ``value`` is what was typed into the field, for the messages that quote it; what the
    error itself says was typed (``error.typed``) comes first.
    """
    key = message_key(error)
    value = error.typed or value
    if value and key in WITH_VALUE:
        return QCoreApplication.translate(CONTEXT, WITH_VALUE[key]).replace("%1", value)
    text = MESSAGES.get(key)
    return error.message if text is None else QCoreApplication.translate(CONTEXT, text)


class ErrorLabel(QLabel):
    """A red line under a field (objectName ``error_<field>``); hidden while the field is fine."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"error_{field}")
        self.setWordWrap(True)
        self.setStyleSheet(error_style())
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def add_message(self, text: str) -> None:
        """One more message, under those shown."""
        self.show_message(f"{self.text()}\n{text}" if self.text() else text)

    def clear_message(self) -> None:
        self.show_message("")


class FieldErrors:
    """The error labels of one form, by field name.

    A label ``"form"``, where the form has one, takes the errors of fields
    that have no label of their own.
    """

    def __init__(self) -> None:
        self.labels: dict[str, ErrorLabel] = {}

    def label(self, field: str) -> ErrorLabel:
        if field not in self.labels:
            self.labels[field] = ErrorLabel(field)
        return self.labels[field]

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear_message()

    def showing(self, field: str) -> bool:
        label = self.labels.get(field)
        return label is not None and bool(label.text())

    def clear_field(self, field: str) -> None:
        if field in self.labels:
            self.labels[field].clear_message()

    def show(self, errors: list[FieldError], *,
             value_of: Callable[[str], str] = lambda _field: "") -> list[FieldError]:
        """Each error beside its field, in place of what was shown; returns those shown nowhere."""
        self.clear()
        unplaced = []
        for error in errors:
            label = self.labels.get(error.name) or self.labels.get("form")
            if label is None:
                unplaced.append(error)
            else:
                label.add_message(message_for(error, value_of(error.name)))
        return unplaced


def show_field_errors(parent: QWidget, errors: FieldErrors, error: Exception) -> None:
    """An ``InvalidInput`` beside its fields (any other error, or errors with no place, in a dialog)."""
    if not isinstance(error, InvalidInput):
        show_error(parent, error)
        return
    unplaced = errors.show(error.errors)
    if unplaced:
        show_error(parent, InvalidInput(unplaced))
