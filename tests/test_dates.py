"""Dates as people here type them: every form that reads, and what is refused with which code."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.dates import (
    DateTextError,
    finnish_date,
    finnish_date_time,
    parse_date,
    parse_date_time,
)

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(("text", "day"), [
    ("22.11.2026", dt.date(2026, 11, 22)),
    ("1.2.2026", dt.date(2026, 2, 1)),
    ("01.02.2026", dt.date(2026, 2, 1)),
    ("  10.3.2027 ", dt.date(2027, 3, 10)),
    ("29.2.2028", dt.date(2028, 2, 29)),
    ("22.11.2026.", dt.date(2026, 11, 22)),
    ("10.3.", dt.date(2026, 3, 10)),  # this year
    ("10.3", dt.date(2026, 3, 10)),
    ("24.11.26", dt.date(2026, 11, 24)),  # dd.mm.yy
    ("1.1.46", dt.date(2046, 1, 1)),  # up to 20 years ahead
    ("1.1.47", dt.date(1947, 1, 1)),  # else the century before
    ("15.06.75", dt.date(1975, 6, 15)),
    ("tänään", TODAY),
    ("Tänään", TODAY),
    ("idag", TODAY),
    ("today", TODAY),
    ("TODAY", TODAY),
])
def test_a_date_reads(text, day):
    assert parse_date(text, today=TODAY) == day


@pytest.mark.parametrize(("text", "code", "typed"), [
    ("31.2.2026", "date_impossible", "31.2.2026"),
    ("29.2.2026", "date_impossible", "29.2.2026"),
    ("0.1.2026", "date_impossible", "0.1.2026"),
    ("1.13.2026", "date_impossible", "1.13.2026"),
    ("2.12.176", "date_unreadable", "2.12.176"),
    ("24.11.202622.11.2026", "date_unreadable", "24.11.202622.11.2026"),
    ("2026-11-22", "date_unreadable", "2026-11-22"),
    ("22/11/2026", "date_unreadable", "22/11/2026"),
    ("eilen", "date_unreadable", "eilen"),
    ("1.1.1850", "date_year_out_of_range", "1.1.1850"),
    ("", "required", ""),
    ("   ", "required", ""),
])
def test_a_date_that_does_not_read_is_refused_quoting_it(text, code, typed):
    with pytest.raises(DateTextError) as refused:
        parse_date(text, today=TODAY)
    assert (refused.value.code, refused.value.typed) == (code, typed)
    assert typed in refused.value.message


def test_the_english_message_says_what_was_typed():
    with pytest.raises(DateTextError) as refused:
        parse_date("31.2.2026")
    assert refused.value.message == "31.2.2026 is not a date."


@pytest.mark.parametrize(("text", "moment"), [
    ("22.11.2026 14.30", dt.datetime(2026, 11, 22, 14, 30)),
    ("22.11.2026 14:30", dt.datetime(2026, 11, 22, 14, 30)),
    ("1.2.2026 8.05", dt.datetime(2026, 2, 1, 8, 5)),
    ("1.2.2026  08:05", dt.datetime(2026, 2, 1, 8, 5)),
    ("10.3. 9.00", dt.datetime(2026, 3, 10, 9, 0)),
    ("10.3.26 23.59", dt.datetime(2026, 3, 10, 23, 59)),
    ("tänään 10.00", dt.datetime(2026, 12, 2, 10, 0)),
    ("idag 0:00", dt.datetime(2026, 12, 2, 0, 0)),
])
def test_a_date_and_time_reads(text, moment):
    assert parse_date_time(text, today=TODAY) == moment


@pytest.mark.parametrize(("text", "code", "typed"), [
    ("31.2.2026 10.00", "date_impossible", "31.2.2026"),
    ("22.11.2026 24.00", "time_impossible", "24.00"),
    ("22.11.2026 10.60", "time_impossible", "10.60"),
    ("22.11.2026", "date_time_unreadable", "22.11.2026"),
    ("22.11.2026 10", "date_time_unreadable", "22.11.2026 10"),
    ("2.12.176 10.00", "date_time_unreadable", "2.12.176 10.00"),
    ("1.1.1850 10.00", "date_year_out_of_range", "1.1.1850"),
    ("", "required", ""),
])
def test_a_date_and_time_that_does_not_read_is_refused(text, code, typed):
    with pytest.raises(DateTextError) as refused:
        parse_date_time(text, today=TODAY)
    assert (refused.value.code, refused.value.typed) == (code, typed)


def test_written_back_the_same_way():
    assert finnish_date(dt.date(2026, 3, 10)) == "10.3.2026"
    assert finnish_date("2026-11-22T10:00:00") == "22.11.2026"
    assert finnish_date(None) == "" and finnish_date("") == ""
    assert finnish_date_time(dt.datetime(2026, 3, 10, 9, 5)) == "10.3.2026 9.05"
    for text in ("10.3.2026", "1.1.2026"):
        assert finnish_date(parse_date(text)) == text
