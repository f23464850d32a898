"""search index (FTS5) and drafts

The search index is one FTS5 table over the text a person looks for:
employer names, business IDs and municipalities, client names, visit notes,
position titles and client-note text. ``search_doc`` gives every indexed
record a stable integer row id, so triggers can replace a record's entry in
place. Triggers keep the index current whoever writes the row: a service, an
import or the sync engine. Deleted records (tombstones) are not indexed.
Personal identity codes are never indexed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# kind -> the indexed text, as an SQL expression over the row alias "{row}"
INDEXED = {
    "employer": "coalesce({row}.name, '') || ' ' || coalesce({row}.business_id, '') || ' ' "
    "|| coalesce({row}.municipality, '') || ' ' || coalesce({row}.industry, '')",
    "client": "coalesce({row}.name, '') || ' ' || coalesce({row}.municipality, '')",
    "visit": "coalesce({row}.notes, '') || ' ' || coalesce({row}.next_step, '') || ' ' "
    "|| coalesce({row}.recruitment_needs_text, '') || ' ' || coalesce({row}.open_position_titles, '')",
    "position": "coalesce({row}.title, '') || ' ' || coalesce({row}.occupation, '')",
    "client_note": "coalesce({row}.text, '')",
}


def _refresh(kind: str) -> str:
    body = INDEXED[kind].format(row="new")
    return f"""
        INSERT OR IGNORE INTO search_doc(kind, record_id) VALUES ('{kind}', new.id);
        DELETE FROM search_index WHERE rowid =
            (SELECT docid FROM search_doc WHERE kind = '{kind}' AND record_id = new.id);
        INSERT INTO search_index(rowid, body)
            SELECT docid, {body} FROM search_doc
            WHERE kind = '{kind}' AND record_id = new.id AND new.deleted = 0;
    """


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.execute(
        "CREATE TABLE search_doc (docid INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        "record_id TEXT NOT NULL, UNIQUE (kind, record_id))"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for kind in INDEXED:
        op.execute(f"CREATE TRIGGER search_{kind}_ins AFTER INSERT ON {kind} BEGIN {_refresh(kind)} END")
        op.execute(f"CREATE TRIGGER search_{kind}_upd AFTER UPDATE ON {kind} BEGIN {_refresh(kind)} END")
        op.execute(
            f"""CREATE TRIGGER search_{kind}_del AFTER DELETE ON {kind} BEGIN
                DELETE FROM search_index WHERE rowid =
                    (SELECT docid FROM search_doc WHERE kind = '{kind}' AND record_id = old.id);
                DELETE FROM search_doc WHERE kind = '{kind}' AND record_id = old.id;
            END"""
        )
        # Index what the database already holds.
        op.execute(f"INSERT INTO search_doc(kind, record_id) SELECT '{kind}', id FROM {kind}")
        op.execute(
            f"INSERT INTO search_index(rowid, body) "
            f"SELECT d.docid, {INDEXED[kind].format(row='t')} FROM {kind} AS t "
            f"JOIN search_doc AS d ON d.kind = '{kind}' AND d.record_id = t.id WHERE t.deleted = 0"
        )


def downgrade() -> None:
    for kind in INDEXED:
        for suffix in ("ins", "upd", "del"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{kind}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TABLE IF EXISTS search_doc")
    op.drop_table("draft")
