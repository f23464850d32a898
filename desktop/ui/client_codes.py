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


SERVICE_PATHS = ("Osmo", "Osku", "Ossi")
