"""Words for record kinds, fields and values as the Sync page shows them."""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing
from typing import Any

from desktop.translation import QT_TRANSLATE_NOOP
from desktop.ui.qt import QCoreApplication
from sync.records import RECORD_TYPES


# Literal contexts and texts, so that lupdate finds them.
translate = QCoreApplication.translate


# Every record kind (sync/records.py RECORD_TYPES), as lupdate must see it: a literal text in the
# context "Sync". tests/ui/sync/test_sync_texts.py fails when a kind is missing here.
KIND_LABELS: dict[str, str] = {
    "organisation": QT_TRANSLATE_NOOP("Sync", "Organisation"),
    "locality": QT_TRANSLATE_NOOP("Sync", "Locality"),
    "staff": QT_TRANSLATE_NOOP("Sync", "Staff"),
    "employer": QT_TRANSLATE_NOOP("Sync", "Employer"),
    "contact": QT_TRANSLATE_NOOP("Sync", "Contact"),
    "visit": QT_TRANSLATE_NOOP("Sync", "Visit"),
    "position": QT_TRANSLATE_NOOP("Sync", "Position"),
    "client": QT_TRANSLATE_NOOP("Sync", "Client"),
    "consent": QT_TRANSLATE_NOOP("Sync", "Consent"),
    "assessment": QT_TRANSLATE_NOOP("Sync", "Assessment"),
    "client_note": QT_TRANSLATE_NOOP("Sync", "Client note"),
    "transition": QT_TRANSLATE_NOOP("Sync", "Transition"),
    "recruitment_event": QT_TRANSLATE_NOOP("Sync", "Recruitment event"),
    "event_participant": QT_TRANSLATE_NOOP("Sync", "Event participant"),
    "handover_form": QT_TRANSLATE_NOOP("Sync", "Handover form"),
    "client_attachment": QT_TRANSLATE_NOOP("Sync", "Client's file"),
    "employer_attachment": QT_TRANSLATE_NOOP("Sync", "Employer's file"),
    "break_glass": QT_TRANSLATE_NOOP("Sync", "Opening of a client by a manager"),
    "assignment_request": QT_TRANSLATE_NOOP("Sync", "Request to be assigned to a client"),
    "audit_event": QT_TRANSLATE_NOOP("Sync", "Audit event"),
}


def kind_label(kind: str) -> str:
    """A record kind's name in the UI's language (an unknown kind, from a newer server, as it is)."""
    text = KIND_LABELS.get(kind)
    return translate("Sync", text) if text is not None else kind


# Every field of every record kind (sync/records.py), as lupdate must see it: a literal text in
# the context "Fields". tests/ui/sync/test_sync_texts.py fails when a kind has a field not here.
FIELD_LABELS: dict[str, str] = {
    "attachment_kind": QT_TRANSLATE_NOOP("Fields", "Kind of file"),
    "attachment_max_mb": QT_TRANSLATE_NOOP("Fields", "Largest attachment (MB)"),
    "attached_on": QT_TRANSLATE_NOOP("Fields", "Attached on"),
    "file_name": QT_TRANSLATE_NOOP("Fields", "File name"),
    "handover_document_number": QT_TRANSLATE_NOOP("Fields", "Handover form signed"),
    "media_type": QT_TRANSLATE_NOOP("Fields", "Type of file"),
    "sha256": QT_TRANSLATE_NOOP("Fields", "Checksum (SHA-256)"),
    "size": QT_TRANSLATE_NOOP("Fields", "Size (bytes)"),
    "action": QT_TRANSLATE_NOOP("Fields", "Action"),
    "active": QT_TRANSLATE_NOOP("Fields", "Active"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "assessed_on": QT_TRANSLATE_NOOP("Fields", "Assessed on"),
    "assigned_staff_ids": QT_TRANSLATE_NOOP("Fields", "Assigned staff"),
    "at": QT_TRANSLATE_NOOP("Fields", "Time"),
    "break_glass_hours": QT_TRANSLATE_NOOP("Fields", "Break-glass access lasts (hours)"),
    "briefing_given": QT_TRANSLATE_NOOP("Fields", "Alternative recruitment briefing given"),
    "briefing_taken_up": QT_TRANSLATE_NOOP("Fields", "Alternative recruitment taken up"),
    "business_id": QT_TRANSLATE_NOOP("Fields", "Business ID"),
    "client_id": QT_TRANSLATE_NOOP("Fields", "Client"),
    "consent_confirmed": QT_TRANSLATE_NOOP("Fields", "Consent confirmed"),
    "contact_id": QT_TRANSLATE_NOOP("Fields", "Contact met"),
    "count": QT_TRANSLATE_NOOP("Fields", "Count"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "detail": QT_TRANSLATE_NOOP("Fields", "Detail"),
    "document_number": QT_TRANSLATE_NOOP("Fields", "Document number"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "employer_id": QT_TRANSLATE_NOOP("Fields", "Employer"),
    "employer_ids": QT_TRANSLATE_NOOP("Fields", "Employers"),
    "end_date": QT_TRANSLATE_NOOP("Fields", "End"),
    "ended_at": QT_TRANSLATE_NOOP("Fields", "Ended"),
    "event_id": QT_TRANSLATE_NOOP("Fields", "Event"),
    "event_kind": QT_TRANSLATE_NOOP("Fields", "Kind of event"),
    "expires_at": QT_TRANSLATE_NOOP("Fields", "Open until"),
    "filled": QT_TRANSLATE_NOOP("Fields", "Filled"),
    "filled_on": QT_TRANSLATE_NOOP("Fields", "Filled on"),
    "follow_up_date": QT_TRANSLATE_NOOP("Fields", "Follow up on"),
    "follow_up_done_by": QT_TRANSLATE_NOOP("Fields", "Follow-up done by"),
    "follow_up_done_on": QT_TRANSLATE_NOOP("Fields", "Follow-up done on"),
    "for_authority": QT_TRANSLATE_NOOP("Fields", "For the employment authority"),
    "found_on": QT_TRANSLATE_NOOP("Fields", "Found on"),
    "functional_capacity": QT_TRANSLATE_NOOP("Fields", "Functional capacity"),
    "further_plan": QT_TRANSLATE_NOOP("Fields", "Further plan"),
    "further_support_need": QT_TRANSLATE_NOOP("Fields", "Need for further support"),
    "generated_at": QT_TRANSLATE_NOOP("Fields", "Made at"),
    "given_on": QT_TRANSLATE_NOOP("Fields", "Given on"),
    "granted_at": QT_TRANSLATE_NOOP("Fields", "Opened"),
    "held_on": QT_TRANSLATE_NOOP("Fields", "Date"),
    "hidden": QT_TRANSLATE_NOOP("Fields", "Hidden job"),
    "hidden_jobs": QT_TRANSLATE_NOOP("Fields", "Hidden jobs"),
    "hired": QT_TRANSLATE_NOOP("Fields", "Hired"),
    "hired_by_employer_id": QT_TRANSLATE_NOOP("Fields", "Hired by"),
    "industry": QT_TRANSLATE_NOOP("Fields", "Industry"),
    "interest_apprenticeship": QT_TRANSLATE_NOOP("Fields", "Interest in apprenticeship"),
    "interest_recruitment_event": QT_TRANSLATE_NOOP("Fields", "Interest in Työkohtaamo (recruitment event)"),
    "interest_recruitment_training": QT_TRANSLATE_NOOP("Fields", "Interest in recruitment training"),
    "interest_wage_subsidy": QT_TRANSLATE_NOOP("Fields", "Interest in wage subsidy"),
    "interest_work_trial": QT_TRANSLATE_NOOP("Fields", "Interest in work trial"),
    "job_goals": QT_TRANSLATE_NOOP("Fields", "Job goals"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "letter_of_intent_date": QT_TRANSLATE_NOOP("Fields", "Letter of intent"),
    "localities": QT_TRANSLATE_NOOP("Fields", "Localities"),
    "locality_id": QT_TRANSLATE_NOOP("Fields", "Locality"),
    "municipality": QT_TRANSLATE_NOOP("Fields", "Municipality"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "next_step": QT_TRANSLATE_NOOP("Fields", "Next step"),
    "note_kind": QT_TRANSLATE_NOOP("Fields", "Kind of note"),
    "noted_on": QT_TRANSLATE_NOOP("Fields", "Date"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "occupation": QT_TRANSLATE_NOOP("Fields", "Occupation"),
    "open_position_titles": QT_TRANSLATE_NOOP("Fields", "Titles of the open positions"),
    "open_positions": QT_TRANSLATE_NOOP("Fields", "Open positions"),
    "organisation_id": QT_TRANSLATE_NOOP("Fields", "Organisation"),
    "partners": QT_TRANSLATE_NOOP("Fields", "Partners"),
    "pdf_sha256": QT_TRANSLATE_NOOP("Fields", "PDF checksum"),
    "personal_id": QT_TRANSLATE_NOOP("Fields", "Personal identity code"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "record_id": QT_TRANSLATE_NOOP("Fields", "Record"),
    "record_kind": QT_TRANSLATE_NOOP("Fields", "Kind of record"),
    "recorded_how": QT_TRANSLATE_NOOP("Fields", "Recorded"),
    "recruitment_needs": QT_TRANSLATE_NOOP("Fields", "Recruitment needs"),
    "recruitment_needs_text": QT_TRANSLATE_NOOP("Fields", "Description of the recruitment needs"),
    "referral_source": QT_TRANSLATE_NOOP("Fields", "Referral source"),
    "referred_on": QT_TRANSLATE_NOOP("Fields", "Referred on"),
    "results": QT_TRANSLATE_NOOP("Fields", "Results"),
    "retention_months": QT_TRANSLATE_NOOP("Fields", "Retention (months)"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "service_end": QT_TRANSLATE_NOOP("Fields", "Service end"),
    "service_path": QT_TRANSLATE_NOOP("Fields", "Service path"),
    "service_start": QT_TRANSLATE_NOOP("Fields", "Service start"),
    "share_with_authority": QT_TRANSLATE_NOOP("Fields", "Share with the employment authority"),
    "share_with_partners": QT_TRANSLATE_NOOP("Fields", "Share with partners"),
    "staff_id": QT_TRANSLATE_NOOP("Fields", "Staff member"),
    "start_date": QT_TRANSLATE_NOOP("Fields", "Start"),
    "strengths": QT_TRANSLATE_NOOP("Fields", "Strengths"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "target_group": QT_TRANSLATE_NOOP("Fields", "Target group"),
    "text": QT_TRANSLATE_NOOP("Fields", "Note"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "transition_kind": QT_TRANSLATE_NOOP("Fields", "Kind of transition"),
    "undo_days": QT_TRANSLATE_NOOP("Fields", "Undo period for deletes (days)"),
    "totp_for_staff": QT_TRANSLATE_NOOP("Fields", "Second factor (TOTP) for all staff"),
    "visit_id": QT_TRANSLATE_NOOP("Fields", "Visit"),
    "visited_at": QT_TRANSLATE_NOOP("Fields", "Date and time"),
    "withdrawn_on": QT_TRANSLATE_NOOP("Fields", "Withdrawn on"),
    "work_capacity": QT_TRANSLATE_NOOP("Fields", "Work capacity"),
    "work_done": QT_TRANSLATE_NOOP("Fields", "Work done during the service"),
    "esf_questions": QT_TRANSLATE_NOOP("Fields", "Funder's optional questions asked"),
    "employment_areas": QT_TRANSLATE_NOOP("Fields", "Employment areas"),
    "employment_area": QT_TRANSLATE_NOOP("Fields", "Employment area"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "labour_status_at_entry": QT_TRANSLATE_NOOP("Fields", "Labour market status at entry"),
    "long_term_unemployed": QT_TRANSLATE_NOOP("Fields", "Long-term unemployed"),
    "education_level": QT_TRANSLATE_NOOP("Fields", "Education level"),
    "disability": QT_TRANSLATE_NOOP("Fields", "Disability"),
    "third_country_national": QT_TRANSLATE_NOOP("Fields", "Third-country national"),
    "foreign_background": QT_TRANSLATE_NOOP("Fields", "Foreign background"),
    "minority": QT_TRANSLATE_NOOP("Fields", "Minority"),
    "homeless": QT_TRANSLATE_NOOP("Fields", "Homeless or affected by housing exclusion"),
    "eura_entry": QT_TRANSLATE_NOOP("Fields", "EURA entry data"),
    "eura_entry_on": QT_TRANSLATE_NOOP("Fields", "EURA entry data on"),
    "eura_exit": QT_TRANSLATE_NOOP("Fields", "EURA exit data"),
    "eura_exit_on": QT_TRANSLATE_NOOP("Fields", "EURA exit data on"),
    "exit_situation": QT_TRANSLATE_NOOP("Fields", "Situation on leaving"),
    "qualification_gained": QT_TRANSLATE_NOOP("Fields", "Qualification gained"),
    "situation_6_months": QT_TRANSLATE_NOOP("Fields", "Situation six months after leaving"),
    "returned_from_id": QT_TRANSLATE_NOOP("Fields", "Returning client of"),
    "other_participants": QT_TRANSLATE_NOOP("Fields", "Others who took part"),
    "other_participants_employed": QT_TRANSLATE_NOOP("Fields", "Of them hired"),
    "recipient": QT_TRANSLATE_NOOP("Fields", "Addressed to"),
    "requested_by": QT_TRANSLATE_NOOP("Fields", "Asked by"),
    "requested_at": QT_TRANSLATE_NOOP("Fields", "Asked on"),
    "message": QT_TRANSLATE_NOOP("Fields", "Message"),
    "status": QT_TRANSLATE_NOOP("Fields", "Decision"),
    "decided_by": QT_TRANSLATE_NOOP("Fields", "Decided by"),
    "decided_at": QT_TRANSLATE_NOOP("Fields", "Decided on"),
}


def field_label(field: str) -> str:
    """A field's name in the UI's language (a path such as ``assigned_staff_ids.0`` by its field)."""
    if field == "deleted":
        return translate("Sync", "Deleted")
    name = field.split(".", 1)[0]
    text = FIELD_LABELS.get(name)
    return translate("Fields", text) if text is not None else field


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@functools.cache
def typed_fields(kind: type) -> frozenset[str]:
    """The fields of any record kind whose values are of ``kind`` (or None): dates, times."""
    return frozenset(name for schema in RECORD_TYPES.values() for name, info in schema.model_fields.items()
                     if kind in (typing.get_args(info.annotation) or (info.annotation,)))


def _when(value: str, field: str) -> str | None:
    """A date or a time as the lists write them (22.11.2026, 22.11.2026 14:30 local); None when
    the field holds neither."""
    from desktop.services.listing import format_value

    kind = "datetime" if field in typed_fields(dt.datetime) else "date" if field in typed_fields(dt.date) else None
    if kind is None:
        return None
    try:
        return format_value(value, kind)
    except ValueError:
        return value


def record_label(label: str) -> str:
    """A record's label for the lists: a date (a visit's, a note's) as the UI writes dates."""
    if _ISO_DATE.fullmatch(label):
        from desktop.ui.forms.dates import finnish_date

        return finnish_date(label)
    return label


# A visit's place, stored as a code (a recruitment event's place is free text).
PLACES: dict[str, str] = {
    "on_site": QT_TRANSLATE_NOOP("FieldValues", "On site"),
    "remote": QT_TRANSLATE_NOOP("FieldValues", "Remote"),
    "event": QT_TRANSLATE_NOOP("FieldValues", "At an event"),
}


def code_labels(field: str) -> dict[str, str]:
    """The words for a field's stored codes, as the forms show them ({} for a field without codes)."""
    if field == "place":
        return {code: translate("FieldValues", text) for code, text in PLACES.items()}
    if field == "role":
        from desktop.ui.profile_dialogs import role_labels

        return role_labels()
    if field == "event_kind":
        from desktop.ui.events.event_dialog import event_kinds

        return event_kinds()
    if field == "attachment_kind":
        from desktop.ui.attachments.section import KIND_LABELS, kind_label

        return {code: kind_label(code) for code in KIND_LABELS}
    from desktop.ui import client_codes as client_labels

    named = {"note_kind": client_labels.note_kinds, "transition_kind": client_labels.transition_kinds,
             "recorded_how": client_labels.consent_methods, "language": client_labels.languages}
    return named[field]() if field in named else {}


def value_text(value: Any, field: str = "") -> str:
    """A conflict's value as text: blanks, yes/no, the fields of unsent changes."""
    if field == "deleted":
        if value is True:
            return translate("Sync", "Deleted on another device")
        if isinstance(value, dict):
            names = ", ".join(field_label(name) for name in sorted(value))
            return translate("Sync", "Your unsent changes: %1").replace("%1", names or "—")
        if isinstance(value, list):  # a notice: the fields of an edit lost to the delete, no values
            names = ", ".join(field_label(str(name)) for name in value)
            return translate("Sync", "Changes lost to the delete: %1").replace("%1", names or "—")
        return translate("Sync", "Kept")
    if value is None or value == "" or value == []:
        return "—"
    if value is True:
        return translate("Sync", "Yes")
    if value is False:
        return translate("Sync", "No")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, str):
        when = _when(value, field)
        if when is not None:
            return when
        return code_labels(field).get(value, value)
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
