"""Dates and times as people here type them, read in plain Python (no Qt).

``parse_date`` reads 22.11.2026 (also 22.11. for this year, 22.11.26 for a
two-digit year and "tänään" / "idag" / "today" in any UI language);
``parse_date_time`` reads such a date and a time of day, 22.11.2026 14.30 or
14:30. Anything else raises ``DateTextError`` with a stable ``code`` and the
part of the text that is wrong (``typed``), so that a form can say what is
wrong in the UI's language; nothing is ever rounded or clamped to a date that
was not typed. ``finnish_date`` and ``finnish_date_time`` write a date back
the same way.
"""

from __future__ import annotations

import datetime as dt
import re

TODAY_WORDS = frozenset({"tänään", "idag", "today"})
FIRST_YEAR, LAST_YEAR = 1900, 2199
# A two-digit year is at most this many years ahead of today, else in the century before.
YEARS_AHEAD = 20

MISSING = "required"
UNREADABLE_DATE = "date_unreadable"
NOT_A_DATE = "date_impossible"
YEAR_OUT_OF_RANGE = "date_year_out_of_range"
UNREADABLE_DATE_TIME = "date_time_unreadable"
NOT_A_TIME = "time_impossible"

_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})(?:\.(?:(\d{4}|\d{2})\.?)?)?")
_TIME = re.compile(r"(\d{1,2})[.:](\d{2})")

_ENGLISH = {
    MISSING: "Type a date.",
    UNREADABLE_DATE: "{typed} is not a date: type it as day.month.year, for example 22.11.2026.",
    NOT_A_DATE: "{typed} is not a date.",
    YEAR_OUT_OF_RANGE: f"{{typed}}: the year must be from {FIRST_YEAR} to {LAST_YEAR}.",
    UNREADABLE_DATE_TIME: "{typed} is not a date and a time: type them as 22.11.2026 14.30.",
    NOT_A_TIME: "{typed} is not a time of day.",
}


class DateTextError(ValueError):
    """A typed date or time that does not read: ``code`` says why, ``typed`` is the part quoted."""

    def __init__(self, code: str, typed: str) -> None:
        self.code = code
        self.typed = typed
        super().__init__(_ENGLISH[code].format(typed=typed))

    @property
    def message(self) -> str:
        """The English message (a form shows its translation)."""
        return str(self)


def parse_date(text: str, *, today: dt.date | None = None) -> dt.date:
    """The date ``text`` says: d.m.yyyy, d.m.yy, d.m. (this year) or today's word."""
    typed = text.strip()
    today = today or dt.date.today()
    if not typed:
        raise DateTextError(MISSING, typed)
    if typed.casefold() in TODAY_WORDS:
        return today
    match = _DATE.fullmatch(typed)
    if match is None:
        raise DateTextError(UNREADABLE_DATE, typed)
    day, month, year_text = match.groups()
    if year_text is None:
        year = today.year
    elif len(year_text) == 2:
        year = today.year // 100 * 100 + int(year_text)
        if year > today.year + YEARS_AHEAD:
            year -= 100
    else:
        year = int(year_text)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateTextError(YEAR_OUT_OF_RANGE, typed)
    try:
        return dt.date(year, int(month), int(day))
    except ValueError:
        raise DateTextError(NOT_A_DATE, typed) from None


def parse_date_time(text: str, *, today: dt.date | None = None) -> dt.datetime:
    """The moment ``text`` says: a date as ``parse_date`` reads it, a space, then h.mm or h:mm."""
    typed = " ".join(text.split())
    if not typed:
        raise DateTextError(MISSING, typed)
    date_text, _space, time_text = typed.rpartition(" ")
    time = _TIME.fullmatch(time_text)
    if not date_text or time is None:
        raise DateTextError(UNREADABLE_DATE_TIME, typed)
    try:
        day = parse_date(date_text, today=today)
    except DateTextError as error:
        if error.code == UNREADABLE_DATE:
            raise DateTextError(UNREADABLE_DATE_TIME, typed) from None
        raise
    hour, minute = (int(part) for part in time.groups())
    if hour > 23 or minute > 59:
        raise DateTextError(NOT_A_TIME, time_text)
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def finnish_date(value: dt.date | str | None) -> str:
    """A date as people here write it: 22.11.2026 (an ISO text is read first)."""
    if value in (None, ""):
        return ""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return f"{day.day}.{day.month}.{day.year}"


def finnish_date_time(value: dt.datetime) -> str:
    """A date and a time of day as people here write them: 22.11.2026 14.30."""
    return f"{finnish_date(value)} {value.hour}.{value.minute:02d}"
