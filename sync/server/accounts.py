"""Organisations and staff accounts: what the admin commands and the admin endpoints do.

``create_organisation`` makes an ``organisation`` record; ``add_staff`` makes an account and its
``staff`` record, so staff sync to devices like any other record. Every change of an account
changes its staff record in the same transaction (``_write_staff``), so laptops learn it at
their next sync. An organisation always keeps an active administrator: the last one cannot be
deactivated or given another role. ``by`` (the admin who made the change over HTTP, or None for
the ``kentta-server`` command) is recorded as the author of the staff record's revision.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import uuid
from dataclasses import dataclass

from pydantic import ValidationError
from sqlmodel import Session, func, select

from sync.records import STAFF_ROLES
from sync.server import throttle, totp
from sync.server.authz import Principal
from sync.server.core.config import Settings
from sync.server.core.passwords import PasswordRejected, check_new_password
from sync.server.core.security import hash_password
from sync.server.models import Account, Device, Record, utcnow
from sync.server.store import Write, validated_fields, write_new_records
from sync.server.tokens import check_password, revoke_account_tokens

logger = logging.getLogger(__name__)


class AccountError(Exception):
    """An admin command that cannot be done; the message says why.

    ``field``: the input at fault (``username``, ``name``, ``password``), if one is;
    ``conflict``: the request clashes with the accounts as they are (a taken username, the last
    administrator)."""

    def __init__(self, message: str, *, field: str | None = None, conflict: bool = False) -> None:
        super().__init__(message)
        self.field = field
        self.conflict = conflict


class WrongPassword(Exception):
    """The current password given to change it is wrong (counted as a failed login)."""


@dataclass(frozen=True)
class StaffListing:
    username: str
    name: str
    role: str
    active: bool
    organisation: str
    staff_id: uuid.UUID
    account_id: uuid.UUID
    localities: list[str]
    created_at: dt.datetime
    last_seen_at: dt.datetime | None


def find_organisation(session: Session, name_or_id: str) -> Record:
    rows = session.exec(select(Record).where(Record.kind == "organisation")).all()
    for row in rows:
        if str(row.id) == name_or_id.strip().lower() or row.fields.get("name") == name_or_id:
            return row
    raise AccountError(f"No organisation {name_or_id!r}; create it with create-org.")


def create_organisation(
    *, session: Session, name: str, retention_months: int = 24
) -> uuid.UUID:
    existing = session.exec(select(Record).where(Record.kind == "organisation")).all()
    if any(row.fields.get("name") == name.strip() for row in existing):
        raise AccountError(f"An organisation named {name!r} exists already.")
    org_id = uuid.uuid4()
    fields = validated_fields(
        "organisation", org_id, {"name": name, "retention_months": retention_months}
    )
    write_new_records(
        session,
        [Write("organisation", org_id, org_id, 1, fields, False, sorted(fields), None)],
    )
    logger.info("organisation created", extra={"organisation_id": str(org_id)})
    return org_id


def add_staff(
    *,
    session: Session,
    settings: Settings,
    organisation: str,
    username: str,
    name: str,
    role: str,
    password: str,
    localities: list[str] | None = None,
    by: Principal | None = None,
) -> Account:
    if role not in STAFF_ROLES:
        raise AccountError(f"Role must be one of: {', '.join(STAFF_ROLES)}.", field="role")
    username = normalise_username(username)
    if not username:
        raise AccountError("The username must not be empty.", field="username")
    _check_password(password, username=username, name=name)
    if session.exec(select(Account).where(Account.username == username)).first():
        raise AccountError(f"The username {username!r} is taken.", field="username",
                           conflict=True)
    org = find_organisation(session, organisation)
    staff_id = uuid.uuid4()
    fields = _staff_fields(staff_id, {
        "organisation_id": str(org.id),
        "name": name,
        "role": role,
        "localities": list(localities or []),
    })
    account = Account(
        organisation_id=org.id,
        username=username,
        password_hash=hash_password(settings=settings, password=password),
        role=role,
        staff_id=staff_id,
    )
    session.add(account)
    write_new_records(
        session, [Write("staff", staff_id, org.id, 1, fields, False, sorted(fields),
                        *_author(by))]
    )
    logger.info("account created", extra={"account_id": str(account.id), "role": role,
                                          "by_account_id": _by(by)})
    return account


def _staff_fields(staff_id: uuid.UUID, fields: dict) -> dict:
    """A staff record's fields as its schema has them; ``AccountError`` names the bad one."""
    try:
        return validated_fields("staff", staff_id, fields)
    except ValidationError as error:
        first = error.errors()[0]
        where = str(first["loc"][0]) if first.get("loc") else None
        raise AccountError(f"{first['msg']}.", field=where) from None


def _author(by: Principal | None) -> tuple[str | None, uuid.UUID | None]:
    """A staff revision's ``modified_by`` and ``device_id``: the admin who made it, if known."""
    return (str(by.staff_id), by.device_id) if by is not None else (None, None)


def _by(by: Principal | None) -> str | None:
    return str(by.account_id) if by is not None else None


def normalise_username(username: str) -> str:
    return username.strip().lower()


def _check_password(password: str, *, username: str, name: str = "") -> None:
    try:
        check_new_password(password, username=username, known_words=name.split())
    except PasswordRejected as rejected:
        raise AccountError(str(rejected), field="password") from None


# Letters and digits that no one misreads (no 0/O, 1/l/I), for a password read off a screen.
_PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def generate_password(*, username: str, name: str = "") -> str:
    """A new random password that passes the password rules: four groups of five characters
    (about 117 bits), for an admin to hand over once."""
    while True:
        groups = ["".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(5)) for _ in range(4)]
        password = "-".join(groups)
        try:
            check_new_password(password, username=username, known_words=name.split())
        except PasswordRejected:
            continue  # as good as never: the username inside it, by chance
        return password


def find_account(session: Session, username: str) -> Account:
    account = session.exec(
        select(Account).where(Account.username == normalise_username(username))
    ).first()
    if account is None:
        raise AccountError(f"No account {username!r}; list-staff shows the accounts.")
    return account


def _staff_name(session: Session, account: Account) -> str:
    staff = session.get(Record, ("staff", account.staff_id))
    return str(staff.fields.get("name", "")) if staff is not None else ""


def _forget_failures(session: Session, settings: Settings, account: Account) -> None:
    devices = session.exec(select(Device.id).where(Device.account_id == account.id)).all()
    throttle.forget(session, [throttle.user_key(account.username, settings).name]
                    + [throttle.device_key(device, settings).name for device in devices])


def set_password(*, session: Session, settings: Settings, username: str, password: str,
                 by: Principal | None = None) -> Account:
    """An admin sets an account's password: every device of the account logs in again with it,
    and its failed logins are forgotten. Does not commit."""
    account = find_account(session, username)
    _check_password(password, username=account.username, name=_staff_name(session, account))
    account.password_hash = hash_password(settings=settings, password=password)
    session.add(account)
    revoke_account_tokens(session, account_id=account.id)
    _forget_failures(session, settings, account)
    logger.info("password set by an admin", extra={"account_id": str(account.id),
                                                   "by_account_id": _by(by)})
    return account


def change_password(
    *, session: Session, settings: Settings, user: Principal, current_password: str,
    new_password: str, address: str,
) -> None:
    """The logged-in user changes their password. Commits.

    The new password is checked first (``PasswordRejected``: nothing counted). The current one
    is then checked like a login from this device (``WrongPassword`` counts as a failed login;
    ``Throttled`` while the device waits). On success the account's other devices' tokens are
    revoked, so a session taken elsewhere ends with the old password; this device stays logged
    in.
    """
    account = session.get(Account, user.account_id)
    check_new_password(new_password, username=account.username,
                       known_words=_staff_name(session, account).split())
    if not check_password(session=session, settings=settings, account=account,
                          password=current_password,
                          keys=[throttle.device_key(user.device_id, settings)],
                          username=account.username, address=address):
        raise WrongPassword("The current password is wrong: type it again.")
    account = session.get(Account, user.account_id)
    account.password_hash = hash_password(settings=settings, password=new_password)
    session.add(account)
    revoke_account_tokens(session, account_id=account.id, except_device=user.device_id)
    _forget_failures(session, settings, account)
    session.commit()
    logger.info("password changed", extra={"account_id": str(account.id),
                                           "device_id": str(user.device_id)})


def reset_totp(*, session: Session, username: str) -> Account:
    """An admin removes an account's second factor (a lost phone, and the recovery codes with
    it). Where the account must have one, its sessions stop working until it logs in again and
    sets up a new one (``EnrolmentRequired``). Does not commit."""
    account = find_account(session, username)
    totp.clear(session, account)
    logger.info("second factor reset by an admin", extra={"account_id": str(account.id)})
    return account


def set_totp_for_staff(*, session: Session, organisation: str, required: bool) -> Record:
    """Whether all staff of the organisation must log in with a second factor (managers and
    admins always must): a new revision of the organisation record, which syncs to every
    device. Does not commit."""
    org = find_organisation(session, organisation)
    if bool(org.fields.get("totp_for_staff", False)) != required:
        fields = validated_fields("organisation", org.id, {**org.fields, "totp_for_staff": required})
        write_new_records(session, [Write("organisation", org.id, org.id, org.rev + 1, fields,
                                          org.deleted, ["totp_for_staff"], None,
                                          modified_at=utcnow())])
    logger.info("second factor for staff set", extra={"organisation_id": str(org.id),
                                                      "required": required})
    return org


def list_staff(*, session: Session, organisation_id: uuid.UUID | None = None) -> list[StaffListing]:
    """Every account (of one organisation, if given), by username."""
    orgs = {
        row.id: row.fields.get("name", "")
        for row in session.exec(select(Record).where(Record.kind == "organisation")).all()
    }
    seen = dict(session.exec(
        select(Device.account_id, func.max(Device.last_seen_at)).group_by(Device.account_id)
    ).all())
    query = select(Account).order_by(Account.username)
    if organisation_id is not None:
        query = query.where(Account.organisation_id == organisation_id)
    return [listing(session, account, orgs.get(account.organisation_id, ""), seen.get(account.id))
            for account in session.exec(query).all()]


def listing(session: Session, account: Account, organisation: str = "",
            last_seen_at: dt.datetime | None = None) -> StaffListing:
    staff = session.get(Record, ("staff", account.staff_id))
    fields = staff.fields if staff is not None else {}
    return StaffListing(
        username=account.username,
        name=str(fields.get("name", "")),
        role=account.role,
        active=account.active,
        organisation=organisation,
        staff_id=account.staff_id,
        account_id=account.id,
        localities=list(fields.get("localities") or []),
        created_at=account.created_at,
        last_seen_at=last_seen_at,
    )


def _write_staff(session: Session, account: Account, changes: dict, by: Principal | None) -> None:
    """The account's staff record takes ``changes``: a new revision, in this transaction."""
    staff = session.get(Record, ("staff", account.staff_id))
    if staff is None or staff.deleted:
        return
    changed = sorted(name for name, value in changes.items() if staff.fields.get(name) != value)
    if not changed:
        return
    fields = _staff_fields(staff.id, {**staff.fields, **changes})
    write_new_records(
        session,
        [Write("staff", staff.id, staff.organisation_id, staff.rev + 1, fields,
               staff.deleted, changed, *_author(by), modified_at=utcnow())],
    )


def _keep_an_admin(session: Session, account: Account) -> None:
    """Refuse to take away the organisation's last active administrator."""
    if account.role != "admin" or not account.active:
        return
    others = session.exec(
        select(func.count()).select_from(Account).where(
            Account.organisation_id == account.organisation_id, Account.role == "admin",
            Account.active.is_(True), Account.id != account.id)
    ).one()
    if not others:
        raise AccountError(
            "This is the organisation's last active administrator: add or reactivate another "
            "administrator first.", conflict=True)


def deactivate(*, session: Session, username: str, by: Principal | None = None) -> Account:
    """Close an account: it cannot log in, its tokens die, its staff record turns inactive."""
    account = find_account(session, username)
    _keep_an_admin(session, account)
    account.active = False
    session.add(account)
    revoke_account_tokens(session, account_id=account.id)
    _write_staff(session, account, {"active": False}, by)
    logger.info("account deactivated", extra={"account_id": str(account.id),
                                              "by_account_id": _by(by)})
    return account


def reactivate(*, session: Session, username: str, by: Principal | None = None) -> Account:
    """Open a closed account again: it may log in (with its password) and its staff record is
    active."""
    account = find_account(session, username)
    account.active = True
    session.add(account)
    _write_staff(session, account, {"active": True}, by)
    logger.info("account reactivated", extra={"account_id": str(account.id),
                                              "by_account_id": _by(by)})
    return account


def change_staff(*, session: Session, username: str, role: str | None = None,
                 localities: list[str] | None = None, by: Principal | None = None) -> Account:
    """Give an account another role or other localities (what is None stays)."""
    account = find_account(session, username)
    changes: dict = {}
    if role is not None and role != account.role:
        if role not in STAFF_ROLES:
            raise AccountError(f"Role must be one of: {', '.join(STAFF_ROLES)}.", field="role")
        _keep_an_admin(session, account)
        account.role = role
        changes["role"] = role
    if localities is not None:
        changes["localities"] = [item.strip() for item in localities if item.strip()]
    session.add(account)
    _write_staff(session, account, changes, by)
    logger.info("account changed", extra={"account_id": str(account.id), "role": account.role,
                                          "fields": sorted(changes), "by_account_id": _by(by)})
    return account


def sync_account_from_staff(session: Session, *, staff_id: uuid.UUID, fields: dict) -> None:
    """An admin changed a staff record: its account follows the role and the active flag."""
    account = session.exec(select(Account).where(Account.staff_id == staff_id)).first()
    if account is None:
        return
    account.role = fields.get("role", account.role)
    active = bool(fields.get("active", True))
    if account.active and not active:
        revoke_account_tokens(session, account_id=account.id)
    account.active = active
    session.add(account)

