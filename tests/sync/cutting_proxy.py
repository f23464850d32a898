"""A TCP proxy in front of the test server that can drop the connection for real: after a
number of bytes in one direction the sockets are closed, as a lost network does mid-transfer.

``cut(up=N)``: the connection that carries the N-th byte from the laptop to the server (after the
call) is closed there; ``cut(down=N)`` the same from the server to the laptop. ``every=True``
keeps cutting each connection after N bytes (an upload that always fails); ``cut()`` with
nothing stops cutting. ``up_bytes`` / ``down_bytes`` count what passed since the last ``cut``.
"""

from __future__ import annotations

import socket
import threading
from contextlib import contextmanager


class CuttingProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        self.limits: dict[str, int | None] = {"up": None, "down": None}
        self.every = False
        self.passed = {"up": 0, "down": 0}
        self.cuts = 0
        self.closing = False
        self.thread = threading.Thread(target=self._accept, name="cutting-proxy", daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def up_bytes(self) -> int:
        return self.passed["up"]

    @property
    def down_bytes(self) -> int:
        return self.passed["down"]

    def cut(self, *, up: int | None = None, down: int | None = None, every: bool = False) -> None:
        with self.lock:
            self.limits = {"up": up, "down": down}
            self.every = every
            self.passed = {"up": 0, "down": 0}

    def close(self) -> None:
        self.closing = True
        self.listener.close()

    def _accept(self) -> None:
        while not self.closing:
            try:
                laptop, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            # Counted per connection when cutting every one; else from the ``cut`` call on.
            connection = {"up": 0, "down": 0}
            pair = (laptop, server)
            for source, sink, direction in ((laptop, server, "up"), (server, laptop, "down")):
                threading.Thread(target=self._pump, args=(source, sink, direction, connection, pair),
                                 daemon=True).start()

    def _pump(self, source, sink, direction, connection, pair) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                with self.lock:
                    limit = self.limits[direction]
                    before = connection[direction] if self.every else self.passed[direction]
                    if limit is not None and before + len(data) > limit:
                        data = data[:max(0, limit - before)]
                        cut = True
                    else:
                        cut = False
                    self.passed[direction] += len(data)
                    connection[direction] += len(data)
                    if cut:
                        self.cuts += 1
                        if not self.every:
                            self.limits[direction] = None
                if data:
                    sink.sendall(data)
                if cut:
                    break
        except OSError:
            pass
        for sock in pair:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()


@contextmanager
def cutting_proxy(url: str):
    host, port = url.removeprefix("http://").rsplit(":", 1)
    proxy = CuttingProxy(host, int(port))
    try:
        yield proxy
    finally:
        proxy.close()
