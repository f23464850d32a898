"""What the funder's follow-ups ask, for whom, by when: the four-week exit window and the
six-month follow-up of every participant who has left.

- The **exit window** opens on the service's end (the exit date) and closes four weeks after
  it: the situation on leaving (``exit_situation``), whether a qualification was gained, and
  EURA's exit data are recorded in it. It is open until those three are recorded.
- The **six-month follow-up** is due six months after the exit date (the same day of the month,
  or the month's last day): ``situation_6_months``. It is open until recorded; "unknown" is a
  recorded answer (the person could not be reached).

Computed from the laptop's records (a manager's figures-only copies have every field these
read, so a manager sees the same dates); a deleted client has none.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import text

from desktop.store.profile import Store

EXIT_WINDOW = "esf_exit_window"
SIX_MONTHS = "esf_six_months"
EXIT_WINDOW_DAYS = 28


@dataclass(frozen=True)
class FunderDue:
    client_id: uuid.UUID
    kind: str  # EXIT_WINDOW or SIX_MONTHS
    opens: dt.date
    due: dt.date

    def overdue(self, today: dt.date) -> bool:
        return today > self.due


def months_after(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def exit_window(service_end: dt.date) -> tuple[dt.date, dt.date]:
    return service_end, service_end + dt.timedelta(days=EXIT_WINDOW_DAYS)


def six_month_follow_up(service_end: dt.date) -> dt.date:
    return months_after(service_end, 6)


def due_for(client_id: uuid.UUID, service_end: dt.date | None, *, exit_recorded: bool,
            six_months_recorded: bool) -> list[FunderDue]:
    """The open follow-ups of one client."""
    if service_end is None:
        return []
    items = []
    if not exit_recorded:
        opens, due = exit_window(service_end)
        items.append(FunderDue(client_id, EXIT_WINDOW, opens, due))
    if not six_months_recorded:
        due = six_month_follow_up(service_end)
        items.append(FunderDue(client_id, SIX_MONTHS, due - dt.timedelta(days=EXIT_WINDOW_DAYS), due))
    return items


def exit_recorded(exit_situation: str | None, qualification_gained: bool | None, eura_exit: str | None) -> bool:
    """Whether what the exit window asks is recorded."""
    return exit_situation is not None and qualification_gained is not None and eura_exit not in (None, "not_done")


def funder_due(store: Store, *, today: dt.date, within_days: int | None = None,
               staff_id: uuid.UUID | None = None) -> list[FunderDue]:
    """Every open follow-up that has opened by ``today`` (plus ``within_days`` ahead, if given),
    soonest first; only the clients of ``staff_id`` if given."""
    horizon = today + dt.timedelta(days=within_days or 0)
    staff = ("AND EXISTS (SELECT 1 FROM json_each(c.assigned_staff_ids) AS a WHERE a.value = :staff)"
             if staff_id else "")
    sql = f"""
        SELECT c.id, c.service_end, c.exit_situation, c.qualification_gained, c.eura_exit,
               c.situation_6_months
        FROM client AS c
        WHERE c.deleted = 0 AND c.service_end IS NOT NULL AND c.service_end <= :horizon {staff}
    """
    with store.reader() as session:
        rows = session.execute(text(sql), {"horizon": horizon.isoformat(),
                                           "staff": str(staff_id) if staff_id else None}).all()
    items = [item for client_id, end, situation, qualification, eura, six in rows
             for item in due_for(uuid.UUID(str(client_id)), dt.date.fromisoformat(str(end)),
                                 exit_recorded=exit_recorded(situation, qualification, eura),
                                 six_months_recorded=six is not None)
             if item.opens <= horizon]
    return sorted(items, key=lambda item: (item.due, item.kind, str(item.client_id)))
