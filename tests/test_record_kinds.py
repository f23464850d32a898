"""Record kinds are declared once, in sync/records.py: each place that must know every kind either
takes it from there or is checked here against it. docs/adding-a-record-kind.md lists them all."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import String

from desktop.exchange import export
from desktop.store.tables import TABLES, metadata
from desktop.sync import rows
from sync import records
from sync.records import COMMON_FIELDS, DATA_FIELDS, RECORD_TYPES, RecordBase
from sync.server import store as server_store


def test_every_kind_has_a_local_table_of_its_schema():
    assert list(TABLES) == list(RECORD_TYPES), "add the table to desktop/store/tables.py TABLES, in the same order"
    for kind, table in TABLES.items():
        assert issubclass(table, RECORD_TYPES[kind]) and table.__tablename__ == kind


def test_the_migrated_profile_has_every_table_and_column_of_the_schemas(store):
    """A kind or field added without a migration of the local store fails here."""
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    # Tables and indexes that migrations make beyond these tables' metadata (search index, sync
    # state, list indexes) show as removals; anything else is a table or column of a schema that
    # the migrations lack (or have otherwise).
    unmigrated = [d for d in differences if not _declared_length_only(d)
                  and (isinstance(d, list) or d[0] not in ("remove_table", "remove_index"))]
    assert unmigrated == [], "write a migration in desktop/store/migrations/versions/"
    assert {d[1].name for d in differences if d[0] == "remove_table"}.isdisjoint(TABLES)


def _declared_length_only(difference) -> bool:
    """A text column whose declared length changed: SQLite stores and checks no length (the
    schemas validate it), so no migration rebuilds a table for it."""
    if not isinstance(difference, list) or len(difference) != 1:
        return False
    change = difference[0]
    if change[0] != "modify_type":
        return False
    old, new = (getattr(t, "impl_instance", t) for t in change[5:7])  # sqlmodel's AutoString wraps a String
    return (isinstance(old, String) and isinstance(new, String)
            and isinstance(old.length, int) and isinstance(new.length, int))


def test_the_common_and_data_fields_are_the_schemas_own_everywhere():
    assert COMMON_FIELDS == {"id", "rev", "modified_at", "modified_by", "deleted"} == set(RecordBase.model_fields)
    assert set(DATA_FIELDS) == set(RECORD_TYPES)
    for kind, schema in RECORD_TYPES.items():
        assert DATA_FIELDS[kind] == tuple(name for name in schema.model_fields if name not in COMMON_FIELDS)
    # the server's store and the desktop's rows use these, not copies of their own
    assert server_store.COMMON_FIELDS is records.COMMON_FIELDS and server_store.DATA_FIELDS is records.DATA_FIELDS
    assert rows.DATA_FIELDS is records.DATA_FIELDS


def test_an_export_has_every_kind(store, actor, tmp_path):
    counts = export.export_json(store, tmp_path / "all.json")
    assert list(counts) == list(RECORD_TYPES)
