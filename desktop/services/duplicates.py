"""Is this person already a client on this laptop?

Two ways to be the same person: the same (normalised) personal identity code, or the same name
and the same date of birth. Names are compared without regard to case, diacritics (Mäkinen and
Makinen), hyphens or the spacing between parts, so a name typed a little differently still
matches; the date of birth is the client's own or the one its identity code gives. Deleted clients
never match, and neither do the clients whose figures only are on this laptop (a manager's copies
of other staff's clients): they hold no name and no identity code.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from dataclasses import dataclass

from sqlalchemy import or_
from sqlmodel import Session, col, select

from desktop.errors import KenttaError
from desktop.store.tables import Client, Staff
from desktop.translation import QT_TRANSLATE_NOOP
from sync.identifiers import birth_date_of, normalise_personal_id

PERSONAL_ID = "personal_id"
NAME_AND_BIRTH_DATE = "name_and_birth_date"


@dataclass(frozen=True)
class PossibleDuplicate:
    client_id: uuid.UUID
    name: str
    reason: str  # PERSONAL_ID | NAME_AND_BIRTH_DATE
    assigned_staff_ids: tuple  # whose client it is (staff ids as text)


def name_key(name: str | None) -> str:
    """A name folded for comparison: case, diacritics, hyphens and spacing do not count."""
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(letters.replace("-", " ").split())


def _normalised_code(personal_id: str | None) -> str | None:
    if not personal_id or not personal_id.strip():
        return None
    try:
        return normalise_personal_id(personal_id)
    except ValueError:  # an invalid code is the form's problem, not a duplicate
        return None


def find_local_duplicates(session_or_store, *, personal_id: str | None = None, name: str | None = None,
                          birth_date: dt.date | None = None,
                          exclude_id=None) -> list[PossibleDuplicate]:
    """The clients on this laptop that may be the same person; the identity code's matches first.

    ``session_or_store`` is an open session (to check inside a transaction) or a ``Store``.
    Without ``birth_date`` the date the identity code gives is used."""
    if isinstance(session_or_store, Session):
        return _find(session_or_store, personal_id, name, birth_date, exclude_id)
    with session_or_store.reader() as session:
        return _find(session, personal_id, name, birth_date, exclude_id)


def _find(session: Session, personal_id, name, birth_date, exclude_id) -> list[PossibleDuplicate]:
    code = _normalised_code(personal_id)
    if isinstance(birth_date, str):
        birth_date = dt.date.fromisoformat(birth_date) if birth_date.strip() else None
    birth_date = birth_date or birth_date_of(code)
    key = name_key(name)
    exclude = uuid.UUID(str(exclude_id)) if exclude_id else None
    conditions = []
    if code:
        conditions.append(Client.personal_id == code)
    if key and birth_date:
        conditions.append(Client.birth_date == birth_date)
        # a client whose birth date is known only from its identity code: DDMMYY leads the code
        conditions.append(col(Client.personal_id).startswith(birth_date.strftime("%d%m%y")))
    if not conditions:
        return []
    query = select(Client).where(Client.deleted == False, col(Client.name).is_not(None),  # noqa: E712
                                 or_(*conditions))
    found: dict[uuid.UUID, PossibleDuplicate] = {}
    for client in session.exec(query).all():
        if client.id == exclude or client.id in found:
            continue
        if code and client.personal_id == code:
            reason = PERSONAL_ID
        elif (key and name_key(client.name) == key
              and (client.birth_date or birth_date_of(client.personal_id)) == birth_date):
            reason = NAME_AND_BIRTH_DATE
        else:
            continue
        found[client.id] = PossibleDuplicate(client.id, client.name, reason,
                                             tuple(client.assigned_staff_ids or ()))
    return sorted(found.values(), key=lambda d: (d.reason != PERSONAL_ID, name_key(d.name)))


def staff_names(store, staff_ids) -> dict[str, str]:
    """The names of the staff known here, by id (text), for saying whose client a duplicate is."""
    with store.reader() as session:
        rows = session.exec(select(Staff).where(col(Staff.id).in_([uuid.UUID(str(s)) for s in staff_ids]))).all()
    return {str(row.id): row.name for row in rows}


class DuplicateClient(KenttaError):
    """A new client who may already be a client here; ``duplicates`` says who (the message itself
    names nobody, since the command line prints it)."""

    def __init__(self, duplicates: list[PossibleDuplicate]) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "This person may already be a client on this laptop (%1 possible matches): "
            "open the existing client, or create the new one anyway."), len(duplicates))
        self.duplicates = duplicates
