"""Login, token refresh and who-am-I."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import JSONResponse, Response

from sync.protocol import (
    ChangePasswordRequest,
    ErrorMessage,
    LoginRefused as LoginRefusedBody,
    LoginRequest,
    Me,
    RefreshRequest,
    TokenPair,
)
from sync.server.accounts import WrongPassword, change_password
from sync.server.api.deps import CurrentUser, SessionDep, SettingsDep, WriteSessionDep
from sync.server.core.passwords import PasswordRejected
from sync.server.models import Account
from sync.server.tokens import (
    AuthError, DeviceRevoked, EnrolmentRequired, LoginRefused, Throttled, login, refresh, revoke_device_tokens,
)

router = APIRouter(prefix="/auth", tags=["auth"])

_ERRORS = {
    401: {"model": ErrorMessage, "description": "Wrong credentials or dead token; the code "
                                                "device_revoked when the device was revoked, "
                                                "totp_enrolment_required when the account must "
                                                "set up its second factor first"},
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
    return entries[-proxy_hops][:100]  # a proxy writes an address; cut anything longer


def _throttled(throttled: Throttled) -> JSONResponse:
    return JSONResponse(
        {"detail": f"Too many failed logins: wait {throttled.retry_after} seconds and try "
                   "again (the wait grows with each failure)."},
        status_code=status.HTTP_429_TOO_MANY_REQUESTS,
        headers={"Retry-After": str(throttled.retry_after)},
    )


_LOGIN_ERRORS = {
    **_ERRORS,
    401: {"model": LoginRefusedBody, "description": (
        "Wrong credentials. After the right password only: the code device_revoked (the device "
        "was revoked), totp_required (give the second factor's code), totp_invalid (wrong code "
        "or recovery code; counted as a failed login), totp_reused (that code was used: wait for "
        "the next), totp_enrolment_required (set up the second factor first, with the "
        "enrolment_token)")},
}


@router.post("/login", response_model=TokenPair, responses=_LOGIN_ERRORS)
def post_login(body: LoginRequest, request: Request, session: WriteSessionDep, settings: SettingsDep):
    """Log this device in. An account with a second factor gives its code (or a recovery code)
    in ``code``; see the 401 answers."""
    try:
        return login(
            session=session,
            settings=settings,
            request=body,
            address=client_address(request, settings.proxy_hops),
        )
    except Throttled as throttled:
        return _throttled(throttled)
    except DeviceRevoked:
        raise  # answered with its code (sync.server.app)
    except LoginRefused as refused:
        answer = LoginRefusedBody(detail=str(refused), code=refused.code,
                                  enrolment_token=refused.enrolment_token,
                                  enrolment_expires_in=refused.expires_in)
        return JSONResponse(answer.model_dump(exclude_none=True), status_code=401)
    except AuthError as error:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(error)) from None


@router.post(
    "/password",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={
        401: {"model": ErrorMessage, "description": "Dead access token"},
        403: {"model": ErrorMessage,
              "description": "The current password is wrong (counted as a failed login)"},
        429: _ERRORS[429],
    },
)
def post_password(body: ChangePasswordRequest, request: Request, user: CurrentUser,
                  session: WriteSessionDep, settings: SettingsDep):
    """Change the logged-in user's password. The current password is checked as a login from
    this device is; the new one must pass the password rules (422 says why). On success the
    account's other devices are logged out; this one stays logged in."""
    try:
        change_password(
            session=session, settings=settings, user=user,
            current_password=body.current_password, new_password=body.new_password,
            address=client_address(request, settings.proxy_hops),
        )
    except PasswordRejected as rejected:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, [{
            "loc": ["body", "new_password"], "msg": str(rejected), "type": "weak_password",
        }]) from None
    except Throttled as throttled:
        return _throttled(throttled)
    except WrongPassword as wrong:
        raise HTTPException(status.HTTP_403_FORBIDDEN, str(wrong)) from None
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/refresh", response_model=TokenPair, responses=_ERRORS)
def post_refresh(body: RefreshRequest, session: WriteSessionDep, settings: SettingsDep):
    try:
        return refresh(session=session, settings=settings, refresh_token=body.refresh_token)
    except (DeviceRevoked, EnrolmentRequired):
        raise  # answered with its code (sync.server.app)
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
