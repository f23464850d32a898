"""The second factor: TOTP (RFC 6238, with ``pyotp``) and recovery codes.

- Who must have it: the roles of ``Settings.totp_required_roles`` (managers and admins), and
  every other staff member while the organisation record's ``totp_for_staff`` is on.
- The secret is stored encrypted (AES-GCM, the account id as associated data, so a sealed
  secret cannot be moved to another account) with the server's TOTP key: ``KENTTA_TOTP_KEY``,
  or the key file made on first use. A dump of the database alone does not give it away.
- A code is accepted for the current 30-second step and the one before and after it
  (``VALID_WINDOW``); the step of the last accepted code is kept, and a code of that step or an
  earlier one is refused (``TOTP_REUSED``), so a code seen over a shoulder cannot be used again.
- Recovery codes: ``RECOVERY_CODE_COUNT`` random codes, shown once, stored as Argon2 hashes as
  passwords are; each logs in once in place of a TOTP code, and is then removed.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hmac
import logging
import os
import secrets
import time
import uuid
from pathlib import Path

import pyotp
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlmodel import Session, select

from sync.protocol import (
    RECOVERY_CODE_COUNT,
    TOTP_INVALID,
    TOTP_ISSUER,
    TOTP_MANDATORY,
    TOTP_NOT_STARTED,
    TOTP_REQUIRED,
    TOTP_REUSED,
    TotpSecret,
    TotpStatus,
)
from sync.server.core.config import Settings
from sync.server.core.security import hash_password, verify_password
from sync.server.models import Account, Record, utcnow

logger = logging.getLogger(__name__)

VALID_WINDOW = 1  # steps either side of the current one
DEFAULT_REQUIRED_ROLES: tuple[str, ...] = Settings.model_fields["totp_required_roles"].default
# Recovery codes: three groups of four characters of an alphabet without look-alikes (60 bits).
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_RECOVERY_GROUPS, _RECOVERY_GROUP_LENGTH = 3, 4
_SEALED_PREFIX = "v1:"


class TotpRefused(Exception):
    """A code missing, wrong or used before, or an enrolment step that cannot be done; ``code``
    is the stable code of ``sync.protocol``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class TotpKeyError(Exception):
    """The server's TOTP key is missing, malformed, or not the one the secrets were sealed with."""


# --- the key and the sealed secret -------------------------------------------------------------


def _decode_key(text: str, where: str) -> bytes:
    try:
        key = base64.urlsafe_b64decode(text.strip().encode("ascii"))
    except (binascii.Error, ValueError, UnicodeEncodeError):
        key = b""
    if len(key) != 32:
        raise TotpKeyError(f"The TOTP key in {where} is not 32 bytes in base64: make one with "
                           "python -c \"import secrets, base64; "
                           "print(base64.urlsafe_b64encode(secrets.token_bytes(32)).decode())\".")
    return key


def new_key_text() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")


def _key_from_file(path: Path) -> bytes:
    try:
        return _decode_key(path.read_text(encoding="ascii"), str(path))
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another server process made it first
        return _decode_key(path.read_text(encoding="ascii"), str(path))
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(new_key_text() + "\n")
    logger.info("TOTP key file made")
    return _decode_key(path.read_text(encoding="ascii"), str(path))


def server_key(settings: Settings) -> bytes:
    if settings.totp_key is not None:
        return _decode_key(settings.totp_key.get_secret_value(), "KENTTA_TOTP_KEY")
    return _key_from_file(settings.totp_key_file)


def seal(settings: Settings, account_id: uuid.UUID, secret: str) -> str:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(server_key(settings)).encrypt(nonce, secret.encode("ascii"), account_id.bytes)
    return _SEALED_PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


def unseal(settings: Settings, account_id: uuid.UUID, sealed: str) -> str:
    raw = base64.urlsafe_b64decode(sealed.removeprefix(_SEALED_PREFIX).encode("ascii"))
    try:
        return AESGCM(server_key(settings)).decrypt(raw[:12], raw[12:], account_id.bytes).decode("ascii")
    except InvalidTag:
        logger.error("a TOTP secret does not open with the server's TOTP key",
                     extra={"account_id": str(account_id)})
        raise TotpKeyError("The server cannot read its second-factor secrets: its TOTP key is not "
                           "the one they were stored with (KENTTA_TOTP_KEY / totp.key).") from None


# --- who must have it ----------------------------------------------------------------------------


def is_required(session: Session, settings: Settings | None, account: Account) -> bool:
    roles = settings.totp_required_roles if settings is not None else DEFAULT_REQUIRED_ROLES
    if account.role in roles:
        return True
    org = session.get(Record, ("organisation", account.organisation_id))
    return bool(org is not None and not org.deleted and (org.fields or {}).get("totp_for_staff"))


def must_enrol(session: Session, settings: Settings | None, account: Account) -> bool:
    return account.totp_secret is None and is_required(session, settings, account)


def status(session: Session, settings: Settings, account: Account) -> TotpStatus:
    return TotpStatus(enabled=account.totp_secret is not None,
                      required=is_required(session, settings, account),
                      enrolled_at=account.totp_enabled_at,
                      recovery_codes_left=len(account.totp_recovery or []))


# --- codes -------------------------------------------------------------------------------------


def normalise_code(code: str) -> str:
    return "".join(code.split()).replace("-", "").lower()


def _is_totp(code: str) -> bool:
    return len(code) == 6 and code.isascii() and code.isdigit()


def matching_step(secret: str, code: str, *, now: float | None = None) -> int | None:
    """The time step whose code ``code`` is, within ``VALID_WINDOW`` of now, or None."""
    totp = pyotp.TOTP(secret)
    moment = time.time() if now is None else now
    current = totp.timecode(moment)
    for offset in range(-VALID_WINDOW, VALID_WINDOW + 1):
        if hmac.compare_digest(totp.generate_otp(current + offset), code):
            return current + offset
    return None


def _use_step(account: Account, step: int) -> None:
    if account.totp_last_step is not None and step <= account.totp_last_step:
        raise TotpRefused(TOTP_REUSED, "This code was used already: wait for the next code in "
                                       "the authenticator app.")
    account.totp_last_step = step


def _invalid() -> TotpRefused:
    return TotpRefused(TOTP_INVALID, "The code is wrong: type the 6-digit code the "
                                     "authenticator app shows now, or a recovery code.")


def new_recovery_codes(settings: Settings) -> tuple[list[str], list[str]]:
    """``RECOVERY_CODE_COUNT`` new codes and their Argon2 hashes."""
    codes = [
        "-".join("".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUP_LENGTH))
                 for _ in range(_RECOVERY_GROUPS))
        for _ in range(RECOVERY_CODE_COUNT)
    ]
    return codes, [hash_password(settings=settings, password=normalise_code(c)) for c in codes]


def locked_account(session: Session, account_id: uuid.UUID) -> Account:
    """The account row, locked until the transaction ends (two logins never both use a code)."""
    return session.exec(
        select(Account).where(Account.id == account_id).with_for_update()
        .execution_options(populate_existing=True)
    ).one()


def check_code(*, session: Session, settings: Settings, account: Account, code: str | None) -> str:
    """Accept the account's TOTP code or one of its recovery codes, and use it up: the step is
    kept, a recovery code removed (the caller commits). Returns "totp" or "recovery"."""
    if not code:
        raise TotpRefused(TOTP_REQUIRED, "This account logs in with a second factor: type the "
                                         "code of the authenticator app.")
    typed = normalise_code(code)
    account = locked_account(session, account.id)
    if _is_totp(typed):
        step = matching_step(unseal(settings, account.id, account.totp_secret), typed)
        if step is None:
            raise _invalid()
        _use_step(account, step)
        session.add(account)
        return "totp"
    for stored in account.totp_recovery or []:
        if verify_password(settings=settings, password_hash=stored, password=typed):
            account.totp_recovery = [other for other in account.totp_recovery if other != stored]
            session.add(account)
            logger.info("recovery code used", extra={"account_id": str(account.id),
                                                     "left": len(account.totp_recovery)})
            return "recovery"
    raise _invalid()


# --- enrolment ---------------------------------------------------------------------------------


def start(*, session: Session, settings: Settings, account: Account) -> TotpSecret:
    """A new secret, pending until ``confirm``: the app is set up from it. Does not commit."""
    secret = pyotp.random_base32()
    account.totp_pending = seal(settings, account.id, secret)
    session.add(account)
    uri = pyotp.TOTP(secret).provisioning_uri(name=account.username, issuer_name=TOTP_ISSUER)
    return TotpSecret(secret=secret, provisioning_uri=uri, issuer=TOTP_ISSUER,
                      username=account.username)


def confirm(*, session: Session, settings: Settings, account: Account, code: str) -> list[str]:
    """The app's code matches the pending secret: TOTP is on (a new phone replaces the old one),
    and new recovery codes are returned, once. Does not commit."""
    account = locked_account(session, account.id)
    if account.totp_pending is None:
        raise TotpRefused(TOTP_NOT_STARTED, "No second-factor setup is under way: start it again.")
    secret = unseal(settings, account.id, account.totp_pending)
    step = matching_step(secret, normalise_code(code))
    if step is None:
        raise TotpRefused(TOTP_INVALID, "The code is wrong: type the 6-digit code the "
                                        "authenticator app shows now.")
    codes, hashes = new_recovery_codes(settings)
    account.totp_secret, account.totp_pending = account.totp_pending, None
    account.totp_enabled_at, account.totp_last_step = utcnow(), step
    account.totp_recovery = hashes
    session.add(account)
    logger.info("second factor enrolled", extra={"account_id": str(account.id)})
    return codes


def regenerate(*, session: Session, settings: Settings, account: Account) -> list[str]:
    """New recovery codes; the old ones stop working. Does not commit."""
    codes, hashes = new_recovery_codes(settings)
    account = locked_account(session, account.id)
    account.totp_recovery = hashes
    session.add(account)
    logger.info("recovery codes made again", extra={"account_id": str(account.id)})
    return codes


def disable(*, session: Session, settings: Settings, account: Account) -> None:
    """TOTP off, where the account need not have it. Does not commit."""
    if is_required(session, settings, account):
        raise TotpRefused(TOTP_MANDATORY, "This account must log in with a second factor: it "
                                          "cannot be switched off.")
    clear(session, account)
    logger.info("second factor switched off", extra={"account_id": str(account.id)})


def clear(session: Session, account: Account) -> None:
    account.totp_secret = account.totp_pending = None
    account.totp_enabled_at = account.totp_last_step = None
    account.totp_recovery = []
    session.add(account)


def enrolment_expiry(settings: Settings) -> dt.timedelta:
    return dt.timedelta(minutes=settings.totp_enrolment_minutes)
