"""Reading records: ``pull`` in sequence order, open conflicts, a record's history.

Every read goes through ``visible_records``, the SQL form of the rules in ``authz``.
"""

from __future__ import annotations

import uuid

from sqlalchemy import and_, or_, tuple_
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


def _open_conflicts(session: Session, keys: list[tuple[str, uuid.UUID]]) -> dict:
    found: dict[tuple[str, uuid.UUID], list[Conflict]] = {}
    if not keys:
        return found
    rows = session.exec(
        select(FieldConflictRow)
        .where(
            tuple_(FieldConflictRow.kind, FieldConflictRow.record_id).in_(keys),
            FieldConflictRow.resolved_at.is_(None),
        )
        .order_by(FieldConflictRow.created_at)
    ).all()
    for row in rows:
        found.setdefault((row.kind, row.record_id), []).append(conflict_out(row))
    return found


def pull(*, session: Session, principal: Principal, cursor: int, limit: int) -> PullResponse:
    # Everything numbered up to ``top`` has committed: numbers are handed out under a lock
    # held until commit. Reading up to ``top`` only, a page never passes a gap that a
    # transaction still in flight will fill.
    top = current_seq(session)
    rows = session.exec(
        select(Record)
        .where(*visible_records(principal), Record.seq > cursor, Record.seq <= top)
        .order_by(Record.seq)
        .limit(limit + 1)
    ).all()
    items: list[tuple[int, object]] = [(row.seq, row) for row in rows]
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
        items = sorted(items + [(row.seq, row) for row in revocations], key=lambda i: i[0])
    has_more = len(items) > limit
    items = items[:limit]
    conflicts = _open_conflicts(
        session, [(row.kind, row.id) for _, row in items if isinstance(row, Record)]
    )
    changes = []
    for seq, row in items:
        if isinstance(row, Record):
            changes.append(
                PulledChange(
                    kind=row.kind,
                    id=row.id,
                    rev=row.rev,
                    seq=seq,
                    deleted=row.deleted,
                    fields=row.fields,
                    modified_at=row.modified_at,
                    modified_by=row.modified_by,
                    conflicts=conflicts.get((row.kind, row.id), []),
                )
            )
        else:
            changes.append(
                PulledChange(
                    kind="client",
                    id=row.client_id,
                    rev=0,
                    seq=seq,
                    deleted=True,
                    fields={},
                    modified_at=row.at,
                    access_revoked=True,
                )
            )
    next_cursor = changes[-1].seq if has_more else max(top, cursor)
    return PullResponse(changes=changes, next_cursor=next_cursor, has_more=has_more)


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
    if visible_record(session, principal, kind, record_id) is None:
        return None
    revisions = session.exec(
        select(RecordRevision)
        .where(RecordRevision.kind == kind, RecordRevision.record_id == record_id)
        .order_by(RecordRevision.rev)
    ).all()
    entries = []
    for revision in revisions:
        changed = {
            name: revision.deleted if name == "deleted" else revision.fields.get(name)
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
