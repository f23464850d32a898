"""Is this person already a client in the organisation? Answered from keyed hashes.

The laptop holds only its user's clients, so the organisation-wide duplicate check is the
server's. The server keeps, per organisation, a random key (``organisation_secret``, made on
first use, never sent anywhere) and for each client with an identity code that is not deleted
the HMAC-SHA256 of the normalised code under that key (``client_identity``). The table is kept
right wherever a client revision is stored (``store.stage_writes``: a push, a restore, a purge's
tombstone, a reassignment), so a code changed, removed, a client deleted or purged leaves no hash.

``POST /v1/clients/identity-check`` answers from the hash alone: whether the person is a client,
the ids and names of the client's assigned staff, and the client's id only to an asker who may
ask to be assigned to it (career coaches and managers; an opaque id, no data). The code is
never logged or stored in clear here; every question is an ``audit_event``-like server log line
with ids only, and questions are rate-limited per account (it is a lookup oracle).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass

from sqlmodel import Session, delete, select

from sync.identifiers import normalise_personal_id
from sync.server.authz import Principal
from sync.server.models import ClientAccess, ClientIdentity, OrganisationSecret, Record

logger = logging.getLogger(__name__)

ASKING_ROLES = frozenset({"career_coach", "manager"})
# Questions per account in a sliding window: an intake day is a few dozen, a scan is thousands.
CHECKS_PER_WINDOW = 60
WINDOW_SECONDS = 3600


def organisation_key(session: Session, organisation_id: uuid.UUID) -> bytes:
    """The organisation's hashing key, made on first use (a race of two first uses ends in an
    IntegrityError, which the pushing transaction retries)."""
    row = session.get(OrganisationSecret, organisation_id)
    if row is None:
        row = OrganisationSecret(organisation_id=organisation_id, identity_key=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.identity_key)


def identity_hash(key: bytes, personal_id: str) -> str:
    return hmac.new(key, personal_id.encode("ascii"), hashlib.sha256).hexdigest()


def _code(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return normalise_personal_id(value)
    except ValueError:
        return None


def keep_client_identity(session: Session, *, client_id: uuid.UUID, organisation_id: uuid.UUID,
                         fields: dict, deleted: bool) -> None:
    """Set (or remove) the hash of one client after a new revision of it."""
    session.exec(delete(ClientIdentity).where(ClientIdentity.client_id == client_id))
    code = None if deleted else _code(fields.get("personal_id"))
    if code is not None:
        key = organisation_key(session, organisation_id)
        session.add(ClientIdentity(client_id=client_id, organisation_id=organisation_id,
                                   identity_hash=identity_hash(key, code)))
    session.flush()


def backfill(session: Session) -> int:
    """Hash every stored client that has a code (the migration's and a first start's work)."""
    count = 0
    for row in session.exec(select(Record).where(Record.kind == "client", Record.deleted == False)):  # noqa: E712
        if _code(row.fields.get("personal_id")) is not None:
            keep_client_identity(session, client_id=row.id, organisation_id=row.organisation_id,
                                 fields=row.fields, deleted=False)
            count += 1
    return count


# --- the question ---------------------------------------------------------------------------


class IdentityCheckError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class KnownStaff:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class IdentityAnswer:
    known: bool
    staff: tuple[KnownStaff, ...] = ()
    client_id: uuid.UUID | None = None  # to ask for joint assignment; None when already assigned
    assigned_to_you: bool = False


class _Window:
    """Questions per account in the last ``WINDOW_SECONDS`` (in this server process)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.asked: dict[uuid.UUID, deque] = {}

    def allow(self, account_id: uuid.UUID, limit: int, seconds: float) -> bool:
        now = time.monotonic()
        with self.lock:
            times = self.asked.setdefault(account_id, deque())
            while times and times[0] <= now - seconds:
                times.popleft()
            if len(times) >= limit:
                return False
            times.append(now)
            return True


_window = _Window()


def check_identity(*, session: Session, principal: Principal, personal_id: str,
                   limit: int = CHECKS_PER_WINDOW) -> IdentityAnswer:
    if principal.role not in ASKING_ROLES:
        raise IdentityCheckError(403, "Only career coaches and managers may check whether a person "
                                      "is already a client.")
    try:
        code = normalise_personal_id(personal_id)
    except ValueError:
        raise IdentityCheckError(422, "The personal identity code is not valid.") from None
    if not _window.allow(principal.account_id, limit, WINDOW_SECONDS):
        logger.warning("identity check refused: too many",
                       extra={"account_id": str(principal.account_id)})
        raise IdentityCheckError(429, "Too many identity checks: try again in an hour.")
    key = organisation_key(session, principal.organisation_id)
    hashed = identity_hash(key, code)
    rows = session.exec(select(ClientIdentity).where(
        ClientIdentity.organisation_id == principal.organisation_id,
        ClientIdentity.identity_hash == hashed)).all()
    # Ids only in the log: who asked and whether it was known, never the code or its hash.
    logger.info("identity check", extra={"account_id": str(principal.account_id),
                                         "device_id": str(principal.device_id),
                                         "known": bool(rows)})
    if not rows:
        return IdentityAnswer(known=False)
    client_ids = [row.client_id for row in rows]
    assigned = session.exec(select(ClientAccess).where(ClientAccess.client_id.in_(client_ids))).all()
    staff = sorted({a.staff_id for a in assigned})
    names = {row.id: str(row.fields.get("name", "")) for row in session.exec(select(Record).where(
        Record.organisation_id == principal.organisation_id, Record.kind == "staff",
        Record.id.in_(staff))).all()} if staff else {}
    mine = principal.staff_id in staff
    first = min(client_ids)  # the same person twice in the organisation: one answer
    return IdentityAnswer(
        known=True,
        staff=tuple(KnownStaff(s, names.get(s, "")) for s in staff),
        client_id=None if mine else first,
        assigned_to_you=mine,
    )


def check_identity_with_retries(*, engine, principal: Principal, personal_id: str) -> IdentityAnswer:
    """``check_identity`` in a transaction of its own (the organisation's key may be made)."""
    from sync.server.push import _with_retries

    return _with_retries(engine, lambda session: check_identity(
        session=session, principal=principal, personal_id=personal_id))
