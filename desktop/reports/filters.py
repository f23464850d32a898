"""The report's period and filters: dates as people write them, and the
locality and staff member found by id or by name."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlmodel import Session, select

from desktop import dates
from desktop.errors import KenttaError
from desktop.store.tables import Locality, Staff


class UnknownFilter(KenttaError):
    """A locality or staff member that the profile does not know."""


class InvalidPeriod(KenttaError):
    """A date that is not one, or a period that ends before it starts."""


def parse_date(value: str, *, what: str) -> dt.date:
    """``2025-01-31``, or a date as the forms read it (``31.1.2025``, ``31.1.``, ``tänään``…:
    ``desktop.dates``); anything else is an ``InvalidPeriod``."""
    text = value.strip()
    try:
        return dt.date.fromisoformat(text) if "-" in text else dates.parse_date(text)
    except ValueError:
        raise InvalidPeriod(
            f"{what}: '{value}' is not a date. Give it as 2025-01-31 or 31.1.2025."
        ) from None


def check_period(period_from: dt.date | None, period_to: dt.date | None) -> None:
    if period_from and period_to and period_to < period_from:
        raise InvalidPeriod(
            f"The period ends ({period_to.isoformat()}) before it starts "
            f"({period_from.isoformat()}). Swap the dates."
        )


def _as_id(value: Any) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _live(session: Session, table) -> list:
    return list(session.exec(select(table).where(table.deleted == False)).all())  # noqa: E712


def filter_choices(store) -> tuple[list[tuple[uuid.UUID, str]], list[tuple[uuid.UUID, str]]]:
    """The live localities and staff members, each as (id, name) sorted by name."""
    with store.reader() as session:
        return tuple(  # type: ignore[return-value]
            sorted(((row.id, row.name) for row in _live(session, table)), key=lambda pair: pair[1].casefold())
            for table in (Locality, Staff)
        )


def resolve_locality(session: Session, value: uuid.UUID | str) -> tuple[uuid.UUID, str]:
    """(id, name) of a live locality given by id or by name (any case)."""
    rows = _live(session, Locality)
    wanted = _as_id(value)
    found = [row for row in rows if row.id == wanted or
             (wanted is None and row.name.casefold() == str(value).strip().casefold())]
    if not found:
        known = ", ".join(sorted(row.name for row in rows)) or "none"
        raise UnknownFilter(f"No locality '{value}' in this profile. Known localities: {known}.")
    return found[0].id, found[0].name


def resolve_staff(session: Session, value: uuid.UUID | str) -> tuple[uuid.UUID, str]:
    """(id, name) of a staff member given by id or by name (any case).

    Messages leave the name out: it may be a person's name typed by mistake.
    """
    wanted = _as_id(value)
    found = [row for row in _live(session, Staff) if row.id == wanted or
             (wanted is None and row.name.casefold() == str(value).strip().casefold())]
    if not found:
        raise UnknownFilter("No staff member of this profile has that name. Give the name as the "
                            "app shows it, for example \"Maija Meikäläinen\" in quotes.")
    if len(found) > 1:
        raise UnknownFilter("Several staff members have that name. Choose the one you mean on the "
                            "Reports page of the app, or give the staff member's id.")
    return found[0].id, found[0].name
