"""Logins, devices and tokens: opaque random tokens, stored only as their SHA-256.

An access token lives minutes; a refresh token lives days and is used once: each refresh
returns a new pair. A refresh token presented twice means it was copied, so every token of
that device dies and the person logs in again. Failed logins are counted per username and per
client address in the database (so several server workers share the count).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import uuid
from dataclasses import dataclass

from sqlmodel import Session, delete, func, select

from sync.protocol import LoginRequest, TokenPair
from sync.server.authz import Principal
from sync.server.core.config import Settings
from sync.server.core.security import (
    burn_password_check,
    new_token,
    token_hash,
    verify_password,
)
from sync.server.models import Account, AuthToken, Device, LoginFailure, utcnow

logger = logging.getLogger(__name__)


class AuthError(Exception):
    """Login or refresh refused (401)."""


@dataclass
class Throttled(Exception):
    """Too many failed logins (429): try again after ``retry_after`` seconds."""

    retry_after: int


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


def _throttle_keys(username: str, address: str) -> list[str]:
    return [f"user:{username.strip().lower()[:100]}", f"addr:{address[:100]}"]


def check_throttle(session: Session, settings: Settings, *, username: str, address: str) -> None:
    window = dt.timedelta(seconds=settings.login_window_seconds)
    now = utcnow()
    limits = (settings.login_max_failures_per_user, settings.login_max_failures_per_address)
    for key, limit in zip(_throttle_keys(username, address), limits):
        count, oldest = session.exec(
            select(func.count(), func.min(LoginFailure.at)).where(
                LoginFailure.key == key, LoginFailure.at > now - window
            )
        ).one()
        if count >= limit:
            oldest = oldest if oldest.tzinfo else oldest.replace(tzinfo=dt.timezone.utc)
            wait = (oldest + window - now).total_seconds()
            logger.warning("login throttled", extra={"key_kind": key.split(":")[0]})
            raise Throttled(retry_after=max(1, math.ceil(wait)))


def _record_failure(session: Session, settings: Settings, username: str, address: str) -> None:
    now = utcnow()
    horizon = now - dt.timedelta(seconds=settings.login_window_seconds)
    session.exec(delete(LoginFailure).where(LoginFailure.at < horizon))
    for key in _throttle_keys(username, address):
        session.add(LoginFailure(key=key, at=now))
    session.commit()


def login(
    *, session: Session, settings: Settings, request: LoginRequest, address: str
) -> TokenPair:
    """Check the password and give this device a token pair. Commits."""
    check_throttle(session, settings, username=request.username, address=address)
    username = request.username.strip().lower()
    account = session.exec(select(Account).where(Account.username == username)).first()
    if account is None:
        burn_password_check(settings=settings, password=request.password)
    ok = (
        account is not None
        and verify_password(
            settings=settings, password_hash=account.password_hash, password=request.password
        )
        and account.active
    )
    if not ok:
        _record_failure(session, settings, request.username, address)
        logger.info("login failed")
        raise AuthError("Wrong username or password, or the account is closed.")
    session.exec(delete(LoginFailure).where(LoginFailure.key == _throttle_keys(username, "")[0]))
    device = None
    if request.device_id is not None:
        device = session.get(Device, request.device_id)
        if device is not None and (device.account_id != account.id or device.revoked_at):
            device = None
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
    if row.used_at is not None:
        revoke_device_tokens(session, device_id=row.device_id)
        session.commit()
        logger.warning("refresh token reused", extra={"device_id": str(row.device_id)})
        raise AuthError("This refresh token was used before; log in again.")
    if _expired(row.expires_at) or device.revoked_at or not account.active:
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
    """The principal behind a live access token, or None."""
    found = session.exec(
        select(AuthToken, Account, Device)
        .join(Account, Account.id == AuthToken.account_id)
        .join(Device, Device.id == AuthToken.device_id)
        .where(AuthToken.token_hash == token_hash(access_token), AuthToken.kind == "access")
    ).first()
    if found is None:
        return None
    token, account, device = found
    if _expired(token.expires_at) or not account.active or device.revoked_at is not None:
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


def revoke_account_tokens(session: Session, *, account_id: uuid.UUID) -> None:
    session.exec(delete(AuthToken).where(AuthToken.account_id == account_id))


def revoke_device(session: Session, *, device_id: uuid.UUID) -> Device | None:
    """Revoke a device: its tokens die and it cannot log in again under this id."""
    device = session.get(Device, device_id)
    if device is None:
        return None
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        session.add(device)
    revoke_device_tokens(session, device_id=device_id)
    logger.info("device revoked", extra={"device_id": str(device_id)})
    return device


def delete_expired_tokens(session: Session) -> int:
    result = session.exec(delete(AuthToken).where(AuthToken.expires_at < utcnow()))
    return result.rowcount or 0
