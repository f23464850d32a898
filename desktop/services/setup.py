"""Profile setup: the organisation, its localities and the profile's user."""

from __future__ import annotations

import uuid

from sqlmodel import select

from desktop.errors import FieldError, InvalidInput
from desktop.services import changes
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.settings import LANGUAGE, ME
from desktop.store.tables import Locality, Organisation, Staff


def set_up_profile(
    store: Store,
    *,
    user_name: str,
    role: str,
    organisation_name: str,
    localities: list[str],
    my_localities: list[str] | None = None,
    language: str = "fi",
) -> Actor:
    """Record who uses this profile; one transaction.

    The organisation, its localities and the user are placeholders: the
    server has its own, which replace them at the first login, so nothing of
    them waits to be sent (a new profile has no changes waiting).
    """
    names = [name.strip() for name in localities if name.strip()]
    if not names:
        raise InvalidInput([FieldError("localities", "required", "Give at least one locality.")])
    if language not in ("fi", "sv", "en"):
        raise InvalidInput([FieldError("language", "not_allowed", "Language must be fi, sv or en.")])
    staff_id = uuid.uuid4()
    actor = Actor(staff_id=staff_id, role=role)
    with store.session() as session:
        org = changes.create_placeholder(session, Organisation, {"name": organisation_name}, actor=actor)
        for name in names:
            changes.create_placeholder(session, Locality, {"organisation_id": org.id, "name": name}, actor=actor)
        changes.create_placeholder(
            session,
            Staff,
            {
                "id": staff_id,
                "organisation_id": org.id,
                "name": user_name,
                "role": role,
                "localities": my_localities if my_localities is not None else names,
            },
            actor=actor,
        )
        ME.write(session, str(staff_id))
        LANGUAGE.write(session, language)
    return actor


def current_actor(store: Store) -> Actor:
    """The profile's user; a profile not yet set up acts with no staff id."""
    with store.reader() as session:
        me = ME.read(session)
        if me is None:
            return Actor(staff_id=None, role="admin")
        staff = session.get(Staff, uuid.UUID(me))
        return Actor(staff_id=uuid.UUID(me), role=staff.role if staff else "career_coach")


def localities(store: Store) -> list[Locality]:
    with store.reader() as session:
        rows = session.exec(select(Locality).where(Locality.deleted == False)).all()  # noqa: E712
        return sorted(rows, key=lambda row: row.name)


def my_locality_id(store: Store) -> uuid.UUID | None:
    """The profile user's own locality: the first of their localities that the profile knows.

    A staff member's localities are kept by name (or by id, as a server may
    send them); what the user creates in the field (an employer met on a
    visit) belongs there unless they choose otherwise.
    """
    with store.reader() as session:
        return my_locality_in(session)


def my_locality_in(session) -> uuid.UUID | None:
    """``my_locality_id`` in the caller's session."""
    me = ME.read(session)
    staff = session.get(Staff, uuid.UUID(me)) if me else None
    if staff is None:
        return None
    known = session.exec(select(Locality).where(Locality.deleted == False)).all()  # noqa: E712
    by_name = {row.name.casefold(): row.id for row in known}
    ids = {row.id for row in known}
    for item in staff.localities or []:
        text = str(item).strip()
        try:
            as_id = uuid.UUID(text)
        except ValueError:
            as_id = None
        if as_id in ids:
            return as_id
        if text.casefold() in by_name:
            return by_name[text.casefold()]
    return None
