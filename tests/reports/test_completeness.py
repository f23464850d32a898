"""The funder's to-do list and its due dates, against the hand-made participants."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.reports.completeness import incomplete_participants
from desktop.services import clients
from desktop.services.funder_dates import EXIT_WINDOW, SIX_MONTHS, funder_due, months_after
from tests.reports import esf_dataset
from tests.reports.esf_dataset import PERIOD

D = dt.date
TODAY = D(2025, 7, 1)
ASKED = ["disability", "homeless"]


@pytest.fixture
def participants(store, actor):
    return esf_dataset.build(store, actor)


def listed(store, **choices):
    rows = incomplete_participants(store, today=TODAY, period_from=PERIOD[0], period_to=PERIOD[1], **choices)
    return {row.name.removeprefix("Osallistuja "): row for row in rows}


def test_what_each_participant_still_needs(store, participants):
    rows = listed(store)
    assert "p10" not in rows  # deleted
    assert rows["p1"].missing == ("eura_exit",)
    assert [(d.kind, d.due, d.overdue(TODAY)) for d in rows["p1"].due] == [(EXIT_WINDOW, D(2025, 6, 28), True)]
    assert rows["p6"].missing == ("birth_date", "labour_status_at_entry", "education_level", *ASKED, "eura_entry")
    assert rows["p7"].missing == ("long_term_unemployed", *ASKED, "eura_entry")
    assert rows["p2"].missing == ("eura_entry",)  # declined is an answer
    # P5 left on 15.6.: its exit window is open until 13.7., not overdue.
    assert [(d.due, d.overdue(TODAY)) for d in rows["p5"].due] == [(D(2025, 7, 13), False)]
    assert "eura_exit" in rows["p5"].missing and "situation_6_months" not in rows["p5"].missing
    # P9 leaves after today: nothing of its exit is asked yet.
    assert rows["p9"].missing == (*ASKED, "eura_entry") and rows["p9"].due == ()
    assert rows["p1"].staff == ("Testi Valmentaja",) and rows["p11"].staff == ("Ville Valmentaja",)


def test_overdue_follow_ups_come_first(store, participants):
    rows = incomplete_participants(store, today=TODAY, period_from=PERIOD[0], period_to=PERIOD[1])
    flags = [row.overdue(TODAY) for row in rows]
    assert flags == sorted(flags, reverse=True) and flags[0] and not flags[-1]


def test_a_participant_leaves_the_list_when_everything_is_recorded(store, actor, participants):
    clients.update_client(store, actor=actor, client_id=participants["p1"],
                          fields={"eura_exit": "by_staff", "eura_exit_on": D(2025, 6, 2)})
    assert "p1" not in listed(store)


def test_choices_narrow_the_list(store, participants):
    assert set(listed(store, staff="Ville Valmentaja")) == {"p11"}
    assert set(listed(store, locality="Raahe")) == {"p11"}


def test_the_follow_ups_due_by_a_day(store, participants):
    due = funder_due(store, today=TODAY)
    names = {v: k for k, v in participants.items()}
    assert [(names[d.client_id], d.kind, d.due) for d in due] == [
        ("p12", EXIT_WINDOW, D(2025, 3, 10)),
        ("p8", EXIT_WINDOW, D(2025, 5, 28)),
        ("p1", EXIT_WINDOW, D(2025, 6, 28)),
        ("p12b", EXIT_WINDOW, D(2025, 6, 29)),
        ("p5", EXIT_WINDOW, D(2025, 7, 13)),
        ("p11", EXIT_WINDOW, D(2025, 7, 28)),
    ]
    ahead = funder_due(store, today=TODAY, within_days=14)
    assert {(names[d.client_id], d.kind) for d in ahead} - {(names[d.client_id], d.kind) for d in due} == {
        ("p9", EXIT_WINDOW), ("p12", SIX_MONTHS)}
    mine = funder_due(store, today=TODAY, staff_id=participants["ville"])
    assert [names[d.client_id] for d in mine] == ["p11"]


def test_six_months_after_a_months_last_day():
    assert months_after(D(2025, 8, 31), 6) == D(2026, 2, 28)
    assert months_after(D(2025, 5, 31), 6) == D(2025, 11, 30)
    assert months_after(D(2025, 7, 15), 6) == D(2026, 1, 15)
