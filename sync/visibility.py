"""Which field of a client-scoped record travels to whom: declared once, beside the schemas.

A client-scoped record (``client_scoped = True`` in ``sync.records``) travels in full only to
the client's assigned staff (a manager among them too). A manager who is not assigned to the
client gets its *figures*: the fields the reports count by (``desktop/reports/queries.py``) and
the client lists show (assigned staff, service dates), never names, identity codes, contact
details or texts. An administrator gets no client-scoped record at all.

Every data field of every client-scoped kind is declared here, either in ``FIGURES`` or in
``CONTENT``, with the reason beside it; ``tests/test_visibility.py`` checks the two against
``sync.records`` (a new field fails until it is decided) and that the reports, computed from
figures only, equal the reports computed from the full records. A kind without figures does not
travel to a manager who is not assigned to its client. The server applies this in one place
(``sync.server.pull``) to pulls, ``/v1/records`` and ``/history``.

A manager with an active break-glass grant on a client (``sync.server.break_glass``) sees that
client as its assigned staff do, read only, until the grant runs out. Organisation-wide kinds
(the organisation record with its settings, ``break_glass_hours`` among them; staff, localities,
employers…) are not client-scoped: they travel to everyone in the organisation.
"""

from __future__ import annotations

from typing import Any

FIGURES: dict[str, dict[str, str]] = {
    "client": {
        "locality_id": "reports: the client's locality (the locality filter and breakdown)",
        "municipality": "reports: the locality when locality_id is empty (a place, not a person)",
        "referred_on": "reports: the date that puts a client in the period",
        "service_start": "reports: the period's date when there is no referral date; lists",
        "service_end": "client lists: the service period beside the assigned staff",
        "assigned_staff_ids": "reports: the staff filter; who is responsible for the client",
        # The funder's categorical entry and exit data: the EU common indicators count by them.
        "gender": "funder's indicators: every indicator by gender",
        "birth_date": "funder's indicators: age at entry (under 18, 18-29, 55 and over)",
        "labour_status_at_entry": "funder's indicators: unemployed, inactive, employed",
        "long_term_unemployed": "funder's indicators: long-term unemployed",
        "education_level": "funder's indicators: ISCED levels",
        "disability": "funder's indicators (special-category data, counted only)",
        "third_country_national": "funder's indicators",
        "foreign_background": "funder's indicators",
        "minority": "funder's indicators (special-category data, counted only)",
        "homeless": "funder's indicators",
        "eura_entry": "funder's completeness list: EURA entry not done",
        "eura_entry_on": "funder's completeness list (a date, no content)",
        "eura_exit": "funder's completeness list: EURA exit not done",
        "eura_exit_on": "funder's completeness list (a date, no content)",
        "exit_situation": "funder's indicators: results on leaving",
        "qualification_gained": "funder's indicators: qualification on leaving",
        "situation_6_months": "funder's indicators: employed six months after leaving",
        "returned_from_id": "funder's indicators: a returning person counts once (an id)",
    },
    "transition": {
        "client_id": "reports: whose transition (an id)",
        "transition_kind": "reports: transitions by kind, clients to work or studies",
        "start_date": "reports: the date that puts a transition in the period",
        "end_date": "a date of the same period (no content)",
        "employer_id": "an organisation-wide employer every staff member sees anyway",
    },
    "event_participant": {
        "event_id": "reports: participants of the events held in the period",
        "client_id": "reports: distinct clients taking part (an id)",
        "hired": "reports: participants employed",
        "hired_by_employer_id": "an organisation-wide employer every staff member sees anyway",
    },
}

CONTENT: dict[str, dict[str, str]] = {
    "client": {
        "name": "identifies the person",
        "personal_id": "identifies the person",
        "phone": "contact details",
        "email": "contact details",
        "language": "a personal detail no report counts by",
        "referral_source": "a personal detail no report counts by",
        "service_path": "a personal detail no report counts by",
        "job_goals": "free text about the person",
        "target_group": "a personal detail (can reveal health or background); no report uses it",
        "employment_area": "the handover form's recipient; no report counts by it",
    },
    "transition": {
        "notes": "free text about the person",
    },
    # Consents: no report counts them, and what a person agreed to share is theirs to know.
    "consent": {
        "client_id": "the kind does not travel: no figure needs it",
        "share_with_authority": "what the person agreed to",
        "share_with_partners": "what the person agreed to",
        "given_on": "part of the consent; no report counts consents",
        "withdrawn_on": "part of the consent; no report counts consents",
        "recorded_how": "part of the consent; no report counts consents",
        "notes": "free text about the person",
    },
    # Assessments are special-category data (work and functional capacity): content only.
    "assessment": {
        "client_id": "the kind does not travel: no figure needs it",
        "staff_id": "who assessed whom is itself sensitive; no report counts assessments",
        "assessed_on": "part of the assessment; no report counts assessments",
        "work_capacity": "health data",
        "functional_capacity": "health data",
        "summary": "health data",
    },
    # Notes are the staff's account of the person: no report counts them.
    "client_note": {
        "client_id": "the kind does not travel: no figure needs it",
        "staff_id": "part of the note; no report counts notes",
        "noted_on": "part of the note; no report counts notes",
        "note_kind": "part of the note; no report counts notes",
        "partners": "whom the person met: content",
        "text": "free text about the person",
    },
    # Handover forms are documents about the person; no report counts them.
    "handover_form": {
        "client_id": "the kind does not travel: no figure needs it",
        "staff_id": "part of the form",
        "service_start": "part of the form (the client's own dates travel as figures)",
        "service_end": "part of the form (the client's own dates travel as figures)",
        "work_done": "free text about the person",
        "results": "free text about the person",
        "strengths": "free text about the person",
        "further_plan": "free text about the person",
        "further_support_need": "free text about the person (can reveal health)",
        "consent_confirmed": "part of the form",
        "for_authority": "part of the form",
        "recipient": "part of the form",
        "language": "part of the form",
        "document_number": "identifies the document",
        "generated_at": "part of the form",
        "pdf_sha256": "identifies the document",
    },
    # A client's files: a file's name alone can identify the person (``cv_firstname_lastname.pdf``),
    # its kind says what the person signed or sent; a manager not assigned gets nothing of them.
    "client_attachment": {
        "client_id": "the kind does not travel: no figure needs it",
        "file_name": "a file name can identify the person",
        "media_type": "part of the file; no report counts files",
        "size": "part of the file; no report counts files",
        "sha256": "identifies the content (which can be tested against a known file)",
        "description": "free text about the file and so the person",
        "attached_on": "part of the file; no report counts files",
        "attachment_kind": "what the person signed or sent (a consent, a CV)",
        "handover_document_number": "identifies the document",
    },
    # Who opened the client and why: the reason may say something about the person.
    "break_glass": {
        "client_id": "the kind does not travel: no figure needs it",
        "staff_id": "the manager who opened the client: seen by the client's staff",
        "reason": "free text about why the client was opened (may describe the person)",
        "granted_at": "part of the grant",
        "expires_at": "part of the grant",
        "ended_at": "part of the grant",
    },
    # A request to be assigned to a client (``sync.server.identity``). It travels to the client's
    # assigned staff, and to its requester (who is not assigned: ``sync.server.pull`` gives a
    # requester their own requests in full). It holds ids, the asker's message and the decision,
    # no data of the client; a manager not assigned gets nothing of it (no figure needs it).
    "assignment_request": {
        "client_id": "the kind does not travel to figures; an opaque id to the requester",
        "requested_by": "who asks: the client's staff decide on it",
        "requested_at": "part of the request",
        "message": "the asker's words to the client's staff (may describe the person)",
        "status": "the decision, which the requester is told",
        "decided_by": "who decided: the requester is told",
        "decided_at": "part of the decision",
    },
}

# Organisation-wide kinds are not about a client: every staff member of the organisation gets
# them whole. Their fields that are settings the server enforces, and why each travels:
SETTINGS: dict[str, dict[str, str]] = {
    "organisation": {
        "totp_for_staff": "every device: whether all staff log in with a second factor (the "
                          "server enforces it; changed by an admin)",
        "attachment_max_mb": "every device: the largest file that may be attached, refused "
                             "before it is stored (the server refuses a larger upload too)",
    },
}

# Kinds of which a manager who is not assigned to the client gets anything (the figures).
FIGURE_KINDS: frozenset[str] = frozenset(kind for kind, fields in FIGURES.items() if fields)


def is_figure(kind: str, name: str) -> bool:
    """Whether the field travels to a manager not assigned to the record's client."""
    return name in FIGURES.get(kind, ())


def figures_of(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The fields of a record that travel to a manager not assigned to its client."""
    return {name: value for name, value in fields.items() if is_figure(kind, name)}
