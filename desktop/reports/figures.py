"""The report figures: what each one means (as data) and how they are computed.

``FIGURES`` lists every figure in report order with its snake_case name (as
the JSON export names it), an English label, its definition and, for a share,
the figure it is a share of. ``compute_figures`` answers them all for a
period, a locality and a staff member with a few broad SQL queries in one
read transaction (see ``desktop.reports.queries`` for the SQL and
``docs/report-figures.md`` for the rules every figure follows).

Labels and definitions are English source text. A screen or a PDF shows them
through a ``translate`` callable (Qt's translation in context
``ReportFigures``); the markers below let ``pyside6-lupdate`` find them.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from desktop.reports import esf, queries
from desktop.reports.filters import check_period, resolve_locality, resolve_staff
from desktop.store.profile import Store
from sync.records import TRANSITION_KINDS

logger = logging.getLogger(__name__)

CONTEXT = "ReportFigures"
Translate = Callable[[str], str]
WORK_KINDS = ("paid_work", "wage_subsidised_work")
STUDY_KINDS = ("studies", "apprenticeship")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


def untranslated(text: str) -> str:
    return text


@dataclass(frozen=True)
class Figure:
    """One figure. ``%1`` in the label or definition stands for ``arg``."""

    name: str
    label: str
    definition: str
    denominator: str | None = None  # a share of this figure; None: a plain count
    arg: str | None = None

    def shown_label(self, translate: Translate = untranslated) -> str:
        return self._fill(translate(self.label), translate)

    def shown_definition(self, translate: Translate = untranslated) -> str:
        return self._fill(translate(self.definition), translate)

    def _fill(self, text: str, translate: Translate) -> str:
        return text.replace("%1", translate(self.arg)) if self.arg else text


KIND_WORDS = {
    "paid_work": QT_TRANSLATE_NOOP("ReportFigures", "paid work"),
    "wage_subsidised_work": QT_TRANSLATE_NOOP("ReportFigures", "wage-subsidised work"),
    "work_trial": QT_TRANSLATE_NOOP("ReportFigures", "work trial"),
    "apprenticeship": QT_TRANSLATE_NOOP("ReportFigures", "apprenticeship"),
    "studies": QT_TRANSLATE_NOOP("ReportFigures", "studies"),
    "recruitment_training": QT_TRANSLATE_NOOP("ReportFigures", "recruitment training"),
    "rehabilitative_work_activity": QT_TRANSLATE_NOOP("ReportFigures", "rehabilitative work activity"),
    "other": QT_TRANSLATE_NOOP("ReportFigures", "other"),
}
assert tuple(KIND_WORDS) == TRANSITION_KINDS


def _transition_figure(kind: str) -> Figure:
    definition = (
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Clients counted in 'Clients referred' with at least one transition of the kind "
            "'other' that starts in the period. A client with several such transitions counts once.",
        ) if kind == "other" else QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Clients counted in 'Clients referred' with at least one transition into %1 "
            "that starts in the period. A client with several such transitions counts once.",
        )
    )
    return Figure(f"transitions_{kind}", QT_TRANSLATE_NOOP("ReportFigures", "Transitions: %1"), definition,
                  denominator="clients", arg=KIND_WORDS[kind])


FIGURES: tuple[Figure, ...] = (
    Figure(
        "clients",
        QT_TRANSLATE_NOOP("ReportFigures", "Clients referred"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Clients referred to the service in the period: clients whose referral date, or "
            "their service start date when no referral date is recorded, falls in the period. "
            "A client with neither date counts only when the period is all time.",
        ),
    ),
    Figure(
        "clients_to_work_or_studies",
        QT_TRANSLATE_NOOP("ReportFigures", "Clients into work or studies"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Clients counted in 'Clients referred' with at least one transition into paid work, "
            "wage-subsidised work, studies or an apprenticeship that starts in the period. "
            "A client with several such transitions counts once.",
        ),
        denominator="clients",
    ),
    *(_transition_figure(kind) for kind in TRANSITION_KINDS),
    Figure(
        "employers_contacted",
        QT_TRANSLATE_NOOP("ReportFigures", "Employers contacted"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Employers with at least one visit in the period. An employer counts once, "
            "however many times it was visited.",
        ),
    ),
    Figure(
        "employers_briefed",
        QT_TRANSLATE_NOOP("ReportFigures", "Employers briefed on alternative recruitment"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Employers counted in 'Employers contacted' that had been given the alternative "
            "recruitment briefing at a visit on or before the last day of the period "
            "(by anyone, in the period or before it).",
        ),
        denominator="employers_contacted",
    ),
    Figure(
        "employers_using_alternative_recruitment",
        QT_TRANSLATE_NOOP("ReportFigures", "Employers using alternative recruitment"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Employers counted in 'Employers contacted' recorded as having taken up alternative "
            "recruitment at a visit on or before the last day of the period.",
        ),
        denominator="employers_contacted",
    ),
    Figure(
        "employers_with_letter_of_intent",
        QT_TRANSLATE_NOOP("ReportFigures", "Employers with a letter of intent"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Employers whose letter of intent was signed in the period (by its date). With a "
            "staff member chosen: those of them the staff member had visited on or before the "
            "last day of the period.",
        ),
    ),
    Figure(
        "visits",
        QT_TRANSLATE_NOOP("ReportFigures", "Company visits"),
        QT_TRANSLATE_NOOP("ReportFigures", "Visits to employers in the period, each visit counted."),
    ),
    Figure(
        "events",
        QT_TRANSLATE_NOOP("ReportFigures", "Recruitment events held"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Recruitment events (Työkohtaamo, remote and other) held in the period. With a staff "
            "member chosen: the events where at least one of their clients took part.",
        ),
    ),
    Figure(
        "event_participants",
        QT_TRANSLATE_NOOP("ReportFigures", "Event participants"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Clients who took part in the events counted in 'Recruitment events held'. "
            "A client who took part in several events counts once.",
        ),
    ),
    Figure(
        "event_participants_employed",
        QT_TRANSLATE_NOOP("ReportFigures", "Participants employed"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Clients counted in 'Event participants' who were marked hired at one of those events.",
        ),
        denominator="event_participants",
    ),
    Figure(
        "event_other_participants",
        QT_TRANSLATE_NOOP("ReportFigures", "Other event participants"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "People who were not the project's clients and took part in the events counted in "
            "'Recruitment events held', as each event recorded their number (counts, no "
            "personal data; a person at two events counts twice).",
        ),
    ),
    Figure(
        "event_other_participants_employed",
        QT_TRANSLATE_NOOP("ReportFigures", "Other participants employed"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "People counted in 'Other event participants' whom the event recorded as hired.",
        ),
        denominator="event_other_participants",
    ),
    Figure(
        "event_all_participants",
        QT_TRANSLATE_NOOP("ReportFigures", "Event participants, clients and others"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "'Event participants' and 'Other event participants' together.",
        ),
    ),
    Figure(
        "event_all_participants_employed",
        QT_TRANSLATE_NOOP("ReportFigures", "Participants employed, clients and others"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "'Participants employed' and 'Other participants employed' together.",
        ),
        denominator="event_all_participants",
    ),
    Figure(
        "positions_found",
        QT_TRANSLATE_NOOP("ReportFigures", "Positions found"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Jobs in the positions found in the period (by the date found). A position for "
            "three people counts as three jobs.",
        ),
    ),
    Figure(
        "hidden_jobs",
        QT_TRANSLATE_NOOP("ReportFigures", "Hidden jobs found"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Jobs counted in 'Positions found' that are hidden jobs: not advertised publicly.",
        ),
        denominator="positions_found",
    ),
    Figure(
        "positions_filled",
        QT_TRANSLATE_NOOP("ReportFigures", "Positions filled"),
        QT_TRANSLATE_NOOP(
            "ReportFigures",
            "Jobs in the positions marked filled with a filled date in the period; the position "
            "may have been found before the period.",
        ),
    ),
)
FIGURE_NAMES: tuple[str, ...] = tuple(f.name for f in FIGURES)
BY_NAME: dict[str, Figure] = {f.name: f for f in FIGURES}
NO_LOCALITY = QT_TRANSLATE_NOOP("ReportFigures", "No locality")


@dataclass(frozen=True)
class Share:
    numerator: int
    denominator: int

    def percent(self, places: int = 0) -> Decimal:
        """Rounded half up; an empty denominator gives 0, not an error."""
        if not self.denominator:
            return Decimal(0).quantize(Decimal(1).scaleb(-places))
        exact = Decimal(self.numerator) * 100 / Decimal(self.denominator)
        return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)

    def text(self) -> str:
        """``47 % (98 / 208)``."""
        return f"{self.percent()} % ({self.numerator} / {self.denominator})"


@dataclass(frozen=True)
class MonthlyVisits:
    """Visits per month ("2025-01") per locality name ("" for none)."""

    months: tuple[str, ...] = ()
    counts: dict[str, tuple[int, ...]] = field(default_factory=dict)

    @property
    def localities(self) -> tuple[str, ...]:
        return tuple(self.counts)


@dataclass(frozen=True)
class Report:
    period_from: dt.date | None
    period_to: dt.date | None
    locality: str | None  # the chosen locality's name
    staff: str | None  # the chosen staff member's name
    organisation: str
    values: dict[str, int]
    visits_by_month: MonthlyVisits
    generated_at: dt.datetime
    # The funder's indicators (``desktop.reports.esf``): name -> women, men, non_binary, total.
    esf: dict[str, dict[str, int]] = field(default_factory=dict)
    esf_incomplete: int = 0  # participants left out of them for incomplete entry data

    def value(self, name: str) -> int:
        return self.values[name]

    def share(self, name: str) -> Share | None:
        figure = BY_NAME[name]
        if figure.denominator is None:
            return None
        return Share(self.values[name], self.values[figure.denominator])

    def transitions_by_kind(self) -> list[tuple[str, int]]:
        return [(kind, self.values[f"transitions_{kind}"]) for kind in TRANSITION_KINDS]


def compute_figures(
    store: Store,
    *,
    period_from: dt.date | None = None,
    period_to: dt.date | None = None,
    locality: uuid.UUID | str | None = None,
    staff: uuid.UUID | str | None = None,
) -> Report:
    """Every figure for the period (inclusive; None: open), a locality and a staff member.

    ``locality`` and ``staff`` are ids or names (case does not matter); an
    unknown one raises ``UnknownFilter`` and a period that ends before it
    starts raises ``InvalidPeriod``.
    """
    check_period(period_from, period_to)
    with store.reader() as session:
        scope, place, person = scope_for(session, period_from, period_to, locality, staff)
        found = (queries.client_figures(session, scope, WORK_KINDS + STUDY_KINDS)
                 | queries.employer_figures(session, scope) | queries.event_figures(session, scope)
                 | queries.position_figures(session, scope))
        monthly = queries.visits_by_month(session, scope)
        organisation = queries.organisation_name(session)
        esf_values, esf_incomplete = esf.esf_figures(session, scope)
    values = {name: found.get(name, 0) for name in FIGURE_NAMES}  # none missing, none unknown
    if set(found) - set(values):
        logger.warning("report: %d unknown figures ignored", len(set(found) - set(values)))
    logger.info("report computed: %d figures", len(values))
    return Report(
        period_from=period_from,
        period_to=period_to,
        locality=place[1] if place else None,
        staff=person[1] if person else None,
        organisation=organisation,
        values=values,
        visits_by_month=_fill_months(monthly, period_from, period_to),
        generated_at=dt.datetime.now().astimezone(),
        esf=esf_values,
        esf_incomplete=esf_incomplete,
    )


def scope_for(session, period_from: dt.date | None, period_to: dt.date | None,
              locality: uuid.UUID | str | None, staff: uuid.UUID | str | None):
    """The SQL scope of the choices, and the chosen locality and staff member (id, name)."""
    place = resolve_locality(session, locality) if locality is not None else None
    person = resolve_staff(session, staff) if staff is not None else None
    scope = queries.Scope(
        date_from=period_from.isoformat() if period_from else None,
        date_to=period_to.isoformat() if period_to else None,
        locality_id=place[0] if place else None,
        locality_name=place[1] if place else None,
        staff_id=person[0] if person else None,
    )
    return scope, place, person


MAX_MONTHS = 120


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _fill_months(rows: list[tuple[str, str, int]], period_from: dt.date | None,
                 period_to: dt.date | None) -> MonthlyVisits:
    """Every month of the period (or of the visits, where the period is open), zeros included."""
    found = sorted({month for month, _locality, _count in rows})
    first = period_from.strftime("%Y-%m") if period_from else (found[0] if found else None)
    last = period_to.strftime("%Y-%m") if period_to else (found[-1] if found else None)
    if first is None or last is None:
        return MonthlyVisits()
    months = _month_range(first, last)
    if len(months) > MAX_MONTHS and found:  # a very long period: only the months with visits
        months = _month_range(found[0], found[-1])
    index = {month: n for n, month in enumerate(months)}
    counts: dict[str, list[int]] = {}
    for month, locality, count in rows:
        counts.setdefault(locality, [0] * len(months))[index[month]] += count
    ordered = sorted(counts, key=lambda name: (name == "", name.casefold()))
    return MonthlyVisits(tuple(months), {name: tuple(counts[name]) for name in ordered})
