"""Organisations and staff accounts: what the admin commands do.

``create_organisation`` makes an ``organisation`` record; ``add_staff`` makes an account and its
``staff`` record, so staff sync to devices like any other record.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from sqlmodel import Session, select

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
    """An admin command that cannot be done; the message says why."""


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
) -> Account:
    if role not in STAFF_ROLES:
        raise AccountError(f"Role must be one of: {', '.join(STAFF_ROLES)}.")
    username = normalise_username(username)
    if not username:
        raise AccountError("The username must not be empty.")
    _check_password(password, username=username, name=name)
    if session.exec(select(Account).where(Account.username == username)).first():
        raise AccountError(f"The username {username!r} is taken.")
    org = find_organisation(session, organisation)
    staff_id = uuid.uuid4()
    fields = validated_fields(
        "staff",
        staff_id,
        {
            "organisation_id": str(org.id),
            "name": name,
            "role": role,
            "localities": list(localities or []),
        },
    )
    account = Account(
        organisation_id=org.id,
        username=username,
        password_hash=hash_password(settings=settings, password=password),
        role=role,
        staff_id=staff_id,
    )
    session.add(account)
    write_new_records(
        session, [Write("staff", staff_id, org.id, 1, fields, False, sorted(fields), None)]
    )
    logger.info("account created", extra={"account_id": str(account.id), "role": role})
    return account


def normalise_username(username: str) -> str:
    return username.strip().lower()


def _check_password(password: str, *, username: str, name: str = "") -> None:
    try:
        check_new_password(password, username=username, known_words=name.split())
    except PasswordRejected as rejected:
        raise AccountError(str(rejected)) from None


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


def set_password(*, session: Session, settings: Settings, username: str, password: str) -> Account:
    """An admin sets an account's password: every device of the account logs in again with it,
    and its failed logins are forgotten. Does not commit."""
    account = find_account(session, username)
    _check_password(password, username=account.username, name=_staff_name(session, account))
    account.password_hash = hash_password(settings=settings, password=password)
    session.add(account)
    revoke_account_tokens(session, account_id=account.id)
    _forget_failures(session, settings, account)
    logger.info("password set by an admin", extra={"account_id": str(account.id)})
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


def list_staff(*, session: Session) -> list[StaffListing]:
    orgs = {
        row.id: row.fields.get("name", "")
        for row in session.exec(select(Record).where(Record.kind == "organisation")).all()
    }
    result = []
    for account in session.exec(select(Account).order_by(Account.username)).all():
        staff = session.get(Record, ("staff", account.staff_id))
        result.append(
            StaffListing(
                username=account.username,
                name=staff.fields.get("name", "") if staff else "",
                role=account.role,
                active=account.active,
                organisation=orgs.get(account.organisation_id, ""),
                staff_id=account.staff_id,
            )
        )
    return result


def deactivate(*, session: Session, username: str) -> Account:
    """Close an account: it cannot log in, its tokens die, its staff record turns inactive."""
    account = find_account(session, username)
    account.active = False
    session.add(account)
    revoke_account_tokens(session, account_id=account.id)
    staff = session.get(Record, ("staff", account.staff_id))
    if staff is not None and staff.fields.get("active", True):
        fields = {**staff.fields, "active": False}
        write_new_records(
            session,
            [Write("staff", staff.id, staff.organisation_id, staff.rev + 1, fields,
                   staff.deleted, ["active"], None, modified_at=utcnow())],
        )
    logger.info("account deactivated", extra={"account_id": str(account.id)})
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

