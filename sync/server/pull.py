"""Reading records: ``pull`` in sequence order, open conflicts, a record's history.

Every read goes through ``visible_records``, the SQL form of the rules in ``authz``.
"""

from __future__ import annotations

import uuid

from sqlalchemy import and_, or_
from sqlmodel import Session, select

from sync.protocol import (
    Conflict,
    PulledChange,
    PullResponse,
    RecordHistory,
    RevisionEntry,
)
from sync.server.authz import AUDIT_KIND, CLIENT_SCOPED_KINDS, Principal
from sync.server.models import (
    AccessRevocation,
    ClientAccess,
    FieldConflictRow,
    Record,
    RecordRevision,
)
from sync.server.store import current_seq


def visible_records(principal: Principal) -> list:
    """WHERE clauses that keep the records this principal may see."""
    clauses = [Record.organisation_id == principal.organisation_id]
    if not principal.privileged:
        assigned = select(ClientAccess.client_id).where(
            ClientAccess.staff_id == principal.staff_id
        )
        clauses.append(
            or_(
                Record.kind.not_in(sorted(CLIENT_SCOPED_KINDS | {AUDIT_KIND})),
                and_(Record.kind.in_(sorted(CLIENT_SCOPED_KINDS)), Record.client_id.in_(assigned)),
            )
        )
    return clauses


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
            *visible_records(principal),
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


def pull(*, session: Session, principal: Principal, cursor: int, limit: int) -> PullResponse:
    # Everything numbered up to ``top`` has committed: numbers are handed out under a lock
    # held until commit. Reading up to ``top`` only, a page never passes a gap that a
    # transaction still in flight will fill.
    top = current_seq(session)
    # Columns, not ORM objects: a page is up to a thousand rows read once and sent on.
    rows = session.exec(
        select(*_PULLED_COLUMNS)
        .where(*visible_records(principal), Record.seq > cursor, Record.seq <= top)
        .order_by(Record.seq)
        .limit(limit + 1)
    ).all()
    items: list[tuple[int, object]] = [(row[0], row) for row in rows]
    if not principal.privileged:
        revocations = session.exec(
            select(AccessRevocation)
            .where(
                AccessRevocation.staff_id == principal.staff_id,
                AccessRevocation.seq > cursor,
                AccessRevocation.seq <= top,
            )
            .order_by(AccessRevocation.seq)
            .limit(limit + 1)
        ).all()
        if revocations:
            items = sorted(items + [(row.seq, row) for row in revocations], key=lambda i: i[0])
    has_more = len(items) > limit
    items = items[:limit]
    # The page holds every visible record numbered after the cursor up to its last item.
    conflicts = _open_conflicts(session, principal, cursor, items[-1][0] if items else cursor)
    # The values come from the server's own tables, typed by their columns: the response is
    # built without validating each change again (FastAPI serialises it by the model).
    construct = PulledChange.model_construct
    changes = []
    for seq, row in items:
        if isinstance(row, AccessRevocation):
            changes.append(construct(
                kind="client", id=row.client_id, rev=0, seq=seq, deleted=True, fields={},
                modified_at=row.at, modified_by=None, conflicts=[], access_revoked=True,
            ))
        else:
            _, kind, record_id, rev, deleted, fields, modified_at, modified_by = row
            changes.append(construct(
                kind=kind, id=record_id, rev=rev, seq=seq, deleted=deleted, fields=fields,
                modified_at=modified_at, modified_by=modified_by,
                conflicts=conflicts.get((kind, record_id), []), access_revoked=False,
            ))
    next_cursor = changes[-1].seq if has_more else max(top, cursor)
    return PullResponse.model_construct(changes=changes, next_cursor=next_cursor, has_more=has_more)


def visible_record(
    session: Session, principal: Principal, kind: str, record_id: uuid.UUID
) -> Record | None:
    return session.exec(
        select(Record).where(
            *visible_records(principal), Record.kind == kind, Record.id == record_id
        )
    ).first()


def list_conflicts(
    *, session: Session, principal: Principal, include_resolved: bool, limit: int
) -> list[Conflict]:
    query = (
        select(FieldConflictRow)
        .join(
            Record,
            and_(Record.kind == FieldConflictRow.kind, Record.id == FieldConflictRow.record_id),
        )
        .where(*visible_records(principal))
    )
    if not include_resolved:
        query = query.where(FieldConflictRow.resolved_at.is_(None))
    rows = session.exec(query.order_by(FieldConflictRow.created_at).limit(limit)).all()
    return [conflict_out(row) for row in rows]


def history(
    *, session: Session, principal: Principal, kind: str, record_id: uuid.UUID
) -> RecordHistory | None:
    record = visible_record(session, principal, kind, record_id)
    if record is None:
        return None
    # A deleted record's history names the fields each revision changed, without values.
    masked = record.deleted
    revisions = session.exec(
        select(RecordRevision)
        .where(RecordRevision.kind == kind, RecordRevision.record_id == record_id)
        .order_by(RecordRevision.rev)
    ).all()
    entries = []
    for revision in revisions:
        changed = {
            name: revision.deleted if name == "deleted"
            else None if masked else revision.fields.get(name)
            for name in revision.changed
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
