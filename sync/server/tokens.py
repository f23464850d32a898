"""Logins, devices and tokens: opaque random tokens, stored only as their SHA-256.

An access token lives minutes; a refresh token lives days and is used once: each refresh
returns a new pair. A refresh token presented twice means it was copied, so every token of
that device dies and the person logs in again. Login attempts are counted in the database
before the password is checked (``sync.server.throttle``), so several workers share the count.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid

from sqlmodel import Session, delete, select

from sync.protocol import PASSWORD_WRONG, TOTP_ENROLMENT_REQUIRED, LoginRequest, TokenPair
from sync.server import throttle, totp
from sync.server.authz import Principal
from sync.server.core.config import Settings
from sync.server.core.security import (
    burn_password_check,
    new_token,
    token_hash,
    verify_password,
)
from sync.server.models import Account, AuthToken, Device, utcnow
from sync.server.throttle import Throttled

logger = logging.getLogger(__name__)


class AuthError(Exception):
    """Login or refresh refused (401)."""


class LoginRefused(AuthError):
    """A login refused with a stable ``code`` (the second factor: ``sync.protocol.TOTP_*``),
    told only after the right password. ``enrolment_token``: the account must enrol first, and
    this token lets the device do that and nothing else."""

    def __init__(self, code: str, message: str, *, enrolment_token: str | None = None,
                 expires_in: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.enrolment_token = enrolment_token
        self.expires_in = expires_in


class EnrolmentRequired(AuthError):
    """An access token of an account that must have a second factor and has none (TOTP became
    required after it logged in, or an admin reset it): answered 401 with the code
    ``totp_enrolment_required`` everywhere but the enrolment endpoints; logging in again gives
    the enrolment token."""

    code = TOTP_ENROLMENT_REQUIRED

    def __init__(self) -> None:
        super().__init__("This account must log in with a second factor: log in again to set it up.")


class DeviceRevoked(AuthError):
    """A request of a revoked device: answered 401 with the code ``device_revoked``, so the
    laptop learns that it was revoked (and deletes its profile) instead of asking to log in."""

    def __init__(self) -> None:
        super().__init__("An administrator has revoked this device: it can no longer sync.")


def _issue(session: Session, settings: Settings, account: Account, device: Device) -> TokenPair:
    now = utcnow()
    access, refresh = new_token(), new_token()
    access_life = dt.timedelta(minutes=settings.access_token_minutes)
    refresh_life = dt.timedelta(days=settings.refresh_token_days)
    for token, kind, life in ((access, "access", access_life), (refresh, "refresh", refresh_life)):
        session.add(
            AuthToken(
                token_hash=token_hash(token),
                kind=kind,
                account_id=account.id,
                device_id=device.id,
                created_at=now,
                expires_at=now + life,
            )
        )
    device.last_seen_at = now
    session.add(device)
    return TokenPair(
        access_token=access,
        refresh_token=refresh,
        expires_in=int(access_life.total_seconds()),
        refresh_expires_in=int(refresh_life.total_seconds()),
        device_id=device.id,
        account_id=account.id,
        staff_id=account.staff_id,
        organisation_id=account.organisation_id,
        role=account.role,
    )


def _known_device(session: Session, account: Account | None, device_id) -> Device | None:
    """The device named in a login, if it is this account's and not revoked."""
    if account is None or device_id is None:
        return None
    device = session.get(Device, device_id)
    if device is None or device.account_id != account.id or device.revoked_at is not None:
        return None
    return device


def _revoked_device(session: Session, account: Account, device_id) -> bool:
    device = session.get(Device, device_id) if device_id is not None else None
    return device is not None and device.account_id == account.id and device.revoked_at is not None


def check_password(
    *, session: Session, settings: Settings, account: Account | None, password: str,
    keys: list[throttle.Key], username: str, address: str, record: bool = True,
) -> bool:
    """Count the attempt under ``keys``, then check the password; logs a failure. Commits.

    Raises ``Throttled`` (and checks nothing) while a key waits out its delay. With ``record``
    False a right password leaves the attempt counted: the caller settles it once the second
    factor is checked (``throttle.record_success``, ``throttle.give_back`` or ``log_failure``).
    """
    try:
        throttle.reserve(session, settings, keys)
    except Throttled as throttled:
        # The username goes to the log here and in "login failed" only, on purpose: an operator
        # investigating an attack needs to see which accounts were tried, and from where.
        logger.warning("login throttled", extra={
            "username": username, "address": address, "key_kind": throttled.key_kind,
            "retry_after": throttled.retry_after,
        })
        raise
    if account is None:
        burn_password_check(settings=settings, password=password)
        reason = "unknown_user"
    elif not verify_password(settings=settings, password_hash=account.password_hash,
                             password=password):
        reason = "wrong_password"
    elif not account.active:
        reason = "inactive"
    else:
        if record:
            throttle.record_success(session, keys)
        return True
    log_failure(session=session, settings=settings, keys=keys, username=username,
                address=address, reason=reason)
    return False


def log_failure(*, session: Session, settings: Settings, keys: list[throttle.Key], username: str,
                address: str, reason: str) -> None:
    """A failed attempt (counted already by ``throttle.reserve``): logged. Commits."""
    logger.warning("login failed", extra={  # the username on purpose: see check_password
        "username": username, "address": address, "reason": reason,
        "key_kind": keys[0].name.split(":", 1)[0],
    })
    throttle.delete_stale(session, settings)


def _second_factor(*, session: Session, settings: Settings, account: Account, code: str | None,
                   keys: list[throttle.Key], username: str, address: str) -> bool:
    """After the right password: check the second factor where the account has one, and settle
    the counted attempt. Returns False when the account must enrol first (success recorded).

    A missing code gives the attempt back (the person types it next); a wrong or reused code is
    a failure under the same keys as a wrong password. Commits."""
    if account.totp_secret is None:
        throttle.record_success(session, keys)
        return not totp.must_enrol(session, settings, account)
    if not code:
        throttle.give_back(session, settings, keys)
        raise LoginRefused(totp.TOTP_REQUIRED, "This account logs in with a second factor: "
                                               "give the code of the authenticator app.")
    try:
        totp.check_code(session=session, settings=settings, account=account, code=code)
    except totp.TotpRefused as refused:
        session.rollback()
        log_failure(session=session, settings=settings, keys=keys, username=username,
                    address=address, reason=refused.code)
        raise LoginRefused(refused.code, str(refused)) from None
    throttle.record_success(session, keys)  # commits the used code with it
    return True


def check_again(*, session: Session, settings: Settings, account: Account,
                device_id: uuid.UUID, password: str, code: str | None, address: str) -> None:
    """The logged-in user gives the password again, and the second factor's code where the
    account has one (to change or switch off the second factor): checked and counted as a login
    from this device. ``LoginRefused`` (``PASSWORD_WRONG`` or a ``TOTP_*`` code), ``Throttled``.
    Commits."""
    keys = [throttle.device_key(device_id, settings)]
    if not check_password(session=session, settings=settings, account=account, password=password,
                          keys=keys, username=account.username, address=address, record=False):
        raise LoginRefused(PASSWORD_WRONG, "The password is wrong: type it again.")
    _second_factor(session=session, settings=settings, account=account, code=code, keys=keys,
                   username=account.username, address=address)


def _enrolment_token(session: Session, settings: Settings, account: Account,
                     device: Device) -> LoginRefused:
    token = new_token()
    now, life = utcnow(), totp.enrolment_expiry(settings)
    session.add(AuthToken(token_hash=token_hash(token), kind="enrol", account_id=account.id,
                          device_id=device.id, created_at=now, expires_at=now + life))
    return LoginRefused(
        TOTP_ENROLMENT_REQUIRED,
        "This account must log in with a second factor, and has none yet: set up an "
        "authenticator app with the enrolment token.",
        enrolment_token=token, expires_in=int(life.total_seconds()))


def login(
    *, session: Session, settings: Settings, request: LoginRequest, address: str
) -> TokenPair:
    """Check the password and give this device a token pair. Commits.

    A device this account knows is throttled by its own failures only; any other attempt is
    throttled by the account's failures from unknown devices and by its address's.
    """
    username = request.username.strip().lower()
    account = session.exec(select(Account).where(Account.username == username)).first()
    device = _known_device(session, account, request.device_id)
    if device is not None:
        keys = [throttle.device_key(device.id, settings)]
    else:
        keys = [throttle.user_key(username, settings), throttle.address_key(address, settings)]
    if not check_password(session=session, settings=settings, account=account,
                          password=request.password, keys=keys, username=username,
                          address=address, record=False):
        raise AuthError("Wrong username or password, or the account is closed.")
    if device is None and _revoked_device(session, account, request.device_id):
        # Told only after the right password, so the answer gives away nothing to a guesser.
        throttle.record_success(session, keys)
        raise DeviceRevoked()
    # The second factor, also told only after the right password.
    enrolled = _second_factor(session=session, settings=settings, account=account,
                              code=request.code, keys=keys, username=username, address=address)
    if device is None:
        device = Device(account_id=account.id, name=request.device_name)
    session.add(device)
    session.flush()
    if not enrolled:
        refusal = _enrolment_token(session, settings, account, device)
        session.commit()
        logger.info("login needs a second factor first", extra={
            "account_id": str(account.id), "device_id": str(device.id)})
        raise refusal
    pair = _issue(session, settings, account, device)
    session.commit()
    logger.info(
        "login", extra={"account_id": str(account.id), "device_id": str(device.id)}
    )
    return pair


def refresh(*, session: Session, settings: Settings, refresh_token: str) -> TokenPair:
    """Rotate a refresh token. Commits."""
    row = session.get(AuthToken, token_hash(refresh_token))
    if row is None or row.kind != "refresh":
        raise AuthError("Unknown refresh token; log in again.")
    device = session.get(Device, row.device_id)
    account = session.get(Account, row.account_id)
    if device.revoked_at is not None:
        raise DeviceRevoked()
    if row.used_at is not None:
        revoke_device_tokens(session, device_id=row.device_id)
        session.commit()
        logger.warning("refresh token reused", extra={"device_id": str(row.device_id)})
        raise AuthError("This refresh token was used before; log in again.")
    if _expired(row.expires_at) or not account.active:
        raise AuthError("The session has ended; log in again.")
    if totp.must_enrol(session, settings, account):
        raise EnrolmentRequired()
    row.used_at = utcnow()
    session.add(row)
    pair = _issue(session, settings, account, device)
    session.commit()
    return pair


def _expired(moment: dt.datetime) -> bool:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment <= utcnow()


def _live_token(session: Session, token: str, kinds: tuple[str, ...]):
    """(token row, account, device) of a live token of these kinds, or None; ``DeviceRevoked``
    for any token of a revoked device, expired or not."""
    found = session.exec(
        select(AuthToken, Account, Device)
        .join(Account, Account.id == AuthToken.account_id)
        .join(Device, Device.id == AuthToken.device_id)
        .where(AuthToken.token_hash == token_hash(token), AuthToken.kind.in_(kinds))
    ).first()
    if found is None:
        return None
    row, account, device = found
    if device.revoked_at is not None:
        raise DeviceRevoked()
    if _expired(row.expires_at) or not account.active:
        return None
    return found


def _principal(account: Account, device: Device) -> Principal:
    return Principal(
        account_id=account.id,
        organisation_id=account.organisation_id,
        staff_id=account.staff_id,
        role=account.role,
        device_id=device.id,
    )


def authenticate(session: Session, access_token: str, *,
                 settings: Settings | None = None) -> Principal | None:
    """The principal behind a live access token, or None; ``DeviceRevoked`` for any access token
    of a revoked device, expired or not; ``EnrolmentRequired`` while the account must have a
    second factor and has none."""
    found = _live_token(session, access_token, ("access",))
    if found is None:
        return None
    _row, account, device = found
    if totp.must_enrol(session, settings, account):
        raise EnrolmentRequired()
    return _principal(account, device)


def authenticate_enrolment(session: Session, token: str) -> tuple[Principal, str] | None:
    """For the enrolment endpoints: the principal behind a live access token, or the enrolment
    token of a login that must enrol first, with the token's kind ("access" or "enrol")."""
    found = _live_token(session, token, ("access", "enrol"))
    if found is None:
        return None
    row, account, device = found
    return _principal(account, device), row.kind


def end_enrolment(session: Session, *, account_id: uuid.UUID) -> None:
    """The enrolment is done (or void): the account's enrolment tokens die. Does not commit."""
    session.exec(delete(AuthToken).where(AuthToken.account_id == account_id,
                                         AuthToken.kind == "enrol"))


def issue_tokens(session: Session, settings: Settings, *, account_id: uuid.UUID,
                 device_id: uuid.UUID) -> TokenPair:
    """A token pair for this device (an enrolment confirmed by its enrolment token). Does not
    commit."""
    return _issue(session, settings, session.get(Account, account_id), session.get(Device, device_id))


def revoke_device_tokens(session: Session, *, device_id: uuid.UUID) -> None:
    session.exec(delete(AuthToken).where(AuthToken.device_id == device_id))


def revoke_account_tokens(session: Session, *, account_id: uuid.UUID,
                          except_device: uuid.UUID | None = None) -> None:
    """End the account's sessions (but ``except_device``'s). A revoked device's tokens stay, to
    tell it so (see ``revoke_device``)."""
    revoked = select(Device.id).where(Device.account_id == account_id, Device.revoked_at.is_not(None))
    ending = delete(AuthToken).where(AuthToken.account_id == account_id,
                                     AuthToken.device_id.not_in(revoked))
    if except_device is not None:
        ending = ending.where(AuthToken.device_id != except_device)
    session.exec(ending)


def revoke_device(session: Session, *, device_id: uuid.UUID) -> Device | None:
    """Revoke a device (a lost laptop): every token of it is refused from now on, and it cannot
    log in again under this id.

    Its tokens are kept until they expire, refused with ``DeviceRevoked``: whichever of them
    the laptop presents next (an access token, or its refresh token, which lives days), it
    learns that it was revoked and deletes its profile. A login naming it after the right
    password hears the same."""
    device = session.get(Device, device_id)
    if device is None:
        return None
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        session.add(device)
    logger.info("device revoked", extra={"device_id": str(device_id)})
    return device


def delete_expired_tokens(session: Session) -> int:
    result = session.exec(delete(AuthToken).where(AuthToken.expires_at < utcnow()))
    return result.rowcount or 0
