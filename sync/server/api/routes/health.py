"""Liveness with a database check, for load balancers and monitoring."""

from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from sync.protocol import PROTOCOL_VERSION
from sync.server.api.deps import EngineDep

logger = logging.getLogger(__name__)
router = APIRouter(tags=["health"])


@router.get("/health")
def get_health(engine: EngineDep) -> JSONResponse:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        logger.error("health check failed", extra={"error": type(exc).__name__})
        return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok", "protocol": PROTOCOL_VERSION})
