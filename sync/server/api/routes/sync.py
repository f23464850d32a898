"""Push, pull and conflicts."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Query, status
from fastapi.responses import JSONResponse, Response

from sqlmodel import Session

from sync.protocol import (
    CURSOR_HEADER,
    MAX_COUNTER,
    MAX_PULL_LIMIT,
    ChangeResult,
    Conflict,
    ErrorMessage,
    PullResponse,
    PushRequest,
    PushResponse,
    SERVER_BEHIND,
    SERVER_RESTORED,
    SERVER_RESTORED_HEADER,
    RequestInvalid,
    ResolveRequest,
)
from sync.server.api.deps import CurrentUser, EngineDep, SessionDep
from sync.server.backup import restored_window, seq_and_restored_window
from sync.server.break_glass import end_expired
from sync.server.pull import list_conflicts, pull_body
from sync.server.push import BatchOfAnotherAccount, ConflictNotFound, push, resolve_conflict

router = APIRouter(prefix="/sync", tags=["sync"])


@router.post(
    "/push",
    response_model=PushResponse,
    responses={
        403: {"model": ErrorMessage, "description": "device_id is not this token's device"},
        409: {"model": ErrorMessage, "description": "batch_id used by another account; or "
                                                  "(code server_restored) the device's cursor "
                                                  "lies in the window of the last restore"},
    },
)
def post_push(
    body: PushRequest,
    user: CurrentUser,
    engine: EngineDep,
    cursor: Annotated[int, Header(alias=CURSOR_HEADER, ge=0, le=MAX_COUNTER)] = None,
) -> PushResponse:
    """Apply a batch of changes; each gets its own receipt. A replayed batch_id gets the
    stored answer (``replayed: true``). A device whose cursor (``X-Kentta-Cursor``) lies in
    the window of the last restore synced after the backup: nothing is stored, and the answer
    (409 ``server_restored``) tells it to realign first."""
    if body.device_id != user.device_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "device_id is not the device of this token.")
    if cursor is not None:
        with Session(engine) as session:
            window = restored_window(session)
        if window is not None and window[0] < cursor <= window[1]:
            return JSONResponse(status_code=status.HTTP_409_CONFLICT, headers={
                SERVER_RESTORED_HEADER: str(window[0])}, content={
                "code": SERVER_RESTORED,
                "detail": "The server was restored from a backup taken before this device's "
                          "last sync: pull first, then send again.",
            })
    try:
        return push(engine=engine, principal=user, request=body)
    except BatchOfAnotherAccount:
        raise HTTPException(status.HTTP_409_CONFLICT, "This batch_id was used by another account.") from None


@router.get(
    "/pull",
    response_model=PullResponse,
    responses={
        200: {"headers": {SERVER_RESTORED_HEADER: {
            "description": "the server was restored from a backup taken before this device's "
                           "last pull: the backup's sequence number",
            "schema": {"type": "integer"}}}},
        409: {"model": ErrorMessage, "description": "the cursor is past the server's sequence "
                                                  "(code server_behind)"},
    },
)
def get_pull(
    user: CurrentUser,
    session: SessionDep,
    engine: EngineDep,
    cursor: Annotated[int, Query(ge=0, le=MAX_COUNTER)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500,
) -> Response:
    """Changes after ``cursor`` that you may see, in sequence order.

    A cursor past the server's sequence means the database went back in time without
    ``kentta-server restore`` (which moves numbering on): 409 ``server_behind``, as nothing
    pulled from here could be trusted to arrive. A cursor inside the window of the last
    restore (``sync.server.backup``): the device synced after the backup was taken; the answer
    carries ``X-Kentta-Server-Restored`` with the backup's sequence number."""
    if user.role == "manager":
        # Lazily: see break_glass. Ended grants are committed before the page is read.
        end_expired(engine=engine, staff_id=user.staff_id, reading=session)
    # Everything numbered up to ``top`` has committed (numbers are handed out under a lock
    # held until commit): the page is read up to it (``pull_body``).
    top, window = seq_and_restored_window(session)
    if cursor > top:
        return JSONResponse(status_code=status.HTTP_409_CONFLICT, content={
            "code": SERVER_BEHIND,
            "detail": "The server's data is older than this device's: it was put back from a "
                      "backup without kentta-server restore. Ask the administrator to run it.",
        })
    headers = {}
    if window is not None and window[0] < cursor <= window[1]:
        headers[SERVER_RESTORED_HEADER] = str(window[0])
    # The JSON of a PullResponse, written at once (pull_body): not a model per change.
    return Response(pull_body(session=session, principal=user, cursor=cursor, limit=limit,
                              top=top),
                    media_type="application/json", headers=headers)


@router.get("/conflicts", response_model=list[Conflict])
def get_conflicts(
    user: CurrentUser,
    session: SessionDep,
    include_resolved: bool = False,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500,
) -> list[Conflict]:
    """Conflicts on records you may see, oldest first (open ones unless asked)."""
    return list_conflicts(
        session=session, principal=user, include_resolved=include_resolved, limit=limit
    )


@router.post(
    "/conflicts/{conflict_id}/resolve",
    response_model=ChangeResult,
    responses={
        403: {"model": ErrorMessage, "description": "You may not change this record"},
        404: {"model": ErrorMessage, "description": "No such open conflict"},
        422: {
            "model": ChangeResult | RequestInvalid,
            "description": "The value was refused (the receipt says why), or the request does "
            "not fit the schema",
        },
    },
)
def post_resolve(
    conflict_id: uuid.UUID, body: ResolveRequest, user: CurrentUser, engine: EngineDep
):
    """Set the conflicted field to ``value`` (this resolves every open conflict on it)."""
    try:
        result = resolve_conflict(
            engine=engine, principal=user, conflict_id=conflict_id, value=body.value
        )
    except ConflictNotFound:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No open conflict with this id.") from None
    if result.status == "refused":
        code = result.reason.split(":")[0] if result.reason else ""
        if code == "not_permitted":
            raise HTTPException(status.HTTP_403_FORBIDDEN, result.reason)
        # The receipt itself, as documented: its reason and field errors say what to change.
        return JSONResponse(result.model_dump(mode="json"), status_code=422)
    return result
