"""The client summary sheet: read the client's records, render one A4 page, audit it.

``generate`` reads the records (never an assessment or a note), renders the
sheet and records the audit event "generate"; printing and saving it are
audit events of their own ("print", "save"), as for the handover form. The
events name the client and the kind ``summary_sheet``: the sheet itself is
not stored, so there is no record id to name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import uuid
from pathlib import Path

from sqlmodel import Session, select

from desktop.errors import KenttaError
from desktop.files import write_atomically
from desktop.handover.branding import load_branding
from desktop.services import audit, changes
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import Client, Consent, Employer, HandoverForm, Organisation, Staff, Transition
from desktop.summary.model import SummaryDocument, build_summary
from desktop.summary.render import render_pdf
from desktop.translation import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

RECORD_KIND = "summary_sheet"


class ContentElsewhere(KenttaError):
    """The laptop holds the client's figures only: the sheet would have nothing to print."""


def _live(session: Session, table, client_id: uuid.UUID) -> list:
    live = select(table).where(table.client_id == client_id, table.deleted == False)  # noqa: E712
    return list(session.exec(live).all())


def read_document(store: Store, *, client_id, language: str | None = None,
                  on: dt.date | None = None) -> SummaryDocument:
    """The sheet as data, from the records on this laptop; nothing is recorded."""
    on = on or dt.date.today()
    with store.reader() as session:
        client = changes.get(session, Client, client_id)
        if client.name is None:
            raise ContentElsewhere(QT_TRANSLATE_NOOP(
                "Errors", "This laptop holds the figures of this client only, so no summary can be made "
                "here; the client's assigned staff can make it."))
        staff_ids = [uuid.UUID(str(s)) for s in client.assigned_staff_ids]
        staff = session.exec(select(Staff).where(Staff.id.in_(staff_ids))).all() if staff_ids else []
        by_id = {s.id: s for s in staff}
        transitions = _live(session, Transition, client.id)
        employer_ids = {t.employer_id for t in transitions if t.employer_id}
        employers = session.exec(select(Employer).where(Employer.id.in_(employer_ids))).all() if employer_ids else []
        organisation = session.exec(select(Organisation).where(Organisation.deleted == False)).first()  # noqa: E712
        return build_summary(
            client=client,
            consents=_live(session, Consent, client.id),
            staff=[by_id[i] for i in staff_ids if i in by_id],
            transitions=transitions,
            employer_names={e.id: e.name for e in employers if not e.deleted},
            handover_forms=_live(session, HandoverForm, client.id),
            language=language or client.language,
            organisation=organisation.name if organisation else "",
            generated_on=on,
        )


def client_language(store: Store, *, client_id) -> str:
    """The language a sheet is made in unless another is chosen: the client's."""
    with store.reader() as session:
        return changes.get(session, Client, client_id).language


def generate(store: Store, *, actor: Actor, client_id, language: str | None = None,
             on: dt.date | None = None) -> bytes:
    """The sheet as the bytes of a one-page PDF, with its audit event "generate"."""
    document = read_document(store, client_id=client_id, language=language, on=on)
    pdf = render_pdf(document, branding=load_branding(store.data_dir, document.language))
    audit.log(store, actor=actor, action="generate", record_kind=RECORD_KIND, client_id=document.client_id,
              detail=f"language={document.language}")
    logger.info("summary sheet made for client %s (%d bytes)", document.client_id, len(pdf))
    return pdf


def save_pdf(store: Store, *, actor: Actor, client_id, pdf: bytes, path: Path) -> str:
    """Write the sheet to ``path`` (owner only) and record the audit event "save"; its SHA-256."""
    write_atomically(path, pdf, private=True)
    digest = hashlib.sha256(pdf).hexdigest()
    audit.log(store, actor=actor, action="save", record_kind=RECORD_KIND, client_id=uuid.UUID(str(client_id)),
              detail=f"sha256={digest}")
    return digest


def record_print(store: Store, *, actor: Actor, client_id, pages: int) -> None:
    audit.log(store, actor=actor, action="print", record_kind=RECORD_KIND, client_id=uuid.UUID(str(client_id)),
              detail=f"pages={pages}")
