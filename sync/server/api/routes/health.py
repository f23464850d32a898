"""Liveness with a database check, for load balancers, and the purge's state, for monitoring.

``GET /health`` answers 200 while the database answers (503 when it does not), with
``"status": "degraded"`` and ``purge.failed`` > 0 while the last purge run left records it could
not purge: a load balancer keeps the server, monitoring can alert on the body. ``GET
/health/purge`` answers 503 while the last purge run failed, for monitors that only see codes.

``GET /health/ready`` is readiness, for the proxy and the service manager: 200 only while the
database answers, its schema is at the newest migration this server knows, and the server is
not shutting down (``app.state.shutting_down``, set on SIGTERM before the open requests finish),
else 503 with the reason. A proxy stops sending new work to a server that is not ready.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from sync.protocol import PROTOCOL_VERSION
from sync.server.api.deps import EngineDep
from sync.server.core.db import head_revision, schema_revision
from sync.server.purge import last_run

logger = logging.getLogger(__name__)
router = APIRouter(tags=["health"])


def _purge_state(engine) -> dict:
    with Session(engine) as session:
        run = last_run(session)
    if run is None:
        return {"last_run": None, "failed": 0}
    return {
        "last_run": run.finished_at.isoformat(),
        "failed": run.failed,
        "clients": run.clients,
        "records": run.records,
        "erased": run.erased,
        # ids and reasons, never values: what the operator needs to find the records
        "failures": run.failures,
    }


@router.get("/health")
def get_health(engine: EngineDep) -> JSONResponse:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        purge = _purge_state(engine)
    except SQLAlchemyError as exc:
        logger.error("health check failed", extra={"error": type(exc).__name__})
        return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
    status = "degraded" if purge["failed"] else "ok"
    return JSONResponse(
        {"status": status, "database": "ok", "protocol": PROTOCOL_VERSION, "purge": purge}
    )


@router.get("/health/purge")
def get_purge_health(engine: EngineDep) -> JSONResponse:
    try:
        purge = _purge_state(engine)
    except SQLAlchemyError as exc:
        logger.error("health check failed", extra={"error": type(exc).__name__})
        return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
    failed = purge["failed"] > 0
    return JSONResponse({"status": "failed" if failed else "ok", "purge": purge},
                        status_code=503 if failed else 200)


@router.get("/health/ready")
def get_ready(request: Request, engine: EngineDep) -> JSONResponse:
    if getattr(request.app.state, "shutting_down", False):
        return JSONResponse({"status": "shutting_down"}, status_code=503,
                            headers={"Connection": "close"})
    try:
        revision = schema_revision(engine)
    except SQLAlchemyError as exc:
        logger.error("readiness check failed", extra={"error": type(exc).__name__})
        return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
    head = head_revision()
    if revision != head:
        return JSONResponse(
            {"status": "migrations_pending", "database": "ok", "schema": revision, "head": head},
            status_code=503,
        )
    return JSONResponse({"status": "ready", "database": "ok", "schema": revision})
