"""Full-text search over the FTS5 index inside the encrypted database.

Each word the user types is matched as a prefix, accents folded, all words
required: "hämeen" finds "Hämeenlinna", "hameen kone" finds
"Hämeenlinnan Kone Oy", and "1234567-8" finds that business ID.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import text

from desktop.store.profile import Store

_WORD = re.compile(r"\w+", re.UNICODE)

# kind -> SQL giving (id, label, when) for the ids in :ids; ``when`` is the record's date or
# time as stored (ISO, UTC), for the UI to write in its own way
_LABELS = {
    "employer": "SELECT id, name, NULL FROM employer WHERE id IN ({ids})",
    "client": "SELECT id, name, NULL FROM client WHERE id IN ({ids})",
    "position": "SELECT p.id, p.title || ' · ' || e.name, NULL FROM position p "
    "LEFT JOIN employer e ON e.id = p.employer_id WHERE p.id IN ({ids})",
    "visit": "SELECT v.id, coalesce(e.name, ''), v.visited_at FROM visit v "
    "LEFT JOIN employer e ON e.id = v.employer_id WHERE v.id IN ({ids})",
    "client_note": "SELECT n.id, coalesce(c.name, ''), n.noted_on FROM client_note n "
    "LEFT JOIN client c ON c.id = n.client_id WHERE n.id IN ({ids})",
}


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: uuid.UUID
    label: str
    snippet: str
    when: str | None = None  # a visit's time (UTC) or a note's date, ISO; None for the other kinds


def match_expression(query: str) -> str | None:
    """The FTS5 query for what the user typed, or None when it has no words."""
    words = _WORD.findall(query)
    if not words:
        return None
    return " ".join('"' + word.replace('"', "") + '"*' for word in words)


def search(store: Store, query: str, *, limit: int = 50, kinds: tuple[str, ...] | None = None) -> list[SearchHit]:
    expression = match_expression(query)
    if expression is None:
        return []
    sql = (
        "SELECT d.kind, d.record_id, snippet(search_index, 0, '[', ']', '…', 8) "
        "FROM search_index JOIN search_doc AS d ON d.docid = search_index.rowid "
        "WHERE search_index MATCH :q"
    )
    params: dict = {"q": expression, "limit": limit}
    if kinds:
        sql += " AND d.kind IN (" + ", ".join(f":k{i}" for i in range(len(kinds))) + ")"
        params.update({f"k{i}": kind for i, kind in enumerate(kinds)})
    sql += " ORDER BY rank LIMIT :limit"
    with store.connect() as conn:
        rows = conn.execute(text(sql), params).all()
        labels: dict[str, tuple[str, str | None]] = {}
        by_kind: dict[str, list[str]] = {}
        for kind, record_id, _ in rows:
            by_kind.setdefault(kind, []).append(record_id)
        for kind, ids in by_kind.items():
            names = {f"i{n}": value for n, value in enumerate(ids)}
            query_sql = _LABELS[kind].format(ids=", ".join(":" + name for name in names))
            labels.update({row[0]: (row[1], row[2]) for row in conn.execute(text(query_sql), names)})
    return [
        SearchHit(kind=kind, record_id=uuid.UUID(record_id), label=labels.get(record_id, ("", None))[0],
                  snippet=snippet, when=labels.get(record_id, ("", None))[1])
        for kind, record_id, snippet in rows
    ]
