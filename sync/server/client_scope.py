"""Client-scoped records in a push: who may touch them, and what a reassignment sets off.

A client is seen by its assigned staff and by managers and admins. When staff are added to a
client, the client's records get new sequence numbers so the new staff pull its history; when
staff are removed, an access revocation tells their devices to drop the client.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlmodel import Session, select

from sync.protocol import FieldError
from sync.server.authz import CLIENT_SCOPED_KINDS, Principal, may_access_client, staff_ids
from sync.server.models import Record
from sync.server.store import scope_client_id, state_of

Effects = tuple[uuid.UUID, set[uuid.UUID], set[uuid.UUID]] | None


class Refused(Exception):
    """A change the server will not apply; ``code`` is stable, ``message`` is for people."""

    def __init__(self, code: str, message: str, field_errors: list[FieldError] | None = None):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.field_errors = field_errors or []


def _is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


class ClientScope:
    def __init__(self, session: Session, principal: Principal, state: dict) -> None:
        self.session = session
        self.principal = principal
        self.state = state  # the batch's view of records, shared with the planner
        self.revocations: list[tuple[uuid.UUID, uuid.UUID]] = []
        self._resequence: set[uuid.UUID] = set()

    def _client(self, client_id: uuid.UUID) -> dict[str, Any] | None:
        known = self.state.get(("client", client_id))
        if known is not None:
            return known
        row = self.session.get(Record, ("client", client_id))
        return state_of(row) if row is not None else None

    def check(
        self,
        kind: str,
        record_id: uuid.UUID,
        fields: dict[str, Any],
        deleted: bool,
        state: dict[str, Any] | None,
    ) -> Effects:
        """Refuse what this principal may not do; the access changes a client write makes."""
        if kind == "client":
            return self._check_client(record_id, fields, deleted, state)
        if kind not in CLIENT_SCOPED_KINDS:
            return None
        clients = {scope_client_id(kind, record_id, fields)}
        if state is not None:
            clients.add(scope_client_id(kind, record_id, state["fields"]))
        for client_id in clients - {None}:
            client = self._client(client_id)
            if client is None or client["organisation_id"] != self.principal.organisation_id:
                raise Refused(
                    "unknown_client",
                    "The client of this record is not on the server; push the client first.",
                )
            if not may_access_client(self.principal, client["fields"].get("assigned_staff_ids")):
                raise Refused("not_permitted", "You are not assigned to this client.")
            if not deleted and (client["deleted"] or client["purged"]):
                raise Refused("client_deleted", "The client of this record has been deleted.")
        return None

    def _check_client(self, record_id, fields, deleted, state) -> Effects:
        p = self.principal
        old = staff_ids(state["fields"].get("assigned_staff_ids")) if state else set()
        if state is not None and not may_access_client(p, old):
            raise Refused("not_permitted", "You are not assigned to this client.")
        raw = fields.get("assigned_staff_ids") or []
        if not deleted and not all(_is_uuid(value) for value in raw):
            message = "Assigned staff must be staff record ids."
            raise Refused(
                "invalid",
                f"assigned_staff_ids: {message}",
                [FieldError(field="assigned_staff_ids", type="invalid_staff_id", message=message)],
            )
        new = staff_ids(raw)
        if state is None and not p.privileged and p.staff_id not in new:
            raise Refused(
                "not_assigned", "A new client must list you among its assigned staff."
            )
        if deleted:
            return None
        return (record_id, new - old, old - new)

    def commit_effects(self, effects: Effects) -> None:
        if effects is None:
            return
        client_id, added, removed = effects
        if added:
            self._resequence.add(client_id)
        self.revocations.extend((client_id, staff_id) for staff_id in sorted(removed))

    def resequence_rows(self) -> list[Record]:
        """The records of clients that gained staff, locked, to be numbered anew."""
        if not self._resequence:
            return []
        return list(
            self.session.exec(
                select(Record)
                .where(Record.client_id.in_(sorted(self._resequence)), Record.kind != "client")
                .order_by(Record.kind, Record.id)
                .with_for_update()
            ).all()
        )
