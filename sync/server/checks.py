"""``kentta-server check-config``: what is wrong with the settings and database a server would use.

Each finding is an error (the server would not run, or not safely) or a warning (it runs, but
look). Secrets are never printed, only whether they are there and usable.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from sync.attachments import MAX_MB_LIMIT
from sync.records import STAFF_ROLES
from sync.server.core.config import Settings
from sync.server.core.db import head_revision, make_engine, normalise_url, schema_revision

LOCAL_HOSTS = {None, "", "localhost", "127.0.0.1", "::1"}
# OWASP's least for Argon2id: 19 MiB of memory.
ARGON2_LEAST_KIB = 19 * 1024


@dataclass(frozen=True)
class Finding:
    level: str  # "error" or "warning"
    setting: str  # the environment variable (or what) it is about
    message: str


def _database(settings: Settings) -> list[Finding]:
    found: list[Finding] = []
    try:
        url = make_url(normalise_url(settings.database_url))
    except Exception:  # noqa: BLE001 - any unreadable URL
        return [Finding("error", "KENTTA_DATABASE_URL", "not a database URL "
                        "(postgresql://user@host/db or sqlite:///path/file.db).")]
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        return [Finding("error", "KENTTA_DATABASE_URL",
                        f"{backend} is not supported: use PostgreSQL or SQLite.")]
    if backend == "postgresql" and url.host not in LOCAL_HOSTS:
        if url.query.get("sslmode") not in ("require", "verify-ca", "verify-full"):
            found.append(Finding("error", "KENTTA_DATABASE_URL",
                                 f"the database on {url.host} is reached without TLS: add "
                                 "?sslmode=verify-full (or require)."))
        if not url.password and "PGPASSFILE" not in os.environ:
            found.append(Finding("warning", "KENTTA_DATABASE_URL",
                                 "no password for a database on another host (or a ~/.pgpass)."))
    if backend == "sqlite" and url.database in (None, "", ":memory:"):
        return found + [Finding("error", "KENTTA_DATABASE_URL",
                                "an in-memory database loses everything when the server stops.")]
    engine = make_engine(settings.database_url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        revision = schema_revision(engine)
    except SQLAlchemyError as exc:
        return found + [Finding("error", "KENTTA_DATABASE_URL",
                                f"the database cannot be reached ({type(exc).__name__}).")]
    finally:
        engine.dispose()
    head = head_revision()
    if revision != head:
        if backend == "sqlite":
            found.append(Finding("warning", "schema", f"at {revision or 'nothing'}, not {head}: "
                                 "serve brings the embedded database up to date itself."))
        else:
            found.append(Finding("error", "schema", f"at {revision or 'nothing'}, not {head}: "
                                 "run kentta-server migrate."))
    return found


def _totp_key(settings: Settings) -> list[Finding]:
    from sync.server.totp import TotpKeyError, _decode_key

    if settings.totp_key is not None:
        try:
            key = _decode_key(settings.totp_key.get_secret_value(), "KENTTA_TOTP_KEY")
        except TotpKeyError as exc:
            return [Finding("error", "KENTTA_TOTP_KEY", str(exc))]
        if len(set(key)) < 16:
            return [Finding("error", "KENTTA_TOTP_KEY", "the key is not random (too few "
                            "different bytes): make a new one with secrets.token_bytes(32).")]
        return []
    path = settings.totp_key_file
    if not path.exists():
        return [Finding("warning", "KENTTA_TOTP_KEY",
                        f"not set, and {path} does not exist yet: it is made on first use. "
                        "Several servers over one database must share one key: set "
                        "KENTTA_TOTP_KEY on each.")]
    mode = path.stat().st_mode
    found = []
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        found.append(Finding("error", "KENTTA_TOTP_KEY_FILE",
                             f"{path} is readable by others: chmod 600 it."))
    try:
        _decode_key(path.read_text(encoding="ascii"), str(path))
    except (TotpKeyError, OSError, UnicodeDecodeError) as exc:
        found.append(Finding("error", "KENTTA_TOTP_KEY_FILE",
                             str(exc) if isinstance(exc, TotpKeyError)
                             else f"{path} cannot be read ({type(exc).__name__})."))
    return found


def _limits(settings: Settings) -> list[Finding]:
    found = []
    if settings.max_file_bytes < settings.max_request_bytes:
        found.append(Finding("warning", "KENTTA_MAX_FILE_BYTES",
                             "smaller than KENTTA_MAX_REQUEST_BYTES, so it has no effect."))
    if settings.max_file_bytes < MAX_MB_LIMIT * 1024 * 1024:
        found.append(Finding("warning", "KENTTA_MAX_FILE_BYTES",
                             f"{settings.max_file_bytes} bytes: an organisation may allow "
                             f"attachments of up to {MAX_MB_LIMIT} MB, which would be refused."))
    if settings.login_max_delay_seconds < settings.login_delay_seconds:
        found.append(Finding("error", "KENTTA_LOGIN_MAX_DELAY_SECONDS",
                             "smaller than KENTTA_LOGIN_DELAY_SECONDS."))
    if settings.login_window_seconds < settings.login_max_delay_seconds:
        found.append(Finding("warning", "KENTTA_LOGIN_WINDOW_SECONDS",
                             "shorter than the longest delay: failures are forgotten before "
                             "the delay ends."))
    if settings.access_token_minutes > settings.refresh_token_days * 24 * 60:
        found.append(Finding("error", "KENTTA_ACCESS_TOKEN_MINUTES",
                             "longer than the refresh token lives (KENTTA_REFRESH_TOKEN_DAYS)."))
    if settings.argon2_memory_kib < ARGON2_LEAST_KIB:
        found.append(Finding("warning", "KENTTA_ARGON2_MEMORY_KIB",
                             f"below {ARGON2_LEAST_KIB} KiB: passwords are cheap to guess."))
    unknown = sorted(set(settings.totp_required_roles) - set(STAFF_ROLES))
    if unknown:
        found.append(Finding("error", "KENTTA_TOTP_REQUIRED_ROLES",
                             f"unknown roles: {', '.join(unknown)}."))
    if not {"manager", "admin"} <= set(settings.totp_required_roles):
        found.append(Finding("warning", "KENTTA_TOTP_REQUIRED_ROLES",
                             "managers and admins log in without a second factor."))
    if settings.trusted_proxy_hops and settings.trust_forwarded_for:
        found.append(Finding("warning", "KENTTA_TRUST_FORWARDED_FOR",
                             "ignored: KENTTA_TRUSTED_PROXY_HOPS is set."))
    return found


def check_settings(settings: Settings) -> list[Finding]:
    return _database(settings) + _totp_key(settings) + _limits(settings)
