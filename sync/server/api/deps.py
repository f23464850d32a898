"""Dependencies shared by the routes, as ``Annotated`` aliases."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlmodel import Session

from sync.protocol import MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.authz import Principal
from sync.server.core.config import Settings
from sync.server.core.db import write_engine
from sync.server.tokens import authenticate, authenticate_enrolment


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_engine(request: Request) -> Engine:
    return request.app.state.engine


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine, expire_on_commit=False) as session:
        yield session


def get_write_session(request: Request) -> Iterator[Session]:
    """A session whose transactions may write (on SQLite they take the write lock first)."""
    with Session(write_engine(request.app.state.engine), expire_on_commit=False) as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_settings)]
EngineDep = Annotated[Engine, Depends(get_engine)]
SessionDep = Annotated[Session, Depends(get_session)]
WriteSessionDep = Annotated[Session, Depends(get_write_session)]

_bearer = HTTPBearer(auto_error=False, description="The access token from /v1/auth/login.")


def _token(credentials: HTTPAuthorizationCredentials | None) -> str:
    if credentials is None or len(credentials.credentials) > 200:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Log in first: this needs an access token.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return credentials.credentials


def _found(request: Request, principal: Principal | None) -> Principal:
    if principal is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "The access token is unknown or has expired; refresh it or log in again.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    request.state.account_id = str(principal.account_id)
    return principal


def get_current_user(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    token = _token(credentials)
    try:
        # DeviceRevoked and EnrolmentRequired: answered with their codes (see app.py)
        principal = authenticate(session, token, settings=request.app.state.settings)
    finally:
        session.rollback()  # end the read, so the route's own transactions never wait on it
    return _found(request, principal)


CurrentUser = Annotated[Principal, Depends(get_current_user)]


@dataclass(frozen=True)
class Enroller:
    """Who calls an enrolment endpoint: an access token's principal, or an enrolment token's
    (``by_enrolment_token``: a login that must enrol first; confirming logs the device in)."""

    principal: Principal
    by_enrolment_token: bool


def get_enroller(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Enroller:
    token = _token(credentials)
    try:
        found = authenticate_enrolment(session, token)
    finally:
        session.rollback()
    principal = _found(request, found[0] if found else None)
    return Enroller(principal=principal, by_enrolment_token=found[1] == "enrol")


EnrollerDep = Annotated[Enroller, Depends(get_enroller)]


def get_admin(user: CurrentUser) -> Principal:
    if user.role != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "This needs an admin account.")
    return user


AdminUser = Annotated[Principal, Depends(get_admin)]


def get_manager(user: CurrentUser) -> Principal:
    if user.role != "manager":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "This needs a manager account.")
    return user


ManagerUser = Annotated[Principal, Depends(get_manager)]


def check_protocol(request: Request) -> None:
    """Every /v1 request names the protocol it speaks; an old app is told to update.

    The header is read here rather than declared as a parameter, so that a missing or unknown
    version is answered 426 (update the app) or 400 (update the server) with a message, not
    FastAPI's 422; ``declare_protocol_header`` puts it in the OpenAPI schema as required."""
    version = request.headers.get(PROTOCOL_HEADER)
    if version is None or not version.strip().isdigit() or len(version) > 20:
        raise HTTPException(
            status.HTTP_426_UPGRADE_REQUIRED,
            f"This app is too old for the server (missing {PROTOCOL_HEADER} header): "
            "please update Kenttä.",
        )
    number = int(version.strip())
    if number < MIN_PROTOCOL_VERSION:
        raise HTTPException(
            status.HTTP_426_UPGRADE_REQUIRED,
            f"This app speaks protocol {number}, the server needs at least "
            f"{MIN_PROTOCOL_VERSION}: please update Kenttä.",
        )
    if number > PROTOCOL_VERSION:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST,
            f"This app speaks protocol {number}, newer than the server's "
            f"{PROTOCOL_VERSION}: ask your administrator to update the server.",
        )


def declare_protocol_header(schema: dict) -> dict:
    """The OpenAPI schema with the protocol header on every /v1 operation: required, one of
    the versions this server speaks."""
    parameter = {
        "name": PROTOCOL_HEADER,
        "in": "header",
        "required": True,
        "description": f"The client's protocol version; this server speaks "
        f"{MIN_PROTOCOL_VERSION}..{PROTOCOL_VERSION}. Missing or older: 426; newer: 400.",
        "schema": {
            "type": "string",
            "enum": [str(v) for v in range(MIN_PROTOCOL_VERSION, PROTOCOL_VERSION + 1)],
        },
    }
    for path, operations in schema.get("paths", {}).items():
        if not path.startswith("/v1/"):
            continue
        for operation in operations.values():
            operation.setdefault("parameters", []).append(dict(parameter))
    return schema
