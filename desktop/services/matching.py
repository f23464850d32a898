"""Clients whose job goals and locality fit an open position (no Qt here).

The candidates are the clients on this laptop who are in service: a service
start, no service end or one still ahead, not deleted. A coordinator may not
be assigned to them; they are simply the clients this profile holds.

Each candidate is scored on two things, and each point of fit is given as a
reason the UI can put into words in its own language:

- ``("job_goal", word)``: a word of the client's job goals shares its stem
  with a word of the position's title or occupation. Words are compared
  case- and accent-insensitively; words of five letters or more by their
  first five letters ("hitsaaja" ~ "hitsaus"), shorter words whole.
- ``("same_locality", name)``: the client's locality is the employer's, or
  their municipalities are the same text.

Clients with no fit at all are left out.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
import uuid
from dataclasses import dataclass, field

from sqlalchemy import text

from desktop.errors import NotFound
from desktop.store.profile import Store

logger = logging.getLogger(__name__)

JOB_GOAL_POINTS = 3  # per distinct stem shared with the position
LOCALITY_POINTS = 2
STEM_LENGTH = 5
MIN_WORD = 3  # shorter words ("ja", "of") say nothing about a job
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Match:
    client_id: uuid.UUID
    name: str
    score: int
    reasons: list[tuple[str, str]] = field(default_factory=list)


def fold(value: str) -> str:
    """Lower case without accents: "Hämeenlinna" → "hameenlinna"."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def stem(word: str) -> str:
    folded = fold(word)
    return folded[:STEM_LENGTH] if len(folded) >= STEM_LENGTH else folded


def words(value: str | None) -> list[str]:
    """The words of a text worth comparing, as written."""
    return [w for w in _WORD.findall(value or "") if len(w) >= MIN_WORD]


def job_goal_reasons(job_goals: str | None, position_stems: set[str]) -> list[tuple[str, str]]:
    """One reason per distinct stem of the job goals that the position shares."""
    reasons, seen = [], set()
    for word in words(job_goals):
        key = stem(word)
        if key in position_stems and key not in seen:
            seen.add(key)
            reasons.append(("job_goal", word))
    return reasons


def _hex(value) -> str:
    return uuid.UUID(str(value)).hex


def _position(conn, position_id) -> dict:
    row = conn.execute(
        text("SELECT p.title, p.occupation, e.locality_id, e.municipality, l.name "
             "FROM position p JOIN employer e ON e.id = p.employer_id "
             "LEFT JOIN locality l ON l.id = e.locality_id AND l.deleted = 0 "
             "WHERE p.id = :id AND p.deleted = 0"),
        {"id": _hex(position_id)},
    ).first()
    if row is None:
        raise NotFound(f"No position with id {position_id}.")
    title, occupation, locality_id, municipality, locality_name = row
    return {
        "stems": {stem(w) for w in words(f"{title} {occupation or ''}")},
        "locality_id": locality_id,
        "municipality": fold(municipality.strip()) if municipality and municipality.strip() else None,
        "locality_name": locality_name,
    }


def match_clients(store: Store, position_id, *, limit: int = 50, today: dt.date | None = None) -> list[Match]:
    """The best-fitting clients in service for a position, best first."""
    today = today or dt.date.today()
    with store.connect() as conn:
        wanted = _position(conn, position_id)
        rows = conn.execute(
            text("SELECT c.id, c.name, c.job_goals, c.locality_id, c.municipality, l.name "
                 "FROM client c LEFT JOIN locality l ON l.id = c.locality_id AND l.deleted = 0 "
                 # a client whose figures only are here (no name, no goals) is its staff's to match
                 "WHERE c.deleted = 0 AND c.name IS NOT NULL AND c.service_start IS NOT NULL "
                 "AND (c.service_end IS NULL OR c.service_end > :today)"),
            {"today": today.isoformat()},
        ).all()
    found = []
    for client_id, name, job_goals, locality_id, municipality, locality_name in rows:
        reasons = job_goal_reasons(job_goals, wanted["stems"])
        score = JOB_GOAL_POINTS * len(reasons)
        if wanted["locality_id"] and locality_id == wanted["locality_id"]:
            reasons.append(("same_locality", locality_name or wanted["locality_name"] or ""))
            score += LOCALITY_POINTS
        elif wanted["municipality"] and municipality and fold(municipality.strip()) == wanted["municipality"]:
            reasons.append(("same_locality", municipality.strip()))
            score += LOCALITY_POINTS
        if score:
            found.append(Match(uuid.UUID(hex=client_id), name, score, reasons))
    found.sort(key=lambda m: (-m.score, fold(m.name), m.client_id))
    logger.info("matched %d clients to position %s", len(found), position_id)
    return found[:limit]
