"""Lists for the UI, paged and filtered in SQL (no Qt here).

A ``ListSpec`` says which rows a list shows and how text typed into its
filter narrows them: through the full-text index for the kinds it covers
(fast over 100,000 notes), or with LIKE for the others. ``fetch_page``
returns one page of plain tuples; the UI's lazy model asks for the next page
when the view scrolls near the end.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from desktop.services.search import _WORD, match_expression
from desktop.store import search_kinds
from desktop.store.profile import Store
from desktop.translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source text; the UI translates it in context "Columns"
    sql: str
    format: str = "text"  # text | client_name | date | datetime | bool | count | masked_personal_id


@dataclass(frozen=True)
class ListSpec:
    name: str
    from_sql: str  # FROM … [JOIN …]; the listed table is aliased "t"
    columns: tuple[Column, ...]
    order_sql: str
    fts_kind: str | None = None  # filter through the search index for this kind
    # (column, kind): a row also matches when the record its column names does,
    # e.g. a visit when its employer's name matches
    fts_parent: tuple[str, str] | None = None
    like_sql: tuple[str, ...] = ()  # else: LIKE over these expressions
    where_sql: str = "t.deleted = 0"
    params: dict[str, Any] = field(default_factory=dict)


# Below this many matches of its kind, a filter is read from the search index
# and the matches sorted; above it, a page is read in the list's index order
# (migration 0003), each row checked against the matches, stopping after a
# page: "h" over 100,000 notes 700 ms → 30 ms. A count reads every match
# anyway, so it always starts from the search index. Each kind's documents have row ids in a
# block of their own (migration 0019, ``search_kinds``): the matches of a kind are read within
# its block only, not among every kind's ("häm" in the employers list over a million notes:
# 150 ms → 0.1 ms for the count below).
FEW_MATCHES = 2000
_OF_KIND = "search_index.rowid BETWEEN :fts_first AND :fts_last"
_OF_PARENT_KIND = "search_index.rowid BETWEEN :fts_parent_first AND :fts_parent_last"
_MATCHES = ("SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH :fts "
            f"AND {_OF_KIND} LIMIT :few)")
_FROM_MATCHES = ("t.id IN (SELECT d.record_id FROM search_index JOIN search_doc AS d "
                 f"ON d.docid = search_index.rowid WHERE search_index MATCH :fts AND {_OF_KIND})")
_PARENT_MATCHES = ("SELECT d.record_id FROM search_index JOIN search_doc AS d "
                   f"ON d.docid = search_index.rowid WHERE search_index MATCH :fts AND {_OF_PARENT_KIND}")
_IN_ORDER = ("(SELECT d.docid FROM search_doc AS d WHERE d.kind = :fts_kind AND d.record_id = t.id) "
             f"IN (SELECT rowid FROM search_index WHERE search_index MATCH :fts AND {_OF_KIND})")
# When every word is a prefix the index holds (1-3 letters, migration 0003), each row read in
# order is looked up in the search index by its own document instead: no set of every match is
# made. "h" over 1,000,000 notes 3.8 s → 70 ms (its own and its client's set: a million and
# 2,700 matches). A longer word's prefix would be merged from its words' lists at each lookup
# (20 notes 590 ms), so it is first written out as the few words of the index that begin with
# it (``_spelled_out``): "häme" → ("hameenlinna" OR "hameenlinnan"), looked up like one word
# (200 notes 4 ms). A prefix of more than MAX_TERMS words stays a prefix, read as a set.
PREFIX_INDEXED = 3
MAX_TERMS = 16
_PROBE = ("EXISTS (SELECT 1 FROM search_doc AS d JOIN search_index ON search_index.rowid = d.docid "
          "WHERE d.kind = :fts_kind AND d.record_id = t.id AND search_index MATCH :fts)")
_PARENT_PROBE = ("EXISTS (SELECT 1 FROM search_doc AS d JOIN search_index ON search_index.rowid = d.docid "
                 "WHERE d.kind = :fts_parent_kind AND d.record_id = t.{column} AND search_index MATCH :fts)")
# The index's words (its vocabulary), read in this connection's memory; it holds no rows of its own.
_VOCABULARY = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_index, 'row')"
_WORDS_FROM = "SELECT term FROM temp.search_vocab WHERE term >= :low AND term < :high LIMIT :most"


def _folded(word: str) -> str | None:
    """``word`` as the search index's tokenizer (unicode61, remove_diacritics 2) stores it, for the
    letters whose folding is certain: ASCII letters and digits, and the accented Latin-1 letters
    that are an ASCII letter with marks ("Ä" → "a"). None for any other word."""
    folded = []
    for char in word:
        if char.isascii():
            if not char.isalnum():
                return None
            folded.append(char.lower())
            continue
        base = unicodedata.normalize("NFD", char)
        if not "\u00c0" <= char <= "\u00ff" or not base[0].isascii() or not base[0].isalpha() \
                or not all(unicodedata.combining(mark) for mark in base[1:]) or len(base) < 2:
            return None
        folded.append(base[0].lower())
    return "".join(folded)


def _spelled_out(conn, word: str) -> str | None:
    """The index's words beginning with ``word``, as an FTS5 OR of whole words, when there are
    1..MAX_TERMS of them; else None (the word stays a prefix)."""
    folded = _folded(word)
    if not folded:
        return None
    conn.exec_driver_sql(_VOCABULARY)
    high = folded[:-1] + chr(ord(folded[-1]) + 1)  # ASCII: the first string after every "folded…"
    terms = conn.execute(text(_WORDS_FROM), {"low": folded, "high": high, "most": MAX_TERMS + 1}).scalars().all()
    if not 0 < len(terms) <= MAX_TERMS:
        return None
    return "(" + " OR ".join(f'"{term}"' for term in terms) + ")"


def _indexed_expression(conn, filter_text: str) -> tuple[str, bool]:
    """The MATCH expression for ``filter_text`` (as ``match_expression``, a longer word spelled
    out where it can be), and whether each of its words can be looked up per row."""
    parts, lookup = [], True
    for word in _WORD.findall(filter_text):
        spelled = None if len(word) <= PREFIX_INDEXED else _spelled_out(conn, word)
        lookup = lookup and (len(word) <= PREFIX_INDEXED or spelled is not None)
        parts.append(spelled or match_expression(word))
    return " AND ".join(parts), lookup


def _where(conn, spec: ListSpec, filter_text: str, extra_where: str | None, *,
           paged: bool = True) -> tuple[str, dict]:
    clauses = [spec.where_sql]
    params = dict(spec.params)
    if extra_where:
        clauses.append(extra_where)
    expression = match_expression(filter_text) if filter_text.strip() else None
    if expression is not None:
        if spec.fts_kind:
            expression, lookup = _indexed_expression(conn, filter_text)
            first, last = search_kinds.docids(spec.fts_kind)
            params.update(fts=expression, fts_kind=spec.fts_kind, fts_first=first, fts_last=last)
            many = paged and conn.execute(
                text(_MATCHES), params | {"few": FEW_MATCHES}).scalar_one() >= FEW_MATCHES
            probe = many and lookup
            clause = _PROBE if probe else _IN_ORDER if many else _FROM_MATCHES
            if spec.fts_parent:
                column, parent_kind = spec.fts_parent
                first, last = search_kinds.docids(parent_kind)
                params.update(fts_parent_kind=parent_kind, fts_parent_first=first, fts_parent_last=last)
                parent = _PARENT_PROBE.format(column=column) if probe else f"t.{column} IN ({_PARENT_MATCHES})"
                clause = f"({clause}) OR {parent}"
            clauses.append(clause)
        elif spec.like_sql:
            for n, word in enumerate(filter_text.split()):
                ors = " OR ".join(f"{expr} LIKE :w{n}" for expr in spec.like_sql)
                clauses.append(f"({ors})")
                params[f"w{n}"] = f"%{word}%"
    return " AND ".join(f"({c})" for c in clauses), params


def order_by(spec: ListSpec, sort: tuple[str, bool] | None = None) -> str:
    """The ORDER BY of a page: the spec's own order, or ``sort`` = (a column's key, descending)
    first, text without regard to case, then the spec's order to keep the pages stable."""
    if sort is None:
        return spec.order_sql
    key, descending = sort
    column = next((c for c in spec.columns if c.key == key), None)
    if column is None:
        raise ValueError(f"{spec.name} has no column {key!r}")
    collate = " COLLATE NOCASE" if column.format in ("text", "client_name", "masked_personal_id") else ""
    return f"{column.sql}{collate} {'DESC' if descending else 'ASC'}, {spec.order_sql}"


def fetch_page(
    store: Store,
    spec: ListSpec,
    *,
    filter_text: str = "",
    offset: int = 0,
    limit: int = 200,
    extra_where: str | None = None,
    extra_params: dict[str, Any] | None = None,
    sort: tuple[str, bool] | None = None,
) -> list[tuple]:
    """Rows ``(id, value, value, …)`` in the spec's column order, sorted in SQL (``order_by``)."""
    columns = ", ".join(f"{c.sql} AS {c.key}" for c in spec.columns)
    with store.connect() as conn:
        where, params = _where(conn, spec, filter_text, extra_where, paged=sort is None)
        params.update(extra_params or {}, limit=limit, offset=offset)
        sql = (f"SELECT t.id, {columns} {spec.from_sql} WHERE {where} "
               f"ORDER BY {order_by(spec, sort)} LIMIT :limit OFFSET :offset")
        rows = conn.execute(text(sql), params).all()
    return [(uuid.UUID(hex=row[0]) if isinstance(row[0], str) else row[0], *row[1:]) for row in rows]


def count(store: Store, spec: ListSpec, *, filter_text: str = "", extra_where: str | None = None,
          extra_params: dict[str, Any] | None = None) -> int:
    with store.connect() as conn:
        where, params = _where(conn, spec, filter_text, extra_where, paged=False)
        params.update(extra_params or {})
        return conn.execute(text(f"SELECT count(*) {spec.from_sql} WHERE {where}"), params).scalar_one()


def contains(store: Store, spec: ListSpec, record_id, *, filter_text: str = "") -> bool:
    """Whether the list, filtered by ``filter_text``, has the record ``record_id``."""
    return count(store, spec, filter_text=filter_text, extra_where="t.id = :listed_id",
                 extra_params={"listed_id": uuid.UUID(str(record_id)).hex}) > 0


def format_value(value: Any, kind: str) -> str:
    """Finnish-style display of a list value (d.m.yyyy dates)."""
    if value is None or value == "":
        return ""
    if kind == "date":
        day = dt.date.fromisoformat(str(value)[:10])
        return f"{day.day}.{day.month}.{day.year}"
    if kind == "datetime":
        moment = dt.datetime.fromisoformat(str(value))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)
        moment = moment.astimezone()
        return f"{moment.day}.{moment.month}.{moment.year} {moment:%H:%M}"
    if kind == "bool":
        return "✓" if value else ""
    if kind == "masked_personal_id":
        from sync.identifiers import mask_personal_id

        return mask_personal_id(str(value))
    return str(value)


# --- the lists the app shows -----------------------------------------------------

EMPLOYERS = ListSpec(
    name="employers",
    from_sql="FROM employer AS t",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), "t.name"),
        Column("business_id", QT_TRANSLATE_NOOP("Columns", "Business ID"), "t.business_id"),
        Column("municipality", QT_TRANSLATE_NOOP("Columns", "Municipality"), "t.municipality"),
        Column("industry", QT_TRANSLATE_NOOP("Columns", "Industry"), "t.industry"),
        Column("last_visit", QT_TRANSLATE_NOOP("Columns", "Last visit"), "(SELECT max(v.visited_at) FROM visit v "
               "WHERE v.employer_id = t.id AND v.deleted = 0)", "datetime"),
        Column("open_positions", QT_TRANSLATE_NOOP("Columns", "Open positions"), "(SELECT coalesce(sum(p.count), 0) FROM position p "
               "WHERE p.employer_id = t.id AND p.deleted = 0 AND p.filled = 0)", "count"),
    ),
    order_sql="t.name COLLATE NOCASE, t.id",
    fts_kind="employer",
)

VISITS = ListSpec(
    name="visits",
    from_sql="FROM visit AS t LEFT JOIN employer AS e ON e.id = t.employer_id "
    "LEFT JOIN staff AS s ON s.id = t.staff_id",
    columns=(
        Column("visited_at", QT_TRANSLATE_NOOP("Columns", "Date"), "t.visited_at", "datetime"),
        Column("employer", QT_TRANSLATE_NOOP("Columns", "Employer"), "e.name"),
        Column("staff", QT_TRANSLATE_NOOP("Columns", "Staff"), "s.name"),
        Column("open_positions", QT_TRANSLATE_NOOP("Columns", "Open positions"), "t.open_positions", "count"),
        Column("hidden_jobs", QT_TRANSLATE_NOOP("Columns", "Hidden jobs"), "t.hidden_jobs", "count"),
        Column("briefing_given", QT_TRANSLATE_NOOP("Columns", "Briefed"), "t.briefing_given", "bool"),
        Column("follow_up_date", QT_TRANSLATE_NOOP("Columns", "Follow-up"), "t.follow_up_date", "date"),
    ),
    order_sql="t.visited_at DESC, t.id",
    fts_kind="visit",
    fts_parent=("employer_id", "employer"),
)

CLIENTS = ListSpec(
    name="clients",
    from_sql="FROM client AS t",
    columns=(
        # NULL for a client whose figures only are here: the UI shows "Asiakas 4F2A…".
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), "t.name", "client_name"),
        Column("personal_id", QT_TRANSLATE_NOOP("Columns", "Personal identity code"), "t.personal_id", "masked_personal_id"),
        Column("municipality", QT_TRANSLATE_NOOP("Columns", "Municipality"), "t.municipality"),
        Column("service_path", QT_TRANSLATE_NOOP("Columns", "Service path"), "t.service_path"),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Service"), "CASE WHEN t.service_start IS NULL THEN 'not_started' "
               "WHEN t.service_end IS NOT NULL AND t.service_end <= date('now') THEN 'ended' "
               "ELSE 'active' END"),
        Column("service_start", QT_TRANSLATE_NOOP("Columns", "Start"), "t.service_start", "date"),
        Column("service_end", QT_TRANSLATE_NOOP("Columns", "End"), "t.service_end", "date"),
        Column("assigned_staff", QT_TRANSLATE_NOOP("Columns", "Assigned staff"),
               "(SELECT group_concat(s.name, ', ') FROM json_each(t.assigned_staff_ids) AS a "
               "JOIN staff AS s ON s.id = replace(a.value, '-', ''))"),
    ),
    order_sql="t.name COLLATE NOCASE, t.id",
    fts_kind="client",
)

NOTES = ListSpec(
    name="notes",
    from_sql="FROM client_note AS t LEFT JOIN client AS c ON c.id = t.client_id",
    columns=(
        Column("noted_on", QT_TRANSLATE_NOOP("Columns", "Date"), "t.noted_on", "date"),
        Column("client", QT_TRANSLATE_NOOP("Columns", "Client"), "c.name"),
        Column("note_kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "t.note_kind"),
        Column("text", QT_TRANSLATE_NOOP("Columns", "Note"), "substr(t.text, 1, 120)"),
    ),
    order_sql="t.noted_on DESC, t.id",
    fts_kind="client_note",
    fts_parent=("client_id", "client"),
)

EVENTS = ListSpec(
    name="events",
    from_sql="FROM recruitment_event AS t",
    columns=(
        Column("held_on", QT_TRANSLATE_NOOP("Columns", "Date"), "t.held_on", "date"),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Event"), "t.name"),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), "t.place"),
        Column("participants", QT_TRANSLATE_NOOP("Columns", "Participants"), "(SELECT count(*) FROM event_participant p "
               "WHERE p.event_id = t.id AND p.deleted = 0)", "count"),
        Column("hired", QT_TRANSLATE_NOOP("Columns", "Hired"), "(SELECT count(*) FROM event_participant p "
               "WHERE p.event_id = t.id AND p.deleted = 0 AND p.hired = 1)", "count"),
    ),
    order_sql="t.held_on DESC, t.id",
    like_sql=("t.name", "t.place"),
)
