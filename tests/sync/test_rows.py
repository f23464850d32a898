"""Pulled fields to local columns: validated by the shared schema, typed, or refused."""

from __future__ import annotations

import datetime as dt
import logging
import uuid

from desktop.sync.rows import row_values

NOW = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)


def _values(kind: str, fields: dict, **common):
    record_id = uuid.uuid4()
    return record_id, row_values(kind, record_id, fields, rev=common.get("rev", 3), deleted=False,
                                 modified_at=common.get("modified_at", NOW), modified_by="staff-1")


def test_fields_become_typed_column_values_and_unknown_fields_are_ignored():
    employer_id = uuid.uuid4()
    record_id, values = _values("visit", {
        "employer_id": str(employer_id), "visited_at": "2026-03-02T09:30:00Z", "open_positions": "2",
        "recruitment_needs": True, "from_a_newer_server": "x"})
    assert values["id"] == record_id and values["employer_id"] == employer_id
    assert values["visited_at"] == dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone.utc)
    assert values["open_positions"] == 2 and values["hidden_jobs"] == 0  # a default filled in
    assert (values["rev"], values["deleted"], values["modified_by"]) == (3, False, "staff-1")
    assert "from_a_newer_server" not in values


def test_a_naive_time_from_the_wire_is_read_as_utc():
    _, values = _values("employer", {"name": "Oy Aika Ab"}, modified_at=dt.datetime(2026, 1, 5, 8, 0))
    assert values["modified_at"] == dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.timezone.utc)


def test_an_invalid_record_is_refused_and_the_log_names_only_its_kind_and_id(caplog):
    with caplog.at_level(logging.WARNING, logger="desktop.sync.rows"):
        record_id, values = _values("employer", {"name": "   ", "notes": "Salainen muistiinpano"})
        _, negative = _values("visit", {"employer_id": str(uuid.uuid4()), "visited_at": NOW.isoformat(),
                                        "open_positions": -1})
    assert values is None and negative is None
    assert str(record_id) in caplog.text and "Salainen" not in caplog.text
