"""Who may see and change which records: the rules, apart from the queries that apply them.

- Organisation-wide kinds are shared inside the organisation. Everyone may change employers,
  contacts, visits, positions and recruitment events; localities need a manager or an admin;
  the organisation record and staff records need an admin.
- Client-scoped kinds (``client_scoped = True`` in ``sync.records``) are seen and changed only by
  the client's assigned staff (``assigned_staff_ids``) and by managers and admins.
- ``audit_event``: anyone may add one (never change it); only managers and admins pull them.
- Nobody sees or touches another organisation's records.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sync.records import RECORD_TYPES

PRIVILEGED_ROLES = frozenset({"manager", "admin"})
CLIENT_SCOPED_KINDS = frozenset(k for k, cls in RECORD_TYPES.items() if cls.client_scoped)
AUDIT_KIND = "audit_event"
WRITE_ROLES: dict[str, frozenset[str]] = {
    "organisation": frozenset({"admin"}),
    "staff": frozenset({"admin"}),
    "locality": frozenset({"manager", "admin"}),
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
    allowed = WRITE_ROLES.get(kind)
    return allowed is None or principal.role in allowed


def may_read_kind(principal: Principal, kind: str) -> bool:
    return kind != AUDIT_KIND or principal.privileged


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
    return principal.privileged or principal.staff_id in staff_ids(assigned)
