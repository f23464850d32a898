"""Writing record revisions: sequence numbers, the record row, its history, client access.

Sequence numbers come from the ``counter`` row, read ``FOR UPDATE`` in the writing
transaction, so the lock is held until commit: a transaction that gets a higher number cannot
commit before one that got a lower number, and a pull never skips a concurrent commit.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import bindparam, insert, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import object_session
from sqlmodel import Session, delete, select

from sync.records import COMMON_FIELDS, DATA_FIELDS, RECORD_TYPES  # noqa: F401 - push.py imports both here
from sync.server.authz import CLIENT_SCOPED_KINDS, staff_ids
from sync.server.identity import keep_client_identity
from sync.server.models import (
    ClientAccess,
    Counter,
    DeletedContent,
    PushBatch,
    Record,
    RecordRevision,
    utcnow,
)


def organisation_setting(session: Session, organisation_id: uuid.UUID, name: str) -> int:
    """A whole-number setting of the organisation record (``undo_days``, ``break_glass_hours``):
    the stored value when it is within the schema's bounds, else the schema's default."""
    info = RECORD_TYPES["organisation"].model_fields[name]
    bounds = {type(item).__name__: item for item in info.metadata}
    low, high = bounds["Ge"].ge, bounds["Le"].le
    org = session.get(Record, ("organisation", organisation_id))
    value = (org.fields if org else {}).get(name, info.default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return info.default
    return value


def validated_fields(kind: str, record_id: uuid.UUID, fields: dict[str, Any]) -> dict[str, Any]:
    """Validate with the shared schema; the normalised data fields as JSON values.

    Raises pydantic's ``ValidationError``.
    """
    model = RECORD_TYPES[kind].model_validate({**fields, "id": record_id})
    dumped = model.model_dump(mode="json")
    return {name: dumped[name] for name in DATA_FIELDS[kind]}


def scope_client_id(kind: str, record_id: uuid.UUID, fields: dict[str, Any]) -> uuid.UUID | None:
    """The client a record belongs to (for access and purge), or None."""
    if kind == "client":
        return record_id
    if kind in CLIENT_SCOPED_KINDS or kind == "audit_event":
        value = fields.get("client_id")
        try:
            return uuid.UUID(str(value)) if value is not None else None
        except ValueError:
            return None
    return None


def state_of(row: Record) -> dict[str, Any]:
    """A record's stored state as a plain dict (what a push plans against).

    A tombstone's row holds no fields: its ``fields`` here are the content kept for the undo
    period (server-side only), so that who may touch it is decided as before its delete."""
    fields = row.fields
    if row.deleted and not row.purged:
        session = object_session(row)
        kept = session.get(DeletedContent, (row.kind, row.id)) if session is not None else None
        fields = kept.fields if kept is not None else {}
    return {
        "organisation_id": row.organisation_id,
        "rev": row.rev,
        "seq": row.seq,
        "fields": dict(fields),
        "deleted": row.deleted,
        "purged": row.purged,
    }


def allocate_seqs(session: Session, count: int) -> int:
    """Reserve ``count`` sequence numbers; the first one. Locks the counter until commit.

    One statement (``UPDATE … RETURNING``): the row lock is taken and the numbers read in a
    single round trip.
    """
    counter = Counter.__table__
    top = session.execute(
        update(counter)
        .where(counter.c.name == "seq")
        .values(value=counter.c.value + count)
        .returning(counter.c.value)
    ).scalar_one()
    return top - count + 1


def current_seq(session: Session) -> int:
    """The highest sequence number committed (every lower one is committed too)."""
    return session.exec(select(Counter.value).where(Counter.name == "seq")).one()


@dataclass
class Write:
    """One new revision of one record."""

    kind: str
    id: uuid.UUID
    organisation_id: uuid.UUID
    rev: int
    fields: dict[str, Any]
    deleted: bool
    changed: list[str]
    modified_by: str | None
    device_id: uuid.UUID | None = None
    purged: bool = False
    seq: int = 0
    modified_at: dt.datetime = field(default_factory=utcnow)


@dataclass
class StagedWrites:
    """Writes turned into table rows, all but their sequence numbers (see ``stage_writes``).

    Each row's ``seq`` holds its offset in the batch until it is numbered."""

    writes: list[Write]
    revisions: list[dict[str, Any]]  # one per write, in order
    inserts: list[dict[str, Any]]  # new records: their row as of their last write
    updates: list[dict[str, Any]]  # records that exist: the same, without organisation_id
    loaded: list[Record] = field(default_factory=list)  # session objects the updates make stale
    as_json: dict[str, str] = field(default_factory=dict)  # the rows as JSON, for PostgreSQL


_RECORD = Record.__table__
_REVISION = RecordRevision.__table__
_UPDATED = ("client_id", "rev", "fields", "deleted", "purged", "modified_at", "modified_by")


def _from_json(table, columns: list[str], rows: str) -> str:
    """PostgreSQL: the rows of the parameter ``rows`` (a JSON array of objects) as a table
    ``v``. One statement and one parameter for a whole batch, which PostgreSQL runs far faster
    than one INSERT per row."""
    from sqlalchemy.dialects import postgresql

    dialect = postgresql.dialect()
    types = ", ".join(f"{name} {table.c[name].type.compile(dialect=dialect)}" for name in columns)
    return f"json_to_recordset(CAST(:{rows} AS json)) AS v({types})"


def _pg_statements(first: str, source: str) -> dict[str, str]:
    """The PostgreSQL statements that store staged rows, by their part of ``StagedWrites``;
    ``seq`` is numbered from the SQL expression ``first``, ``source`` leads the FROM list."""
    record = [c.name for c in _RECORD.columns]
    revision = [c.name for c in _REVISION.columns]
    numbered = lambda columns: ", ".join(  # noqa: E731
        f"v.seq + {first}" if c == "seq" else f"v.{c}" for c in columns
    )
    return {
        "inserts": f"INSERT INTO record ({', '.join(record)}) SELECT {numbered(record)} "
        f"FROM {source}{_from_json(_RECORD, record, 'rows_inserts')}",
        "updates": "UPDATE record AS r SET "
        + ", ".join(f"{c} = v.{c}" for c in _UPDATED)
        + f", seq = v.seq + {first} FROM {source}"
        + _from_json(_RECORD, ["kind", "id", "seq", *_UPDATED], "rows_updates")
        + " WHERE r.kind = v.kind AND r.id = v.id",
        "revisions": f"INSERT INTO record_revision ({', '.join(revision)}) "
        f"SELECT {numbered(revision)} "
        f"FROM {source}{_from_json(_REVISION, revision, 'rows_revisions')}",
    }


_PG_STORE = {name: text(sql) for name, sql in _pg_statements(":first", "").items()}
_PG_NUMBERED = _pg_statements("c.first", "c, ")
_PG_NUMBER_AND_STORE: dict[tuple[str, ...], Any] = {}
_INSERT_RECORD = insert(_RECORD)
_INSERT_REVISION = insert(_REVISION)
_UPDATE_RECORD = update(_RECORD).where(
    _RECORD.c.kind == bindparam("b_kind"), _RECORD.c.id == bindparam("b_id")
)


def _json_value(value: Any) -> str:
    if isinstance(value, (uuid.UUID, dt.datetime)):
        return value.isoformat() if isinstance(value, dt.datetime) else str(value)
    raise TypeError(f"not JSON: {type(value).__name__}")


def _rows_json(rows: list[dict[str, Any]]) -> str:
    """The staged rows as one JSON parameter: orjson (UUIDs and times it writes itself), or
    ``json`` for what orjson does not take (an integer past 64 bits)."""
    try:
        return orjson.dumps(rows).decode()
    except TypeError:
        return json.dumps(rows, default=_json_value)


def stage_writes(
    session: Session,
    writes: list[Write],
    known: dict[tuple[str, uuid.UUID], Record] | None = None,
) -> StagedWrites:
    """Everything about storing ``writes`` that needs no sequence number, done before the
    counter is locked: the record and revision rows are built, client access is set.

    ``known`` holds every existing row the writes touch (a push loads them all up front);
    without it each row is looked up.
    """
    rows: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    existing: dict[tuple[str, uuid.UUID], Record | None] = {}
    last_write: dict[tuple[str, uuid.UUID], int] = {}
    revisions = []
    for index, write in enumerate(writes):
        key = (write.kind, write.id)
        if key not in existing:
            found = (known or {}).get(key)
            if found is None and known is None:
                found = session.get(Record, key)
            existing[key] = found
        previous = rows.get(key)
        if previous is None and existing[key] is not None:
            old = existing[key]
            previous = {"client_id": old.client_id, "purged": old.purged}
        client_id = scope_client_id(write.kind, write.id, write.fields)
        rows[key] = {
            "kind": write.kind,
            "id": write.id,
            "organisation_id": write.organisation_id,
            "client_id": client_id or (previous["client_id"] if previous else None),
            "rev": write.rev,
            "fields": write.fields,
            "deleted": write.deleted,
            "purged": bool(previous and previous["purged"]) or write.purged,
            "modified_at": write.modified_at,
            "modified_by": write.modified_by,
        }
        last_write[key] = index
        revisions.append(
            {
                "kind": write.kind,
                "record_id": write.id,
                "rev": write.rev,
                "fields": write.fields,
                "changed": list(write.changed),
                "deleted": write.deleted,
                "modified_at": write.modified_at,
                "modified_by": write.modified_by,
                "device_id": write.device_id,
                "seq": index,
            }
        )
        if write.kind == "client":
            # The organisation-wide duplicate check's hash follows every revision of a client.
            keep_client_identity(session, client_id=write.id, organisation_id=write.organisation_id,
                                 fields=write.fields, deleted=write.deleted)
        if write.kind == "client" and not write.deleted:
            # A deleted client keeps its last access list, so its tombstones reach them.
            set_client_access(
                session, client_id=write.id, assigned=write.fields.get("assigned_staff_ids") or []
            )
    inserts, updates, loaded = [], [], []
    for key, row in rows.items():
        row["seq"] = last_write[key]
        old = existing[key]
        if old is None:
            inserts.append(row)
        else:
            del row["organisation_id"]
            updates.append(row)
            loaded.append(old)
    staged = StagedWrites(writes, revisions, inserts, updates, loaded)
    if session.get_bind().dialect.name == "postgresql":
        for name, rows_of in (("inserts", inserts), ("updates", updates), ("revisions", revisions)):
            if rows_of:
                staged.as_json[name] = _rows_json(rows_of)
    return staged


def store_staged(session: Session, staged: StagedWrites, first_seq: int) -> None:
    """Number the staged writes from ``first_seq`` and store them: one statement for the new
    records, one for the changed ones, one for the revisions, so that the counter stays locked
    for little more than that. On PostgreSQL each statement takes the batch as one JSON
    parameter made before the lock; elsewhere it is an ``executemany``."""
    for offset, write in enumerate(staged.writes):
        write.seq = first_seq + offset
    if staged.as_json:
        for name, rows in staged.as_json.items():
            session.execute(_PG_STORE[name], {f"rows_{name}": rows, "first": first_seq})
    else:
        numbered = [(_INSERT_RECORD, staged.inserts), (_INSERT_REVISION, staged.revisions)]
        for statement, rows in numbered:
            if rows:
                session.execute(statement, [{**row, "seq": first_seq + row["seq"]} for row in rows])
        if staged.updates:
            session.execute(_UPDATE_RECORD, [
                {**{name: row[name] for name in _UPDATED}, "b_kind": row["kind"], "b_id": row["id"],
                 "seq": first_seq + row["seq"]}
                for row in staged.updates
            ])
    for row in staged.loaded:
        # Written past the session: its next read loads the stored row.
        session.expire(row)


_PUSH_BATCH = PushBatch.__table__
_INSERT_PUSH_BATCH = insert(_PUSH_BATCH)
# The batch's stored answer, in the statement that numbers its writes: its response gets the
# first number as ``first_seq`` (see ``number_and_store``).
_PG_BATCH = (
    "batch AS (INSERT INTO push_batch (batch_id, account_id, device_id, response, created_at) "
    "SELECT CAST(:batch_id AS uuid), CAST(:account_id AS uuid), CAST(:device_id AS uuid), "
    "CAST(CAST(:response AS jsonb) || jsonb_build_object('first_seq', c.first) AS json), "
    "CAST(:created_at AS timestamptz) FROM c)"
)


def number_and_store(
    session: Session, staged: StagedWrites, count: int, batch: dict[str, Any] | None = None,
    *, and_commit: bool = False,
) -> int:
    """Reserve ``count`` sequence numbers (locking the counter until commit), number the staged
    writes from the first and store them; the first number. ``batch``: a ``push_batch`` row
    stored with them, its ``response`` given the first number as ``first_seq``. ``and_commit``:
    commit the transaction too (the caller writes nothing more in it).

    On PostgreSQL this is one statement, the counter's UPDATE and the inserts joined in a
    WITH: the counter's lock is granted inside PostgreSQL, which stores the rows at once,
    with no round trip to this process while it is held. Everything the statement takes is
    made before it is sent (the JSON too), so that the lock is held for the statement and the
    commit only; with ``and_commit`` the COMMIT is sent with the statement (``_commit_with``),
    so the lock is not held while this process, its threads sharing the interpreter lock,
    gets round to sending it."""
    if not staged.as_json:
        first = allocate_seqs(session, count)
        store_staged(session, staged, first)
        if batch is not None:
            session.execute(_INSERT_PUSH_BATCH.values(
                **{**batch, "response": {**batch["response"], "first_seq": first}}))
        if and_commit:
            session.commit()
        return first
    parts = tuple(staged.as_json) + (("batch",) if batch is not None else ())
    statement = _PG_NUMBER_AND_STORE.get(parts)
    if statement is None:
        statement = _PG_NUMBER_AND_STORE[parts] = text(
            "WITH c AS (UPDATE counter SET value = value + :count WHERE name = 'seq' "
            "RETURNING value - :count + 1 AS first), "
            + ", ".join(_PG_BATCH if name == "batch" else f"{name} AS ({_PG_NUMBERED[name]})"
                        for name in parts)
            + " SELECT first FROM c"
        )
    params = {f"rows_{name}": rows for name, rows in staged.as_json.items()}
    if batch is not None:
        params.update({name: str(batch[name]) for name in ("batch_id", "account_id", "device_id")},
                      response=_rows_json(batch["response"]), created_at=batch["created_at"])
    params["count"] = count
    if and_commit:
        first = _commit_with(session, statement, params)
    else:
        first = session.execute(statement, params).scalar_one()
    for offset, write in enumerate(staged.writes):
        write.seq = first + offset
    for row in staged.loaded:
        session.expire(row)
    return first


def _commit_with(session: Session, statement, params: dict[str, Any]) -> int:
    """PostgreSQL: run ``statement`` (one row, one column: its value is returned) and COMMIT
    the session's transaction in one round trip, in psycopg's pipeline mode.

    The session's pending changes are flushed first. The commit is the connection's own, so
    the session's commit afterwards finds nothing to do; an error comes back as SQLAlchemy's
    (``DBAPIError``: an ``IntegrityError`` for a unique violation), with the transaction
    aborted, for the session to roll back as after any failed statement."""
    import psycopg

    session.flush()
    connection = session.connection()
    raw = connection.connection.dbapi_connection
    compiled = statement.compile(dialect=connection.dialect)
    sql, values = str(compiled), compiled.construct_params(params)
    try:
        cursor = raw.cursor()
        with raw.pipeline():
            cursor.execute(sql, values)
            raw.commit()
        return cursor.fetchone()[0]
    except psycopg.Error as error:
        raise DBAPIError.instance(sql, values, error, psycopg.Error) from error


def renumber_records(session: Session, keys: list[tuple[str, uuid.UUID]], first_seq: int) -> None:
    """Give the records ``keys`` the sequence numbers from ``first_seq`` on, in that order."""
    if not keys:
        return
    session.execute(
        _UPDATE_RECORD,
        [{"b_kind": kind, "b_id": record_id, "seq": first_seq + n} for n, (kind, record_id) in enumerate(keys)],
    )
    for key in keys:
        loaded = session.identity_map.get(session.identity_key(Record, key))
        if loaded is not None:
            session.expire(loaded)


def client_record_keys(
    session: Session, client_ids: list[uuid.UUID], kinds: frozenset[str] | None = None
) -> list[tuple[str, uuid.UUID]]:
    """The records of these clients (the client rows among them; of ``kinds`` only, when given),
    locked, in key order: to be numbered anew so that a device that may now see them pulls
    them (``renumber_records``)."""
    if not client_ids:
        return []
    query = select(Record.kind, Record.id).where(Record.client_id.in_(sorted(client_ids)))
    if kinds is not None:
        query = query.where(Record.kind.in_(sorted(kinds)))
    return [tuple(row) for row in session.exec(
        query.order_by(Record.kind, Record.id).with_for_update()
    ).all()]


def apply_writes(
    session: Session,
    writes: list[Write],
    first_seq: int,
    known: dict[tuple[str, uuid.UUID], Record] | None = None,
) -> None:
    """Store the writes in order, numbering them from ``first_seq`` (see ``stage_writes``)."""
    store_staged(session, stage_writes(session, writes, known), first_seq)


def set_client_access(session: Session, *, client_id: uuid.UUID, assigned: list[Any]) -> None:
    session.exec(delete(ClientAccess).where(ClientAccess.client_id == client_id))
    for staff_id in sorted(staff_ids(assigned)):
        session.add(ClientAccess(client_id=client_id, staff_id=staff_id))
    session.flush()


def write_new_records(session: Session, writes: list[Write]) -> None:
    """Number and store writes made outside a push (admin commands, purge)."""
    if writes:
        staged = stage_writes(session, writes)
        session.flush()
        store_staged(session, staged, allocate_seqs(session, len(writes)))
