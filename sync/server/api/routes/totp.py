"""The second factor of the logged-in account: status, enrolment, recovery codes, switching off.

Each endpoint takes an access token, or the enrolment token of a login that must enrol first
(``totp_enrolment_required``): with it, only the status, ``start`` and ``confirm``. A refusal
is 403 with a stable ``code`` (never 401, which would make the app refresh its tokens).
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import JSONResponse, Response

from sync.protocol import (
    ErrorMessage, RecoveryCodes, TotpCheck, TotpCode, TotpSecret, TotpStart, TotpStatus,
)
from sync.server import totp
from sync.server.api.deps import EnrollerDep, SessionDep, SettingsDep, WriteSessionDep
from sync.server.api.routes.auth import _throttled, client_address
from sync.server.models import Account
from sync.server.throttle import Throttled
from sync.server.tokens import LoginRefused, check_again, end_enrolment, issue_tokens

router = APIRouter(prefix="/auth/totp", tags=["auth"])

_REFUSED = {"model": ErrorMessage, "description": (
    "Refused, with a code: password_wrong (counted as a failed login), totp_required, "
    "totp_invalid, totp_reused (the code of the second factor, counted as a failed login), "
    "totp_mandatory (it cannot be switched off), totp_not_started, or no code: not with an "
    "enrolment token")}
_ERRORS = {
    403: _REFUSED,
    409: {"model": ErrorMessage, "description": "The account has no second factor"},
    429: {"model": ErrorMessage, "description": "Too many failed logins; see Retry-After"},
}


def _refused(error: LoginRefused | totp.TotpRefused) -> JSONResponse:
    return JSONResponse({"detail": str(error), "code": error.code},
                        status_code=status.HTTP_403_FORBIDDEN)


def _account(session, enroller) -> Account:
    return session.get(Account, enroller.principal.account_id)


def _with_access_token(enroller) -> None:
    if enroller.by_enrolment_token:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            "Finish setting up the second factor first.")


def _check_again(session, settings, enroller, request: Request, password: str,
                 code: str | None) -> None:
    check_again(session=session, settings=settings, account=_account(session, enroller),
                device_id=enroller.principal.device_id, password=password, code=code,
                address=client_address(request, settings.proxy_hops))


@router.get("", response_model=TotpStatus)
def get_totp(enroller: EnrollerDep, session: SessionDep, settings: SettingsDep) -> TotpStatus:
    """Whether this account has a second factor, and whether it must have one."""
    return totp.status(session, settings, _account(session, enroller))


@router.post("/start", response_model=TotpSecret, responses=_ERRORS)
def post_start(body: TotpStart, request: Request, enroller: EnrollerDep,
               session: WriteSessionDep, settings: SettingsDep):
    """Start setting up an authenticator app: the password again (and, when a second factor is
    on already — a new phone — its code). Answers the new secret and its otpauth:// URI; it is
    not used until ``confirm``."""
    try:
        _check_again(session, settings, enroller, request, body.password,
                     body.code if _account(session, enroller).totp_secret else None)
    except Throttled as throttled:
        return _throttled(throttled)
    except LoginRefused as refused:
        return _refused(refused)
    secret = totp.start(session=session, settings=settings, account=_account(session, enroller))
    session.commit()
    return secret


@router.post("/confirm", response_model=RecoveryCodes, responses=_ERRORS)
def post_confirm(body: TotpCode, enroller: EnrollerDep, session: WriteSessionDep,
                 settings: SettingsDep):
    """The app's current code: the second factor is on. Answers 10 recovery codes, shown once
    (and, with an enrolment token, this device's login: the enrolment token dies)."""
    try:
        codes = totp.confirm(session=session, settings=settings,
                             account=_account(session, enroller), code=body.code)
    except totp.TotpRefused as refused:
        session.rollback()
        return _refused(refused)
    tokens = None
    principal = enroller.principal
    if enroller.by_enrolment_token:
        end_enrolment(session, account_id=principal.account_id)
        tokens = issue_tokens(session, settings, account_id=principal.account_id,
                              device_id=principal.device_id)
    session.commit()
    return RecoveryCodes(recovery_codes=codes, tokens=tokens)


def _checked_with_code(session, settings, enroller, request: Request,
                       body: TotpCheck) -> JSONResponse | None:
    """The password and a code again, for an account with a second factor and an access token:
    None when they are right, else the answer to give."""
    _with_access_token(enroller)
    if _account(session, enroller).totp_secret is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "This account has no second factor.")
    try:
        _check_again(session, settings, enroller, request, body.password, body.code)
    except Throttled as throttled:
        return _throttled(throttled)
    except LoginRefused as refused:
        return _refused(refused)
    return None


@router.post("/recovery-codes", response_model=RecoveryCodes, responses=_ERRORS)
def post_recovery_codes(body: TotpCheck, request: Request, enroller: EnrollerDep,
                        session: WriteSessionDep, settings: SettingsDep):
    """New recovery codes (the old ones stop working): the password and a code again."""
    refusal = _checked_with_code(session, settings, enroller, request, body)
    if refusal is not None:
        return refusal
    codes = totp.regenerate(session=session, settings=settings, account=_account(session, enroller))
    session.commit()
    return RecoveryCodes(recovery_codes=codes)


@router.post("/disable", status_code=status.HTTP_204_NO_CONTENT, responses=_ERRORS)
def post_disable(body: TotpCheck, request: Request, enroller: EnrollerDep,
                 session: WriteSessionDep, settings: SettingsDep):
    """Switch the second factor off, where the account need not have one (else 403
    ``totp_mandatory``): the password and a code again."""
    refusal = _checked_with_code(session, settings, enroller, request, body)
    if refusal is not None:
        return refusal
    try:
        totp.disable(session=session, settings=settings, account=_account(session, enroller))
    except totp.TotpRefused as refused:
        return _refused(refused)
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
