"""Where each kind's documents sit in the search index: every record of a kind has its row id
(``search_doc.docid``, the FTS5 rowid) in that kind's own block, so a list's filter reads the
matches of its kind only (``rowid BETWEEN first AND last``), however many the other kinds have.
Migration 0019 numbered the documents so, and its triggers give each new one the next id of its
block; a CHECK on ``search_doc`` refuses an id outside it."""

from __future__ import annotations

BLOCK = 1 << 40  # ids per kind: 0019's own copy of these must stay equal
KINDS = {"employer": 1, "client": 2, "visit": 3, "position": 4, "client_note": 5}


def docids(kind: str) -> tuple[int, int]:
    """The first and last row id the documents of ``kind`` may have."""
    first = KINDS[kind] * BLOCK
    return first + 1, first + BLOCK - 1
