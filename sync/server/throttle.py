"""Login throttling: every attempt is counted before its password is checked.

An attempt names one or more keys (see ``LoginThrottle``). ``reserve`` locks their rows in one
short transaction, refuses the attempt while any of them is still waiting out a delay, and
otherwise counts the attempt as a failure under each key and commits, before the slow Argon2
check runs. Parallel attempts therefore queue on the row lock (PostgreSQL ``FOR UPDATE``;
SQLite's write lock, taken by ``BEGIN IMMEDIATE``) and each sees the ones before it: an attempt
beyond the allowance is answered without checking its password. The route then forgets the
failures when the password was right (``record_success``).

Delays, not locks: the first ``free`` failures under a key pass at once; after that each attempt
must wait ``login_delay_seconds`` doubled for every further failure, capped at
``login_max_delay_seconds``; then the right password works again.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from dataclasses import dataclass

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, delete, select

from sync.server.core.config import Settings
from sync.server.models import LoginThrottle, utcnow

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Key:
    name: str  # "user:…", "addr:…" or "device:…"
    free: int  # failures that pass before delays begin
    forget_on_success: bool  # a success forgets every failure (else only its own attempt)


@dataclass
class Throttled(Exception):
    """Too many failed logins (429): try again after ``retry_after`` seconds."""

    retry_after: int
    key_kind: str = ""


def user_key(username: str, settings: Settings) -> Key:
    return Key(f"user:{username[:100]}", settings.login_max_failures_per_user, True)


def address_key(address: str, settings: Settings) -> Key:
    # A success from an address gives back only its own attempt: an office's many good logins
    # keep its count low, while one account's success does not wipe an attacker's failures.
    return Key(f"addr:{address[:100]}", settings.login_max_failures_per_address, False)


def device_key(device_id: object, settings: Settings) -> Key:
    return Key(f"device:{device_id}", settings.login_max_failures_per_user, True)


def delay_after(failures: int, *, free: int, settings: Settings) -> int:
    """Seconds the next attempt waits after ``failures`` counted failures."""
    if failures < free:
        return 0
    doublings = min(failures - free, 32)
    return min(settings.login_max_delay_seconds, settings.login_delay_seconds * 2**doublings)


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment


def _lock_rows(session: Session, names: list[str], now: dt.datetime) -> list[LoginThrottle]:
    """The keys' rows, made if missing, locked until the transaction ends (in key order, so
    two attempts never wait on each other crosswise)."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.exec(
        insert(LoginThrottle)
        .values([{"key": name, "failures": 0, "updated_at": now} for name in names])
        .on_conflict_do_nothing(index_elements=["key"])
    )
    return list(session.exec(
        select(LoginThrottle)
        .where(LoginThrottle.key.in_(names))
        .order_by(LoginThrottle.key)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).all())


def reserve(session: Session, settings: Settings, keys: list[Key]) -> None:
    """Count one attempt under every key, or raise ``Throttled`` if one must wait. Commits."""
    now = utcnow()
    by_name = {key.name: key for key in keys}
    rows = _lock_rows(session, sorted(by_name), now)
    forget_before = now - dt.timedelta(seconds=settings.login_window_seconds)
    waits = []
    for row in rows:
        if _aware(row.updated_at) < forget_before:
            row.failures, row.next_allowed_at = 0, None
        allowed = _aware(row.next_allowed_at)
        if allowed is not None and allowed > now:
            waits.append((math.ceil((allowed - now).total_seconds()), row.key))
    if waits:
        session.rollback()
        wait, name = max(waits)
        raise Throttled(retry_after=max(1, wait), key_kind=name.split(":", 1)[0])
    for row in rows:
        row.failures += 1
        row.updated_at = now
        wait = delay_after(row.failures, free=by_name[row.key].free, settings=settings)
        row.next_allowed_at = now + dt.timedelta(seconds=wait) if wait else None
        session.add(row)
    session.commit()


def record_success(session: Session, keys: list[Key]) -> None:
    """The password was right: forget the failures (an address gives back its attempt). Commits."""
    now = utcnow()
    by_name = {key.name: key for key in keys}
    for row in _lock_rows(session, sorted(by_name), now):
        if by_name[row.key].forget_on_success:
            row.failures, row.next_allowed_at = 0, None
        else:
            row.failures = max(0, row.failures - 1)
        row.updated_at = now
        session.add(row)
    session.commit()


def give_back(session: Session, settings: Settings, keys: list[Key]) -> None:
    """The attempt was neither a failure nor a success (the right password, no second-factor
    code yet): it gives back its own count and forgets nothing else. Commits."""
    now = utcnow()
    by_name = {key.name: key for key in keys}
    for row in _lock_rows(session, sorted(by_name), now):
        row.failures = max(0, row.failures - 1)
        if delay_after(row.failures, free=by_name[row.key].free, settings=settings) == 0:
            row.next_allowed_at = None
        session.add(row)
    session.commit()


def forget(session: Session, names: list[str]) -> None:
    """Drop the counts under these keys (a new password was set). Does not commit."""
    session.exec(delete(LoginThrottle).where(LoginThrottle.key.in_(names)))


def delete_stale(session: Session, settings: Settings) -> int:
    """Drop rows whose failures are forgotten anyway. Commits; never waits on a locked row."""
    horizon = utcnow() - dt.timedelta(
        seconds=max(settings.login_window_seconds, settings.login_max_delay_seconds)
    )
    stale = (
        select(LoginThrottle.key)
        .where(LoginThrottle.updated_at < horizon)
        .limit(500)
        .with_for_update(skip_locked=True)
    )
    result = session.exec(delete(LoginThrottle).where(LoginThrottle.key.in_(stale)))
    session.commit()
    return result.rowcount or 0
