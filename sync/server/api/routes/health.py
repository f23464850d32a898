"""Liveness with a database check, for load balancers, and the purge's state, for monitoring.

``GET /health`` answers 200 while the database answers (503 when it does not), with
``"status": "degraded"`` and ``purge.failed`` > 0 while the last purge run left records it could
not purge: a load balancer keeps the server, monitoring can alert on the body. ``GET
/health/purge`` answers 503 while the last purge run failed, for monitors that only see codes.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from sync.protocol import PROTOCOL_VERSION
from sync.server.api.deps import EngineDep
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
