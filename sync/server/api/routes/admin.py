"""Administration over HTTP, for an organisation's administrators: staff accounts and devices.

The same functions as the ``kentta-server`` commands (``sync.server.accounts``), limited to the
admin's own organisation: an account or device of another organisation is answered 404, as one
that does not exist.
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, HTTPException, status
from sqlmodel import Session, select

from sync.protocol import (
    DeviceInfo,
    ErrorMessage,
    NewStaffAccount,
    PasswordReset,
    StaffAccount,
    StaffAccountChange,
    StaffPassword,
)
from sync.server import accounts
from sync.server.accounts import AccountError
from sync.server.api.deps import AdminUser, SessionDep, SettingsDep, WriteSessionDep
from sync.server.authz import Principal
from sync.server.models import Account, Device, Record
from sync.server.tokens import revoke_device

router = APIRouter(
    prefix="/admin",
    tags=["admin"],
    responses={403: {"model": ErrorMessage, "description": "This needs an admin account"}},
)

_NO_ACCOUNT = {404: {"model": ErrorMessage, "description": "No such account in your organisation"}}
_CONFLICT = {409: {"model": ErrorMessage,
                   "description": "The username is taken, or this is the last active admin"}}


def _device_out(session: Session, device: Device) -> DeviceInfo:
    account = session.get(Account, device.account_id)
    staff = session.get(Record, ("staff", account.staff_id)) if account is not None else None
    return DeviceInfo.model_validate({
        **DeviceInfo.model_validate(device, from_attributes=True).model_dump(),
        "username": account.username if account is not None else None,
        "owner_name": staff.fields.get("name") if staff is not None else None,
    })


def _account_out(session: Session, account: Account) -> StaffAccount:
    seen = max((d.last_seen_at for d in session.exec(
        select(Device).where(Device.account_id == account.id)).all() if d.last_seen_at),
        default=None)
    return StaffAccount.model_validate(accounts.listing(session, account, last_seen_at=seen),
                                       from_attributes=True)


def _account(session: Session, admin: Principal, account_id: uuid.UUID) -> Account:
    account = session.get(Account, account_id)
    if account is None or account.organisation_id != admin.organisation_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such account.")
    return account


def _refused(error: AccountError) -> HTTPException:
    """An account change that cannot be done: 409 for a clash, 422 naming the input at fault."""
    if error.conflict:
        return HTTPException(status.HTTP_409_CONFLICT, str(error))
    return HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, [{
        "loc": ["body", error.field or "body"], "msg": str(error), "type": "invalid_account",
    }])


@router.get("/staff", response_model=list[StaffAccount])
def get_staff(admin: AdminUser, session: SessionDep) -> list[StaffAccount]:
    """The organisation's staff accounts, by username, with the latest time each was seen."""
    rows = accounts.list_staff(session=session, organisation_id=admin.organisation_id)
    return [StaffAccount.model_validate(row, from_attributes=True) for row in rows]


@router.post("/staff", response_model=StaffPassword, status_code=status.HTTP_201_CREATED,
             responses=_CONFLICT)
def post_staff(body: NewStaffAccount, admin: AdminUser, session: WriteSessionDep,
               settings: SettingsDep) -> StaffPassword:
    """Add a staff account and its staff record (which syncs to every laptop). Without a
    password the server makes one and answers it this once."""
    generated = None if body.password is not None else accounts.generate_password(
        username=body.username, name=body.name)
    try:
        account = accounts.add_staff(
            session=session, settings=settings, organisation=str(admin.organisation_id),
            username=body.username, name=body.name, role=body.role,
            password=body.password or generated, localities=body.localities, by=admin,
        )
        session.commit()
    except AccountError as error:
        session.rollback()
        raise _refused(error) from None
    return StaffPassword(account=_account_out(session, account), generated_password=generated)


@router.patch("/staff/{account_id}", response_model=StaffAccount,
              responses={**_NO_ACCOUNT, **_CONFLICT})
def patch_staff(account_id: uuid.UUID, body: StaffAccountChange, admin: AdminUser,
                session: WriteSessionDep) -> StaffAccount:
    """Change an account's role or localities, deactivate it (it cannot log in, its sessions
    end at once) or reactivate it. Its staff record changes with it. The organisation's last
    active admin cannot be deactivated or given another role (409)."""
    account = _account(session, admin, account_id)
    username = account.username
    try:
        if body.role is not None or body.localities is not None:
            accounts.change_staff(session=session, username=username, role=body.role,
                                  localities=body.localities, by=admin)
        if body.active is False and account.active:
            accounts.deactivate(session=session, username=username, by=admin)
        elif body.active is True and not account.active:
            accounts.reactivate(session=session, username=username, by=admin)
        session.commit()
    except AccountError as error:
        session.rollback()
        raise _refused(error) from None
    return _account_out(session, account)


@router.post("/staff/{account_id}/password", response_model=StaffPassword,
             responses=_NO_ACCOUNT)
def post_staff_password(account_id: uuid.UUID, body: PasswordReset, admin: AdminUser,
                        session: WriteSessionDep, settings: SettingsDep) -> StaffPassword:
    """Set an account's password (the admin's, or one the server makes and answers this once).
    Every session of the account ends: its devices log in again with the new password."""
    account = _account(session, admin, account_id)
    name = accounts.listing(session, account).name
    generated = None if body.password is not None else accounts.generate_password(
        username=account.username, name=name)
    try:
        accounts.set_password(session=session, settings=settings, username=account.username,
                              password=body.password or generated, by=admin)
        session.commit()
    except AccountError as error:
        session.rollback()
        raise _refused(error) from None
    return StaffPassword(account=_account_out(session, account), generated_password=generated)


@router.get("/devices", response_model=list[DeviceInfo])
def get_devices(admin: AdminUser, session: WriteSessionDep) -> list[DeviceInfo]:
    """The devices of this organisation's accounts, with their owners."""
    rows = session.exec(
        select(Device)
        .join(Account, Account.id == Device.account_id)
        .where(Account.organisation_id == admin.organisation_id)
        .order_by(Device.created_at)
    ).all()
    return [_device_out(session, row) for row in rows]


@router.post(
    "/devices/{device_id}/revoke",
    response_model=DeviceInfo,
    responses={404: {"model": ErrorMessage, "description": "No such device in your organisation"}},
)
def post_revoke_device(device_id: uuid.UUID, admin: AdminUser, session: WriteSessionDep) -> DeviceInfo:
    """A lost laptop: its tokens stop working at once and it cannot refresh; it deletes its
    profile when it next reaches the server."""
    device = session.get(Device, device_id)
    account = session.get(Account, device.account_id) if device else None
    if account is None or account.organisation_id != admin.organisation_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such device.")
    revoke_device(session, device_id=device_id)
    session.commit()
    return _device_out(session, device)
