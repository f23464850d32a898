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


def client_address(request: Request, trust_forwarded_for: bool) -> str:
    if trust_forwarded_for:
        forwarded = request.headers.get("x-forwarded-for", "")
        if forwarded.strip():
            return forwarded.split(",")[0].strip()
    return request.client.host if request.client else "unknown"


@router.post("/login", response_model=TokenPair, responses=_ERRORS)
def post_login(body: LoginRequest, request: Request, session: WriteSessionDep, settings: SettingsDep):
    try:
        return login(
            session=session,
            settings=settings,
            request=body,
            address=client_address(request, settings.trust_forwarded_for),
        )
    except Throttled as throttled:
        return JSONResponse(
            {"detail": "Too many failed logins: wait a moment and try again."},
            status_code=status.HTTP_429_TOO_MANY_REQUESTS,
            headers={"Retry-After": str(throttled.retry_after)},
        )
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
