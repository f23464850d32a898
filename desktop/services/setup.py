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
    """Record who uses this profile; one transaction."""
    names = [name.strip() for name in localities if name.strip()]
    if not names:
        raise InvalidInput([FieldError("localities", "required", "Give at least one locality.")])
    if language not in ("fi", "sv", "en"):
        raise InvalidInput([FieldError("language", "not_allowed", "Language must be fi, sv or en.")])
    staff_id = uuid.uuid4()
    actor = Actor(staff_id=staff_id, role=role)
    with store.session() as session:
        org = changes.create(session, Organisation, {"name": organisation_name}, actor=actor)
        for name in names:
            changes.create(session, Locality, {"organisation_id": org.id, "name": name}, actor=actor)
        changes.create(
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
