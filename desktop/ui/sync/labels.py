"""Words for record kinds, fields and values as the Sync page shows them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.ui.qt import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


def kind_label(kind: str) -> str:
    labels = {
        "organisation": _tr("Organisation"), "locality": _tr("Locality"), "staff": _tr("Staff"),
        "employer": _tr("Employer"), "contact": _tr("Contact"), "visit": _tr("Visit"),
        "position": _tr("Position"), "client": _tr("Client"), "consent": _tr("Consent"),
        "assessment": _tr("Assessment"), "client_note": _tr("Client note"),
        "transition": _tr("Transition"), "recruitment_event": _tr("Recruitment event"),
        "event_participant": _tr("Event participant"), "handover_form": _tr("Handover form"),
        "audit_event": _tr("Audit event"),
    }
    return labels.get(kind, kind)


def field_label(field: str) -> str:
    if field == "deleted":
        return _tr("Deleted")
    return QCoreApplication.translate("Fields", field.replace("_", " ").capitalize())


def value_text(value: Any, field: str = "") -> str:
    """A conflict's value as text: blanks, yes/no, the fields of unsent changes."""
    if field == "deleted":
        if value is True:
            return _tr("Deleted on another device")
        if isinstance(value, dict):
            names = ", ".join(field_label(name) for name in sorted(value))
            return _tr("Your unsent changes: %1").replace("%1", names or "—")
        return _tr("Kept")
    if value is None or value == "" or value == []:
        return "—"
    if value is True:
        return _tr("Yes")
    if value is False:
        return _tr("No")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def local_time(iso_utc: str | None) -> str:
    """A stored UTC time as local time: the hour today, the date otherwise."""
    if not iso_utc:
        return _tr("never")
    moment = dt.datetime.fromisoformat(iso_utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    local = moment.astimezone()
    if local.date() == dt.date.today():
        return local.strftime("%H:%M")
    return f"{local.day}.{local.month}.{local.year} {local:%H:%M}"
