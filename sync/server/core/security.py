"""Password hashes (Argon2) and opaque tokens (random, stored as SHA-256)."""

from __future__ import annotations

import hashlib
import secrets
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from sync.server.core.config import Settings


@lru_cache(maxsize=8)
def _hasher(time_cost: int, memory_kib: int) -> PasswordHasher:
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_kib)


def password_hasher(settings: Settings) -> PasswordHasher:
    return _hasher(settings.argon2_time_cost, settings.argon2_memory_kib)


def hash_password(*, settings: Settings, password: str) -> str:
    return password_hasher(settings).hash(password)


def verify_password(*, settings: Settings, password_hash: str, password: str) -> bool:
    try:
        return password_hasher(settings).verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@lru_cache(maxsize=8)
def _dummy_hash(time_cost: int, memory_kib: int) -> str:
    return _hasher(time_cost, memory_kib).hash(secrets.token_hex(16))


def burn_password_check(*, settings: Settings, password: str) -> None:
    """Spend the time of one verification, so an unknown username takes as long."""
    verify_password(
        settings=settings,
        password_hash=_dummy_hash(settings.argon2_time_cost, settings.argon2_memory_kib),
        password=password,
    )


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
