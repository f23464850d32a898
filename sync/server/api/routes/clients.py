"""A client's break-glass access: a manager opens one client not assigned to them."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, HTTPException, status

from sync.protocol import BreakGlassGrantOut, BreakGlassRequest, ErrorMessage, RequestInvalid
from sync.server.api.deps import CurrentUser, EngineDep
from sync.server.break_glass import BreakGlassError, grant_access

router = APIRouter(prefix="/clients", tags=["clients"])


@router.post(
    "/{client_id}/break-glass",
    response_model=BreakGlassGrantOut,
    status_code=status.HTTP_201_CREATED,
    responses={
        403: {"model": ErrorMessage, "description": "Only a manager may open a client"},
        404: {"model": ErrorMessage, "description": "No such client in your organisation"},
        409: {"model": ErrorMessage, "description": "Assigned to it, or open already"},
        422: {"model": ErrorMessage | RequestInvalid,
              "description": "The reason is missing or too short, or the request does not fit "
              "the schema"},
    },
)
def post_break_glass(client_id: uuid.UUID, body: BreakGlassRequest, user: CurrentUser,
                     engine: EngineDep) -> BreakGlassGrantOut:
    """Read one client not assigned to you, for the organisation's ``break_glass_hours``
    (default 24), read only. The reason is shown to the client's staff and kept in the audit
    trail; the next sync brings the client's records in full, and when the time is over your
    laptops drop them and keep the figures."""
    try:
        row = grant_access(engine=engine, principal=user, client_id=client_id, reason=body.reason)
    except BreakGlassError as error:
        raise HTTPException(error.status, error.message) from None
    return BreakGlassGrantOut(grant_id=row.id, client_id=row.client_id, granted_at=row.granted_at,
                              expires_at=row.expires_at)
