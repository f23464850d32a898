"""The SQL behind the report figures: a few broad queries, all in the database.

Rules every query follows (docs/report-figures.md says the same in words):

- A deleted record never counts, nor does a record whose owner is deleted
  (a visit or position of a deleted employer, a transition or participation
  of a deleted client, a participation in a deleted event).
- The period is inclusive at both ends; a missing bound leaves that side open.
  The date that puts a record in the period: a client's referral date (else
  its service start), a transition's start date, a visit's date in this
  computer's time zone (visits are stored in UTC), an event's date held, a
  position's date found or, for "filled", its date filled, an employer's
  letter of intent date. A record without that date counts only when the
  period is open at both ends (all time), but an employer without a letter of
  intent never counts as one with it.
- The locality: a client's or employer's ``locality_id``, or, when it has
  none, its municipality named as the locality; an event's ``locality_id``.
  Visits and positions go by their employer's locality, transitions by their
  client's, participants by their event's.
- The staff member: visits by ``staff_id``; clients (and their transitions
  and event participations) by ``assigned_staff_ids``; positions by the
  ``staff_id`` of the visit where they were found.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

# How SQLAlchemy stores a datetime in SQLite (UTC here); such strings sort as times do.
STORED_TIME = "%Y-%m-%d %H:%M:%S.%f"


def local_midnight_utc(day: dt.date) -> str:
    """The first moment of ``day`` in this computer's time zone, as a stored UTC time."""
    moment = dt.datetime(day.year, day.month, day.day).astimezone().astimezone(dt.timezone.utc)
    return moment.strftime(STORED_TIME)


@dataclass(frozen=True)
class Scope:
    """The chosen period and filters, as SQL fragments and parameters."""

    date_from: str | None = None  # ISO dates
    date_to: str | None = None
    locality_id: uuid.UUID | None = None
    locality_name: str | None = None
    staff_id: uuid.UUID | None = None

    @property
    def params(self) -> dict[str, Any]:
        # A visit's local date is in the period when its UTC time is from the first day's
        # local midnight up to (not including) the local midnight after the last day.
        after = dt.date.fromisoformat(self.date_to) + dt.timedelta(days=1) if self.date_to else None
        return {
            "date_from": self.date_from,
            "date_to": self.date_to,
            "visit_from": local_midnight_utc(dt.date.fromisoformat(self.date_from)) if self.date_from else None,
            "visit_until": local_midnight_utc(after) if after else None,
            # ids are stored as 32 hex digits; lists of ids as JSON text with dashes
            "locality_id": self.locality_id.hex if self.locality_id else None,
            "locality_name": self.locality_name,
            "staff_id": self.staff_id.hex if self.staff_id else None,
            "staff_text": str(self.staff_id) if self.staff_id else None,
        }

    def in_period(self, expr: str) -> str:
        bounds = []
        if self.date_from:
            bounds.append(f"{expr} >= :date_from")
        if self.date_to:
            bounds.append(f"{expr} <= :date_to")
        return " AND ".join([f"{expr} IS NOT NULL", *bounds]) if bounds else "1"

    def visit_in_period(self, alias: str) -> str:
        bounds = []
        if self.date_from:
            bounds.append(f"{alias}.visited_at >= :visit_from")
        if self.date_to:
            bounds.append(f"{alias}.visited_at < :visit_until")
        return " AND ".join(bounds) or "1"

    def visit_up_to_end(self, alias: str) -> str:
        return f"{alias}.visited_at < :visit_until" if self.date_to else "1"

    def in_locality(self, alias: str, *, municipality: bool = True) -> str:
        if self.locality_id is None:
            return "1"
        by_name = (f" OR ({alias}.locality_id IS NULL AND {alias}.municipality = :locality_name "
                   "COLLATE NOCASE)") if municipality else ""
        return f"({alias}.locality_id = :locality_id{by_name})"

    def by_staff(self, expr: str) -> str:
        return f"{expr} = :staff_id" if self.staff_id else "1"

    def assigned(self, alias: str) -> str:
        if self.staff_id is None:
            return "1"
        return f"EXISTS (SELECT 1 FROM json_each({alias}.assigned_staff_ids) AS a WHERE a.value = :staff_text)"


def _rows(session: Session, sql: str, scope: Scope) -> list[tuple]:
    return [tuple(row) for row in session.execute(text(sql), scope.params).all()]


def client_figures(session: Session, scope: Scope, work_or_studies: tuple[str, ...]) -> dict[str, int]:
    """clients, clients_to_work_or_studies and transitions_<kind>: distinct clients."""
    kinds = ", ".join(f"'{kind}'" for kind in work_or_studies)
    sql = f"""
        WITH cohort AS (
            SELECT c.id FROM client AS c
            WHERE c.deleted = 0 AND {scope.in_period("coalesce(c.referred_on, c.service_start)")}
              AND {scope.in_locality("c")} AND {scope.assigned("c")}
        ), moved AS (
            SELECT DISTINCT t.client_id, t.transition_kind
            FROM transition AS t JOIN cohort ON cohort.id = t.client_id
            WHERE t.deleted = 0 AND {scope.in_period("t.start_date")}
        )
        SELECT 'clients', count(*) FROM cohort
        UNION ALL
        SELECT 'clients_to_work_or_studies', count(DISTINCT client_id) FROM moved
        WHERE transition_kind IN ({kinds})
        UNION ALL
        SELECT 'transitions_' || transition_kind, count(*) FROM moved GROUP BY transition_kind
    """
    return {name: count for name, count in _rows(session, sql, scope)}


def _visits_in_scope(scope: Scope, join: str = "") -> str:
    """FROM … WHERE … of the visits that count: alias v (visit), e (employer)."""
    return f"""
        FROM visit AS v JOIN employer AS e ON e.id = v.employer_id {join}
        WHERE v.deleted = 0 AND e.deleted = 0 AND {scope.visit_in_period("v")}
          AND {scope.in_locality("e")} AND {scope.by_staff("v.staff_id")}
    """


def employer_figures(session: Session, scope: Scope) -> dict[str, int]:
    """visits, employers_contacted, employers_briefed, employers_using_alternative_recruitment,
    employers_with_letter_of_intent."""
    sql = f"""
        WITH contacted AS (
            SELECT v.employer_id, count(*) AS visits {_visits_in_scope(scope)}
            GROUP BY v.employer_id
        ), status AS (
            SELECT b.employer_id, max(b.briefing_given) AS briefed, max(b.briefing_taken_up) AS taken_up
            FROM visit AS b JOIN contacted ON contacted.employer_id = b.employer_id
            WHERE b.deleted = 0 AND {scope.visit_up_to_end("b")}
            GROUP BY b.employer_id
        ), committed AS (
            SELECT e.id FROM employer AS e
            WHERE e.deleted = 0 AND e.letter_of_intent_date IS NOT NULL
              AND {scope.in_period("e.letter_of_intent_date")}
              AND {scope.in_locality("e")} AND {_visited_by_staff(scope, "e")}
        )
        SELECT (SELECT coalesce(sum(visits), 0) FROM contacted),
               (SELECT count(*) FROM contacted),
               (SELECT count(*) FROM status WHERE briefed = 1),
               (SELECT count(*) FROM status WHERE taken_up = 1),
               (SELECT count(*) FROM committed)
    """
    (visits, contacted, briefed, using, committed), = _rows(session, sql, scope)
    return {
        "visits": visits,
        "employers_contacted": contacted,
        "employers_briefed": briefed,
        "employers_using_alternative_recruitment": using,
        "employers_with_letter_of_intent": committed,
    }


def _visited_by_staff(scope: Scope, alias: str) -> str:
    """With a staff member chosen: the employer had a visit by them on or before the period's
    last day (a letter of intent is the employer's, not a visit's)."""
    if scope.staff_id is None:
        return "1"
    return (f"EXISTS (SELECT 1 FROM visit AS s WHERE s.employer_id = {alias}.id AND s.deleted = 0 "
            f"AND s.staff_id = :staff_id AND {scope.visit_up_to_end('s')})")


def event_figures(session: Session, scope: Scope) -> dict[str, int]:
    """events, event_participants and event_participants_employed (distinct clients), and the
    other participants of those events and how many of them were hired (counts)."""
    with_staff = "WHERE held.id IN (SELECT event_id FROM took_part)" if scope.staff_id else ""
    sql = f"""
        WITH held AS (
            SELECT e.id, e.other_participants, e.other_participants_employed
            FROM recruitment_event AS e
            WHERE e.deleted = 0 AND {scope.in_period("e.held_on")}
              AND {scope.in_locality("e", municipality=False)}
        ), took_part AS (
            SELECT p.event_id, p.client_id, p.hired
            FROM event_participant AS p JOIN held ON held.id = p.event_id
            JOIN client AS c ON c.id = p.client_id
            WHERE p.deleted = 0 AND c.deleted = 0 AND {scope.assigned("c")}
        ), counted AS (
            SELECT * FROM held {with_staff}
        )
        SELECT (SELECT count(*) FROM counted),
               (SELECT count(DISTINCT client_id) FROM took_part),
               (SELECT count(DISTINCT client_id) FROM took_part WHERE hired = 1),
               (SELECT coalesce(sum(other_participants), 0) FROM counted),
               (SELECT coalesce(sum(other_participants_employed), 0) FROM counted)
    """
    (events, participants, employed, others, others_employed), = _rows(session, sql, scope)
    return {"events": events, "event_participants": participants,
            "event_participants_employed": employed,
            "event_other_participants": others,
            "event_other_participants_employed": others_employed,
            "event_all_participants": participants + others,
            "event_all_participants_employed": employed + others_employed}


def position_figures(session: Session, scope: Scope) -> dict[str, int]:
    """positions_found, hidden_jobs and positions_filled, in jobs (sum of counts)."""
    found = scope.in_period("p.found_on")
    staff_join = ("JOIN visit AS v ON v.id = p.visit_id AND v.deleted = 0 AND v.staff_id = :staff_id"
                  if scope.staff_id else "")
    sql = f"""
        SELECT coalesce(sum(CASE WHEN {found} THEN p.count END), 0),
               coalesce(sum(CASE WHEN {found} AND p.hidden = 1 THEN p.count END), 0),
               coalesce(sum(CASE WHEN p.filled = 1 AND {scope.in_period("p.filled_on")}
                            THEN p.count END), 0)
        FROM position AS p JOIN employer AS e ON e.id = p.employer_id {staff_join}
        WHERE p.deleted = 0 AND e.deleted = 0 AND {scope.in_locality("e")}
    """
    (found_jobs, hidden, filled), = _rows(session, sql, scope)
    return {"positions_found": found_jobs, "hidden_jobs": hidden, "positions_filled": filled}


def visits_by_month(session: Session, scope: Scope) -> list[tuple[str, str, int]]:
    """(month "YYYY-MM", locality name or "", visits) for the visits counted in ``visits``."""
    sql = f"""
        SELECT strftime('%Y-%m', v.visited_at, 'localtime') AS month,
               coalesce(l.name, (SELECT m.name FROM locality AS m
                                 WHERE m.deleted = 0 AND m.name = e.municipality COLLATE NOCASE
                                 ORDER BY m.name LIMIT 1), '') AS place,
               count(*)
        {_visits_in_scope(scope, "LEFT JOIN locality AS l ON l.id = e.locality_id")}
        GROUP BY month, place
    """
    return _rows(session, sql, scope)


def organisation_name(session: Session) -> str:
    row = session.execute(text(
        "SELECT name FROM organisation WHERE deleted = 0 ORDER BY rowid LIMIT 1")).first()
    return row[0] if row else ""
