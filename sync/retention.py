"""The retention rule that the server's purge and the laptop's "purged soon" share.

A client's data is purged ``retention_months`` after the service ended: on the same day of the
month that many months later (the month's last day when it is shorter). The server purges a
client on the first run on or after that day (``sync.server.purge``); the laptop shows the day
ahead of time (``desktop.services.today``).
"""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def purge_on(service_end: dt.date, retention_months: int) -> dt.date:
    """The first day on which a client whose service ended on ``service_end`` is purged."""
    return add_months(service_end, retention_months)


def purge_due(service_end: dt.date, retention_months: int, today: dt.date) -> bool:
    """Whether the client is to be purged ``today`` (or was due before)."""
    return purge_on(service_end, retention_months) <= today
