"""Translated labels for the stored codes of client records.

Each table holds the English source as a literal ``QT_TRANSLATE_NOOP("ClientLabels", …)`` so
that lupdate finds it; the functions translate it in the context ``ClientLabels`` when called.
"""

from __future__ import annotations

import uuid

from desktop.translation import QT_TRANSLATE_NOOP
from desktop.ui.qt import QCoreApplication

CONTEXT = "ClientLabels"

NOTE_KINDS: dict[str, str] = {
    "meeting": QT_TRANSLATE_NOOP("ClientLabels", "Meeting"),
    "phone": QT_TRANSLATE_NOOP("ClientLabels", "Phone call"),
    "joint_meeting": QT_TRANSLATE_NOOP("ClientLabels", "Joint meeting"),
    "outside_office": QT_TRANSLATE_NOOP("ClientLabels", "Outside the office"),
}

TRANSITION_KINDS: dict[str, str] = {
    "paid_work": QT_TRANSLATE_NOOP("ClientLabels", "Paid work"),
    "wage_subsidised_work": QT_TRANSLATE_NOOP("ClientLabels", "Wage-subsidised work"),
    "work_trial": QT_TRANSLATE_NOOP("ClientLabels", "Work trial"),
    "apprenticeship": QT_TRANSLATE_NOOP("ClientLabels", "Apprenticeship"),
    "studies": QT_TRANSLATE_NOOP("ClientLabels", "Studies"),
    "recruitment_training": QT_TRANSLATE_NOOP("ClientLabels", "Recruitment training"),
    "rehabilitative_work_activity": QT_TRANSLATE_NOOP("ClientLabels", "Rehabilitative work activity"),
    "other": QT_TRANSLATE_NOOP("ClientLabels", "Other"),
}

CONSENT_METHODS: dict[str, str] = {
    "written": QT_TRANSLATE_NOOP("ClientLabels", "In writing"),
    "verbal": QT_TRANSLATE_NOOP("ClientLabels", "Verbally"),
    "electronic": QT_TRANSLATE_NOOP("ClientLabels", "Electronically"),
}

LANGUAGES: dict[str, str] = {
    "fi": QT_TRANSLATE_NOOP("ClientLabels", "Finnish"),
    "sv": QT_TRANSLATE_NOOP("ClientLabels", "Swedish"),
    "en": QT_TRANSLATE_NOOP("ClientLabels", "English"),
}


# The funder's (ESF+) participant data: the codes of sync/records.py, in the words a Finnish
# project uses in EURA 2021.
GENDERS: dict[str, str] = {
    "woman": QT_TRANSLATE_NOOP("ClientLabels", "Woman"),
    "man": QT_TRANSLATE_NOOP("ClientLabels", "Man"),
    "non_binary": QT_TRANSLATE_NOOP("ClientLabels", "Other than woman or man"),
}

LABOUR_STATUSES: dict[str, str] = {
    "unemployed": QT_TRANSLATE_NOOP("ClientLabels", "Unemployed"),
    "inactive": QT_TRANSLATE_NOOP("ClientLabels", "Outside the labour force"),
    "employed": QT_TRANSLATE_NOOP("ClientLabels", "Employed (also self-employed)"),
}

EDUCATION_LEVELS: dict[str, str] = {
    "isced_0_2": QT_TRANSLATE_NOOP("ClientLabels", "ISCED 0-2: basic education or less"),
    "isced_3_4": QT_TRANSLATE_NOOP("ClientLabels", "ISCED 3-4: upper secondary or post-secondary"),
    "isced_5_8": QT_TRANSLATE_NOOP("ClientLabels", "ISCED 5-8: tertiary"),
}

ANSWERS: dict[str, str] = {
    "yes": QT_TRANSLATE_NOOP("ClientLabels", "Yes"),
    "no": QT_TRANSLATE_NOOP("ClientLabels", "No"),
    "declined": QT_TRANSLATE_NOOP("ClientLabels", "Does not want to answer"),
}

# Yes / no fields (long-term unemployed, qualification gained), by their stored value.
YES_NO: dict[bool, str] = {
    True: QT_TRANSLATE_NOOP("ClientLabels", "Yes"),
    False: QT_TRANSLATE_NOOP("ClientLabels", "No"),
}

EURA_STATES: dict[str, str] = {
    "not_done": QT_TRANSLATE_NOOP("ClientLabels", "Not done"),
    "by_participant": QT_TRANSLATE_NOOP("ClientLabels", "By the participant"),
    "by_staff": QT_TRANSLATE_NOOP("ClientLabels", "Entered by staff"),
}

EXIT_SITUATIONS: dict[str, str] = {
    "job_searching": QT_TRANSLATE_NOOP("ClientLabels", "Job searching"),
    "education_or_training": QT_TRANSLATE_NOOP("ClientLabels", "In education or training"),
    "employed": QT_TRANSLATE_NOOP("ClientLabels", "Employed (also self-employed)"),
    "other": QT_TRANSLATE_NOOP("ClientLabels", "Other"),
}

SITUATIONS_6_MONTHS: dict[str, str] = {
    "employed": QT_TRANSLATE_NOOP("ClientLabels", "Employed (also self-employed)"),
    "not_employed": QT_TRANSLATE_NOOP("ClientLabels", "Not employed"),
    "unknown": QT_TRANSLATE_NOOP("ClientLabels", "Not known"),
}

# The optional questions, by their field names (sync.records.ESF_OPTIONAL_QUESTIONS).
ESF_QUESTIONS: dict[str, str] = {
    "disability": QT_TRANSLATE_NOOP("ClientLabels", "Person with disabilities"),
    "third_country_national": QT_TRANSLATE_NOOP("ClientLabels", "Third-country national"),
    "foreign_background": QT_TRANSLATE_NOOP("ClientLabels", "Of foreign background"),
    "minority": QT_TRANSLATE_NOOP("ClientLabels", "Belongs to a minority (incl. the Roma)"),
    "homeless": QT_TRANSLATE_NOOP("ClientLabels", "Homeless or excluded from housing"),
}

# A client whose figures only are on this laptop (``sync.visibility``): no name, the first four
# hex digits of its id instead.
# (a context of its own: ``ClientLabels`` holds the stored codes only)
UNNAMED_CLIENT = QT_TRANSLATE_NOOP("ClientName", "Client %1…")


def client_name(name: str | None, client_id) -> str:
    """A client's name as shown; "Asiakas 4F2A…" for a client held without its name."""
    if name is not None:
        return name
    code = uuid.UUID(str(client_id)).hex[:4].upper()
    return QCoreApplication.translate("ClientName", UNNAMED_CLIENT).replace("%1", code)


def _translated(table: dict[str, str]) -> dict[str, str]:
    return {code: QCoreApplication.translate(CONTEXT, text) for code, text in table.items()}


def note_kinds() -> dict[str, str]:
    return _translated(NOTE_KINDS)


def transition_kinds() -> dict[str, str]:
    return _translated(TRANSITION_KINDS)


def consent_methods() -> dict[str, str]:
    return _translated(CONSENT_METHODS)


def languages() -> dict[str, str]:
    return _translated(LANGUAGES)


def translated(table: dict) -> dict:
    """One of the tables above in the UI's language (the funder's data have several)."""
    return _translated(table)


SERVICE_PATHS = ("Osmo", "Osku", "Ossi")
