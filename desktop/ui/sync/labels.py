"""Words for record kinds, fields and values as the Sync page shows them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.ui.qt import QCoreApplication


# Literal contexts and texts, so that lupdate finds them.
translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    labels = {
        "organisation": translate("Sync", "Organisation"), "locality": translate("Sync", "Locality"),
        "staff": translate("Sync", "Staff"), "employer": translate("Sync", "Employer"),
        "contact": translate("Sync", "Contact"), "visit": translate("Sync", "Visit"),
        "position": translate("Sync", "Position"), "client": translate("Sync", "Client"),
        "consent": translate("Sync", "Consent"), "assessment": translate("Sync", "Assessment"),
        "client_note": translate("Sync", "Client note"), "transition": translate("Sync", "Transition"),
        "recruitment_event": translate("Sync", "Recruitment event"),
        "event_participant": translate("Sync", "Event participant"),
        "handover_form": translate("Sync", "Handover form"), "audit_event": translate("Sync", "Audit event"),
    }
    return labels.get(kind, kind)


def field_label(field: str) -> str:
    if field == "deleted":
        return translate("Sync", "Deleted")
    return translate("Fields", field.replace("_", " ").capitalize())


def value_text(value: Any, field: str = "") -> str:
    """A conflict's value as text: blanks, yes/no, the fields of unsent changes."""
    if field == "deleted":
        if value is True:
            return translate("Sync", "Deleted on another device")
        if isinstance(value, dict):
            names = ", ".join(field_label(name) for name in sorted(value))
            return translate("Sync", "Your unsent changes: %1").replace("%1", names or "—")
        return translate("Sync", "Kept")
    if value is None or value == "" or value == []:
        return "—"
    if value is True:
        return translate("Sync", "Yes")
    if value is False:
        return translate("Sync", "No")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def local_time(iso_utc: str | None) -> str:
    """A stored UTC time as local time: the hour today, the date otherwise."""
    if not iso_utc:
        return translate("Sync", "never")
    moment = dt.datetime.fromisoformat(iso_utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    local = moment.astimezone()
    if local.date() == dt.date.today():
        return local.strftime("%H:%M")
    return f"{local.day}.{local.month}.{local.year} {local:%H:%M}"
