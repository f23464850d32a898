"""Finnish identifiers, validated with python-stdnum.

Both ends use these: the desktop services before a change is stored, the
server before a pushed change is accepted.
"""

from __future__ import annotations

import datetime as dt

from pydantic_core import PydanticCustomError
from stdnum import exceptions as stdnum_errors
from stdnum.fi import hetu, ytunnus


def normalise_business_id(value: str) -> str:
    """Return a Y-tunnus in its canonical ``1234567-8`` form, or raise.

    Raises ``PydanticCustomError`` with type ``invalid_business_id`` whose
    message says what is wrong, so that a form can show it beside the field.
    """
    text = value.strip()
    try:
        compact = ytunnus.validate(text)
    except stdnum_errors.InvalidChecksum:
        raise PydanticCustomError(
            "invalid_business_id",
            "The business ID {value} has a wrong check digit: check the number.",
            {"value": text},
        ) from None
    except stdnum_errors.ValidationError:
        raise PydanticCustomError(
            "invalid_business_id",
            "The business ID {value} is not of the form 1234567-8.",
            {"value": text},
        ) from None
    return ytunnus.format(compact)


def normalise_personal_id(value: str) -> str:
    """Return a henkilötunnus in upper case, or raise ``invalid_personal_id``."""
    text = value.strip().upper()
    try:
        return hetu.validate(text, allow_temporary=True)
    except stdnum_errors.InvalidChecksum:
        raise PydanticCustomError(
            "invalid_personal_id",
            "The personal identity code has a wrong check character: check it.",
        ) from None
    except stdnum_errors.ValidationError:
        raise PydanticCustomError(
            "invalid_personal_id",
            "The personal identity code is not of the form DDMMYYCZZZQ.",
        ) from None


_CENTURIES = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}


def birth_date_of(personal_id: str | None) -> dt.date | None:
    """The date of birth a (normalised, valid) henkilötunnus gives: DDMMYY and the century sign."""
    if not personal_id or len(personal_id) != 11 or personal_id[6] not in _CENTURIES:
        return None
    try:
        return dt.date(_CENTURIES[personal_id[6]] + int(personal_id[4:6]),
                       int(personal_id[2:4]), int(personal_id[0:2]))
    except ValueError:
        return None


def mask_personal_id(value: str | None) -> str:
    """Show only the date part: ``010203A****``."""
    if not value:
        return ""
    return value[:7] + "*" * (len(value) - 7)
