"""An ASGI wrapper around the test server that can hold back one answer: the server has done
the work and committed, the answer waits until released. A test kills the client meanwhile."""

from __future__ import annotations

import threading

import anyio


class Gate:
    def __init__(self, app) -> None:
        self.app = app
        self.path: str | None = None
        self.nth = 0
        self.count = 0
        self.reached = threading.Event()
        self.release = threading.Event()

    def arm(self, path_suffix: str, nth: int) -> None:
        """Hold the answer to the ``nth`` request whose path ends with ``path_suffix``."""
        self.path, self.nth, self.count = path_suffix, nth, 0
        self.reached.clear()
        self.release.clear()

    def open(self) -> None:
        self.path = None
        self.release.set()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or self.path is None or not scope["path"].endswith(self.path):
            await self.app(scope, receive, send)
            return
        self.count += 1
        if self.count != self.nth:
            await self.app(scope, receive, send)
            return

        async def held(message) -> None:
            if message["type"] == "http.response.start":
                self.reached.set()
                await anyio.to_thread.run_sync(self.release.wait)
            await send(message)

        await self.app(scope, receive, held)
