"""Administration over HTTP: devices (the rest is in the ``kentta-server`` command)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, HTTPException, status
from sqlmodel import select

from sync.protocol import DeviceInfo, ErrorMessage
from sync.server.api.deps import AdminUser, WriteSessionDep
from sync.server.models import Account, Device
from sync.server.tokens import revoke_device

router = APIRouter(
    prefix="/admin",
    tags=["admin"],
    responses={403: {"model": ErrorMessage, "description": "This needs an admin account"}},
)


def _device_out(device: Device) -> DeviceInfo:
    return DeviceInfo.model_validate(device, from_attributes=True)


@router.get("/devices", response_model=list[DeviceInfo])
def get_devices(admin: AdminUser, session: WriteSessionDep) -> list[DeviceInfo]:
    """The devices of this organisation's accounts."""
    rows = session.exec(
        select(Device)
        .join(Account, Account.id == Device.account_id)
        .where(Account.organisation_id == admin.organisation_id)
        .order_by(Device.created_at)
    ).all()
    return [_device_out(row) for row in rows]


@router.post(
    "/devices/{device_id}/revoke",
    response_model=DeviceInfo,
    responses={404: {"model": ErrorMessage, "description": "No such device in your organisation"}},
)
def post_revoke_device(device_id: uuid.UUID, admin: AdminUser, session: WriteSessionDep) -> DeviceInfo:
    """A lost laptop: its tokens stop working at once and it cannot refresh."""
    device = session.get(Device, device_id)
    account = session.get(Account, device.account_id) if device else None
    if account is None or account.organisation_id != admin.organisation_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such device.")
    revoke_device(session, device_id=device_id)
    session.commit()
    return _device_out(device)
