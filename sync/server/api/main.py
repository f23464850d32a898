"""All routes: ``/health`` and, behind the protocol check, ``/v1/...``."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from sync.protocol import ErrorMessage
from sync.server.api.deps import check_protocol
from sync.server.api.routes import (
    admin, audit, auth, clients, files, health, records, sync, totp,
)

api_router = APIRouter(
    prefix="/v1",
    dependencies=[Depends(check_protocol)],
    responses={
        400: {"model": ErrorMessage, "description": "Bad request"},
        401: {"model": ErrorMessage, "description": "Not logged in"},
        426: {"model": ErrorMessage, "description": "The app is too old: update it"},
    },
)
for module in (auth, totp, sync, records, clients, files, admin, audit):
    api_router.include_router(module.router)

root_router = APIRouter()
root_router.include_router(health.router)
root_router.include_router(api_router)
