"""The FastAPI application: ``create_app(settings)``."""

from __future__ import annotations

import logging
import threading
import time
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from sync.protocol import DEVICE_REVOKED, PROTOCOL_VERSION
from sync.server.api.deps import declare_protocol_header
from sync.server.api.main import root_router
from sync.server.body_limit import BodyLimit
from sync.server.core.config import Settings
from sync.server.core.db import make_engine
from sync.server.core.logs import request_id_from, request_id_var
from sync.server.tokens import DeviceRevoked, EnrolmentRequired
from sync.server.totp import TotpKeyError

logger = logging.getLogger(__name__)
request_logger = logging.getLogger("sync.server.requests")

PURGE_INTERVAL_SECONDS = 24 * 3600


def _purge_loop(engine: Engine, stop: threading.Event) -> None:
    from sync.server.purge import run_purge

    while not stop.is_set():
        try:
            report = run_purge(engine=engine)
        except Exception as exc:  # keep serving; the next day tries again
            # The type only: a driver's message may quote stored data.
            logger.error("daily purge failed", extra={"error": type(exc).__name__})
        else:
            if report.failures:  # each one was logged with its ids; /health shows them
                logger.error("daily purge left records it could not purge",
                             extra={"failed": len(report.failures)})
        stop.wait(PURGE_INTERVAL_SECONDS)


def create_app(settings: Settings | None = None, *, engine: Engine | None = None,
               purge_daily: bool = False) -> FastAPI:
    settings = settings or Settings()
    engine = engine or make_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        stop = threading.Event()
        if purge_daily:
            threading.Thread(
                target=_purge_loop, args=(engine, stop), name="purge", daemon=True
            ).start()
        yield
        app.state.shutting_down = True
        stop.set()

    app = FastAPI(
        title="Kenttä sync server",
        version=f"protocol {PROTOCOL_VERSION}",
        description="Sync for Kenttä field clients. Send X-Kentta-Protocol on every /v1 call.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.shutting_down = False  # /health/ready answers 503 once set
    app.include_router(root_router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes,
                       file_max_bytes=settings.max_file_bytes)

    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = declare_protocol_header(get_openapi(
                title=app.title, version=app.version, description=app.description,
                routes=app.routes,
            ))
        return app.openapi_schema

    app.openapi = openapi

    @app.exception_handler(DeviceRevoked)
    async def _device_revoked(request: Request, exc: DeviceRevoked) -> JSONResponse:
        logger.info("request of a revoked device refused")
        return JSONResponse({"detail": str(exc), "code": DEVICE_REVOKED}, status_code=401,
                            headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(EnrolmentRequired)
    async def _enrolment_required(request: Request, exc: EnrolmentRequired) -> JSONResponse:
        return JSONResponse({"detail": str(exc), "code": exc.code}, status_code=401,
                            headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(TotpKeyError)
    async def _totp_key(request: Request, exc: TotpKeyError) -> JSONResponse:
        logger.error("TOTP key unusable")
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "60"})

    @app.exception_handler(DBAPIError)
    async def _database_error(request: Request, exc: DBAPIError) -> JSONResponse:
        # The type only: the driver's message may quote the data.
        logger.error(
            "database error",
            extra={"error": type(exc.orig).__name__, "sqlstate": getattr(exc.orig, "sqlstate", None)},
        )
        return JSONResponse(
            {"detail": "The database is busy or unavailable; try again shortly."},
            status_code=503,
            headers={"Retry-After": "5"},
        )

    @app.middleware("http")
    async def _log_request(request: Request, call_next):
        started = time.perf_counter()
        request_id = request_id_from(request.headers.get("x-request-id"))
        token = request_id_var.set(request_id)
        try:
            response = await call_next(request)
        finally:
            request_id_var.reset(token)
        response.headers["X-Request-ID"] = request_id
        route = request.scope.get("route")
        request_logger.info(
            "request",
            extra={
                "method": request.method,
                "route": getattr(route, "path", "unmatched"),
                "status": response.status_code,
                "ms": round((time.perf_counter() - started) * 1000, 1),
                "account_id": getattr(request.state, "account_id", None),
                "request_id": request_id,
            },
        )
        return response

    return app
