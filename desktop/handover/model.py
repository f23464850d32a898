"""The handover form as data: a pure function of the records, no database, no rendering.

``build_handover`` takes the client's records as read by the service and
returns a ``HandoverDocument``, everything the renderer prints. It refuses a
client without a consent in force that covers sharing with the employment
authority. The personal identity code is masked unless the form is
addressed to the authority; the assessment's summary is included only where
the consent covers the form's recipient (the authority, or partners for a
form that is not addressed to the authority).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.errors import FieldError, InvalidInput, KenttaError
from desktop.translation import QT_TRANSLATE_NOOP
from sync.identifiers import mask_personal_id
from sync.records import LANGUAGES, AssessmentBase, ClientBase, ConsentBase, StaffBase, TransitionBase

MAX_TEXT = 20_000  # characters in one of the coach's fields (about six pages)
TEXT_FIELDS = ("work_done", "strengths", "further_plan", "further_support_need")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class ConsentRequired(KenttaError):
    """No consent in force covers giving the form to the employment authority."""


@dataclass(frozen=True)
class HandoverTexts:
    """What the career coach writes."""

    work_done: str = ""
    strengths: str = ""
    further_plan: str = ""
    further_support_need: str = ""

    def cleaned(self) -> "HandoverTexts":
        """NFC-normalised, one kind of line break, no control characters, no outer blanks."""
        return HandoverTexts(**{name: clean_text(getattr(self, name)) for name in TEXT_FIELDS})

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in TEXT_FIELDS}


@dataclass(frozen=True)
class ResultLine:
    """One transition, printed as a result of the service."""

    kind: str
    employer: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class ConsentLine:
    given_on: dt.date
    recorded_how: str


@dataclass(frozen=True)
class AssessmentLine:
    assessed_on: dt.date
    summary: str
    assessment_id: uuid.UUID | None = None


@dataclass(frozen=True)
class HandoverDocument:
    """Everything the form prints, in the form's own language."""

    language: str
    document_number: str | None  # None: a preview, printed as a draft
    generated_on: dt.date
    for_authority: bool
    organisation: str
    client_id: uuid.UUID
    client_name: str
    personal_id: str  # full only for the authority, masked otherwise; "" when none
    municipality: str
    service_path: str
    referral_source: str
    referred_on: dt.date | None
    service_start: dt.date | None
    service_end: dt.date | None
    coach_id: uuid.UUID | None
    coach_name: str
    consent: ConsentLine
    texts: HandoverTexts
    results: tuple[ResultLine, ...] = field(default_factory=tuple)
    assessment: AssessmentLine | None = None
    recipient: str = ""  # the employment area a form for the authority is addressed to

    @property
    def is_draft(self) -> bool:
        return self.document_number is None


def clean_text(value: str | None) -> str:
    text = unicodedata.normalize("NFC", value or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text).strip()


def check_texts(texts: HandoverTexts) -> HandoverTexts:
    """The cleaned texts, or ``InvalidInput`` naming each field that is too long."""
    cleaned = texts.cleaned()
    errors = [
        FieldError(name, "too_long", f"At most {MAX_TEXT} characters; shorten the text.")
        for name in TEXT_FIELDS
        if len(getattr(cleaned, name)) > MAX_TEXT
    ]
    if errors:
        raise InvalidInput(errors)
    return cleaned


def consent_in_force(consents: Iterable[ConsentBase], on: dt.date) -> ConsentBase | None:
    """The newest live consent given by ``on`` and not withdrawn by then."""
    live = [c for c in consents if not c.deleted and c.given_on <= on]
    for consent in sorted(live, key=lambda c: (c.given_on, c.modified_at), reverse=True):
        if consent.withdrawn_on is None or consent.withdrawn_on > on:
            return consent
    return None


def require_consent(consent: ConsentBase | None) -> ConsentBase:
    """The consent if it covers the transfer; otherwise ``ConsentRequired`` saying what to record."""
    if consent is None:
        raise ConsentRequired(QT_TRANSLATE_NOOP(
            "Errors", "The client has no consent in force, so no handover form was made. Record the "
            "client's consent to share information with the employment authority on the "
            "client's page (Consent) first, then make the form."))
    if not consent.share_with_authority:
        raise ConsentRequired(QT_TRANSLATE_NOOP(
            "Errors", "The client's consent in force does not cover sharing information with the "
            "employment authority, so no handover form was made. Record a new consent that "
            "covers it on the client's page (Consent) first, then make the form."))
    return consent


def assessment_shared(consent: ConsentBase, *, for_authority: bool) -> bool:
    """Whether the consent covers the assessment's summary for this form's recipient."""
    return consent.share_with_authority if for_authority else consent.share_with_partners


def latest_summary(assessments: Iterable[AssessmentBase]) -> AssessmentLine | None:
    with_summary = [a for a in assessments if not a.deleted and clean_text(a.summary)]
    if not with_summary:
        return None
    newest = max(with_summary, key=lambda a: (a.assessed_on, a.modified_at))
    return AssessmentLine(newest.assessed_on, clean_text(newest.summary), newest.id)


def results_of(transitions: Iterable[TransitionBase], employer_names: Mapping[uuid.UUID, str]
               ) -> tuple[ResultLine, ...]:
    live = sorted((t for t in transitions if not t.deleted), key=lambda t: (t.start_date, t.transition_kind))
    return tuple(
        ResultLine(t.transition_kind, employer_names.get(t.employer_id, "") if t.employer_id else "",
                   t.start_date, t.end_date)
        for t in live
    )


def build_handover(
    *,
    client: ClientBase,
    consents: Iterable[ConsentBase],
    coach: StaffBase | None,
    transitions: Iterable[TransitionBase] = (),
    employer_names: Mapping[uuid.UUID, str] | None = None,
    assessments: Iterable[AssessmentBase] = (),
    texts: HandoverTexts,
    language: str,
    for_authority: bool,
    organisation: str,
    generated_on: dt.date,
    document_number: str | None = None,
    employment_area: str | None = None,
) -> HandoverDocument:
    """The form for ``client`` from its records; see the module docstring. A form for the
    authority is addressed to ``employment_area`` (else the client's own)."""
    if language not in LANGUAGES:
        raise InvalidInput([FieldError("language", "not_allowed", "The form's language must be fi, sv or en.")])
    recipient = clean_text(employment_area if employment_area is not None else client.employment_area)
    if for_authority and not recipient:
        raise InvalidInput([FieldError(
            "employment_area", "employment_area_required",
            "Choose the client's employment area: a form for the authority is addressed to it.")])
    consent = require_consent(consent_in_force(consents, generated_on))
    personal_id = client.personal_id or ""
    if not for_authority:
        personal_id = mask_personal_id(personal_id)
    assessment = latest_summary(assessments) if assessment_shared(consent, for_authority=for_authority) else None
    return HandoverDocument(
        language=language,
        document_number=document_number,
        generated_on=generated_on,
        for_authority=for_authority,
        organisation=organisation,
        client_id=client.id,
        client_name=clean_text(client.name),
        personal_id=personal_id,
        municipality=clean_text(client.municipality),
        service_path=clean_text(client.service_path),
        referral_source=clean_text(client.referral_source),
        referred_on=client.referred_on,
        service_start=client.service_start,
        service_end=client.service_end,
        coach_id=coach.id if coach else None,
        coach_name=clean_text(coach.name) if coach else "",
        consent=ConsentLine(consent.given_on, consent.recorded_how),
        texts=check_texts(texts),
        results=results_of(transitions, employer_names or {}),
        assessment=assessment,
        recipient=recipient if for_authority else "",
    )
