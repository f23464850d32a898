"""Every figure against the hand-made dataset's known answers, with the edges:
inclusive period ends, deleted records, a client counted once in a share,
an empty period, open-ended periods, filters and the visit's local date."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from zoneinfo import ZoneInfo

import pytest

from desktop.reports.figures import FIGURE_NAMES, FIGURES, Share, compute_figures
from desktop.reports.filters import InvalidPeriod, UnknownFilter, parse_date
from desktop.services import visits
from tests.reports import dataset
from tests.reports.dataset import PERIOD


def test_the_figure_names_are_those_the_issue_asks_for():
    assert set(FIGURE_NAMES) >= {
        "clients", "clients_to_work_or_studies", "employers_contacted", "employers_briefed",
        "employers_using_alternative_recruitment", "visits", "events", "event_participants",
        "event_participants_employed", "positions_found", "hidden_jobs", "positions_filled"}
    assert [n for n in FIGURE_NAMES if n.startswith("transitions_")] == list(dataset.ZERO_KINDS)
    for figure in FIGURES:
        assert figure.shown_label() and "%1" not in figure.shown_definition()
        assert figure.denominator is None or figure.denominator in FIGURE_NAMES


@pytest.mark.parametrize("filters, expected", [
    ({}, dataset.IN_PERIOD),
    ({"locality": "Oulu"}, dataset.OULU),
    ({"locality": "oulu"}, dataset.OULU),  # names in any case
    ({"staff": "Ville Valmentaja"}, dataset.VILLE),
    ({"staff": "testi valmentaja"}, dataset.ME),
], ids=["no-filter", "Oulu", "oulu", "Ville", "me"])
def test_figures_in_the_period(store, made, filters, expected):
    report = compute_figures(store, period_from=PERIOD[0], period_to=PERIOD[1], **filters)
    assert report.values == expected


def test_all_time(store, made):
    report = compute_figures(store)
    assert report.values == dataset.ALL_TIME
    assert report.period_from is None and report.period_to is None
    assert report.organisation == "Testihanke"


def test_a_record_without_a_locality_goes_by_its_municipality(store, made):
    report = compute_figures(store, locality="Oulu")  # all time
    assert report.values["clients"] == 5  # C1, C2, C7, C8 and C4, whose municipality is "oulu"
    assert report.values["employers_contacted"] == 4  # E1, E6, E7 and E3, in the municipality Oulu
    assert report.values["visits"] == 7


def test_filters_by_id_name_the_report(store, made):
    report = compute_figures(store, period_from=PERIOD[0], period_to=PERIOD[1],
                             locality=made.ids["oulu"], staff=made.ids["ville"])
    assert (report.locality, report.staff) == ("Oulu", "Ville Valmentaja")
    # Ville's clients in Oulu: C7 only, with no transition; no visits by Ville.
    assert report.values["clients"] == 1 and report.values["clients_to_work_or_studies"] == 0
    assert report.values["visits"] == 0 and report.values["events"] == 0


def test_shares_state_their_denominator_and_count_a_client_once(store, made):
    report = compute_figures(store, period_from=PERIOD[0], period_to=PERIOD[1])
    assert report.share("clients_to_work_or_studies") == Share(3, 5)
    assert report.share("clients_to_work_or_studies").text() == "60 % (3 / 5)"
    assert report.share("transitions_paid_work").text() == "40 % (2 / 5)"  # C8's two count once
    assert report.share("employers_briefed").text() == "75 % (3 / 4)"
    assert report.share("event_participants_employed").text() == "75 % (3 / 4)"
    assert report.share("hidden_jobs").text() == "60 % (3 / 5)"
    assert report.share("visits") is None


def test_an_empty_period_gives_zeros(store, made):
    report = compute_figures(store, period_from=dt.date(2030, 1, 1), period_to=dt.date(2030, 12, 31))
    assert set(report.values.values()) == {0}
    assert report.share("clients_to_work_or_studies").text() == "0 % (0 / 0)"
    assert report.visits_by_month.months[0] == "2030-01" and len(report.visits_by_month.months) == 12
    assert report.visits_by_month.counts == {}


def test_an_empty_profile_gives_zeros(store, actor):
    report = compute_figures(store)
    assert set(report.values.values()) == {0}
    assert report.visits_by_month.months == ()


def test_one_sided_periods(store, made):
    since = compute_figures(store, period_from=dt.date(2025, 7, 1))
    # C5 (referred 1.7.); C3's wage-subsidised work belongs to C3, referred before: not counted.
    assert since.values["clients"] == 1 and since.values["transitions_wage_subsidised_work"] == 0
    assert since.values["visits"] == 2  # E3 on 1.7., E7 on 1.8.
    assert since.values["employers_briefed"] == 2  # both briefed by then
    until = compute_figures(store, period_to=dt.date(2024, 12, 31))
    assert until.values["clients"] == 1  # C4
    assert until.values["employers_contacted"] == 2  # E2 (1.11.), E3 (31.12.)
    assert until.values["employers_using_alternative_recruitment"] == 1  # E2
    assert until.values["positions_found"] == 3  # P3, found 10.10.2024
    assert until.values["positions_filled"] == 0


def test_a_single_day_period_includes_that_day(store, made):
    day = compute_figures(store, period_from=dt.date(2025, 6, 30), period_to=dt.date(2025, 6, 30))
    assert day.values["clients"] == 1  # C2 by its service start
    assert day.values["transitions_work_trial"] == 1
    assert day.values["visits"] == 1 and day.values["events"] == 1
    assert day.values["positions_found"] == 2 and day.values["positions_filled"] == 1


def test_series_transitions_by_kind_and_visits_per_month(store, made):
    report = compute_figures(store, period_from=PERIOD[0], period_to=PERIOD[1])
    assert dict(report.transitions_by_kind()) == {
        kind.removeprefix("transitions_"): count for kind, count in dataset.IN_PERIOD.items()
        if kind.startswith("transitions_")}
    monthly = report.visits_by_month
    assert monthly.months == ("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06")
    assert monthly.counts == {"Oulu": (1, 0, 1, 1, 1, 0), "Raahe": (0, 0, 0, 0, 0, 1)}
    everything = compute_figures(store).visits_by_month
    assert everything.months[0] == "2024-11" and everything.months[-1] == "2025-08"
    assert sum(sum(row) for row in everything.counts.values()) == dataset.ALL_TIME["visits"]
    assert everything.counts["Oulu"][everything.months.index("2024-12")] == 1  # E3 by municipality


@contextlib.contextmanager
def time_zone(name: str):
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def test_a_visit_counts_on_its_local_date(store, actor, made):
    """01:30 in Helsinki on 1 July is 30 June in UTC (as stored): the visit belongs to July."""
    helsinki = ZoneInfo("Europe/Helsinki")
    visits.record_visit(store, actor=actor, employer_id=made.ids["e1"],
                        data={"visited_at": dt.datetime(2025, 7, 1, 1, 30, tzinfo=helsinki)})
    with time_zone("Europe/Helsinki"):
        report = compute_figures(store, period_from=PERIOD[0], period_to=PERIOD[1])
        july = compute_figures(store, period_from=dt.date(2025, 7, 1), period_to=dt.date(2025, 7, 1))
    assert report.values["visits"] == dataset.IN_PERIOD["visits"]
    # E3's visit on 1 July and this one, both in Oulu.
    assert july.values["visits"] == 2 and july.visits_by_month.counts == {"Oulu": (2,)}


def test_unknown_filters_and_bad_periods_are_refused(store, made):
    with pytest.raises(UnknownFilter, match="Known localities: Haapavesi, Oulu, Raahe, Ylivieska"):
        compute_figures(store, locality="Kuopio")
    with pytest.raises(UnknownFilter, match="No staff member"):
        compute_figures(store, staff="Nobody Here")
    with pytest.raises(InvalidPeriod, match="before it starts"):
        compute_figures(store, period_from=dt.date(2025, 2, 1), period_to=dt.date(2025, 1, 1))
    assert parse_date("31.1.2025", what="--to") == parse_date("2025-01-31", what="--to")
    with pytest.raises(InvalidPeriod, match="'2025-13-01' is not a date"):
        parse_date("2025-13-01", what="--from")


def test_the_documentation_defines_every_figure_as_the_app_does():
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "report-figures.md").read_text(encoding="utf-8")
    for figure in FIGURES:
        row = f"| `{figure.name}` | {figure.shown_label()} |"
        assert row in docs and figure.shown_definition() in docs, figure.name
