"""The audit log: who viewed, revealed, printed or exported client data.

Audit events are records: they sync to the server, so the organisation can
answer "who saw this file". They hold ids only.
"""

from __future__ import annotations

from sqlmodel import Session

from desktop.services import changes
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import AuditEvent


def log_in_session(session: Session, *, actor: Actor, action: str, record_kind: str,
                   record_id=None, client_id=None, detail: str | None = None) -> AuditEvent:
    return changes.create(
        session,
        AuditEvent,
        {
            "staff_id": actor.staff_id,
            "action": action,
            "record_kind": record_kind,
            "record_id": record_id,
            "client_id": client_id,
            "detail": detail,
        },
        actor=actor,
    )


def log(store: Store, *, actor: Actor, action: str, record_kind: str,
        record_id=None, client_id=None, detail: str | None = None) -> AuditEvent:
    with store.session() as session:
        return log_in_session(session, actor=actor, action=action, record_kind=record_kind,
                              record_id=record_id, client_id=client_id, detail=detail)
