"""A manager undoes a delete within the organisation's undo period (``undo_days``).

The restore is a new revision (not deleted, the kept content back, with the edits that lost to
the delete applied in their order), numbered like any write, so it reaches every device that
may see the record. Its open ``deleted`` conflicts are resolved by it.
"""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import ValidationError
from sqlalchemy import Engine
from sqlmodel import Session, select

from sync.protocol import PulledChange
from sync.server.authz import CLIENT_SCOPED_KINDS, Principal, may_write_kind
from sync.server.models import DeletedContent, FieldConflictRow, Record, utcnow
from sync.server.pull import seen_in_full, shown_fields
from sync.server.store import Write, organisation_setting, validated_fields, write_new_records


class RestoreError(Exception):
    """Why a restore cannot be done; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _restored_fields(kind: str, record_id: uuid.UUID, kept: DeletedContent) -> dict:
    """The kept content with the lost edits applied; the content alone if they do not fit."""
    fields = dict(kept.fields)
    for edit in kept.lost_edits:
        fields.update(edit.get("fields") or {})
    try:
        return validated_fields(kind, record_id, fields)
    except ValidationError:
        return dict(kept.fields)


def restore(*, session: Session, principal: Principal, kind: str,
            record_id: uuid.UUID) -> PulledChange:
    if principal.role != "manager":
        raise RestoreError(403, "Only a manager may restore a deleted record.")
    # A manager restores any record of the organisation; the answer shows of a client not
    # assigned to them its figures only.
    found = session.exec(
        select(Record, seen_in_full(principal))
        .where(Record.organisation_id == principal.organisation_id, Record.kind == kind,
               Record.id == record_id)
        .with_for_update()
    ).first()
    row, in_full = found if found is not None else (None, False)
    if row is None or not row.deleted:
        raise RestoreError(404, "No deleted record with this id to restore, or not yours to see.")
    if not may_write_kind(principal, kind):
        raise RestoreError(403, f"Your role may not change {kind} records.")
    kept = session.get(DeletedContent, (kind, record_id))
    if row.purged or kept is None or not kept.fields:
        raise RestoreError(409, "The undo period is over: the record's content was erased.")
    days = organisation_setting(session, row.organisation_id, "undo_days")
    if kept.deleted_at + dt.timedelta(days=days) < utcnow():
        raise RestoreError(409, f"The undo period ({days} days) is over: it cannot be restored.")
    if kind in CLIENT_SCOPED_KINDS and kind != "client" and row.client_id is not None:
        client = session.get(Record, ("client", row.client_id))
        if client is not None and client.deleted:
            raise RestoreError(409, "Its client is deleted: restore the client first.")
    fields = _restored_fields(kind, record_id, kept)
    write = Write(kind, record_id, row.organisation_id, row.rev + 1, fields, False,
                  [*sorted(fields), "deleted"], str(principal.staff_id),
                  device_id=principal.device_id)
    now = utcnow()
    for conflict in session.exec(
        select(FieldConflictRow).where(
            FieldConflictRow.kind == kind, FieldConflictRow.record_id == record_id,
            FieldConflictRow.resolved_at.is_(None),
        )
    ).all():
        conflict.resolved_at, conflict.resolved_by = now, principal.staff_id
        session.add(conflict)
    session.delete(kept)
    session.flush()
    write_new_records(session, [write])
    return PulledChange(
        kind=kind, id=record_id, rev=write.rev, seq=write.seq, deleted=False,
        fields=shown_fields(kind, fields, in_full), modified_at=write.modified_at,
        modified_by=write.modified_by, figures_only=not in_full,
    )


def restore_record(*, engine: Engine, principal: Principal, kind: str,
                   record_id: uuid.UUID) -> PulledChange:
    from sync.server.push import _with_retries

    return _with_retries(
        engine,
        lambda session: restore(session=session, principal=principal, kind=kind,
                                record_id=record_id),
    )
