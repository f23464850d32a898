"""What the client's page shows, and the audited reads of its hidden parts (no Qt here: the UI
runs these off the GUI thread, the CLI and tests call them as they are).

The personal identity code, the assessment contents and the special-category
answers of the funder's data (``ESF_SPECIAL_CATEGORY``: disability, minority)
are not part of the page's data: they are read only by ``reveal_personal_id``,
``show_assessments`` and ``show_special_categories``, which first write the
audit event.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlmodel import select

from desktop.services import audit
from desktop.services.break_glass import Grant, grants_of
from desktop.services.changes import Actor
from desktop.services.clients import current_consent
from desktop.store.profile import Store
from desktop.store.tables import (
    TABLES, Assessment, Client, ClientNote, Consent, Employer, Organisation, Staff, Transition,
)
from sync.identifiers import mask_personal_id
from sync.records import ESF_OPTIONAL_QUESTIONS, ESF_SPECIAL_CATEGORY, RECORD_TYPES

# The kinds of record that belong to one client (each has a ``client_id``), from the schemas.
OWNED = {kind: TABLES[kind] for kind, schema in RECORD_TYPES.items() if schema.client_scoped and kind != "client"}


@dataclass(frozen=True)
class NoteRow:
    id: uuid.UUID
    noted_on: dt.date
    note_kind: str
    staff_name: str
    partners: str
    text: str


@dataclass(frozen=True)
class TransitionRow:
    id: uuid.UUID
    transition_kind: str
    employer_name: str
    start_date: dt.date
    end_date: dt.date | None


@dataclass
class ClientPageData:
    client: Client  # with ``personal_id`` left out
    masked_personal_id: str
    staff_names: list[str]
    consent: Consent | None
    assessment_dates: list[dt.date]  # newest first; contents only through show_assessments
    notes: list[NoteRow] = field(default_factory=list)
    transitions: list[TransitionRow] = field(default_factory=list)
    grants: list[Grant] = field(default_factory=list)  # managers' openings, newest first
    # The funder's optional questions the organisation asks, in ESF_OPTIONAL_QUESTIONS' order.
    esf_questions: list[str] = field(default_factory=list)
    # Which special-category questions have an answer (their values are left out of ``client``).
    special_answered: dict[str, bool] = field(default_factory=dict)

    @property
    def missing(self) -> list[str]:
        """The funder's data still missing, by field name (``missing_funder_data``)."""
        return missing_funder_data(self.client, self.esf_questions, self.special_answered)

    @property
    def figures_only(self) -> bool:
        """The laptop holds the client's figures only (``sync.visibility``): its content is seen
        by its assigned staff, not here. A client's name is required of every client written."""
        return self.client.name is None


ENTRY_FIELDS = ("gender", "birth_date", "labour_status_at_entry", "education_level")
EXIT_FIELDS = ("exit_situation", "qualification_gained", "situation_6_months")


def missing_funder_data(client: Client, questions: list[str],
                        special_answered: dict[str, bool] | None = None) -> list[str]:
    """The entry and exit fields of the funder's data a client still lacks, by field name: the
    entry data, long-term unemployment for the unemployed, the optional questions the
    organisation asks, the EURA entry (missing while not done), and once the service has ended
    the exit data and the EURA exit. ``special_answered`` stands in for the special-category
    answers left out of ``client``."""
    special_answered = special_answered or {}
    missing = [name for name in ENTRY_FIELDS if getattr(client, name) is None]
    if client.labour_status_at_entry == "unemployed" and client.long_term_unemployed is None:
        missing.append("long_term_unemployed")
    for name in questions:
        answered = special_answered.get(name) if name in ESF_SPECIAL_CATEGORY else getattr(client, name)
        if not answered:
            missing.append(name)
    if client.eura_entry in (None, "not_done"):
        missing.append("eura_entry")
    if client.service_end is not None:
        missing += [name for name in EXIT_FIELDS if getattr(client, name) is None]
        if client.eura_exit in (None, "not_done"):
            missing.append("eura_exit")
    return missing


def esf_questions(session) -> list[str]:
    """The optional questions the organisation (as this laptop holds it) asks."""
    asked = session.exec(select(Organisation.esf_questions).where(Organisation.deleted == False)).first()  # noqa: E712
    return [name for name in ESF_OPTIONAL_QUESTIONS if name in (asked or [])]


def _names(session, table, ids) -> dict[uuid.UUID, str]:
    ids = {uuid.UUID(str(i)) for i in ids if i}
    if not ids:
        return {}
    return {row.id: row.name for row in session.exec(select(table).where(table.id.in_(ids))).all()}


def _live(table, client_id: uuid.UUID):
    return select(table).where(table.client_id == client_id, table.deleted == False)  # noqa: E712


def load_client(store: Store, client_id) -> ClientPageData | None:
    client_id = uuid.UUID(str(client_id))
    with store.reader() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted:
            return None
        masked = mask_personal_id(client.personal_id)
        special = {name: getattr(client, name) is not None for name in ESF_SPECIAL_CATEGORY}
        session.expunge(client)
        client.personal_id = None
        for name in ESF_SPECIAL_CATEGORY:
            setattr(client, name, None)
        questions = esf_questions(session)
        staff = _names(session, Staff, client.assigned_staff_ids)
        assessed = session.exec(_live(Assessment, client_id).order_by(Assessment.assessed_on.desc())).all()
        notes = session.exec(_live(ClientNote, client_id)
                             .order_by(ClientNote.noted_on.desc(), ClientNote.modified_at.desc())).all()
        authors = _names(session, Staff, {n.staff_id for n in notes})
        transitions = session.exec(_live(Transition, client_id).order_by(Transition.start_date.desc())).all()
        employers = _names(session, Employer, {t.employer_id for t in transitions})
    return ClientPageData(
        client=client,
        masked_personal_id=masked,
        staff_names=sorted(staff.get(uuid.UUID(s), "?") for s in client.assigned_staff_ids),
        consent=current_consent(store, client_id),
        assessment_dates=[a.assessed_on for a in assessed],
        notes=[NoteRow(n.id, n.noted_on, n.note_kind, authors.get(n.staff_id, ""), n.partners or "", n.text)
               for n in notes],
        transitions=[TransitionRow(t.id, t.transition_kind, employers.get(t.employer_id, ""),
                                   t.start_date, t.end_date) for t in transitions],
        grants=grants_of(store, client_id),
        esf_questions=questions,
        special_answered=special,
    )


def owning_client(store: Store, kind: str, record_id) -> uuid.UUID | None:
    """The client a record of one of the client's kinds (a consent, a note, …) belongs to."""
    if kind == "client":
        return uuid.UUID(str(record_id))
    with store.reader() as session:
        row = session.get(OWNED[kind], uuid.UUID(str(record_id)))
        return row.client_id if row is not None else None


def reveal_personal_id(store: Store, *, actor: Actor, client_id) -> str:
    """The full code, after writing the audit event that says who saw it."""
    audit.log(store, actor=actor, action="reveal_personal_id", record_kind="client",
              record_id=client_id, client_id=client_id)
    with store.reader() as session:
        client = session.get(Client, uuid.UUID(str(client_id)))
        return (client.personal_id or "") if client is not None else ""


def show_assessments(store: Store, *, actor: Actor, client_id) -> list[Assessment]:
    """The client's assessments, newest first; each one shown is an audit event.

    Read first, then write the audit events in a transaction of their own (a
    read that turns into a write would fail at once beside another writer).
    """
    client_id = uuid.UUID(str(client_id))
    with store.reader() as session:
        rows = list(session.exec(_live(Assessment, client_id).order_by(Assessment.assessed_on.desc())).all())
    with store.session() as session:
        for row in rows:
            audit.log_in_session(session, actor=actor, action="view", record_kind="assessment",
                                 record_id=row.id, client_id=client_id)
    return rows


def show_special_categories(store: Store, *, actor: Actor, client_id) -> dict[str, str | None]:
    """The client's special-category answers of the funder's data (disability, minority), after
    writing the audit event that says who saw them (as an assessment's view is)."""
    client_id = uuid.UUID(str(client_id))
    with store.reader() as session:
        client = session.get(Client, client_id)
        answers = {name: getattr(client, name) if client is not None else None for name in ESF_SPECIAL_CATEGORY}
    audit.log(store, actor=actor, action="view", record_kind="client", record_id=client_id,
              client_id=client_id, detail="special_categories")
    return answers
