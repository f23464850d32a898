"""Translated labels for the stored codes of client records."""

from __future__ import annotations

from desktop.ui.qt import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientLabels", text)


def note_kinds() -> dict[str, str]:
    return {
        "meeting": _tr("Meeting"),
        "phone": _tr("Phone call"),
        "joint_meeting": _tr("Joint meeting"),
        "outside_office": _tr("Outside the office"),
    }


def transition_kinds() -> dict[str, str]:
    return {
        "paid_work": _tr("Paid work"),
        "wage_subsidised_work": _tr("Wage-subsidised work"),
        "work_trial": _tr("Work trial"),
        "apprenticeship": _tr("Apprenticeship"),
        "studies": _tr("Studies"),
        "recruitment_training": _tr("Recruitment training"),
        "rehabilitative_work_activity": _tr("Rehabilitative work activity"),
        "other": _tr("Other"),
    }


def consent_methods() -> dict[str, str]:
    return {
        "written": _tr("In writing"),
        "verbal": _tr("Verbally"),
        "electronic": _tr("Electronically"),
    }


def languages() -> dict[str, str]:
    return {"fi": _tr("Finnish"), "sv": _tr("Swedish"), "en": _tr("English")}


SERVICE_PATHS = ("Osmo", "Osku", "Ossi")
