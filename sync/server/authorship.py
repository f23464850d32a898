"""Who a pushed record names as its author or staff: set or checked by the server.

The rules are in ``sync.server.authz``'s docstring; this module applies them to a change the
planner has merged and validated. Staff are looked up in the batch's view of the records
first (a staff record made earlier in the same batch counts), then in the database.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlmodel import Session

from sync.protocol import FieldError
from sync.server.authz import AUTHORED_KINDS, STAFF_REFERENCE_KINDS, Principal
from sync.server.client_scope import Refused
from sync.server.models import Record
from sync.server.store import state_of

NOT_STAFF = "Staff references must be staff records of your organisation."


def _as_uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


class StaffDirectory:
    """Which ids are staff of the principal's organisation, as this batch sees them."""

    def __init__(self, session: Session, principal: Principal, state: dict) -> None:
        self.session = session
        self.principal = principal
        self.state = state  # shared with the planner
        self._stored: dict[uuid.UUID, bool] = {}

    def is_staff(self, value: Any) -> bool:
        """A staff record of this organisation, not deleted (purged records are deleted)."""
        staff_id = _as_uuid(value)
        if staff_id is None:
            return False
        known = self.state.get(("staff", staff_id))
        if known is None:
            if staff_id not in self._stored:
                row = self.session.get(Record, ("staff", staff_id))
                found = state_of(row) if row is not None else None
                self._stored[staff_id] = bool(
                    found and found["organisation_id"] == self.principal.organisation_id
                    and not found["deleted"]
                )
            return self._stored[staff_id]
        return known["organisation_id"] == self.principal.organisation_id and not known["deleted"]


def settle_authorship(
    directory: StaffDirectory,
    kind: str,
    fields: dict[str, Any],
    state: dict[str, Any] | None,
) -> dict[str, Any]:
    """``fields`` (merged and validated, not a delete) with the server's ``staff_id``.

    Raises ``Refused`` for a staff id that is not the pusher's where it must be, one that an
    edit changes, or one that is no staff member of the organisation."""
    if kind not in STAFF_REFERENCE_KINDS:
        return fields
    p = directory.principal
    mine = str(p.staff_id)
    value = fields.get("staff_id")
    old = state["fields"].get("staff_id") if state is not None else None
    if kind in AUTHORED_KINDS:
        if state is None:
            if value is None:
                return {**fields, "staff_id": mine}
            if str(value) != mine:
                raise Refused(
                    "not_permitted",
                    f"A new {kind} is recorded as yours: leave staff_id out or give your own "
                    f"staff id ({mine}).",
                )
            return fields
        if str(value) != str(old):
            raise Refused(
                "not_permitted",
                f"The staff_id of a {kind} is set when it is made; an edit cannot change it.",
            )
        return fields
    # A reference to any staff member of the organisation (the coach on a handover form).
    if value is not None and (state is None or str(value) != str(old)) and not directory.is_staff(value):
        raise Refused(
            "invalid",
            f"staff_id: {NOT_STAFF}",
            [FieldError(field="staff_id", type="invalid_staff_id", message=NOT_STAFF)],
        )
    return fields
