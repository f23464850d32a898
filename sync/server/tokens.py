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

from sync.protocol import LoginRequest, TokenPair
from sync.server import throttle
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
    keys: list[throttle.Key], username: str, address: str,
) -> bool:
    """Count the attempt under ``keys``, then check the password; logs a failure. Commits.

    Raises ``Throttled`` (and checks nothing) while a key waits out its delay.
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
        throttle.record_success(session, keys)
        return True
    logger.warning("login failed", extra={  # the username on purpose: see above
        "username": username, "address": address, "reason": reason,
        "key_kind": keys[0].name.split(":", 1)[0],
    })
    throttle.delete_stale(session, settings)
    return False


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
                          address=address):
        raise AuthError("Wrong username or password, or the account is closed.")
    if device is None and _revoked_device(session, account, request.device_id):
        # Told only after the right password, so the answer gives away nothing to a guesser.
        raise DeviceRevoked()
    if device is None:
        device = Device(account_id=account.id, name=request.device_name)
    session.add(device)
    session.flush()
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
    row.used_at = utcnow()
    session.add(row)
    pair = _issue(session, settings, account, device)
    session.commit()
    return pair


def _expired(moment: dt.datetime) -> bool:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment <= utcnow()


def authenticate(session: Session, access_token: str) -> Principal | None:
    """The principal behind a live access token, or None; ``DeviceRevoked`` for any access token
    of a revoked device, expired or not."""
    found = session.exec(
        select(AuthToken, Account, Device)
        .join(Account, Account.id == AuthToken.account_id)
        .join(Device, Device.id == AuthToken.device_id)
        .where(AuthToken.token_hash == token_hash(access_token), AuthToken.kind == "access")
    ).first()
    if found is None:
        return None
    token, account, device = found
    if device.revoked_at is not None:
        raise DeviceRevoked()
    if _expired(token.expires_at) or not account.active:
        return None
    return Principal(
        account_id=account.id,
        organisation_id=account.organisation_id,
        staff_id=account.staff_id,
        role=account.role,
        device_id=device.id,
    )


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
