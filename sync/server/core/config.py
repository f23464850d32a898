"""Server settings: from the environment (``KENTTA_*``) or given by the command line."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_database_url() -> str:
    """The embedded default for a single office: an SQLite file in the user's data folder."""
    folder = Path(platformdirs.user_data_dir("kentta-server", appauthor=False))
    return f"sqlite:///{folder / 'kentta-server.sqlite3'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KENTTA_", extra="ignore")

    database_url: str = Field(default_factory=default_database_url)
    # Tokens are opaque random strings; only their SHA-256 is stored.
    access_token_minutes: int = Field(default=15, ge=1)
    refresh_token_days: int = Field(default=30, ge=1)
    # Failed logins allowed per window, per username and per client address.
    login_window_seconds: int = Field(default=900, ge=1)
    login_max_failures_per_user: int = Field(default=5, ge=1)
    login_max_failures_per_address: int = Field(default=30, ge=1)
    # Argon2 cost; the defaults are argon2-cffi's (RFC 9106 low-memory profile).
    argon2_time_cost: int = Field(default=3, ge=1)
    argon2_memory_kib: int = Field(default=65536, ge=8)
    # The largest request body accepted (413 above it, before it is read). The default takes
    # a full push (1,000 changes, MAX_CHANGES_PER_PUSH) of 16 KiB each, far above what notes at
    # their limits (sync/records.py) need on average; a bigger batch is answered 413 and the
    # desktop sends it again in halves.
    max_request_bytes: int = Field(default=16 * 1024 * 1024, ge=64 * 1024)
    # Behind a trusted reverse proxy, take the client address from X-Forwarded-For.
    trust_forwarded_for: bool = False
    log_json: bool = True
