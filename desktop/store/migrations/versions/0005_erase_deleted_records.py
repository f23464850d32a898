"""erase deleted records: no tombstone rows, search terms removed at once, notices without values

A laptop keeps nothing of a deleted record but what sync needs (an outbox entry with kind, id
and base revision, no fields). This revision:

- turns on FTS5's ``secure-delete`` option (SQLite 3.44 and later) on the search index, so a
  deleted entry's terms leave the index's pages at once instead of staying in older segments
  until a merge; then ``optimize`` merges the index once, dropping what earlier deletes left;
- deletes the rows kept as tombstones (``deleted = 1``, with all their content), their drafts,
  and the fields of their unsent outbox entries (a delete entry stays, without fields);
- gives ``sync_conflict`` a ``rev`` column: the record's revision a notice was seen at, so that
  closing a notice on a record no longer here can send a delete with that revision; a conflict
  on ``deleted`` keeps the names of the fields that lost, never their values.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

RECORD_TABLES = (
    "organisation", "locality", "staff", "employer", "contact", "visit", "position", "client",
    "consent", "assessment", "client_note", "transition", "recruitment_event",
    "event_participant", "handover_form", "audit_event",
)


def upgrade() -> None:
    op.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
    with op.batch_alter_table("sync_conflict") as batch:
        batch.add_column(sa.Column("rev", sa.Integer(), nullable=True))
    deleted = " UNION ALL ".join(f"SELECT id FROM {table} WHERE deleted = 1" for table in RECORD_TABLES)
    op.execute(f"CREATE TEMP TABLE erased AS {deleted}")
    op.execute("CREATE TEMP TABLE erased_outbox AS SELECT DISTINCT record_id AS id FROM outbox WHERE deleted = 1")
    op.execute("DELETE FROM outbox WHERE deleted = 0 AND record_id IN (SELECT id FROM erased_outbox)")
    op.execute("UPDATE outbox SET fields = '{}' WHERE deleted = 1")
    # Ids are stored as 32 hex digits; draft keys end in the dashed form.
    dashed = ("substr(e.id, 1, 8) || '-' || substr(e.id, 9, 4) || '-' || substr(e.id, 13, 4) "
              "|| '-' || substr(e.id, 17, 4) || '-' || substr(e.id, 21)")
    op.execute(f"DELETE FROM draft WHERE EXISTS (SELECT 1 FROM erased AS e WHERE draft.key LIKE '%:' || {dashed})")
    for table in RECORD_TABLES:
        op.execute(f"DELETE FROM {table} WHERE deleted = 1")
    op.execute("UPDATE sync_behind SET sent = '{}' WHERE record_id IN (SELECT id FROM erased)")
    op.execute(
        "UPDATE sync_conflict SET mine = (SELECT json_group_array(key) FROM "
        "(SELECT key FROM json_each(sync_conflict.mine) ORDER BY key)) "
        "WHERE field = 'deleted' AND json_type(mine) = 'object'"
    )
    op.execute("DROP TABLE erased")
    op.execute("DROP TABLE erased_outbox")
    op.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict") as batch:
        batch.drop_column("rev")
    op.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 0)")
