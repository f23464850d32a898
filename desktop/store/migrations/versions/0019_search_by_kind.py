"""search index by kind: each kind's documents in a block of row ids of their own

A list's filter wants the matches of one kind (the notes list, notes), but the search index
is shared by every kind, and a word common in one kind was read in full for another: "häm" in
the employer list read 590,000 notes' entries to find 1,400 employers (150 ms, twice per
keystroke, over a million notes). This revision numbers the documents again, each kind in its
own block of 2^40 row ids (``desktop.store.search_kinds``: employer 1, client 2, visit 3,
position 4, client note 5), so that ``rowid BETWEEN`` the kind's first and last id reads that
kind's entries only (the same "häm": 0.1 ms). ``search_doc`` is made again with the new ids and a
CHECK that refuses an id outside its kind's block; the FTS5 table is made again with the same
options (prefixes 1-3, secure-delete) and the same rows, under the new ids; the old tables are
dropped, their pages overwritten (``secure_delete``). The triggers are 0002's, but give a new
document the next id of its kind's block.

Revision ID: 0019_search_by_kind
Revises: 0018_sent_changes
Create Date: 2026-12-04
"""

import importlib.util
from pathlib import Path

from alembic import op

revision = "0019_search_by_kind"
down_revision = "0018_sent_changes"
branch_labels = None
depends_on = None

# A copy, as this revision wrote them: desktop.store.search_kinds must say the same.
BLOCK = 1 << 40
KINDS = {"employer": 1, "client": 2, "visit": 3, "position": 4, "client_note": 5}
OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"
BLOCK_OF_KIND = "CASE kind " + " ".join(f"WHEN '{kind}' THEN {n}" for kind, n in KINDS.items()) + " ELSE -1 END"


def _search_index_revision():
    """Revision 0002 (what each kind indexes, its triggers), loaded from its file."""
    path = Path(__file__).with_name("0002_search_index_and_drafts.py")
    spec = importlib.util.spec_from_file_location("search_index_revision_0002", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _drop_triggers() -> None:
    for kind in KINDS:
        for suffix in ("ins", "upd", "del"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{kind}_{suffix}")


def _search_doc_again(rows_from: str, check: str = "") -> None:
    """search_doc made again (with ``check``), its rows (docid, kind, record_id) from ``rows_from``."""
    op.execute(f"CREATE TABLE search_doc_copy (docid INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
               f"record_id TEXT NOT NULL, UNIQUE (kind, record_id){check})")
    op.execute(f"INSERT INTO search_doc_copy(docid, kind, record_id) "
               f"SELECT docid, kind, record_id FROM {rows_from} ORDER BY docid")
    op.execute("DROP TABLE search_doc")
    op.execute("ALTER TABLE search_doc_copy RENAME TO search_doc")


def _create_triggers(refresh) -> None:
    """Each kind's triggers, as 0002 made them, with ``refresh(kind)`` run after an insert or update."""
    for kind in KINDS:
        op.execute(f"CREATE TRIGGER search_{kind}_ins AFTER INSERT ON {kind} BEGIN {refresh(kind)} END")
        op.execute(f"CREATE TRIGGER search_{kind}_upd AFTER UPDATE ON {kind} BEGIN {refresh(kind)} END")
        op.execute(
            f"""CREATE TRIGGER search_{kind}_del AFTER DELETE ON {kind} BEGIN
                DELETE FROM search_index WHERE rowid =
                    (SELECT docid FROM search_doc WHERE kind = '{kind}' AND record_id = old.id);
                DELETE FROM search_doc WHERE kind = '{kind}' AND record_id = old.id;
            END"""
        )


def _refresh(kind: str, indexed: str) -> str:
    """0002's refresh, but a new document takes the next id of its kind's block."""
    first, last = KINDS[kind] * BLOCK, KINDS[kind] * BLOCK + BLOCK
    body = indexed.format(row="new")
    return f"""
        INSERT INTO search_doc(docid, kind, record_id)
            SELECT (SELECT coalesce(max(docid), {first}) + 1 FROM search_doc
                    WHERE docid > {first} AND docid < {last}), '{kind}', new.id
            WHERE NOT EXISTS (SELECT 1 FROM search_doc WHERE kind = '{kind}' AND record_id = new.id);
        DELETE FROM search_index WHERE rowid =
            (SELECT docid FROM search_doc WHERE kind = '{kind}' AND record_id = new.id);
        INSERT INTO search_index(rowid, body)
            SELECT docid, {body} FROM search_doc
            WHERE kind = '{kind}' AND record_id = new.id AND new.deleted = 0;
    """


def upgrade() -> None:
    indexed = _search_index_revision().INDEXED
    _drop_triggers()
    # Temporary tables stay in memory (the build's TEMP_STORE=2): nothing unencrypted on disk.
    op.execute(f"CREATE TEMP TABLE search_renumbered AS SELECT docid AS old, ({BLOCK_OF_KIND}) * {BLOCK} "
               f"+ row_number() OVER (PARTITION BY kind ORDER BY docid) AS docid, kind, record_id FROM search_doc")
    op.execute(f"CREATE VIRTUAL TABLE search_index_copy USING fts5(body, {OPTIONS})")
    op.execute("INSERT INTO search_index_copy(search_index_copy, rank) VALUES ('secure-delete', 1)")
    op.execute("INSERT INTO search_index_copy(rowid, body) SELECT r.docid, s.body FROM search_renumbered AS r "
               "JOIN search_index AS s ON s.rowid = r.old ORDER BY r.docid")
    op.execute("DROP TABLE search_index")
    op.execute("ALTER TABLE search_index_copy RENAME TO search_index")
    # A CHECK, so that no document is ever written outside its kind's block (where no filter finds it).
    _search_doc_again("search_renumbered", f", CHECK (docid / {BLOCK} = {BLOCK_OF_KIND} AND docid % {BLOCK} <> 0)")
    op.execute("DROP TABLE search_renumbered")
    _create_triggers(lambda kind: _refresh(kind, indexed[kind]))


def downgrade() -> None:
    """0002's triggers again, and search_doc without the CHECK (the ids stay where they are)."""
    _drop_triggers()
    _search_doc_again("search_doc")
    _create_triggers(_search_index_revision()._refresh)
