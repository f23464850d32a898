"""Reading records: ``pull`` in sequence order, open conflicts, a record's history.

Every read goes through ``visible_records``, the SQL form of the rules in ``authz``, and every
record's fields leave through ``shown_fields``: the figures only (``sync.visibility``) of a client
the reader is not assigned to. Conflicts hold values, so they are read on records seen in full.
"""

from __future__ import annotations

import uuid
from typing import Any

import orjson
from pydantic import TypeAdapter

from sqlalchemy import and_, cast, literal, null, or_, union_all
from sqlmodel import Session, select

from sync.protocol import (
    Conflict,
    PulledChange,
    PullResponse,
    RecordHistory,
    RevisionEntry,
)
from sync.server.assignment import KIND as ASSIGNMENT_KIND
from sync.server.break_glass import open_clients
from sync.server.authz import AUDIT_KIND, CLIENT_SCOPED_KINDS, Principal, sees_figures
from sync.server.models import (
    AccessRevocation,
    ClientAccess,
    FieldConflictRow,
    Record,
    RecordRevision,
)
from sync.server.store import current_seq
from sync.visibility import FIGURE_KINDS, figures_of, is_figure


def _assigned_clients(principal: Principal):
    return select(ClientAccess.client_id).where(ClientAccess.staff_id == principal.staff_id)


def _own_requests(principal: Principal):
    """The requester's own assignment requests (``sync.server.assignment``): they are not assigned
    to the client, yet get the request, which holds no data of the client, in full."""
    return and_(Record.kind == ASSIGNMENT_KIND,
                Record.fields["requested_by"].as_string() == str(principal.staff_id))


def seen_in_full(principal: Principal):
    """SQL truth of "this principal sees the record's content", for the visible records: the
    one place that decides it. Assigned staff see their clients in full, and so does a manager
    their clients with an open break-glass grant (``break_glass.open_clients``), read only."""
    if principal.role == "admin":
        return literal(True)  # an admin sees no client-scoped record at all
    clauses = [
        Record.kind.not_in(sorted(CLIENT_SCOPED_KINDS)),
        Record.client_id.in_(_assigned_clients(principal)),
        _own_requests(principal),
    ]
    if principal.role == "manager":
        clauses.append(Record.client_id.in_(open_clients(principal)))
    return or_(*clauses)


def visible_records(principal: Principal, *, in_full: bool = False) -> list:
    """WHERE clauses that keep the records this principal may see (``in_full``: only those
    whose content it sees, not a client's figures)."""
    clauses = [Record.organisation_id == principal.organisation_id]
    if principal.role == "admin":
        clauses.append(Record.kind.not_in(sorted(CLIENT_SCOPED_KINDS | {AUDIT_KIND})))
    elif sees_figures(principal) and not in_full:
        clauses.append(or_(Record.kind.in_(sorted(FIGURE_KINDS)), seen_in_full(principal)))
    elif sees_figures(principal):
        clauses.append(seen_in_full(principal))
    else:
        clauses.append(
            or_(
                Record.kind.not_in(sorted(CLIENT_SCOPED_KINDS | {AUDIT_KIND})),
                and_(Record.kind.in_(sorted(CLIENT_SCOPED_KINDS)),
                     Record.client_id.in_(_assigned_clients(principal))),
                _own_requests(principal),
            )
        )
    return clauses


def shown_fields(kind: str, fields: dict[str, Any], in_full: bool) -> dict[str, Any]:
    """What a reader gets of a record's fields: all, or the figures of a client not theirs."""
    return fields if in_full else figures_of(kind, fields)


def conflict_out(row: FieldConflictRow) -> Conflict:
    return Conflict(
        id=row.id,
        kind=row.kind,
        record_id=row.record_id,
        field=row.field,
        server_value=row.server_value,
        device_value=row.device_value,
        base_rev=row.base_rev,
        rev=row.rev,
        device_id=row.device_id,
        staff_id=row.staff_id,
        created_at=row.created_at,
        resolved_at=row.resolved_at,
    )


def _open_conflicts(session: Session, principal: Principal, after: int, upto: int) -> dict:
    """Open conflicts on the visible records numbered ``after < seq <= upto``: one statement of
    a fixed shape whatever the page's size (conflicts are few; the join starts from them)."""
    found: dict[tuple[str, uuid.UUID], list[Conflict]] = {}
    if upto <= after:
        return found
    rows = session.exec(
        select(FieldConflictRow)
        .join(
            Record,
            and_(Record.kind == FieldConflictRow.kind, Record.id == FieldConflictRow.record_id),
        )
        .where(
            *visible_records(principal, in_full=True),
            Record.seq > after,
            Record.seq <= upto,
            FieldConflictRow.resolved_at.is_(None),
        )
        .order_by(FieldConflictRow.created_at)
    ).all()
    for row in rows:
        found.setdefault((row.kind, row.record_id), []).append(conflict_out(row))
    return found


_PULLED_COLUMNS = (
    Record.seq,
    Record.kind,
    Record.id,
    Record.rev,
    Record.deleted,
    Record.fields,
    Record.modified_at,
    Record.modified_by,
)
_FIELDS_TYPE = Record.__table__.c.fields.type
_MODIFIED_BY_TYPE = Record.__table__.c.modified_by.type


def _page(session: Session, principal: Principal, cursor: int, limit: int, top: int | None):
    """The page after ``cursor``: its items (rows of record changes and access revocations,
    by sequence number: ``seq, kind, id, rev, deleted, fields, modified_at, modified_by,
    in_full, revoked``), the open conflicts on its records, whether more follow, and the next
    cursor. ``top``: the highest number committed, read before (else read here)."""
    # Everything numbered up to ``top`` has committed: numbers are handed out under a lock
    # held until commit. Reading up to ``top`` only, a page never passes a gap that a
    # transaction still in flight will fill.
    if top is None:
        top = current_seq(session)
    # Columns, not ORM objects: a page is up to a thousand rows read once and sent on.
    records = (
        select(*_PULLED_COLUMNS, seen_in_full(principal).label("in_full"),
               literal(False).label("revoked"))
        .where(*visible_records(principal), Record.seq > cursor, Record.seq <= top)
        .order_by(Record.seq)
        .limit(limit + 1)
    )
    if principal.role != "admin":
        # A manager too: taken off a client, or at the end of a break-glass grant, their
        # laptops drop it (the figures come again after the revocation). In the same
        # statement as the records, merged by number.
        revocations = (
            select(AccessRevocation.seq, literal("client").label("kind"),
                   AccessRevocation.client_id.label("id"), literal(0).label("rev"),
                   literal(True).label("deleted"), cast(null(), _FIELDS_TYPE).label("fields"),
                   AccessRevocation.at.label("modified_at"),
                   cast(null(), _MODIFIED_BY_TYPE).label("modified_by"),
                   literal(True).label("in_full"), literal(True).label("revoked"))
            .where(
                AccessRevocation.staff_id == principal.staff_id,
                AccessRevocation.seq > cursor,
                AccessRevocation.seq <= top,
            )
            .order_by(AccessRevocation.seq)
            .limit(limit + 1)
        )
        both = union_all(records.subquery().select(), revocations.subquery().select()).subquery()
        records = select(*both.c).order_by(both.c.seq).limit(limit + 1)
    items = session.exec(records).all()
    has_more = len(items) > limit
    items = items[:limit]
    # The page holds every visible record numbered after the cursor up to its last item.
    conflicts = _open_conflicts(session, principal, cursor, items[-1][0] if items else cursor)
    next_cursor = items[-1][0] if has_more else max(top, cursor)
    return items, conflicts, has_more, next_cursor


def pull(*, session: Session, principal: Principal, cursor: int, limit: int,
         top: int | None = None) -> PullResponse:
    """A page as the protocol's model (``pull_body`` gives the same page as JSON)."""
    items, conflicts, has_more, next_cursor = _page(session, principal, cursor, limit, top)
    # The values come from the server's own tables, typed by their columns: the response is
    # built without validating each change again.
    construct = PulledChange.model_construct
    changes = []
    for seq, kind, record_id, rev, deleted, fields, modified_at, modified_by, in_full, revoked in items:
        if revoked:
            changes.append(construct(
                kind="client", id=record_id, rev=0, seq=seq, deleted=True, fields={},
                modified_at=modified_at, modified_by=None, conflicts=[], access_revoked=True,
            ))
        else:
            changes.append(construct(
                kind=kind, id=record_id, rev=rev, seq=seq, deleted=deleted,
                fields=shown_fields(kind, fields, in_full),
                modified_at=modified_at, modified_by=modified_by,
                conflicts=conflicts.get((kind, record_id), []), access_revoked=False,
                figures_only=not in_full,
            ))
    return PullResponse.model_construct(changes=changes, next_cursor=next_cursor, has_more=has_more)


_PULL_RESPONSE = TypeAdapter(PullResponse)
# UTC times end in "Z", as pydantic writes them: the JSON is the same as PullResponse's.
_JSON_OPTIONS = orjson.OPT_UTC_Z


def pull_body(*, session: Session, principal: Principal, cursor: int, limit: int,
              top: int | None = None) -> bytes:
    """The page of ``pull`` as the JSON of a ``PullResponse``, written from plain values by
    orjson, byte for byte the same (tests/server/test_pull_body.py). No pydantic model per
    change: a manager's page of 500 records took 14 ms of the server's CPU with them, 10 ms so
    (read and written, measured in one process; docs/benchmarks.md, "server")."""
    items, conflicts, has_more, next_cursor = _page(session, principal, cursor, limit, top)
    changes = []
    for seq, kind, record_id, rev, deleted, fields, modified_at, modified_by, in_full, revoked in items:
        if revoked:
            changes.append({
                "kind": "client", "id": record_id, "rev": 0, "seq": seq, "deleted": True,
                "fields": {}, "modified_at": modified_at, "modified_by": None, "conflicts": [],
                "access_revoked": True, "figures_only": False,
            })
        else:
            found = conflicts.get((kind, record_id))
            changes.append({
                "kind": kind, "id": record_id, "rev": rev, "seq": seq, "deleted": deleted,
                "fields": shown_fields(kind, fields, in_full), "modified_at": modified_at,
                "modified_by": modified_by,
                "conflicts": [c.model_dump(mode="json") for c in found] if found else [],
                "access_revoked": False, "figures_only": not in_full,
            })
    try:
        return orjson.dumps({"changes": changes, "next_cursor": next_cursor, "has_more": has_more},
                            option=_JSON_OPTIONS)
    except TypeError:  # what orjson does not write (an integer past 64 bits): the model's JSON
        return _PULL_RESPONSE.dump_json(PullResponse.model_validate(
            {"changes": changes, "next_cursor": next_cursor, "has_more": has_more}))


def visible_record(
    session: Session, principal: Principal, kind: str, record_id: uuid.UUID
) -> Record | None:
    """The stored record if this principal may see it in full (conflicts, pushes)."""
    return session.exec(
        select(Record).where(
            *visible_records(principal, in_full=True), Record.kind == kind, Record.id == record_id
        )
    ).first()


def seen_record(
    session: Session, principal: Principal, kind: str, record_id: uuid.UUID
) -> tuple[Record, bool] | None:
    """The stored record this principal may see, and whether it sees it in full."""
    found = session.exec(
        select(Record, seen_in_full(principal)).where(
            *visible_records(principal), Record.kind == kind, Record.id == record_id
        )
    ).first()
    return (found[0], bool(found[1])) if found is not None else None


def record_out(row: Record, in_full: bool) -> PulledChange:
    """A stored record as ``GET /v1/records`` gives it: a tombstone holds no fields."""
    return PulledChange(
        kind=row.kind, id=row.id, rev=row.rev, seq=row.seq, deleted=row.deleted,
        fields={} if row.deleted else shown_fields(row.kind, row.fields, in_full),
        modified_at=row.modified_at, modified_by=row.modified_by, figures_only=not in_full,
    )


def list_conflicts(
    *, session: Session, principal: Principal, include_resolved: bool, limit: int
) -> list[Conflict]:
    query = (
        select(FieldConflictRow)
        .join(
            Record,
            and_(Record.kind == FieldConflictRow.kind, Record.id == FieldConflictRow.record_id),
        )
        .where(*visible_records(principal, in_full=True))
    )
    if not include_resolved:
        query = query.where(FieldConflictRow.resolved_at.is_(None))
    rows = session.exec(query.order_by(FieldConflictRow.created_at).limit(limit)).all()
    return [conflict_out(row) for row in rows]


def history(
    *, session: Session, principal: Principal, kind: str, record_id: uuid.UUID
) -> RecordHistory | None:
    found = seen_record(session, principal, kind, record_id)
    if found is None:
        return None
    record, in_full = found
    # A deleted record's history names the fields each revision changed, without values; the
    # history of a client's figures names only those.
    masked = record.deleted
    revisions = session.exec(
        select(RecordRevision)
        .where(RecordRevision.kind == kind, RecordRevision.record_id == record_id)
        .order_by(RecordRevision.rev)
    ).all()
    entries = []
    for revision in revisions:
        names = revision.changed if in_full else [
            name for name in revision.changed
            if name == "deleted" or is_figure(kind, name)
        ]
        changed = {
            name: revision.deleted if name == "deleted"
            else None if masked else revision.fields.get(name)
            for name in names
        }
        entries.append(
            RevisionEntry(
                rev=revision.rev,
                seq=revision.seq,
                modified_at=revision.modified_at,
                modified_by=revision.modified_by,
                device_id=revision.device_id,
                deleted=revision.deleted,
                changed=changed,
            )
        )
    return RecordHistory(kind=kind, id=record_id, revisions=entries)
