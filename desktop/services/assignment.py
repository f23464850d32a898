"""The organisation-wide duplicate check and joint assignment, on the laptop (no Qt here).

The laptop holds only its user's clients, so whether a person is a client of other staff in the
organisation is the server's to say (``sync/server/identity.py``: from a keyed hash of the
identity code, never the code stored or logged there). ``check_organisation`` asks it with a
short timeout and never fails: offline, or without a server, the answer is "not checked". A user
who finds the person a client of other staff asks to be assigned too (``ask_to_be_assigned``);
the server makes the ``assignment_request``, which the next sync brings to the client's staff.
They see it (``open_assignment_requests``, for the client's page and the Today page) and
``decide`` it: accepting adds the requester to the client's ``assigned_staff_ids``, an ordinary
change of the client by the one who accepts, in the same transaction as the decision, so the
requester's next sync brings the client. The requester sees the decision (``my_requests``).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from sqlmodel import col, select

from desktop.errors import ERRORS, KenttaError
from desktop.services import changes
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import AssignmentRequest, Client, Staff
from desktop.translation import QT_TRANSLATE_NOOP
from sync.client.errors import LoginRequired, ServerRejected, SyncError
from sync.client.transport import Backoff
from sync.records import as_aware

__all__ = ["ERRORS", "OrganisationCheck", "OpenRequest", "ask_to_be_assigned", "check_organisation",
           "decide", "my_requests", "open_assignment_requests"]

logger = logging.getLogger(__name__)

CHECK_TIMEOUT = 5.0  # seconds: the dialog waits for it
KNOWN, UNKNOWN, NOT_CHECKED = "known", "unknown", "not_checked"
NO_SERVER = "no_server"  # a profile that does not sync: there is no organisation to ask


class RequestRefused(KenttaError):
    """The server would not take the request; the message says why."""


_REFUSALS = {
    403: QT_TRANSLATE_NOOP("Errors", "Only career coaches and managers may ask to be assigned to a client."),
    404: QT_TRANSLATE_NOOP("Errors", "The server has no such client any more: it may have been deleted."),
    409: QT_TRANSLATE_NOOP("Errors", "You are assigned to this client already: sync to see it."),
}
NOT_SENT = QT_TRANSLATE_NOOP("Errors", "The request could not be sent to the server now: check the "
                             "network connection, then try again.")


@dataclass(frozen=True)
class OrganisationCheck:
    status: str  # KNOWN | UNKNOWN | NOT_CHECKED | NO_SERVER
    staff_names: tuple[str, ...] = ()
    client_id: uuid.UUID | None = None  # to ask for joint assignment with
    assigned_to_you: bool = False


def check_organisation(store: Store, personal_id: str | None, *,
                       timeout: float = CHECK_TIMEOUT) -> OrganisationCheck:
    """Whether the person is already a client in the organisation (network: off the GUI thread)."""
    if not personal_id or not personal_id.strip():
        return OrganisationCheck(NOT_CHECKED)
    from desktop.services.sync_session import transport_for

    try:
        transport = transport_for(store, backoff=Backoff(attempts=1), timeout=timeout)
    except KenttaError:  # no server for this profile
        return OrganisationCheck(NO_SERVER)
    with transport:
        try:
            answer = transport.identity_check(personal_id.strip())
        except (SyncError, LoginRequired) as error:
            logger.info("organisation-wide check not made: %s", type(error).__name__)
            return OrganisationCheck(NOT_CHECKED)
    if not answer.known:
        return OrganisationCheck(UNKNOWN)
    return OrganisationCheck(KNOWN, tuple(s.name for s in answer.staff), answer.client_id,
                             answer.assigned_to_you)


def ask_to_be_assigned(store: Store, *, client_id, message: str | None = None) -> uuid.UUID:
    """Ask the client's staff to assign this user too (network); the request's id."""
    from desktop.services.sync_session import transport_for

    with transport_for(store, backoff=Backoff(attempts=2)) as transport:
        try:
            made = transport.request_assignment(uuid.UUID(str(client_id)), message)
        except ServerRejected as error:
            status = int(error.params.get("status", 0))
            raise RequestRefused(_REFUSALS.get(status, NOT_SENT)) from None
        except SyncError as error:
            logger.info("assignment request not sent: %s", type(error).__name__)
            raise RequestRefused(NOT_SENT) from None
    logger.info("assignment requested for client %s", client_id)
    return made.request_id


@dataclass(frozen=True)
class OpenRequest:
    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str | None  # None on the requester's laptop: the client is not here
    requested_by: uuid.UUID
    requester_name: str
    requested_at: dt.datetime
    message: str | None
    status: str
    decided_by_name: str | None = None
    decided_at: dt.datetime | None = None


def _requests(store: Store, *where) -> list[OpenRequest]:
    with store.reader() as session:
        rows = session.exec(
            select(AssignmentRequest, Client.name)
            .join(Client, Client.id == AssignmentRequest.client_id, isouter=True)
            .where(AssignmentRequest.deleted == False, *where)  # noqa: E712
            .order_by(AssignmentRequest.requested_at)
        ).all()
        staff_ids = {r.requested_by for r, _ in rows} | {r.decided_by for r, _ in rows if r.decided_by}
        names = {s.id: s.name for s in session.exec(
            select(Staff).where(col(Staff.id).in_(staff_ids))).all()} if staff_ids else {}
    return [OpenRequest(r.id, r.client_id, client_name, r.requested_by, names.get(r.requested_by, ""),
                        as_aware(r.requested_at), r.message, r.status,
                        names.get(r.decided_by) if r.decided_by else None,
                        as_aware(r.decided_at) if r.decided_at else None)
            for r, client_name in rows]


def open_assignment_requests(store: Store, actor: Actor, *, client_id=None) -> list[OpenRequest]:
    """Requests waiting for the actor's decision: on the actor's clients (of one, with
    ``client_id``), asked by someone else, not decided yet; oldest first."""
    if actor.staff_id is None:
        return []
    where = [AssignmentRequest.status == "requested", AssignmentRequest.requested_by != actor.staff_id]
    if client_id is not None:
        where.append(AssignmentRequest.client_id == uuid.UUID(str(client_id)))
    mine = str(actor.staff_id)
    return [r for r in _requests(store, *where) if r.client_name is not None
            and mine in _assigned(store, r.client_id)]


def _assigned(store: Store, client_id: uuid.UUID) -> list[str]:
    with store.reader() as session:
        client = session.get(Client, client_id)
    return list(client.assigned_staff_ids or []) if client is not None and not client.deleted else []


def my_requests(store: Store, actor: Actor) -> list[OpenRequest]:
    """The actor's own requests and what was decided (the requester is told here)."""
    if actor.staff_id is None:
        return []
    return _requests(store, AssignmentRequest.requested_by == actor.staff_id)


def decide(store: Store, *, actor: Actor, request_id, accept: bool) -> AssignmentRequest:
    """Accept (the requester is added to the client's staff) or decline, in one transaction."""
    with store.session() as session:
        request = changes.get(session, AssignmentRequest, request_id)
        status = "accepted" if accept else "declined"
        if accept:
            client = changes.get(session, Client, request.client_id)
            assigned = list(dict.fromkeys([*(client.assigned_staff_ids or []), str(request.requested_by)]))
            if assigned != list(client.assigned_staff_ids or []):
                changes.update(session, client, {"assigned_staff_ids": assigned}, actor=actor)
        # the server names the decider and the time; set here too, so this laptop shows them at once
        changes.update(session, request, {"status": status, "decided_by": actor.staff_id,
                                          "decided_at": dt.datetime.now(dt.timezone.utc)}, actor=actor)
        logger.info("assignment request %s %s", request.id, status)
        return request
