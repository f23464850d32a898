"""Client questions beside the sync: a manager's break-glass access to one client not assigned to
them; whether a person is already a client in the organisation (from a keyed hash of the
identity code); a request to be assigned to a client too."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, HTTPException, status

from sync.protocol import (
    AssignmentRequestIn,
    AssignmentRequestOut,
    BreakGlassGrantOut,
    BreakGlassRequest,
    ErrorMessage,
    IdentityCheckAnswer,
    IdentityCheckRequest,
    IdentityStaff,
    RequestInvalid,
)
from sync.server.api.deps import CurrentUser, EngineDep
from sync.server.assignment import AssignmentError, request_assignment
from sync.server.break_glass import BreakGlassError, grant_access
from sync.server.identity import IdentityCheckError, check_identity_with_retries

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


@router.post(
    "/identity-check",
    response_model=IdentityCheckAnswer,
    responses={
        403: {"model": ErrorMessage, "description": "Only career coaches and managers may ask"},
        422: {"model": ErrorMessage | RequestInvalid, "description": "Not a valid identity code"},
        429: {"model": ErrorMessage, "description": "Too many checks in the last hour"},
    },
)
def post_identity_check(body: IdentityCheckRequest, user: CurrentUser,
                        engine: EngineDep) -> IdentityCheckAnswer:
    """Is the person with this identity code already a client in your organisation, and of
    which staff? Answered from a keyed hash; the code is neither stored nor logged. The client's
    id comes only when you are not assigned to it, to ask for joint assignment with; no data of
    the client comes with the answer."""
    try:
        answer = check_identity_with_retries(engine=engine, principal=user, personal_id=body.personal_id)
    except IdentityCheckError as error:
        raise HTTPException(error.status, error.message) from None
    return IdentityCheckAnswer(
        known=answer.known, staff=[IdentityStaff(id=s.id, name=s.name) for s in answer.staff],
        client_id=answer.client_id, assigned_to_you=answer.assigned_to_you)


@router.post(
    "/{client_id}/assignment-requests",
    response_model=AssignmentRequestOut,
    status_code=status.HTTP_201_CREATED,
    responses={
        403: {"model": ErrorMessage, "description": "Only career coaches and managers may ask"},
        404: {"model": ErrorMessage, "description": "No such client in your organisation"},
        409: {"model": ErrorMessage, "description": "You are assigned to it already"},
    },
)
def post_assignment_request(client_id: uuid.UUID, body: AssignmentRequestIn, user: CurrentUser,
                            engine: EngineDep) -> AssignmentRequestOut:
    """Ask the client's assigned staff to assign you too. They see the request at their next
    sync and accept or decline it; your next sync after that brings the decision (and, when
    accepted, the client). Asking again before they decide gives the same request."""
    try:
        request_id, state = request_assignment(engine=engine, principal=user, client_id=client_id,
                                               message=body.message)
    except AssignmentError as error:
        raise HTTPException(error.status, error.message) from None
    return AssignmentRequestOut(request_id=request_id, client_id=client_id, status=state)
