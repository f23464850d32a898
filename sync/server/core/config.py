"""Server settings: from the environment (``KENTTA_*``) or given by the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_database_url() -> str:
    """The embedded default for a single office: an SQLite file in the user's data folder."""
    folder = Path(platformdirs.user_data_dir("kentta-server", appauthor=False))
    return f"sqlite:///{folder / 'kentta-server.sqlite3'}"


def default_totp_key_file() -> Path:
    """Where the TOTP key is kept (made on first use) when ``KENTTA_TOTP_KEY`` is not set."""
    return Path(platformdirs.user_data_dir("kentta-server", appauthor=False)) / "totp.key"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KENTTA_", extra="ignore")

    database_url: str = Field(default_factory=default_database_url)
    # Tokens are opaque random strings; only their SHA-256 is stored.
    access_token_minutes: int = Field(default=15, ge=1)
    refresh_token_days: int = Field(default=30, ge=1)
    # Login throttling (sync/server/throttle.py). Each attempt is counted before its password
    # is checked. Under a key (an account's unknown devices, a client address, or one known
    # device) the first ``login_max_failures_per_*`` failures pass at once; after that each
    # further attempt waits a delay that starts at ``login_delay_seconds`` and doubles with
    # every failure, up to ``login_max_delay_seconds``. Nothing is locked: after the delay the
    # right password works. Failures are forgotten ``login_window_seconds`` after the last one,
    # and a success forgets its account's (or device's) failures.
    login_window_seconds: int = Field(default=86400, ge=1)
    login_max_failures_per_user: int = Field(default=5, ge=1)
    login_max_failures_per_address: int = Field(default=30, ge=1)
    login_delay_seconds: int = Field(default=1, ge=1)
    login_max_delay_seconds: int = Field(default=900, ge=1)
    # Argon2 cost; the defaults are argon2-cffi's (RFC 9106 low-memory profile).
    argon2_time_cost: int = Field(default=3, ge=1)
    argon2_memory_kib: int = Field(default=65536, ge=8)
    # The largest request body accepted (413 above it, before it is read). The default takes
    # a full push (1,000 changes, MAX_CHANGES_PER_PUSH) of 16 KiB each, far above what notes at
    # their limits (sync/records.py) need on average; a bigger batch is answered 413 and the
    # desktop sends it again in halves.
    max_request_bytes: int = Field(default=16 * 1024 * 1024, ge=64 * 1024)
    # The largest file upload (PUT /v1/files/...) let through to the route, which then holds
    # it to the organisation's own ``attachment_max_mb`` as its bytes arrive.
    max_file_bytes: int = Field(default=200 * 1024 * 1024, ge=64 * 1024)
    # How many reverse proxies in front of the server append to X-Forwarded-For. The client
    # address is the entry that many places from the right (the one the outermost proxy saw);
    # entries further left are written by the client and never believed. 0: the peer address.
    trusted_proxy_hops: int = Field(default=0, ge=0, le=10)
    # The older switch: true means one proxy hop (used when trusted_proxy_hops is 0).
    trust_forwarded_for: bool = False
    # Log lines: "json" (one object a line, the default) or "text" (``KENTTA_LOG_FORMAT``);
    # when unset, the older switch ``KENTTA_LOG_JSON`` decides.
    log_format: Literal["json", "text"] | None = None
    log_json: bool = True
    # The second factor (sync/server/totp.py). TOTP secrets are stored encrypted (AES-GCM)
    # with this 32-byte key, given base64 (``KENTTA_TOTP_KEY``), or else read from
    # ``totp_key_file`` (made, readable by the server's user only, on first use). Several
    # servers over one database must share the key.
    totp_key: SecretStr | None = None
    totp_key_file: Path = Field(default_factory=default_totp_key_file)
    # Roles that must log in with a second factor; other staff must when their organisation's
    # ``totp_for_staff`` is on. Leave the default (JSON list in the environment).
    totp_required_roles: tuple[str, ...] = ("manager", "admin")
    # How long the enrolment token of a login that must enrol first stays usable.
    totp_enrolment_minutes: int = Field(default=15, ge=1, le=120)

    @property
    def json_logs(self) -> bool:
        return self.log_json if self.log_format is None else self.log_format == "json"

    @property
    def proxy_hops(self) -> int:
        """The proxy hops to trust, with the older boolean meaning one."""
        if self.trusted_proxy_hops:
            return self.trusted_proxy_hops
        return 1 if self.trust_forwarded_for else 0
