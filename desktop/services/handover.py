"""Handover forms: prefill from the records, refuse without consent, number,
render, record and audit.

``generate`` is one transaction: it takes the next document number, builds
the form from the records, renders the PDF, stores a ``HandoverForm`` record
(which syncs) with the PDF's SHA-256 and writes the audit event "generate".
Printing and saving the form are audit events of their own. A password
protects only the copy that is saved (for e-mail); the record's hash is that
of the form as generated.

Document numbers are ``KT-<year>-<six digits>``, from a counter in the
``setting`` table that never goes below the highest number among the
profile's handover-form records (so a profile restored from the server does
not reuse numbers). A number is given to one version of a form: making the
client's form again with nothing it prints changed (the same texts,
choices and records: its *version*, a digest kept beside the counter) gives
the form already made, with its number and date, and records nothing new.
"""

from __future__ import annotations

import datetime as dt
import dataclasses
import hashlib
import json
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from desktop.errors import FieldError, InvalidInput, NotFound
from desktop.files import write_atomically
from desktop.handover.branding import Branding, load_branding
from desktop.handover.model import (
    ConsentLine,
    ConsentRequired,
    HandoverDocument,
    HandoverTexts,
    ResultLine,
    build_handover,
    consent_in_force,
    latest_summary,
    require_consent,
    results_of,
)
from desktop.handover.render import render_pdf
from desktop.handover.texts import texts_for
from desktop.services import audit, changes, drafts
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.settings import DOCUMENT_COUNTER, DOCUMENT_VERSIONS
from desktop.store.tables import (
    Assessment, Client, Consent, Employer, HandoverForm, Organisation, Staff, Transition,
)
from sync.identifiers import mask_personal_id
from sync.records import LONG_TEXT_MAX, utcnow

logger = logging.getLogger(__name__)

PREFIX = "KT"
DRAFT_KIND = "handover"
MIN_PASSWORD = 8


def draft_key(client_id) -> str:
    return f"{DRAFT_KIND}:{uuid.UUID(str(client_id))}"


@dataclass(frozen=True)
class HandoverPrefill:
    """What the dialog shows before the coach writes: read from the records."""

    client_id: uuid.UUID
    client_name: str
    masked_personal_id: str
    language: str
    service_start: dt.date | None
    service_end: dt.date | None
    coach_name: str
    referral_source: str
    referred_on: dt.date | None
    results: tuple[ResultLine, ...]
    assessment_on: dt.date | None  # the newest assessment with a summary
    consent: ConsentLine | None
    share_with_partners: bool
    consent_problem: ConsentRequired | None  # why no form can be made yet (the UI words it), or None
    texts: HandoverTexts  # the unsaved draft, else the latest form's texts
    latest_document: str | None
    employment_area: str = ""  # the client's, the recipient of a form for the authority
    employment_areas: tuple[str, ...] = ()  # the organisation's and those its clients have

    def assessment_included(self, *, for_authority: bool) -> bool:
        if self.assessment_on is None or self.consent is None:
            return False
        return True if for_authority else self.share_with_partners


@dataclass(frozen=True)
class GeneratedHandover:
    form_id: uuid.UUID
    client_id: uuid.UUID
    document_number: str
    pdf: bytes
    sha256: str
    document: HandoverDocument
    branding: Branding
    made_before: bool = False  # the same version of the form, made earlier: its number again


@dataclass
class _Records:
    client: Client
    consents: list[Consent]
    coach: Staff | None
    transitions: list[Transition]
    employer_names: dict[uuid.UUID, str]
    assessments: list[Assessment]
    organisation: str
    employment_areas: tuple[str, ...] = ()


def _live(session: Session, table, client_id: uuid.UUID) -> list:
    return list(session.exec(select(table).where(table.client_id == client_id, table.deleted == False)).all())  # noqa: E712


def _read(session: Session, client_id, actor: Actor) -> _Records:
    client = changes.get(session, Client, client_id)
    assigned = [uuid.UUID(s) for s in client.assigned_staff_ids]
    # The form is signed by the coach who makes it when they are assigned to the client.
    coach_id = actor.staff_id if actor.staff_id in assigned or not assigned else assigned[0]
    transitions = _live(session, Transition, client.id)
    employer_ids = {t.employer_id for t in transitions if t.employer_id}
    employers = session.exec(select(Employer).where(Employer.id.in_(employer_ids))).all() if employer_ids else []
    organisation = session.exec(select(Organisation).where(Organisation.deleted == False)).first()  # noqa: E712
    used = session.exec(select(Client.employment_area).where(
        Client.deleted == False, Client.employment_area.is_not(None)).distinct()).all()  # noqa: E712
    areas = [*(organisation.employment_areas if organisation else []), *sorted(used)]
    return _Records(
        client=client,
        consents=_live(session, Consent, client.id),
        coach=session.get(Staff, coach_id) if coach_id else None,
        transitions=transitions,
        employer_names={e.id: e.name for e in employers},
        assessments=_live(session, Assessment, client.id),
        organisation=organisation.name if organisation else "",
        employment_areas=tuple(dict.fromkeys(area for area in areas if area)),
    )


def _document(records: _Records, *, texts: HandoverTexts, language: str | None, for_authority: bool,
              on: dt.date, document_number: str | None, employment_area: str | None = None) -> HandoverDocument:
    return build_handover(
        client=records.client, consents=records.consents, coach=records.coach,
        transitions=records.transitions, employer_names=records.employer_names,
        assessments=records.assessments, texts=texts, language=language or records.client.language,
        for_authority=for_authority, organisation=records.organisation, generated_on=on,
        document_number=document_number, employment_area=employment_area,
    )


def load_prefill(store: Store, *, actor: Actor, client_id, on: dt.date | None = None) -> HandoverPrefill:
    on = on or dt.date.today()
    with store.reader() as session:
        records = _read(session, client_id, actor)
        latest = session.exec(
            select(HandoverForm).where(HandoverForm.client_id == records.client.id,
                                       HandoverForm.deleted == False)  # noqa: E712
            .order_by(HandoverForm.generated_at.desc())
        ).first()
        draft = drafts.load_in(session, draft_key(records.client.id))
    consent = consent_in_force(records.consents, on)
    try:
        require_consent(consent)
        problem = None
    except ConsentRequired as error:
        problem = error
    if draft is not None:
        texts = HandoverTexts(**{k: str(v) for k, v in draft.data.items() if k in HandoverTexts.__dataclass_fields__})
    elif latest is not None:
        texts = HandoverTexts(latest.work_done or "", latest.strengths or "", latest.further_plan or "",
                              latest.further_support_need or "")
    else:
        texts = HandoverTexts()
    client = records.client
    summary = latest_summary(records.assessments)
    return HandoverPrefill(
        client_id=client.id,
        client_name=client.name,
        masked_personal_id=mask_personal_id(client.personal_id),
        language=client.language,
        service_start=client.service_start,
        service_end=client.service_end,
        coach_name=records.coach.name if records.coach else "",
        referral_source=client.referral_source or "",
        referred_on=client.referred_on,
        results=results_of(records.transitions, records.employer_names),
        assessment_on=summary.assessed_on if summary else None,
        consent=ConsentLine(consent.given_on, consent.recorded_how) if consent else None,
        share_with_partners=bool(consent and consent.share_with_partners),
        consent_problem=problem,
        texts=texts,
        latest_document=latest.document_number if latest else None,
        employment_area=client.employment_area or "",
        employment_areas=records.employment_areas,
    )


def save_texts_draft(store: Store, *, client_id, texts: HandoverTexts) -> None:
    """Keep what the coach has typed so far (never synced); replaced at each call."""
    drafts.save_draft(store, draft_key(client_id), DRAFT_KIND, texts.as_dict())


def preview_pdf(store: Store, *, actor: Actor, client_id, texts: HandoverTexts, language: str | None = None,
                for_authority: bool = False, on: dt.date | None = None,
                employment_area: str | None = None) -> bytes:
    """A draft of the form (no document number, marked as a draft); nothing is recorded
    but the audit event of viewing the assessment when its summary is shown."""
    on = on or dt.date.today()
    with store.reader() as session:
        records = _read(session, client_id, actor)
    document = _document(records, texts=texts, language=language, for_authority=for_authority, on=on,
                         document_number=None, employment_area=employment_area)
    pdf = render_pdf(document, branding=load_branding(store.data_dir, document.language))
    if document.assessment is not None:
        audit.log(store, actor=actor, action="view", record_kind="assessment",
                  record_id=document.assessment.assessment_id, client_id=document.client_id,
                  detail="handover preview")
    return pdf


def _next_number(session: Session, year: int) -> str:
    # store.session() holds the write lock from its start (BEGIN IMMEDIATE), so no other
    # transaction can take the same number between this read and the commit.
    counters = dict(DOCUMENT_COUNTER.read(session))
    prefix = f"{PREFIX}-{year}-"
    last = int(counters.get(str(year), 0))
    newest = session.exec(select(func.max(HandoverForm.document_number))
                          .where(HandoverForm.document_number.like(prefix + "%"))).one()
    if newest and newest[len(prefix):].isdigit():
        last = max(last, int(newest[len(prefix):]))
    counters[str(year)] = last + 1
    DOCUMENT_COUNTER.write(session, counters)
    return f"{prefix}{last + 1:06d}"


def _version(document: HandoverDocument) -> str:
    """What the form prints, but its number and date, as a digest: the same for an unchanged form."""
    content = dataclasses.asdict(dataclasses.replace(document, document_number=None, generated_on=dt.date.min))
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()


def _made_before(session: Session, client_id: uuid.UUID, version: str) -> tuple[HandoverForm, dt.date] | None:
    """The client's newest form and the date it was made on, when it is this version."""
    newest = session.exec(
        select(HandoverForm).where(HandoverForm.client_id == client_id, HandoverForm.deleted == False)  # noqa: E712
        .order_by(HandoverForm.generated_at.desc(), HandoverForm.document_number.desc())
    ).first()
    kept = DOCUMENT_VERSIONS.read(session).get(newest.id.hex) if newest is not None else None
    if not isinstance(kept, dict) or kept.get("version") != version:
        return None
    return newest, dt.date.fromisoformat(kept["on"])


def _keep_version(session: Session, form_id: uuid.UUID, version: str, on: dt.date) -> None:
    """Remember the form's version and date; forgotten with the form (a deleted or purged one)."""
    live = {row.hex for row in session.exec(
        select(HandoverForm.id).where(HandoverForm.deleted == False)).all()}  # noqa: E712
    kept = {key: value for key, value in DOCUMENT_VERSIONS.read(session).items() if key in live}
    DOCUMENT_VERSIONS.write(session, kept | {form_id.hex: {"version": version, "on": on.isoformat()}})


def _again(store: Store, form: HandoverForm, made_on: dt.date, document: HandoverDocument) -> GeneratedHandover:
    """The form made before, rendered again as it was made: its number and its date."""
    document = dataclasses.replace(document, document_number=form.document_number, generated_on=made_on)
    branding = load_branding(store.data_dir, document.language)
    pdf = render_pdf(document, branding=branding)
    logger.info("handover form %s unchanged: made again under its number", form.id)
    return GeneratedHandover(form.id, document.client_id, form.document_number, pdf,
                             hashlib.sha256(pdf).hexdigest(), document, branding, made_before=True)


def results_text(results, form_texts, limit: int = LONG_TEXT_MAX) -> str:
    """The form's results as the record keeps them, one line each, within the field's limit:
    the PDF prints them all; when the lines do not fit the record, the last ones that do not
    are left out and a closing line says how many (and that the PDF has them)."""
    lines = [f"{form_texts.result(r.kind, r.employer)}, {form_texts.period(r.start, r.end)}" for r in results]
    text = "\n".join(lines)
    if len(text) <= limit:
        return text
    kept: list[str] = []
    for count, line in enumerate(lines):
        closing = form_texts.more_results.format(count=len(lines) - count)
        if len("\n".join([*kept, line])) + 1 + len(form_texts.more_results.format(count=len(lines) - count - 1)) > limit:
            return "\n".join([*kept, closing])
        kept.append(line)
    return "\n".join(kept)  # not reached: the whole text did not fit


def generate(store: Store, *, actor: Actor, client_id, texts: HandoverTexts, language: str | None = None,
             for_authority: bool = False, on: dt.date | None = None,
             employment_area: str | None = None) -> GeneratedHandover:
    """Make the form: number, PDF, ``HandoverForm`` record and audit event, in one transaction.

    When the client's newest form is this very version (nothing it prints has
    changed), that form is given again (``made_before``), under its number;
    nothing is recorded but the draft's removal. Raises ``ConsentRequired``
    (nothing is written) when no consent in force covers the transfer to the
    employment authority. A form for the authority is addressed to ``employment_area`` (by
    default the client's); a new one becomes the client's employment area.
    """
    on = on or dt.date.today()
    with store.session() as session:
        records = _read(session, client_id, actor)
        unnumbered = _document(records, texts=texts, language=language, for_authority=for_authority, on=on,
                               document_number=None, employment_area=employment_area)
        if unnumbered.recipient and unnumbered.recipient != (records.client.employment_area or ""):
            changes.update(session, records.client, {"employment_area": unnumbered.recipient}, actor=actor)
        version = _version(unnumbered)
        before = _made_before(session, unnumbered.client_id, version)
        if before is not None:
            drafts.delete_in(session, draft_key(unnumbered.client_id))
            return _again(store, *before, unnumbered)
        number = _next_number(session, on.year)
        document = dataclasses.replace(unnumbered, document_number=number)
        branding = load_branding(store.data_dir, document.language)
        pdf = render_pdf(document, branding=branding)
        digest = hashlib.sha256(pdf).hexdigest()
        form_texts = texts_for(document.language)
        results = results_text(document.results, form_texts)
        form = changes.create(session, HandoverForm, {
            "client_id": document.client_id,
            "staff_id": document.coach_id,
            "service_start": document.service_start,
            "service_end": document.service_end,
            **document.texts.as_dict(),
            "results": results or None,
            "consent_confirmed": True,
            "for_authority": for_authority,
            "recipient": document.recipient or None,
            "language": document.language,
            "document_number": number,
            "generated_at": utcnow(),
            "pdf_sha256": digest,
        }, actor=actor)
        audit.log_in_session(session, actor=actor, action="generate", record_kind="handover_form",
                             record_id=form.id, client_id=document.client_id,
                             detail=f"document={number};language={document.language};"
                                    f"for_authority={int(for_authority)}")
        _keep_version(session, form.id, version, on)
        drafts.delete_in(session, draft_key(document.client_id))
    logger.info("handover form %s made for client %s (%d bytes)", form.id, document.client_id, len(pdf))
    return GeneratedHandover(form.id, document.client_id, number, pdf, digest, document, branding)


def check_password(password: str | None) -> str | None:
    if not password:
        return None
    if len(password) < MIN_PASSWORD:
        raise InvalidInput([FieldError("password", "too_short",
                                       f"A password for the PDF needs at least {MIN_PASSWORD} characters.")])
    return password


def pdf_for_saving(generated: GeneratedHandover, *, password: str | None = None) -> bytes:
    """The bytes to save: the form as generated, or the same form encrypted with ``password``."""
    password = check_password(password)
    if password is None:
        return generated.pdf
    return render_pdf(generated.document, branding=generated.branding, password=password)


def save_pdf(store: Store, *, actor: Actor, generated: GeneratedHandover, path: Path,
             password: str | None = None) -> str:
    """Write the form to ``path`` and record the audit event "save"; returns the file's SHA-256."""
    data = pdf_for_saving(generated, password=password)
    write_atomically(path, data, private=True)  # a client's personal data: owner only
    digest = hashlib.sha256(data).hexdigest()
    audit.log(store, actor=actor, action="save", record_kind="handover_form", record_id=generated.form_id,
              client_id=generated.client_id,
              detail=f"document={generated.document_number};encrypted={int(bool(password))};sha256={digest}")
    return digest


def record_print(store: Store, *, actor: Actor, generated: GeneratedHandover, pages: int) -> None:
    audit.log(store, actor=actor, action="print", record_kind="handover_form", record_id=generated.form_id,
              client_id=generated.client_id, detail=f"document={generated.document_number};pages={pages}")


def resolve_client_id(store: Store, value: str) -> uuid.UUID:
    """A client's id from the full id or an unambiguous beginning of it (8 characters or more)."""
    wanted = value.strip().lower().replace("-", "")
    with store.reader() as session:
        ids = session.exec(select(Client.id).where(Client.deleted == False)).all()  # noqa: E712
    if len(wanted) < 8:
        raise NotFound("Give the client's id, or at least its first 8 characters.")
    found = [i for i in ids if i.hex.startswith(wanted)]
    if len(found) != 1:
        what = "No client" if not found else f"{len(found)} clients"
        raise NotFound(f"{what} on this laptop with an id starting {value.strip()}; give the full id.")
    return found[0]

