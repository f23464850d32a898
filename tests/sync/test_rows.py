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


def test_the_page_writer_s_insert_stores_what_sqlalchemy_s_insert_stores(store):
    """``apply._insert`` builds the parameters itself: each column's value, as stored, is the
    same as ``connection.execute(table.insert(), rows)`` stores (UUIDs, times, dates, booleans,
    JSON lists, NULLs)."""
    from desktop.store.tables import TABLES
    from desktop.sync.apply import _insert

    employer_id, client_id = uuid.uuid4(), uuid.uuid4()
    samples = {
        "employer": {"name": "Oy Rivi Ab", "business_id": "1572860-0",
                     "letter_of_intent_date": "2026-02-03"},
        "visit": {"employer_id": str(employer_id), "visited_at": "2026-03-02T09:30:00+02:00",
                  "recruitment_needs": True, "notes": "Käynti ✓", "follow_up_date": None},
        "client": {"name": "Asiakas Yksi", "assigned_staff_ids": [str(uuid.uuid4())],
                   "target_group": ["youth"], "service_start": "2026-01-01"},
        "client_note": {"client_id": str(client_id), "noted_on": "2026-04-01", "text": "Muistiinpano"},
    }
    stored = {}
    for how in ("sqlalchemy", "page writer"):
        with store.session() as session:
            connection = session.connection()
            for kind, fields in samples.items():
                table = TABLES[kind].__table__
                record_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{how}/{kind}")
                values = row_values(kind, record_id, fields, rev=2, deleted=False, modified_at=NOW,
                                    modified_by=None)
                assert values is not None, kind
                assert set(fields) <= set(values), kind  # every sample field is a column
                if how == "sqlalchemy":
                    connection.execute(table.insert(), [values])
                else:
                    _insert(connection, table, [values])
                row = connection.exec_driver_sql(f"SELECT * FROM {kind} WHERE id = ?",
                                                 (record_id.hex,)).one()
                stored[(how, kind)] = tuple(value for name, value in zip(table.columns.keys(), row)
                                            if name != "id")
    for kind in samples:
        assert stored[("page writer", kind)] == stored[("sqlalchemy", kind)], kind
