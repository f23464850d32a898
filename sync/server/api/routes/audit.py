"""A client's audit trail, for the organisation's managers (an admin sees no client data)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, HTTPException, status

from sync.protocol import ClientAuditTrail, ErrorMessage
from sync.server.api.deps import ManagerUser, SessionDep
from sync.server.audit_trail import client_trail

router = APIRouter(
    prefix="/audit",
    tags=["audit"],
    responses={403: {"model": ErrorMessage, "description": "This needs a manager account"}},
)


@router.get(
    "/clients/{client_id}",
    response_model=ClientAuditTrail,
    responses={404: {"model": ErrorMessage, "description": "No such client in your organisation"}},
)
def get_client_trail(client_id: uuid.UUID, manager: ManagerUser,
                     session: SessionDep) -> ClientAuditTrail:
    """Who saw, revealed, printed, saved or exported this client's data, and who changed which
    of its records: when, from which device. Staff and device names, record kinds and field
    names only; never a value of the client's records."""
    trail = client_trail(session=session, principal=manager, client_id=client_id)
    if trail is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such client.")
    return trail
