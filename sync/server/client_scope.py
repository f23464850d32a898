"""Client-scoped records in a push: who may touch them, and what a reassignment sets off.

A client is seen in full by its assigned staff; a manager not assigned to it sees and may change
its figures only (``sync.visibility``), never its content, nor delete it; an admin has no client. When staff are added to a
client, the client's records get new sequence numbers so the new staff pull its history; when
staff are removed (also by the change that deletes the client), an access revocation tells their
devices to drop the client, and they can no longer read it. A manager removed keeps seeing the
client's figures: they are numbered anew after the revocation, so the manager's laptops drop the
content and get the figures-only copy back.

A record the pusher may not see is refused as one that does not exist (``authz``).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlmodel import Session, delete, select

from sync.protocol import FieldError
from sync.records import COMMON_FIELDS
from sync.server.authz import (
    AUDIT_KIND,
    CLIENT_SCOPED_KINDS,
    NO_SUCH_CLIENT,
    NO_SUCH_RECORD,
    Principal,
    may_access_client,
    sees_figures,
    staff_ids,
)
from sync.server.models import Account, ClientAccess, Record
from sync.server.store import client_record_keys, scope_client_id, state_of
from sync.visibility import FIGURE_KINDS, is_figure

NOT_ASSIGNED = "Only the client's assigned staff may change its content or delete it."

Effects = tuple[uuid.UUID, set[uuid.UUID], set[uuid.UUID]] | None


class Refused(Exception):
    """A change the server will not apply; ``code`` is stable, ``message`` is for people."""

    def __init__(self, code: str, message: str, field_errors: list[FieldError] | None = None):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.field_errors = field_errors or []


def no_such_record() -> Refused:
    """The refusal for a record that is not on the server, or not the pusher's to see."""
    return Refused("not_permitted", NO_SUCH_RECORD)


def _is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


class ClientScope:
    def __init__(self, session: Session, principal: Principal, state: dict, staff) -> None:
        self.session = session
        self.principal = principal
        self.state = state  # the batch's view of records, shared with the planner
        self.staff = staff  # an ``authorship.StaffDirectory`` on the same state
        self.revocations: list[tuple[uuid.UUID, uuid.UUID]] = []
        self._resequence: set[uuid.UUID] = set()
        # Staff removed by the delete of a client (set_client_access skips deletes).
        self._dropped: dict[uuid.UUID, set[uuid.UUID]] = {}
        # Clients not written by the batch, as stored (``_client``).
        self._stored_clients: dict[uuid.UUID, dict[str, Any] | None] = {}

    def _client(self, client_id: uuid.UUID) -> dict[str, Any] | None:
        """The client as the batch sees it: its own write if it has one, else the stored row,
        read once per batch (the session's identity map holds rows weakly: a day's notes of one
        client read its row once a note)."""
        known = self.state.get(("client", client_id))
        if known is not None:
            return known
        if client_id not in self._stored_clients:
            row = self.session.get(Record, ("client", client_id))
            self._stored_clients[client_id] = state_of(row) if row is not None else None
        return self._stored_clients[client_id]

    def _assigned(self, client_id: uuid.UUID, client: dict[str, Any]) -> list[Any]:
        """The client's assigned staff; for a tombstone without content (a purged or deleted
        client), those who had it, as ``client_access`` keeps them."""
        if "assigned_staff_ids" in client["fields"] or not (client["deleted"] or client["purged"]):
            return client["fields"].get("assigned_staff_ids") or []
        return list(
            self.session.exec(
                select(ClientAccess.staff_id).where(ClientAccess.client_id == client_id)
            ).all()
        )

    def may_see(self, kind: str, record_id: uuid.UUID, state: dict[str, Any]) -> bool:
        """Whether the principal may see a stored record (as ``pull.visible_records`` reads)."""
        p = self.principal
        if state["organisation_id"] != p.organisation_id:
            return False
        if kind == AUDIT_KIND:
            return sees_figures(p) or str(state["fields"].get("staff_id")) == str(p.staff_id)
        if kind not in CLIENT_SCOPED_KINDS:
            return True
        if sees_figures(p) and kind in FIGURE_KINDS:
            return True
        client_id = scope_client_id(kind, record_id, state["fields"])
        if client_id is None:
            # A tombstone without content: the stored row still knows its client.
            row = self.session.get(Record, (kind, record_id))
            client_id = row.client_id if row is not None else None
        client = self._client(client_id) if client_id is not None else None
        return client is not None and may_access_client(p, self._assigned(client_id, client))

    def check(
        self,
        kind: str,
        record_id: uuid.UUID,
        fields: dict[str, Any],
        deleted: bool,
        state: dict[str, Any] | None,
        changed: list[str] | None = None,
    ) -> Effects:
        """Refuse what this principal may not do; the access changes a client write makes.
        ``fields`` is the record as it would be; ``changed`` the names it changes (all)."""
        changed = list(fields) if changed is None else changed
        if kind == "client":
            return self._check_client(record_id, fields, deleted, state, changed)
        if kind not in CLIENT_SCOPED_KINDS and kind != AUDIT_KIND:
            return None
        clients = {scope_client_id(kind, record_id, fields)}
        if state is not None:
            clients.add(scope_client_id(kind, record_id, state["fields"]))
        for client_id in clients - {None}:
            client = self._client(client_id)
            if client is None or client["organisation_id"] != self.principal.organisation_id:
                raise Refused("not_permitted", NO_SUCH_CLIENT)
            if not may_access_client(self.principal, self._assigned(client_id, client)):
                self._figures_only(kind, changed, deleted, NO_SUCH_CLIENT)
            # An audit event may record what was seen before the client was deleted.
            if kind != AUDIT_KIND and not deleted and (client["deleted"] or client["purged"]):
                raise Refused("client_deleted", "The client of this record has been deleted.")
        return None

    def _check_client(self, record_id, fields, deleted, state, changed) -> Effects:
        p = self.principal
        old = staff_ids(self._assigned(record_id, state)) if state else set()
        if state is not None and not may_access_client(p, old):
            self._figures_only("client", changed, deleted, NO_SUCH_RECORD)
        if deleted and "assigned_staff_ids" not in fields:
            # A tombstone without the list keeps the last one (its staff get the tombstone).
            return (record_id, set(), set())
        raw = fields.get("assigned_staff_ids")
        raw = [] if raw is None else raw
        if not isinstance(raw, list) or not all(_is_uuid(value) for value in raw):
            message = "Assigned staff must be staff record ids."
            raise Refused(
                "invalid",
                f"assigned_staff_ids: {message}",
                [FieldError(field="assigned_staff_ids", type="invalid_staff_id", message=message)],
            )
        new = staff_ids(raw)
        if not deleted and not all(self.staff.is_staff(staff_id) for staff_id in new - old):
            message = "Assigned staff must be staff members of your organisation."
            raise Refused(
                "invalid",
                f"assigned_staff_ids: {message}",
                [FieldError(field="assigned_staff_ids", type="invalid_staff_id", message=message)],
            )
        if state is None and p.staff_id not in new:
            raise Refused(
                "not_assigned", "A new client must list you among its assigned staff."
            )
        if deleted:
            # Nobody gains a deleted client; those it drops lose it now.
            return (record_id, set(), old - new)
        return (record_id, new - old, old - new)

    def _figures_only(self, kind: str, changed: list[str], deleted: bool, unseen: str) -> None:
        """A change to a client the pusher is not assigned to: a manager may change its figures
        (an audit event may name it); anything else is refused, as unseen to those who do not
        even see the figures."""
        p = self.principal
        if not sees_figures(p) or (kind not in FIGURE_KINDS and kind != AUDIT_KIND):
            raise Refused("not_permitted", unseen)
        if kind != AUDIT_KIND and (
            deleted or not all(is_figure(kind, name) or name in COMMON_FIELDS for name in changed)
        ):
            raise Refused("not_permitted", NOT_ASSIGNED)

    def commit_effects(self, effects: Effects, *, deleted: bool = False) -> None:
        if effects is None:
            return
        client_id, added, removed = effects
        if added:
            self._resequence.add(client_id)
        if deleted:
            self._dropped.setdefault(client_id, set()).update(removed)
        else:
            # This write sets the client's whole access list (``store.set_client_access``).
            self._dropped.pop(client_id, None)
        self.revocations.extend((client_id, staff_id) for staff_id in sorted(removed))

    def drop_access(self) -> None:
        """Take away the access of staff removed by the delete of a client (after the writes
        of the batch set the access lists of the clients that are not deleted)."""
        for client_id, removed in self._dropped.items():
            if removed:
                self.session.exec(
                    delete(ClientAccess).where(
                        ClientAccess.client_id == client_id,
                        ClientAccess.staff_id.in_(sorted(removed)),
                    )
                )

    def figures_again(self) -> list[tuple[str, uuid.UUID]]:
        """The figures of the clients a manager was taken off (locked): numbered after the
        access revocation, so that the manager's laptops, having dropped the client with all
        its content, get its figures-only copy back and their reports stay the same."""
        staff = sorted({staff_id for _, staff_id in self.revocations})
        if not staff:
            return []
        managers = set(self.session.exec(
            select(Account.staff_id).where(Account.staff_id.in_(staff), Account.role == "manager")
        ).all())
        clients = sorted({client_id for client_id, staff_id in self.revocations
                          if staff_id in managers})
        return client_record_keys(self.session, clients, FIGURE_KINDS)

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
