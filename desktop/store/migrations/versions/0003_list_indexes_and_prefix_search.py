"""list indexes and prefix search

The lists read one page at a time, ordered by name or date, and always
filter on ``deleted``. An index in that order lets a page be read without
sorting the whole table (the notes list over 100,000 notes: 150 ms → 2 ms),
and lets a filter that matches most rows stop after one page. The search
index gets prefix indexes for the first one, two and three letters, so that
the first letters typed into a filter search as fast as whole words ("h"
over 160,000 documents: 45 ms → 6 ms). Figures from benchmarks/ui_lists.py.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# name -> table and columns, in the order of the list's ORDER BY (desktop/services/listing.py)
LIST_INDEXES = {
    "ix_employer_list": "employer (deleted, name COLLATE NOCASE, id)",
    "ix_client_list": "client (deleted, name COLLATE NOCASE, id)",
    "ix_visit_list": "visit (deleted, visited_at DESC, id)",
    # An employer's last visit (a column of the employer list): without it the
    # index above would be walked to find each employer's latest visit.
    "ix_visit_employer_last": "visit (employer_id, visited_at)",
    "ix_client_note_list": "client_note (deleted, noted_on DESC, id)",
    "ix_recruitment_event_list": "recruitment_event (deleted, held_on DESC, id)",
}
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def _rebuild_search_index(options: str) -> None:
    """Recreate the FTS5 table with other options, keeping its rows and row ids
    (the triggers of 0002 find it by name and go on working)."""
    op.execute("CREATE TEMP TABLE search_copy AS SELECT rowid AS docid, body FROM search_index")
    op.execute("DROP TABLE search_index")
    op.execute(f"CREATE VIRTUAL TABLE search_index USING fts5(body, {options})")
    op.execute("INSERT INTO search_index(rowid, body) SELECT docid, body FROM search_copy")
    op.execute("DROP TABLE search_copy")


def upgrade() -> None:
    for name, target in LIST_INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
    _rebuild_search_index(f"{TOKENIZE}, prefix = '1 2 3'")


def downgrade() -> None:
    _rebuild_search_index(TOKENIZE)
    for name in LIST_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
