"""The wire protocol between the desktop sync engine and the server (HTTP/JSON, /v1).

Both ends import these pydantic models. Every request to ``/v1/...`` carries the header
``X-Kentta-Protocol: <PROTOCOL_VERSION>``; a missing or older version is answered with
426 and a message asking the user to update the app.

Record changes name their record by ``kind`` (a key of ``sync.records.RECORD_TYPES``) and
``id``. ``fields`` holds the record's data fields only (``sync.records.RecordBase.data_fields``);
the common fields (id, rev, modified_at, modified_by, deleted) travel beside them. A new record
(``base_rev`` 0) sends every data field; an update sends at least the fields it changed, and a
field it sends with ``base_rev`` equal to the current revision resolves that field's open
conflicts. Times are UTC without an offset, as ``sync.records.utcnow`` makes them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Kentta-Protocol"

Role = Literal["employer_coordinator", "career_coach", "manager", "admin"]
ROLES = get_args(Role)
ChangeStatus = Literal["applied", "merged", "conflict", "refused"]

MAX_CHANGES_PER_PUSH = 1000
# The longest password any path accepts: login, change-password and the admin commands.
MAX_PASSWORD_LENGTH = 1000
MAX_PULL_LIMIT = 1000
# A second-factor code as typed: 6 digits, or a recovery code (with its dashes and spaces).
MAX_CODE_LENGTH = 40
# Revisions and sequence numbers fit a signed 64-bit column, and a JSON number exactly (a client
# that reads numbers as doubles, as JavaScript does, keeps every one below 2**53).
MAX_COUNTER = 2**53 - 1


# PostgreSQL text cannot hold NUL characters. Strings of the requests themselves refuse them in
# their schema (so the OpenAPI document says so); record fields are refused per change by the
# record schemas (``sync.records``), so one bad value never fails a whole batch.
NO_NUL = r"^[^\x00]*$"


class WireModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(WireModel):
    username: str = Field(min_length=1, max_length=100, pattern=NO_NUL)
    password: str = Field(min_length=1, max_length=MAX_PASSWORD_LENGTH, pattern=NO_NUL)
    device_name: str = Field(min_length=1, max_length=100, pattern=NO_NUL)
    # Given when this laptop logged in before: the server reuses the device if it is
    # this account's and not revoked, and otherwise registers a new one.
    device_id: uuid.UUID | None = None
    # The second factor, when the account has one: the authenticator app's 6-digit code, or
    # one of the account's recovery codes (each works once). Asked for by ``TOTP_REQUIRED``.
    code: str | None = Field(default=None, min_length=1, max_length=MAX_CODE_LENGTH,
                             pattern=NO_NUL)


class ChangePasswordRequest(WireModel):
    """``POST /v1/auth/password``: the logged-in user's new password, with the current one."""

    current_password: str = Field(min_length=1, max_length=MAX_PASSWORD_LENGTH, pattern=NO_NUL)
    new_password: str = Field(min_length=1, max_length=MAX_PASSWORD_LENGTH, pattern=NO_NUL)


class RefreshRequest(WireModel):
    refresh_token: str = Field(min_length=1, max_length=200, pattern=NO_NUL)


class TokenPair(WireModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int  # seconds the access token lives
    refresh_expires_in: int  # seconds the refresh token lives (each refresh rotates it)
    device_id: uuid.UUID
    account_id: uuid.UUID
    staff_id: uuid.UUID
    organisation_id: uuid.UUID
    role: str


class Me(WireModel):
    account_id: uuid.UUID
    username: str
    staff_id: uuid.UUID
    organisation_id: uuid.UUID
    role: str
    device_id: uuid.UUID


class Change(WireModel):
    """One record change in a push."""

    kind: str = Field(min_length=1, max_length=40)
    id: uuid.UUID
    base_rev: int = Field(default=0, ge=0, le=MAX_COUNTER)
    fields: dict[str, Any] = Field(default_factory=dict)
    deleted: bool = False


class PushRequest(WireModel):
    device_id: uuid.UUID
    batch_id: uuid.UUID
    changes: list[Change] = Field(max_length=MAX_CHANGES_PER_PUSH)


class ConflictInfo(WireModel):
    """A field changed on both sides: the server kept ``server_value``."""

    field: str
    server_value: Any = None
    device_value: Any = None
    conflict_id: uuid.UUID


class ChangeResult(WireModel):
    """The receipt of one change: why it was refused, or which revision it became."""

    kind: str
    id: uuid.UUID
    status: ChangeStatus
    rev: int = 0  # the record's revision after this change (0: not stored)
    seq: int | None = None  # the server sequence number of that revision
    reason: str | None = None  # for refused: a stable code, a colon, then a message
    field_errors: list[FieldError] = Field(default_factory=list)
    conflicts: list[ConflictInfo] = Field(default_factory=list)


class FieldError(WireModel):
    """A validation error of a refused change, as pydantic reports it."""

    field: str | None = None
    type: str  # stable code, e.g. invalid_business_id, end_before_start
    message: str


class PushResponse(WireModel):
    batch_id: uuid.UUID
    results: list[ChangeResult]
    replayed: bool = False  # True when this batch was seen before: the stored answer


class Conflict(WireModel):
    """An open (or resolved) conflict on one field of one record."""

    id: uuid.UUID
    kind: str
    record_id: uuid.UUID
    field: str
    server_value: Any = None
    device_value: Any = None
    base_rev: int
    rev: int  # the revision that recorded the conflict
    device_id: uuid.UUID | None = None
    staff_id: uuid.UUID | None = None  # who pushed the losing value
    created_at: dt.datetime
    resolved_at: dt.datetime | None = None


class ResolveRequest(WireModel):
    """Resolve a conflict by setting its field to ``value`` (any JSON, may be null)."""

    value: Any


class PulledChange(WireModel):
    kind: str
    id: uuid.UUID
    rev: int
    seq: int
    deleted: bool
    fields: dict[str, Any]
    modified_at: dt.datetime
    modified_by: str | None = None
    conflicts: list[Conflict] = Field(default_factory=list)
    # True when this user lost access to the record (e.g. a client was reassigned):
    # the device should drop its copy. ``fields`` is then empty.
    access_revoked: bool = False
    # True when ``fields`` hold the record's figures only (``sync.visibility``): a manager not
    # assigned to the client. The fields left out are not known to this device, not empty.
    figures_only: bool = False


class PullResponse(WireModel):
    changes: list[PulledChange]
    next_cursor: int
    has_more: bool


class RevisionEntry(WireModel):
    rev: int
    seq: int
    modified_at: dt.datetime
    modified_by: str | None = None  # staff id
    device_id: uuid.UUID | None = None
    deleted: bool
    changed: dict[str, Any]  # the fields this revision changed, with their new values


class RecordHistory(WireModel):
    kind: str
    id: uuid.UUID
    revisions: list[RevisionEntry]


class DeviceInfo(WireModel):
    id: uuid.UUID
    account_id: uuid.UUID
    name: str
    created_at: dt.datetime
    last_seen_at: dt.datetime | None = None
    revoked_at: dt.datetime | None = None
    username: str | None = None  # the owner's account
    owner_name: str | None = None  # the owner's name (their staff record)


# --- administration (``/v1/admin/...``: admins; ``/v1/audit/...``: managers) ---------------

MAX_LOCALITIES = 50
Localities = list[Annotated[str, Field(min_length=1, max_length=100, pattern=NO_NUL)]]


class StaffAccount(WireModel):
    """A staff account and the figures of its staff record (no client data)."""

    account_id: uuid.UUID
    staff_id: uuid.UUID
    username: str
    name: str
    role: str
    active: bool
    localities: list[str]
    created_at: dt.datetime
    last_seen_at: dt.datetime | None = None  # the latest login or token refresh of its devices


class NewStaffAccount(WireModel):
    """``POST /v1/admin/staff``. Without ``password`` the server makes one, shown once."""

    username: str = Field(min_length=1, max_length=100, pattern=NO_NUL)
    name: str = Field(min_length=1, max_length=200, pattern=NO_NUL)
    role: Role
    localities: Localities = Field(default_factory=list, max_length=MAX_LOCALITIES)
    password: str | None = Field(default=None, min_length=1, max_length=MAX_PASSWORD_LENGTH,
                                 pattern=NO_NUL)


class StaffAccountChange(WireModel):
    """``PATCH /v1/admin/staff/{account_id}``: what is given changes, the rest stays."""

    role: Role | None = None
    localities: Localities | None = Field(default=None, max_length=MAX_LOCALITIES)
    # False: the account cannot log in and its sessions end at once; True: it may log in again.
    active: bool | None = None


class PasswordReset(WireModel):
    """``POST /v1/admin/staff/{account_id}/password``. Without ``password`` the server makes
    one, shown once."""

    password: str | None = Field(default=None, min_length=1, max_length=MAX_PASSWORD_LENGTH,
                                 pattern=NO_NUL)


class StaffPassword(WireModel):
    """An account after its password was set; ``generated_password`` only when the server
    made it (shown once: the server keeps its hash only)."""

    account: StaffAccount
    generated_password: str | None = None


AuditSource = Literal["audit_event", "revision"]


class AuditEntry(WireModel):
    """One line of a client's audit trail: who did what to which record, when, from which
    device. Names of staff and devices only, never the client's data."""

    at: dt.datetime  # the device's time of an audit event; the server's time of a revision
    source: AuditSource
    # audit_event: view, reveal_personal_id, print, save, export; revision: created, changed,
    # deleted
    action: str
    record_kind: str
    record_id: uuid.UUID | None = None
    changed_fields: list[str] = Field(default_factory=list)  # field names only, no values
    staff_id: uuid.UUID | None = None
    staff_name: str | None = None
    device_id: uuid.UUID | None = None
    device_name: str | None = None


class ClientAuditTrail(WireModel):
    client_id: uuid.UUID
    entries: list[AuditEntry]  # oldest first


class BreakGlassRequest(WireModel):
    """A manager asks to read one client not assigned to them; the reason is shown to the
    client's staff and kept in the audit trail."""

    reason: str = Field(max_length=500, pattern=NO_NUL, description="Why (a few words at least).")


class BreakGlassGrantOut(WireModel):
    grant_id: uuid.UUID
    client_id: uuid.UUID
    granted_at: dt.datetime
    expires_at: dt.datetime


class IdentityCheckRequest(WireModel):
    """Is the person with this identity code already a client in the organisation? The server
    answers from a keyed hash; the code is neither stored nor logged."""

    personal_id: str = Field(max_length=20, pattern=NO_NUL)


class IdentityStaff(WireModel):
    id: uuid.UUID
    name: str


class IdentityCheckAnswer(WireModel):
    known: bool
    staff: list[IdentityStaff] = Field(default_factory=list,
                                       description="The client's assigned staff (ids and names).")
    client_id: uuid.UUID | None = Field(
        default=None, description="An opaque id to ask for joint assignment with; none when you "
        "are assigned already. No data of the client comes with it.")
    assigned_to_you: bool = False


class AssignmentRequestIn(WireModel):
    """Ask the client's assigned staff to assign you too."""

    message: str | None = Field(default=None, max_length=500, pattern=NO_NUL)


class AssignmentRequestOut(WireModel):
    request_id: uuid.UUID
    client_id: uuid.UUID
    status: str


# The ``code`` of the answer to any request of a revoked device (its tokens, its refresh, a login
# naming it): the laptop was reported lost, and deletes its profile when it hears this.
DEVICE_REVOKED = "device_revoked"

# The server's database was restored from a backup (``kentta-server restore``) taken before this
# device's last pull: the pull answer carries this header, with the backup's sequence number.
# What this device sent or received after that number is not on the server.
SERVER_RESTORED_HEADER = "X-Kentta-Server-Restored"
# A push carries the device's cursor in this header. A cursor inside the window of the last
# restore: the push is refused (409, code ``server_restored``, nothing stored, the header above
# on the answer). The device realigns first (``sync.client.realign``): its unsent edits may be
# based on revision numbers that now name other content on the server.
CURSOR_HEADER = "X-Kentta-Cursor"
SERVER_RESTORED = "server_restored"
# A pull refused (409) because its cursor is past the server's sequence: the database went back
# without ``kentta-server restore``.
SERVER_BEHIND = "server_behind"


# The codes of a login refused for its second factor, each told only after the right password
# (no oracle on the password): the account has TOTP and the login gave no code; the code (or
# recovery code) was wrong; the code's 30-second step was used already (wait for the next code);
# the account must have TOTP and has none yet (the answer carries an enrolment token). Access
# tokens of an account that must enrol are answered ``TOTP_ENROLMENT_REQUIRED`` (without a
# token: log in again) everywhere but the enrolment endpoints.
TOTP_REQUIRED = "totp_required"
TOTP_INVALID = "totp_invalid"
TOTP_REUSED = "totp_reused"
TOTP_ENROLMENT_REQUIRED = "totp_enrolment_required"
# Other refusals of the /v1/auth/totp endpoints (403): TOTP is required for this account, so
# it cannot be switched off; the password given again is wrong; no enrolment was started.
TOTP_MANDATORY = "totp_mandatory"
PASSWORD_WRONG = "password_wrong"
TOTP_NOT_STARTED = "totp_not_started"
TOTP_ISSUER = "Kenttä"
RECOVERY_CODE_COUNT = 10


class ErrorMessage(WireModel):
    detail: str
    code: str | None = None  # a stable code where the client must tell answers apart


class LoginRefused(ErrorMessage):
    """A refused login (401). With ``code`` ``TOTP_ENROLMENT_REQUIRED``, after the right
    password: ``enrolment_token`` lets this device enrol (``/v1/auth/totp/...``) and nothing
    else, for ``enrolment_expires_in`` seconds; confirming the enrolment logs the device in."""

    enrolment_token: str | None = None
    enrolment_expires_in: int | None = None


class TotpStatus(WireModel):
    """``GET /v1/auth/totp``: whether the account has a second factor and must have one."""

    enabled: bool
    required: bool
    enrolled_at: dt.datetime | None = None
    recovery_codes_left: int = 0


class TotpStart(WireModel):
    """``POST /v1/auth/totp/start``: the password again; with TOTP on (a new phone), a code."""

    password: str = Field(min_length=1, max_length=MAX_PASSWORD_LENGTH, pattern=NO_NUL)
    code: str | None = Field(default=None, min_length=1, max_length=MAX_CODE_LENGTH,
                             pattern=NO_NUL)


class TotpSecret(WireModel):
    """The new secret, to type into an authenticator app or to show as a QR code
    (``provisioning_uri``, otpauth://totp/…, issuer ``TOTP_ISSUER``). Not on until confirmed."""

    secret: str
    provisioning_uri: str
    issuer: str
    username: str


class TotpCode(WireModel):
    """``POST /v1/auth/totp/confirm``: a code from the app, to show that it holds the secret."""

    code: str = Field(min_length=1, max_length=MAX_CODE_LENGTH, pattern=NO_NUL)


class TotpCheck(WireModel):
    """The password and a code (TOTP or recovery): new recovery codes, or TOTP off."""

    password: str = Field(min_length=1, max_length=MAX_PASSWORD_LENGTH, pattern=NO_NUL)
    code: str = Field(min_length=1, max_length=MAX_CODE_LENGTH, pattern=NO_NUL)


class RecoveryCodes(WireModel):
    """Recovery codes, shown once: each logs in once in place of a TOTP code. ``tokens``: the
    device's login, when the enrolment was made with an enrolment token."""

    recovery_codes: list[str]
    tokens: TokenPair | None = None


class RequestInvalid(WireModel):
    """A request that does not fit the schema (FastAPI's validation answer, 422)."""

    detail: list[dict[str, Any]]


ChangeResult.model_rebuild()
