"""A client's audit trail: who saw, revealed, printed, saved or exported the client's data, and
who changed which of its records, when and from which device.

Read from two sources the server already holds: the ``audit_event`` records the laptops push
(their ``at`` is the device's time; the device is the one that pushed the event, as its first
revision says), and the revisions of every record of the client (who changed which fields, from
which device). The answer names staff and devices, record kinds and field names, never a value
of the client's records: it is for a manager answering a data subject's request, who may see
figures only.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlmodel import Session, select

from sync.protocol import AuditEntry, ClientAuditTrail
from sync.server.authz import AUDIT_KIND, Principal
from sync.server.models import Device, Record, RecordRevision


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.timezone.utc)


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value is not None else None
    except ValueError:
        return None


def _revision_action(revision: RecordRevision) -> str:
    if revision.deleted:
        return "deleted"
    return "created" if revision.rev == 1 else "changed"


def client_trail(*, session: Session, principal: Principal,
                 client_id: uuid.UUID) -> ClientAuditTrail | None:
    """The trail of a client of the principal's organisation, oldest first; None when the
    organisation has no such client."""
    client = session.get(Record, ("client", client_id))
    if client is None or client.organisation_id != principal.organisation_id:
        return None
    records = session.exec(select(Record).where(
        Record.organisation_id == principal.organisation_id, Record.client_id == client_id)).all()
    keys = {(row.kind, row.id) for row in records}
    revisions = [rev for rev in session.exec(select(RecordRevision).where(
        RecordRevision.record_id.in_([row.id for row in records]))).all()
        if (rev.kind, rev.record_id) in keys]
    staff_names = {row.id: str(row.fields.get("name", "")) for row in session.exec(select(Record).where(
        Record.organisation_id == principal.organisation_id, Record.kind == "staff")).all()}
    device_ids = {rev.device_id for rev in revisions if rev.device_id is not None}
    device_names = {row.id: row.name for row in session.exec(
        select(Device).where(Device.id.in_(device_ids))).all()} if device_ids else {}

    def entry(**values) -> AuditEntry:
        staff_id, device_id = values.get("staff_id"), values.get("device_id")
        return AuditEntry(**values, staff_name=staff_names.get(staff_id),
                          device_name=device_names.get(device_id))

    pushed_by = {rev.record_id: rev.device_id for rev in revisions
                 if rev.kind == AUDIT_KIND and rev.rev == 1}
    entries = []
    for row in records:
        if row.kind != AUDIT_KIND or row.deleted:
            continue
        fields = row.fields
        entries.append(entry(
            at=_aware(dt.datetime.fromisoformat(fields["at"])) if fields.get("at")
            else _aware(row.modified_at),
            source="audit_event", action=str(fields.get("action", "")),
            record_kind=str(fields.get("record_kind", "")), record_id=_uuid(fields.get("record_id")),
            staff_id=_uuid(fields.get("staff_id")), device_id=pushed_by.get(row.id),
        ))
    for rev in revisions:
        if rev.kind == AUDIT_KIND:
            continue
        entries.append(entry(
            at=_aware(rev.modified_at), source="revision", action=_revision_action(rev),
            record_kind=rev.kind, record_id=rev.record_id, changed_fields=sorted(rev.changed),
            staff_id=_uuid(rev.modified_by), device_id=rev.device_id,
        ))
    entries.sort(key=lambda item: item.at)
    return ClientAuditTrail(client_id=client_id, entries=entries)
