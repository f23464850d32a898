"""Joint assignment: a staff member asks a client's assigned staff to be assigned too.

The organisation-wide duplicate check (``sync.server.identity``) gives an asker who is not
assigned to the client an opaque client id; with it ``POST /v1/clients/{id}/assignment-requests``
makes an ``assignment_request`` record here, on the server (``requested_by`` is the asker). It is
client-scoped, so it travels to the client's assigned staff as the client's records do, and
``sync.server.pull`` gives it to its requester too (in full: it holds ids, the asker's message
and the decision, no data of the client). One of the client's staff decides by pushing the status
``accepted`` or ``declined`` (with, on accepting, their own change of the client's
``assigned_staff_ids``); the server sets ``decided_by`` and ``decided_at`` and keeps everything
else of the request as the server made it. The requester's next pull brings the decision, and
after an accept the client: a client that gains staff is numbered anew for them.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from sync.server.authz import Principal
from sync.server.client_scope import Refused
from sync.server.identity import ASKING_ROLES
from sync.server.models import ClientAccess, Record, utcnow
from sync.server.store import Write, validated_fields, write_new_records

logger = logging.getLogger(__name__)

KIND = "assignment_request"
# What the server made and nobody changes by a push.
FIXED_FIELDS = ("client_id", "requested_by", "requested_at", "message")


class AssignmentError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def make_request(*, session: Session, principal: Principal, client_id: uuid.UUID,
                 message: str | None) -> Record:
    if principal.role not in ASKING_ROLES:
        raise AssignmentError(403, "Only career coaches and managers may ask to be assigned to a client.")
    client = session.exec(
        select(Record).where(Record.kind == "client", Record.id == client_id).with_for_update()
    ).first()
    if client is None or client.organisation_id != principal.organisation_id or client.deleted:
        raise AssignmentError(404, "No such client.")
    if session.get(ClientAccess, (client_id, principal.staff_id)) is not None:
        raise AssignmentError(409, "You are assigned to this client already.")
    for row in session.exec(select(Record).where(Record.kind == KIND, Record.client_id == client_id,
                                                 Record.deleted == False)).all():  # noqa: E712
        if row.fields.get("requested_by") == str(principal.staff_id) and row.fields.get("status") == "requested":
            return row  # asked already: the same request
    request_id = uuid.uuid4()
    now = utcnow()
    fields = validated_fields(KIND, request_id, {
        "client_id": str(client_id), "requested_by": str(principal.staff_id),
        "requested_at": now.isoformat(), "message": (message or "").strip() or None,
        "status": "requested"})
    write_new_records(session, [Write(KIND, request_id, principal.organisation_id, 1, fields, False,
                                      sorted(fields), str(principal.staff_id),
                                      device_id=principal.device_id, modified_at=now)])
    logger.info("assignment requested", extra={"client_id": str(client_id), "request_id": str(request_id),
                                               "staff_id": str(principal.staff_id)})
    return session.get(Record, (KIND, request_id))


def request_assignment(*, engine: Engine, principal: Principal, client_id: uuid.UUID,
                       message: str | None) -> tuple[uuid.UUID, str]:
    from sync.server.push import _with_retries

    def work(session: Session) -> tuple[uuid.UUID, str]:
        row = make_request(session=session, principal=principal, client_id=client_id, message=message)
        return row.id, str(row.fields.get("status"))

    return _with_retries(engine, work)


def settle_decision(principal: Principal, fields: dict[str, Any],
                    state: dict[str, Any] | None) -> dict[str, Any]:
    """A pushed change of a request: only its decision, by one of the client's staff (the push
    has checked that the pusher sees the client), who the server names as its decider."""
    if state is None:
        raise Refused("not_permitted", "An assignment request is made by the server: ask with "
                                       "POST /v1/clients/{client_id}/assignment-requests.")
    old = state["fields"]
    for name in FIXED_FIELDS:
        if str(fields.get(name)) != str(old.get(name)):
            raise Refused("not_permitted", f"The request's {name} cannot be changed.")
    if fields.get("status") == old.get("status"):
        return {**fields, "decided_by": old.get("decided_by"), "decided_at": old.get("decided_at")}
    if old.get("status") != "requested" or fields.get("status") == "requested":
        raise Refused("not_permitted", "The request was decided already.")
    return {**fields, "decided_by": str(principal.staff_id), "decided_at": utcnow().isoformat()}
