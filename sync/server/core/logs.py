"""Structured logs: one JSON object a line, with ids and counts only (never names or text).

``KENTTA_LOG_FORMAT=json`` (the default) writes JSON lines: ``ts``, ``level``, ``logger``,
``msg``, ``request_id`` (within a request) and every field passed as ``extra=``;
``KENTTA_LOG_FORMAT=text`` writes the same as readable lines, for a person at a terminal.

The request id is the proxy's ``X-Request-ID`` when it is a plain token (nginx sets one, see
installer/server/kentta.conf), else one made here; it is sent back in the response header.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import re
import secrets
import sys

_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName",
                                                    "request_id"}
# A proxy's id is believed only as a short token: never free text into the logs.
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{8,128}")

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "kentta_request_id", default=None)


def request_id_from(header: str | None) -> str:
    """The proxy's request id when it is a plain token, else a new random one."""
    if header and _REQUEST_ID.fullmatch(header):
        return header
    return secrets.token_hex(16)


def _extras(record: logging.LogRecord) -> dict:
    return {key: value for key, value in vars(record).items()
            if key not in _STANDARD and not key.startswith("_")}


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on every record logged while it is served."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "request_id", None) is None:
            record.request_id = request_id_var.get()
        return True


class JsonLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None) or request_id_var.get()
        if request_id:
            entry["request_id"] = request_id
        entry.update(_extras(record))
        if record.exc_info and record.exc_info[0] is not None:
            # The type only: exception messages can quote the data that caused them.
            entry["error"] = record.exc_info[0].__name__
        return json.dumps(entry, default=str, ensure_ascii=False)


class TextLineFormatter(logging.Formatter):
    """``time level logger [request id] message key=value ...``; exceptions by type only."""

    def format(self, record: logging.LogRecord) -> str:
        when = dt.datetime.fromtimestamp(record.created, dt.timezone.utc)
        request_id = getattr(record, "request_id", None) or request_id_var.get()
        parts = [when.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), record.levelname, record.name]
        if request_id:
            parts.append(f"[{request_id}]")
        parts.append(record.getMessage())
        parts += [f"{key}={value}" for key, value in _extras(record).items()]
        if record.exc_info and record.exc_info[0] is not None:
            parts.append(f"error={record.exc_info[0].__name__}")
        return " ".join(parts)


def configure_logging(*, json_lines: bool = True, level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLineFormatter() if json_lines else TextLineFormatter())
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    # Our own request log replaces uvicorn's access log, which names client addresses.
    logging.getLogger("uvicorn.access").disabled = True
