"""Break-glass: a manager reads one client not assigned to them, for a limited time, with a reason.

- **Grant** (``POST /v1/clients/{id}/break-glass``): a manager only, with a reason of a few
  words; the access lasts the organisation's ``break_glass_hours`` (default 24). In one
  transaction the server stores the grant (who: account, staff, device; the client; the reason;
  when), writes a ``break_glass`` record (the client's staff see who opened it, why and until
  when) and an ``audit_event`` (action ``break_glass``, the manager as staff), and numbers the
  client's records anew so that the manager's next pull brings them in full.
- **While it lasts** the manager sees the client as its assigned staff do, **read only**: the one
  place that decides is ``pull.seen_in_full`` (through ``open_clients``), which every read
  (pull, ``/v1/records``, ``/history``, conflicts) goes through. Pushes still decide by
  assignment (``authz.may_access_client``), so the manager may change the client's figures, as
  without the grant, and nothing else.
- **Expiry**: ``seen_in_full`` compares with the clock, so content stops at ``expires_at`` whatever
  else happens. The rest is done lazily, where it is cheap: at the manager's pull and in the
  periodic purge. Each expired grant is ended in one transaction: ``ended_at`` set on the grant
  and its record, an access revocation for the manager (their laptops drop the client, as after
  a reassignment), and the client's figures numbered anew after it, so that the laptops get the
  figures-only copy back and the reports do not change. A manager assigned to the client
  meanwhile, or holding another open grant on it, keeps it.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid

from sqlalchemy import Engine, false
from sqlmodel import Session, select

from sync.records import break_glass_reason
from sync.server.authz import Principal
from sync.server.models import AccessRevocation, BreakGlassGrant, ClientAccess, Record, utcnow
from sync.server.store import (
    Write,
    allocate_seqs,
    client_record_keys,
    organisation_setting,
    renumber_records,
    validated_fields,
    write_new_records,
)
from sync.visibility import FIGURE_KINDS

logger = logging.getLogger(__name__)


class BreakGlassError(Exception):
    """Why a grant cannot be made; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def open_clients(principal: Principal, now: dt.datetime | None = None):
    """SQL: the clients this principal holds an open grant on (none unless a manager)."""
    query = select(BreakGlassGrant.client_id).where(
        BreakGlassGrant.staff_id == principal.staff_id,
        BreakGlassGrant.organisation_id == principal.organisation_id,
        BreakGlassGrant.ended_at.is_(None),
        BreakGlassGrant.expires_at > (now or utcnow()),
    )
    return query if principal.role == "manager" else query.where(false())


def checked_reason(reason: str) -> str:
    text = break_glass_reason(reason)
    if text is None:
        raise BreakGlassError(
            422, "Say why you open this client, in a few words at least: the client's staff "
            "and the audit trail will see it.")
    return text


def _record_fields(row: BreakGlassGrant) -> dict:
    return {"client_id": str(row.client_id), "staff_id": str(row.staff_id), "reason": row.reason,
            "granted_at": row.granted_at.isoformat(), "expires_at": row.expires_at.isoformat(),
            "ended_at": row.ended_at.isoformat() if row.ended_at else None}


def grant(*, session: Session, principal: Principal, client_id: uuid.UUID,
          reason: str) -> BreakGlassGrant:
    if principal.role != "manager":
        raise BreakGlassError(403, "Only a manager may open a client that is not theirs.")
    client = session.exec(
        select(Record).where(Record.kind == "client", Record.id == client_id).with_for_update()
    ).first()
    if client is None or client.organisation_id != principal.organisation_id or client.deleted:
        raise BreakGlassError(404, "No such client.")
    text = checked_reason(reason)
    if session.get(ClientAccess, (client_id, principal.staff_id)) is not None:
        raise BreakGlassError(409, "You are assigned to this client: you see it in full already.")
    now = utcnow()
    if session.exec(open_clients(principal, now).where(BreakGlassGrant.client_id == client_id)).first():
        raise BreakGlassError(409, "You have this client open already.")
    row = BreakGlassGrant(
        organisation_id=principal.organisation_id, client_id=client_id,
        account_id=principal.account_id, staff_id=principal.staff_id,
        device_id=principal.device_id, reason=text, granted_at=now,
        expires_at=now + dt.timedelta(hours=organisation_setting(session, principal.organisation_id,
                                                               "break_glass_hours")),
    )
    session.add(row)
    session.flush()
    # The client's records as they are, numbered anew: the manager's devices pull them in full.
    existing = client_record_keys(session, [client_id])
    by = str(principal.staff_id)
    audit_id = uuid.uuid4()
    made = {
        ("break_glass", row.id): _record_fields(row),
        ("audit_event", audit_id): {"staff_id": by, "action": "break_glass",
                                    "record_kind": "client", "record_id": str(client_id),
                                    "client_id": str(client_id), "at": now.isoformat()},
    }
    writes = []
    for (kind, record_id), fields in made.items():
        fields = validated_fields(kind, record_id, fields)
        writes.append(Write(kind, record_id, principal.organisation_id, 1, fields, False,
                            sorted(fields), by, device_id=principal.device_id, modified_at=now))
    write_new_records(session, writes)
    renumber_records(session, existing, allocate_seqs(session, len(existing)) if existing else 0)
    logger.info("break-glass granted", extra={"client_id": str(client_id),
                                               "staff_id": by, "grant_id": str(row.id)})
    return row


def grant_access(*, engine: Engine, principal: Principal, client_id: uuid.UUID,
                 reason: str) -> BreakGlassGrant:
    from sync.server.push import _with_retries

    return _with_retries(engine, lambda session: grant(
        session=session, principal=principal, client_id=client_id, reason=reason))


def _due(session: Session, now: dt.datetime, staff_id: uuid.UUID | None):
    query = select(BreakGlassGrant.id).where(
        BreakGlassGrant.ended_at.is_(None), BreakGlassGrant.expires_at <= now)
    if staff_id is not None:
        query = query.where(BreakGlassGrant.staff_id == staff_id)
    return list(session.exec(query.order_by(BreakGlassGrant.expires_at)).all())


def end_grant(session: Session, grant_id: uuid.UUID, now: dt.datetime) -> bool:
    """End one expired grant (see the module's docstring); False when it is not due (any more)."""
    row = session.exec(
        select(BreakGlassGrant).where(BreakGlassGrant.id == grant_id).with_for_update()
    ).first()
    if row is None or row.ended_at is not None or row.expires_at.replace(
            tzinfo=row.expires_at.tzinfo or dt.timezone.utc) > now:
        return False
    row.ended_at = now
    session.add(row)
    session.flush()
    writes = []
    record = session.get(Record, ("break_glass", row.id))
    if record is not None and not record.deleted:
        fields = {**record.fields, "ended_at": now.isoformat()}
        writes.append(Write("break_glass", row.id, row.organisation_id, record.rev + 1, fields,
                            False, ["ended_at"], None, modified_at=now))
    keeps = session.get(ClientAccess, (row.client_id, row.staff_id)) is not None or (
        session.exec(select(BreakGlassGrant.id).where(
            BreakGlassGrant.staff_id == row.staff_id, BreakGlassGrant.client_id == row.client_id,
            BreakGlassGrant.ended_at.is_(None), BreakGlassGrant.expires_at > now)).first()
        is not None)
    figures = [] if keeps else client_record_keys(session, [row.client_id], FIGURE_KINDS)
    write_new_records(session, writes)
    if not keeps:
        seq = allocate_seqs(session, 1 + len(figures))
        session.add(AccessRevocation(seq=seq, organisation_id=row.organisation_id,
                                     client_id=row.client_id, staff_id=row.staff_id, at=now))
        session.flush()
        # After the revocation: the laptops that dropped the client get its figures back.
        renumber_records(session, figures, seq + 1)
    logger.info("break-glass ended", extra={"client_id": str(row.client_id),
                                             "staff_id": str(row.staff_id),
                                             "grant_id": str(row.id)})
    return True


def end_expired(*, engine: Engine, staff_id: uuid.UUID | None = None,
                now: dt.datetime | None = None, reading: Session | None = None) -> int:
    """End the expired grants (of one staff member, or all); how many. Each in a transaction
    of its own; a cheap read first, so a pull with nothing due writes nothing (``reading``:
    the session to read with, the pull's own, instead of one more connection)."""
    from sync.server.push import _with_retries

    now = now or utcnow()
    if reading is not None:
        due = _due(reading, now, staff_id)
        if due:
            # Its read ends: its next reads see the grants ended here (SQLite keeps a read
            # transaction's snapshot).
            reading.rollback()
    else:
        with Session(engine) as session:
            due = _due(session, now, staff_id)
    ended = 0
    for grant_id in due:
        ended += _with_retries(engine, lambda session, g=grant_id: end_grant(session, g, now))
    return ended
