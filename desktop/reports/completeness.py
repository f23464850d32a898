"""The funder's to-do: participants whose entry or exit data are missing, whose EURA entry or
exit is not done, and the follow-ups that are due (``desktop.services.funder_dates``).

A participant here is a client (not deleted) with a service start, whose service starts or
ends in the period, in the chosen locality and of the chosen staff member. Exit data are asked
once the service has ended; the six-month situation once its date has come. The optional
questions are asked only where the organisation turns them on.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import text

from desktop.reports import esf
from desktop.reports.figures import QT_TRANSLATE_NOOP, scope_for
from desktop.reports.filters import check_period
from desktop.services import funder_dates
from desktop.store.profile import Store
from sync.records import ESF_OPTIONAL_QUESTIONS

# What may be missing, in the order a form asks it: code -> English label (ReportFigures).
MISSING: dict[str, str] = {
    "gender": QT_TRANSLATE_NOOP("ReportFigures", "gender"),
    "birth_date": QT_TRANSLATE_NOOP("ReportFigures", "date of birth"),
    "labour_status_at_entry": QT_TRANSLATE_NOOP("ReportFigures", "labour market status at entry"),
    "long_term_unemployed": QT_TRANSLATE_NOOP("ReportFigures", "long-term unemployment"),
    "education_level": QT_TRANSLATE_NOOP("ReportFigures", "education level"),
    "disability": QT_TRANSLATE_NOOP("ReportFigures", "disability question"),
    "third_country_national": QT_TRANSLATE_NOOP("ReportFigures", "third-country national question"),
    "foreign_background": QT_TRANSLATE_NOOP("ReportFigures", "foreign background question"),
    "minority": QT_TRANSLATE_NOOP("ReportFigures", "minority question"),
    "homeless": QT_TRANSLATE_NOOP("ReportFigures", "homelessness question"),
    "eura_entry": QT_TRANSLATE_NOOP("ReportFigures", "EURA entry not done"),
    "exit_situation": QT_TRANSLATE_NOOP("ReportFigures", "situation on leaving"),
    "qualification_gained": QT_TRANSLATE_NOOP("ReportFigures", "qualification on leaving"),
    "eura_exit": QT_TRANSLATE_NOOP("ReportFigures", "EURA exit not done"),
    "situation_6_months": QT_TRANSLATE_NOOP("ReportFigures", "situation six months after leaving"),
}
assert set(ESF_OPTIONAL_QUESTIONS) <= set(MISSING)
ENTRY = ("gender", "birth_date", "labour_status_at_entry", "education_level")


@dataclass(frozen=True)
class Incomplete:
    client_id: uuid.UUID
    name: str | None  # None for a client whose figures only are on this laptop
    staff: tuple[str, ...]  # the assigned staff's names
    service_start: dt.date
    service_end: dt.date | None
    missing: tuple[str, ...]  # codes of MISSING
    due: tuple[funder_dates.FunderDue, ...]  # open follow-ups that have opened

    def overdue(self, today: dt.date) -> bool:
        return any(item.overdue(today) for item in self.due)


def _date(value) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def missing_of(row: dict, questions: list[str], today: dt.date) -> list[str]:
    """What the funder still needs of one client (a row of the client table)."""
    missing = [name for name in ENTRY if row[name] is None]
    if row["labour_status_at_entry"] == "unemployed" and row["long_term_unemployed"] is None:
        missing.append("long_term_unemployed")
    missing += [name for name in questions if row[name] is None]
    if row["eura_entry"] in (None, "not_done"):
        missing.append("eura_entry")
    end = _date(row["service_end"])
    if end is not None and end <= today:
        missing += [name for name in ("exit_situation", "qualification_gained") if row[name] is None]
        if row["eura_exit"] in (None, "not_done"):
            missing.append("eura_exit")
        if row["situation_6_months"] is None and today >= funder_dates.six_month_follow_up(end):
            missing.append("situation_6_months")
    return sorted(missing, key=list(MISSING).index)


def incomplete_participants(
    store: Store, *, today: dt.date, period_from: dt.date | None = None, period_to: dt.date | None = None,
    locality: uuid.UUID | str | None = None, staff: uuid.UUID | str | None = None,
) -> list[Incomplete]:
    """Participants with something missing for the funder, those with an overdue follow-up first."""
    check_period(period_from, period_to)
    columns = ["id", "name", "assigned_staff_ids", "service_start", "service_end",
               *ENTRY, "long_term_unemployed", *ESF_OPTIONAL_QUESTIONS, "eura_entry", "eura_exit",
               "exit_situation", "qualification_gained", "situation_6_months"]
    with store.reader() as session:
        scope, _place, _person = scope_for(session, period_from, period_to, locality, staff)
        questions = esf.organisation_questions(session)
        in_period = f"(({scope.in_period('c.service_start')}) OR ({scope.in_period('c.service_end')}))"
        rows = session.execute(text(f"""
            SELECT {", ".join(f"c.{name}" for name in columns)} FROM client AS c
            WHERE c.deleted = 0 AND c.service_start IS NOT NULL AND {in_period}
              AND {scope.in_locality("c")} AND {scope.assigned("c")}
            ORDER BY c.service_start, c.id
        """), scope.params).all()
        names = {str(uuid.UUID(str(staff_id))): name for staff_id, name in session.execute(text(
            "SELECT id, name FROM staff WHERE deleted = 0")).all()}
    found = []
    for values in rows:
        row = dict(zip(columns, values))
        missing = missing_of(row, questions, today)
        client_id = uuid.UUID(str(row["id"]))
        end = _date(row["service_end"])
        recorded = funder_dates.exit_recorded(row["exit_situation"], row["qualification_gained"], row["eura_exit"])
        due = tuple(item for item in funder_dates.due_for(
            client_id, end, exit_recorded=recorded, six_months_recorded=row["situation_6_months"] is not None)
            if item.opens <= today)
        if not missing and not due:
            continue
        assigned = json.loads(row["assigned_staff_ids"] or "[]")
        found.append(Incomplete(client_id, row["name"], tuple(names.get(str(s), "?") for s in assigned),
                                _date(row["service_start"]), end, tuple(missing), due))
    return sorted(found, key=lambda item: not item.overdue(today))
