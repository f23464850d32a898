"""The shared schemas' checks that run on every record: times made UTC, no NUL anywhere."""

from __future__ import annotations

import datetime as dt
import typing
import uuid

import pytest
from pydantic import ValidationError

from sync.records import RECORD_TYPES, TIME_FIELDS


def _holds_datetime(annotation) -> bool:
    return annotation is dt.datetime or dt.datetime in typing.get_args(annotation)


def test_every_time_field_of_every_kind_is_made_utc():
    """``_aware_times`` runs on the fields TIME_FIELDS names, not on every field: a new time
    field must be added there."""
    times = {(kind, name) for kind, schema in RECORD_TYPES.items()
             for name, info in schema.model_fields.items() if _holds_datetime(info.annotation)}
    assert {name for _kind, name in times} <= set(TIME_FIELDS)
    assert ("visit", "visited_at") in times and ("break_glass", "expires_at") in times


def test_a_naive_time_of_a_kind_s_own_field_becomes_utc():
    visit = RECORD_TYPES["visit"].model_validate(
        {"employer_id": str(uuid.uuid4()), "visited_at": dt.datetime(2026, 3, 2, 9, 30),
         "modified_at": "2026-01-05T08:00:00"})
    assert visit.visited_at.utcoffset() == dt.timedelta(0)
    assert visit.modified_at.utcoffset() == dt.timedelta(0)


@pytest.mark.parametrize("extra, field", [
    ({"notes": "a\x00b"}, "notes"),
    ({"name": "Nul\x00 Oy"}, "name"),
    ({"no\x00te": "x"}, None),
    ({"localities": ["Oulu", "Raa\x00he"]}, "localities"),
    ({"notes": {"inner": ["x", {"k\x00": 1}]}}, "notes"),
])
def test_a_nul_anywhere_is_refused_and_named(extra, field):
    with pytest.raises(ValidationError) as raised:
        RECORD_TYPES["employer"].model_validate({"name": "Oy Ab", **extra})
    error = raised.value.errors()[0]
    assert error["type"] == "nul_character" and error["ctx"]["field"] == field


def test_texts_without_nul_pass():
    employer = RECORD_TYPES["employer"].model_validate(
        {"name": "Oy Ab", "notes": "x\\x00 is only text", "localities": ["Oulu"]})
    assert employer.notes == "x\\x00 is only text"
