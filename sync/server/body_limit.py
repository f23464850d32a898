"""A request body larger than the limit is refused with 413 before it is read whole.

Pure ASGI middleware, for every route: a ``Content-Length`` over the limit is answered at
once, without reading the body; a body without one (chunked) is counted as it arrives and
refused as soon as it passes the limit, so the server never holds more than the limit plus one
chunk of it. The limit is ``Settings.max_request_bytes`` (``KENTTA_MAX_REQUEST_BYTES``).

File uploads (``PUT /v1/files/{sha256}``) have their own, larger ceiling
(``Settings.max_file_bytes``): the route itself holds them to the organisation's attachment
limit, before and while their bytes arrive (``sync.server.api.routes.files``).
"""

from __future__ import annotations

import json
import logging

logger = logging.getLogger(__name__)


class BodyTooLarge(Exception):
    """Raised to the application when a streamed body passes the limit."""


class BodyLimit:
    def __init__(self, app, *, max_bytes: int, file_max_bytes: int | None = None,
                 file_prefix: str = "/v1/files/") -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.file_max_bytes = file_max_bytes
        self.file_prefix = file_prefix

    def _limit(self, scope) -> int:
        if (self.file_max_bytes is not None and scope.get("method") == "PUT"
                and scope.get("path", "").startswith(self.file_prefix)):
            return max(self.file_max_bytes, self.max_bytes)
        return self.max_bytes

    def _declared_length(self, scope) -> int | None:
        for name, value in scope.get("headers") or ():
            if name == b"content-length":
                try:
                    return int(value)
                except ValueError:
                    return None
        return None

    async def _refuse(self, send, limit: int) -> None:
        body = json.dumps({
            "detail": f"The request body is larger than this server accepts ({limit} "
            "bytes): send fewer changes at a time, or shorten the texts."
        }).encode("utf-8")
        await send({
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode("ascii")),
                        (b"connection", b"close")],
        })
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope)
        declared = self._declared_length(scope)
        if declared is not None and declared > limit:
            logger.info("request body refused", extra={"bytes": declared, "limit": limit})
            await self._refuse(send, limit)
            return
        received = 0
        too_large = False
        started = False

        async def limited_receive():
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    too_large = True
                    raise BodyTooLarge()
            return message

        async def guarded_send(message):
            nonlocal started
            if too_large and not started:
                return  # the application's answer to a body it could not read: ours instead
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except BodyTooLarge:
            pass
        except Exception:
            if not too_large:
                raise
        if too_large and not started:
            logger.info("request body refused", extra={"bytes": received, "limit": limit})
            await self._refuse(send, limit)
