"""httpx transports that run the real requests with something done around them: an edit made
while a sync runs, or a fault (a connection dropped before sending, or after the server has
answered, so the server committed and the laptop never heard)."""

from __future__ import annotations

from collections.abc import Callable

import httpx


class Hooked(httpx.BaseTransport):
    """Runs ``before(request)`` and ``after(request, response)`` hooks around the real request.
    A hook may raise an httpx error to simulate a fault."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.before: list[Callable[[httpx.Request], httpx.Response | None]] = []
        self.after: list[Callable[[httpx.Request, httpx.Response], None]] = []
        self.log: list[tuple[str, str, int | None]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for hook in list(self.before):
            answer = hook(request)
            if answer is not None:  # answered in front of the server (a proxy, a balancer)
                self.log.append((request.method, request.url.path, answer.status_code))
                return answer
        response = self.inner.handle_request(request)
        response.read()
        self.log.append((request.method, request.url.path, response.status_code))
        for hook in list(self.after):
            hook(request, response)
        return response

    def close(self) -> None:
        self.inner.close()


def once(predicate: Callable[[httpx.Request], bool], action: Callable[[], None]):
    """A before-hook that runs ``action`` the first time ``predicate`` matches."""
    done = []

    def hook(request: httpx.Request) -> None:
        if not done and predicate(request):
            done.append(True)
            action()

    return hook


def is_pull(request: httpx.Request) -> bool:
    return request.url.path.endswith("/v1/sync/pull")


def is_push(request: httpx.Request) -> bool:
    return request.url.path.endswith("/v1/sync/push")


def drop_after_answer(predicate: Callable[[httpx.Request], bool], times: int = 1):
    """An after-hook: the server answered (and committed), the connection drops anyway."""
    left = [times]

    def hook(request: httpx.Request, response: httpx.Response) -> None:
        if left[0] > 0 and predicate(request):
            left[0] -= 1
            raise httpx.ReadError("connection dropped after the server answered", request=request)

    return hook


def refuse_to_connect(predicate: Callable[[httpx.Request], bool], times: int = 1):
    """A before-hook: the request never leaves (connection refused)."""
    left = [times]

    def hook(request: httpx.Request) -> None:
        if left[0] > 0 and predicate(request):
            left[0] -= 1
            raise httpx.ConnectError("connection refused", request=request)

    return hook


def answer_first(predicate: Callable[[httpx.Request], bool], status: int, times: int = 1,
                 headers: dict | None = None):
    """A before-hook: the first ``times`` matching requests get ``status`` without reaching
    the server (e.g. a load balancer's 503 with Retry-After)."""
    left = [times]

    def hook(request: httpx.Request) -> httpx.Response | None:
        if left[0] > 0 and predicate(request):
            left[0] -= 1
            return httpx.Response(status, headers=headers or {}, json={"detail": "busy"}, request=request)
        return None

    return hook
