"""Login, token refresh and who-am-I."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import JSONResponse

from sync.protocol import ErrorMessage, LoginRequest, Me, RefreshRequest, TokenPair
from sync.server.api.deps import CurrentUser, SessionDep, SettingsDep, WriteSessionDep
from sync.server.models import Account
from sync.server.tokens import AuthError, Throttled, login, refresh, revoke_device_tokens

router = APIRouter(prefix="/auth", tags=["auth"])

_ERRORS = {
    401: {"model": ErrorMessage, "description": "Wrong credentials or dead token"},
    429: {"model": ErrorMessage, "description": "Too many failed logins; see Retry-After"},
}


def client_address(request: Request, proxy_hops: int) -> str:
    """The client's address: the peer's, or behind ``proxy_hops`` trusted proxies the
    X-Forwarded-For entry that many places from the right. Each proxy appends the address it
    saw; anything further left was written by the client and is never believed."""
    peer = request.client.host if request.client else "unknown"
    if proxy_hops <= 0:
        return peer
    entries = [
        entry.strip()
        for header in request.headers.getlist("x-forwarded-for")
        for entry in header.split(",")
    ]
    if len(entries) < proxy_hops or not entries[-proxy_hops]:
        # Fewer entries than proxies: the request did not pass through them all, so the
        # header (if any) is the client's own; the peer is all that is known.
        return peer
    return entries[-proxy_hops]


def _throttled(throttled: Throttled) -> JSONResponse:
    return JSONResponse(
        {"detail": f"Too many failed logins: wait {throttled.retry_after} seconds and try "
                   "again (the wait grows with each failure)."},
        status_code=status.HTTP_429_TOO_MANY_REQUESTS,
        headers={"Retry-After": str(throttled.retry_after)},
    )


@router.post("/login", response_model=TokenPair, responses=_ERRORS)
def post_login(body: LoginRequest, request: Request, session: WriteSessionDep, settings: SettingsDep):
    try:
        return login(
            session=session,
            settings=settings,
            request=body,
            address=client_address(request, settings.proxy_hops),
        )
    except Throttled as throttled:
        return _throttled(throttled)
    except AuthError as error:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(error)) from None


@router.post("/refresh", response_model=TokenPair, responses=_ERRORS)
def post_refresh(body: RefreshRequest, session: WriteSessionDep, settings: SettingsDep):
    try:
        return refresh(session=session, settings=settings, refresh_token=body.refresh_token)
    except AuthError as error:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(error)) from None


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def post_logout(user: CurrentUser, session: WriteSessionDep) -> None:
    """End this device's session: its tokens stop working."""
    revoke_device_tokens(session, device_id=user.device_id)
    session.commit()


@router.get("/me", response_model=Me)
def get_me(user: CurrentUser, session: SessionDep) -> Me:
    account = session.get(Account, user.account_id)
    return Me(
        account_id=user.account_id,
        username=account.username,
        staff_id=user.staff_id,
        organisation_id=user.organisation_id,
        role=user.role,
        device_id=user.device_id,
    )
