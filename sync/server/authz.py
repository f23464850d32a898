"""Who may see and change which records: the rules, apart from the queries that apply them.

- Organisation-wide kinds are shared inside the organisation. Everyone may change employers,
  contacts, visits, positions and recruitment events; localities need a manager or an admin;
  the organisation record and staff records need an admin.
- Client-scoped kinds (``client_scoped = True`` in ``sync.records``) are seen and changed only by
  the client's assigned staff (``assigned_staff_ids``). A manager not assigned to a client sees
  its figures only (``sync.visibility``: no names, identity codes, contact details or texts) and
  may change those only; an admin sees no client-scoped record at all.
- ``break_glass`` records are written by the server only (``sync.server.break_glass``); a manager
  with an open grant on a client sees it in full, read only (``pull.seen_in_full`` decides).
- ``assignment_request`` records are made by the server only (``POST
  /v1/clients/{id}/assignment-requests``, ``sync.server.assignment``): the asker is not assigned
  to the client, so they could not push a record of its scope. The request is client-scoped, so
  the client's assigned staff get it and decide it by a push (the status only; the server names
  the decider), and ``pull`` gives it to its requester as well, in full: it holds ids, the
  asker's message and the decision, nothing of the client. A manager not assigned gets none.
- ``audit_event``: anyone may add one (never change it); only managers pull them (an admin gets
  no client data: audit events name clients).
- Nobody sees or touches another organisation's records.

No existence oracle. A record the pusher may not see (another organisation's, one of a client
not assigned to them, someone else's audit event) is refused exactly as one the server does
not have: ``not_permitted`` with the same message (``NO_SUCH_RECORD``), and a record whose
client is missing or not theirs gets ``NO_SUCH_CLIENT`` either way. The ``/v1/records`` reads,
``/history`` and the conflict calls answer 404 alike for both. Staff removed from a client lose
it at once, also when the change that removes them deletes the client (they get an access
revocation, not the tombstone).

Authorship (``sync.server.authorship``), set or checked by the server, never taken on trust:

- ``staff_id`` of a new ``client_note``, ``assessment``, ``visit`` or ``audit_event`` is the
  pusher: left out (null), the server sets it; another staff id is refused (``not_permitted``).
  An edit never changes it (refused), so a record keeps its author for good.
- ``staff_id`` of a ``handover_form`` (the coach named on the form) and every id added to a
  client's ``assigned_staff_ids`` must be a staff record of the pusher's organisation that is
  not deleted (``invalid``, field error ``invalid_staff_id``). Ids already there stay even if
  that staff member has left.
- An ``audit_event``'s ``client_id``, when given, must be a client the pusher may see (refused
  as ``NO_SUCH_CLIENT`` otherwise). Its ``at`` is the device's time, stored as sent; the time the
  server received it is the record's ``modified_at`` (rev 1, set by the server, never by the
  device: the common fields a device sends are ignored), which pull, ``GET /v1/records`` and
  ``/history`` give beside ``at``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sync.records import RECORD_TYPES

PRIVILEGED_ROLES = frozenset({"manager", "admin"})
CLIENT_SCOPED_KINDS = frozenset(k for k, cls in RECORD_TYPES.items() if cls.client_scoped)
AUDIT_KIND = "audit_event"
# Kinds whose staff_id names their author: the pusher, when the record is made.
AUTHORED_KINDS = frozenset({"client_note", "assessment", "visit", AUDIT_KIND})
# Kinds with a staff_id that must be a staff member of the organisation.
STAFF_REFERENCE_KINDS = AUTHORED_KINDS | {"handover_form"}
NO_SUCH_RECORD = "The server has no such record that you may change."
NO_SUCH_CLIENT = (
    "The client of this record is not on the server, or not yours: push the client first, "
    "or ask to be assigned to it."
)
WRITE_ROLES: dict[str, frozenset[str]] = {
    "organisation": frozenset({"admin"}),
    "staff": frozenset({"admin"}),
    "locality": frozenset({"manager", "admin"}),
    # Written by the server only (``break_glass``, by ``sync.server.break_glass``): nobody pushes one.
    **{kind: frozenset() for kind, cls in RECORD_TYPES.items() if cls.server_written},
}


@dataclass(frozen=True)
class Principal:
    """The person (account) behind a request, and the device it came from."""

    account_id: uuid.UUID
    organisation_id: uuid.UUID
    staff_id: uuid.UUID
    role: str
    device_id: uuid.UUID

    @property
    def privileged(self) -> bool:
        return self.role in PRIVILEGED_ROLES


def may_write_kind(principal: Principal, kind: str) -> bool:
    if principal.role == "admin" and (kind in CLIENT_SCOPED_KINDS or kind == AUDIT_KIND):
        return False  # an admin has no client data
    allowed = WRITE_ROLES.get(kind)
    return allowed is None or principal.role in allowed


def may_read_kind(principal: Principal, kind: str) -> bool:
    return kind != AUDIT_KIND or principal.role == "manager"


def sees_figures(principal: Principal) -> bool:
    """Whether the principal sees the figures of every client of the organisation."""
    return principal.role == "manager"


def staff_ids(values: Iterable[object]) -> set[uuid.UUID]:
    """The assigned staff of a client as UUIDs (entries that are no UUID are ignored)."""
    result = set()
    for value in values or ():
        try:
            result.add(uuid.UUID(str(value)))
        except ValueError:
            continue
    return result


def may_access_client(principal: Principal, assigned: Iterable[object]) -> bool:
    """Whether the principal sees a client's content (and so everything of it)."""
    return principal.role != "admin" and principal.staff_id in staff_ids(assigned)
