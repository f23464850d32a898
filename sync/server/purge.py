"""Retention and erasure: client data purged after the service ended, deleted content erased.

Two rules, per organisation:

- *Retention*: a client whose ``service_end`` lies more than the organisation's
  ``retention_months`` back is purged, and so is a deleted client whose undo period
  (``undo_days``) is over, whatever its ``service_end``. Purging writes tombstones that sync
  like any delete: the client and every record with its ``client_id`` become ``deleted`` with no
  fields, each with a new revision and sequence number.
- *Erasure*: any other deleted record whose undo period is over loses the content kept for it.

Either way nothing of the content stays on the server: the record's fields, its revisions'
fields, its conflicts' values, the content kept for undo and the conflict values in the stored
push answers are erased; the history keeps only who changed which fields, when.

Each client (with its records) and each deleted record is purged in a transaction of its own. One
that cannot be read (a ``service_end`` that is no date, an organisation whose setting is no
number) is skipped and reported with its id, never its value; every other one is still purged,
and one organisation's data never stops another's. Each run is recorded (``purge_run``) for the
health endpoint.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Engine, and_, func, update
from sqlmodel import Session, delete, select

from sync.records import OrganisationBase
from sync.retention import purge_due
from sync.server.break_glass import end_expired
from sync.server.core.db import session_scope
from sync.server.files import drop_unreferenced, hashes_of
from sync.server.models import (
    BreakGlassGrant,
    DeletedContent,
    FieldConflictRow,
    PurgeRun,
    PushBatch,
    Record,
    RecordRevision,
    utcnow,
)
from sync.server.store import Write, write_new_records
from sync.server.tokens import delete_expired_tokens

logger = logging.getLogger(__name__)

DEFAULT_RETENTION_MONTHS = OrganisationBase.model_fields["retention_months"].default
DEFAULT_UNDO_DAYS = OrganisationBase.model_fields["undo_days"].default


@dataclass(frozen=True)
class PurgeFailure:
    """A record the purge could not handle: ids and a reason, never a stored value."""

    kind: str
    record_id: uuid.UUID
    organisation_id: uuid.UUID | None
    reason: str

    def as_json(self) -> dict[str, str | None]:
        return {"kind": self.kind, "record_id": str(self.record_id),
                "organisation_id": str(self.organisation_id) if self.organisation_id else None,
                "reason": self.reason}


@dataclass
class PurgeReport:
    clients: int = 0
    records: int = 0
    erased: int = 0  # deleted records (not clients) whose content was erased
    failures: list[PurgeFailure] = field(default_factory=list)


class Unreadable(Exception):
    """A stored value the purge cannot use; the message says which, without the value."""


def _whole_number(value: object, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise Unreadable(f"{name} is not a whole number from {low} to {high}")
    return value


@dataclass(frozen=True)
class _Rules:
    retention_months: int | None  # None: unreadable, no retention purge for this organisation
    undo_days: int | None  # None: unreadable, nothing erased for this organisation


def _organisation_rules(session: Session, report: PurgeReport) -> dict[uuid.UUID, _Rules]:
    rules = {}
    for org_id, fields in session.exec(
        select(Record.id, Record.fields).where(Record.kind == "organisation")
    ).all():
        values = []
        for name, default, low, high in (
            ("retention_months", DEFAULT_RETENTION_MONTHS, 1, 240),
            ("undo_days", DEFAULT_UNDO_DAYS, 1, 365),
        ):
            try:
                values.append(_whole_number((fields or {}).get(name, default), name, low, high))
            except Unreadable as exc:
                _fail(report, "organisation", org_id, org_id, str(exc))
                values.append(None)
        rules[org_id] = _Rules(*values)
    return rules


def _fail(report: PurgeReport, kind: str, record_id, organisation_id, reason: str) -> None:
    failure = PurgeFailure(kind, record_id, organisation_id, reason)
    report.failures.append(failure)
    logger.error(
        "purge skipped a record",
        extra={"kind": kind, "record_id": str(record_id),
               "organisation_id": str(organisation_id) if organisation_id else None,
               "reason": reason},
    )


def _service_end(value: object) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        pass
    raise Unreadable("service_end is not a date")


def _undo_over(deleted_at: dt.datetime, undo_days: int, today: dt.date) -> bool:
    return deleted_at.date() + dt.timedelta(days=undo_days) <= today


def due_clients(session: Session, today: dt.date, report: PurgeReport | None = None,
                rules: dict[uuid.UUID, _Rules] | None = None) -> list[uuid.UUID]:
    """The clients to purge today: their service ended before the retention period, or they
    were deleted before the undo period. Unreadable ones go to ``report.failures``."""
    report = report if report is not None else PurgeReport()
    rules = rules if rules is not None else _organisation_rules(session, report)
    due = []
    rows = session.exec(
        select(Record.id, Record.organisation_id, Record.deleted, Record.modified_at,
               Record.fields, DeletedContent.deleted_at, DeletedContent.fields)
        .outerjoin(DeletedContent, and_(DeletedContent.kind == Record.kind,
                                        DeletedContent.record_id == Record.id))
        .where(Record.kind == "client", Record.purged.is_(False))
        .order_by(Record.id)
    ).all()
    for client_id, org_id, deleted, modified_at, fields, deleted_at, kept in rows:
        org = rules.get(org_id, _Rules(DEFAULT_RETENTION_MONTHS, DEFAULT_UNDO_DAYS))
        if deleted:
            if org.undo_days is not None and _undo_over(deleted_at or modified_at, org.undo_days,
                                                        today):
                due.append(client_id)
            continue
        try:
            end = _service_end((fields or {}).get("service_end"))
        except Unreadable as exc:
            _fail(report, "client", client_id, org_id, str(exc))
            continue
        if end is not None and org.retention_months is not None:
            if purge_due(end, org.retention_months, today):
                due.append(client_id)
    return due


def due_erasures(session: Session, today: dt.date,
                 rules: dict[uuid.UUID, _Rules]) -> list[tuple[str, uuid.UUID]]:
    """Deleted records other than clients whose undo period is over."""
    due = []
    for kind, record_id, org_id, deleted_at in session.exec(
        select(DeletedContent.kind, DeletedContent.record_id, DeletedContent.organisation_id,
               DeletedContent.deleted_at)
        .where(DeletedContent.kind != "client")
        .order_by(DeletedContent.kind, DeletedContent.record_id)
    ).all():
        org = rules.get(org_id, _Rules(DEFAULT_RETENTION_MONTHS, DEFAULT_UNDO_DAYS))
        if org.undo_days is not None and _undo_over(deleted_at, org.undo_days, today):
            due.append((kind, record_id))
    return due


def erase_content(session: Session, keys: list[tuple[str, uuid.UUID]]) -> None:
    """Erase what the server keeps of these records' content besides their row: revisions'
    fields, conflicts' values, the content kept for undo, and the conflict values in the stored
    push answers that report them."""
    now = utcnow()
    for kind, record_id in keys:
        session.exec(
            update(RecordRevision)
            .where(RecordRevision.kind == kind, RecordRevision.record_id == record_id)
            .values(fields={})
        )
        conflicts = session.exec(
            select(FieldConflictRow.id, FieldConflictRow.batch_id)
            .where(FieldConflictRow.kind == kind, FieldConflictRow.record_id == record_id)
        ).all()
        _erase_from_answers(session, {row[1] for row in conflicts if row[1] is not None},
                            {str(row[0]) for row in conflicts})
        session.exec(
            update(FieldConflictRow)
            .where(FieldConflictRow.kind == kind, FieldConflictRow.record_id == record_id)
            .values(server_value=None, device_value=None,
                    resolved_at=func.coalesce(FieldConflictRow.resolved_at, now))
        )
        session.exec(
            delete(DeletedContent)
            .where(DeletedContent.kind == kind, DeletedContent.record_id == record_id)
        )


def _erase_from_answers(session: Session, batch_ids: set[uuid.UUID], conflict_ids: set[str]):
    for batch_id in sorted(batch_ids):
        batch = session.get(PushBatch, batch_id, with_for_update=True)
        if batch is None:
            continue
        response = dict(batch.response)
        results = []
        for result in response.get("results", []):
            result = dict(result)
            result["conflicts"] = [
                {**info, "server_value": None, "device_value": None}
                if info.get("conflict_id") in conflict_ids else info
                for info in result.get("conflicts", [])
            ]
            results.append(result)
        response["results"] = results
        batch.response = response
        session.add(batch)
    session.flush()


def purge_client(session: Session, client: Record) -> int:
    """Tombstone the client and everything with its client_id, erase their content; how many
    records."""
    rows = session.exec(
        select(Record)
        .where(Record.client_id == client.id, Record.purged.is_(False))
        .order_by(Record.kind, Record.id)
        .with_for_update()
    ).all()
    if client not in rows:
        rows = [client, *rows]
    now = utcnow()
    writes = [
        Write(row.kind, row.id, row.organisation_id, row.rev + 1, {}, True,
              ["deleted"], None, purged=True, modified_at=now)
        for row in rows
    ]
    files = hashes_of(session, [(row.kind, row.id) for row in rows])
    erase_content(session, [(row.kind, row.id) for row in rows])
    # Break-glass grants keep who opened the client and when, not why (the reason may describe
    # the person); one still open ends with the client.
    session.exec(
        update(BreakGlassGrant)
        .where(BreakGlassGrant.client_id == client.id)
        .values(reason="", ended_at=func.coalesce(BreakGlassGrant.ended_at, now))
    )
    write_new_records(session, writes)
    session.flush()
    drop_unreferenced(session, files)  # the content of files no other record refers to
    return len(writes)


def erase_deleted(session: Session, kind: str, record_id: uuid.UUID) -> bool:
    """Erase a deleted record's content (the tombstone on the devices already has none)."""
    row = session.exec(
        select(Record).where(Record.kind == kind, Record.id == record_id).with_for_update()
    ).first()
    if row is None or not row.deleted or row.purged:
        return False  # restored meanwhile, or purged with its client
    files = hashes_of(session, [(kind, record_id)])
    erase_content(session, [(kind, record_id)])
    row.fields, row.purged = {}, True
    session.add(row)
    session.flush()
    drop_unreferenced(session, files)
    return True


def run_purge(*, engine: Engine, today: dt.date | None = None) -> PurgeReport:
    today = today or dt.date.today()
    started = utcnow()
    report = PurgeReport()
    try:
        end_expired(engine=engine)  # break-glass grants that ran out (their managers' pulls may not come)
    except Exception as exc:  # noqa: BLE001 - the purge goes on; the next run tries again
        logger.error("ending expired break-glass grants failed", extra={"error": type(exc).__name__})
    with session_scope(engine) as session:
        rules = _organisation_rules(session, report)
        clients = due_clients(session, today, report, rules)
        erasures = due_erasures(session, today, rules)
    for client_id in clients:  # one transaction a client, so a long purge never holds the lock long
        try:
            with session_scope(engine) as session:
                client = session.get(Record, ("client", client_id))
                if client is None or client.purged:
                    continue
                report.records += purge_client(session, client)
                report.clients += 1
        except Exception as exc:  # noqa: BLE001 - this client is reported, the others go on
            _fail(report, "client", client_id, None, f"purge failed ({type(exc).__name__})")
            continue
        logger.info("client purged", extra={"client_id": str(client_id)})
    for kind, record_id in erasures:
        try:
            with session_scope(engine) as session:
                erased = erase_deleted(session, kind, record_id)
        except Exception as exc:  # noqa: BLE001
            _fail(report, kind, record_id, None, f"erasure failed ({type(exc).__name__})")
            continue
        if erased:
            report.erased += 1
            logger.info("deleted record erased", extra={"kind": kind, "record_id": str(record_id)})
    with session_scope(engine) as session:
        delete_expired_tokens(session)
        session.add(PurgeRun(
            started_at=started, finished_at=utcnow(), clients=report.clients,
            records=report.records, erased=report.erased, failed=len(report.failures),
            failures=[failure.as_json() for failure in report.failures],
        ))
    log = logger.warning if report.failures else logger.info
    log("purge done", extra={"clients": report.clients, "records": report.records,
                             "erased": report.erased, "failed": len(report.failures)})
    return report


def last_run(session: Session) -> PurgeRun | None:
    return session.exec(select(PurgeRun).order_by(PurgeRun.id.desc()).limit(1)).first()
