"""Retention: client data is purged a configurable time after the service ended.

The organisation record's ``retention_months`` and the client's ``service_end`` decide. A
purge writes tombstones that sync like any delete: the client and every record with its
``client_id`` become ``deleted`` with their fields blanked, each with a new revision and
sequence number. Earlier revisions and open conflicts lose their values too; the history keeps
only who changed what, when.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, update
from sqlmodel import Session, select

from sync.server.core.db import session_scope
from sync.server.models import FieldConflictRow, Record, RecordRevision, utcnow
from sync.server.store import Write, write_new_records
from sync.server.tokens import delete_expired_tokens

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PurgeReport:
    clients: int
    records: int


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_clients(session: Session, today: dt.date) -> list[Record]:
    retention = {
        row.id: int(row.fields.get("retention_months") or 24)
        for row in session.exec(select(Record).where(Record.kind == "organisation")).all()
    }
    due = []
    for client in session.exec(
        select(Record).where(Record.kind == "client", Record.purged.is_(False))
    ).all():
        end = client.fields.get("service_end")
        if not end:
            continue
        months = retention.get(client.organisation_id, 24)
        if add_months(dt.date.fromisoformat(end), months) <= today:
            due.append(client)
    return due


def purge_client(session: Session, client: Record) -> int:
    """Tombstone the client and everything with its client_id; how many records."""
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
    for row in rows:
        session.exec(
            update(RecordRevision)
            .where(RecordRevision.kind == row.kind, RecordRevision.record_id == row.id)
            .values(fields={})
        )
        session.exec(
            update(FieldConflictRow)
            .where(FieldConflictRow.kind == row.kind, FieldConflictRow.record_id == row.id)
            .values(server_value=None, device_value=None, resolved_at=now)
        )
    write_new_records(session, writes)
    return len(writes)


def run_purge(*, engine: Engine, today: dt.date | None = None) -> PurgeReport:
    today = today or dt.date.today()
    clients = records = 0
    with session_scope(engine) as session:
        due = [(client.kind, client.id) for client in due_clients(session, today)]
    for key in due:  # one transaction a client, so a long purge never holds the lock long
        with session_scope(engine) as session:
            client = session.get(Record, key)
            if client is None or client.purged:
                continue
            records += purge_client(session, client)
            clients += 1
            logger.info("client purged", extra={"client_id": str(uuid.UUID(str(client.id)))})
    with session_scope(engine) as session:
        delete_expired_tokens(session)
    logger.info("purge done", extra={"clients": clients, "records": records})
    return PurgeReport(clients=clients, records=records)
