"""Push and pull throughput of the sync server with concurrent clients, on PostgreSQL.

Creates its own database (kentta_bench_<random>) on the PostgreSQL service, starts uvicorn on
127.0.0.1 in a separate process, runs N clients (threads, one device each) that push batches of
new records and then pull everything, prints changes per second, and drops the database.
``--servers 2`` starts two server processes on the same port (SO_REUSEPORT: the kernel spreads
the connections), the way the server scales: more stateless servers over one PostgreSQL.

    python benchmarks/server_throughput.py [--clients 20] [--batches 10] [--batch-size 50] [--rounds 3]
                                           [--servers 1]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import secrets
import socket
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION  # noqa: E402
from sync.server.accounts import add_staff, create_organisation  # noqa: E402
from sync.server.core.config import Settings  # noqa: E402
from sync.server.core.db import make_engine, migrate  # noqa: E402

ADMIN_URL = os.environ.get("KENTTA_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
PASSWORD = "benchmark-password"
HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


# The managers log in with their password only: the second factor (sync/server/totp.py) is a
# matter of logging in, which is not measured; push and pull are the same with it.
BENCH_SETTINGS = {"totp_required_roles": ()}


def _serve(url: str, port: int, overrides: dict | None = None) -> None:
    import logging

    import uvicorn

    from sync.server.app import create_app

    logging.disable(logging.INFO)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)  # several servers, one port
    sock.bind(("127.0.0.1", port))
    config = uvicorn.Config(create_app(Settings(database_url=url, **(overrides or {}))), log_config=None, access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


def _cpu_seconds(pids: list[int]) -> float:
    """CPU time (user and system) the processes ``pids`` have used so far (Linux /proc), or
    NaN elsewhere: the servers' share of a phase, steadier than wall time on a shared machine."""
    total = 0.0
    try:
        for pid in pids:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return float("nan")
    return total


def _login(http: httpx.Client, username: str) -> dict:
    response = http.post("/v1/auth/login", headers=HEADERS, json={
        "username": username, "password": PASSWORD, "device_name": "bench"})
    response.raise_for_status()
    return response.json()


def _employer(number: int) -> dict:
    return {"name": f"Benchmark Oy {number}", "industry": "Testaus", "municipality": "Oulu"}


def run(args: argparse.Namespace) -> dict[str, float]:
    """Push, then pull, with ``args.clients`` concurrent clients; returns the figures and prints them."""
    name = f"kentta_bench_{secrets.token_hex(5)}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    servers: list = []
    try:
        engine = make_engine(url)
        migrate(engine)
        settings = Settings(database_url=url, **BENCH_SETTINGS)
        with Session(engine, expire_on_commit=False) as session:
            org = create_organisation(session=session, name="Benchmark")
            users = [
                add_staff(session=session, settings=settings, organisation=str(org),
                          username=f"bench{n}", name=f"Bench User {n}", role="manager",
                          password=PASSWORD).username
                for n in range(args.clients)
            ]
            session.commit()
        engine.dispose()
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        servers = [multiprocessing.get_context("spawn").Process(target=_serve, args=(url, port, BENCH_SETTINGS))
                   for _ in range(args.servers)]
        for server in servers:
            server.start()
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(f"{base}/health").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        tokens = []
        with httpx.Client(base_url=base, timeout=120) as http:  # a loaded machine answers late
            tokens = [_login(http, username) for username in users]

        barrier = threading.Barrier(args.clients)
        failures: list[str] = []

        def pusher(token: dict) -> None:
            headers = {**HEADERS, "Authorization": f"Bearer {token['access_token']}"}
            with httpx.Client(base_url=base, timeout=120) as http:
                barrier.wait()
                for _ in range(args.batches):
                    changes = [{"kind": "employer", "id": str(uuid.uuid4()), "base_rev": 0,
                                "fields": _employer(n)} for n in range(args.batch_size)]
                    response = http.post("/v1/sync/push", headers=headers, json={
                        "device_id": token["device_id"], "batch_id": str(uuid.uuid4()),
                        "changes": changes})
                    if response.status_code != 200:
                        failures.append(str(response.status_code))

        pulled = [0] * args.clients

        def puller(index: int, token: dict) -> None:
            headers = {**HEADERS, "Authorization": f"Bearer {token['access_token']}"}
            cursor = 0
            with httpx.Client(base_url=base, timeout=120) as http:
                barrier.wait()
                while True:
                    page = http.get("/v1/sync/pull", headers=headers,
                                    params={"cursor": cursor, "limit": args.pull_limit}).json()
                    pulled[index] += len(page["changes"])
                    cursor = page["next_cursor"]
                    if not page["has_more"]:
                        return

        def timed(target, items) -> float:
            threads = [threading.Thread(target=target, args=item) for item in items]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            return time.perf_counter() - started

        # Rounds of pushing new records; the median round is the figure (one round varies by
        # about a sixth on the 2-core machine, where the clients share the cores with the server).
        pids = [server.pid for server in servers]
        cpu_before = _cpu_seconds(pids)
        rounds = [timed(pusher, [(t,) for t in tokens]) for _ in range(args.rounds)]
        cpu_pushed = _cpu_seconds(pids)
        push_seconds = statistics.median(rounds)
        pushed = args.clients * args.batches * args.batch_size
        pull_seconds = timed(puller, list(enumerate(tokens)))
        cpu_pulled = _cpu_seconds(pids)
        total_pulled = sum(pulled)
        print(f"clients={args.clients} batches={args.batches} batch_size={args.batch_size} "
              f"pull_limit={args.pull_limit} database=PostgreSQL server_processes={args.servers}")
        print(f"push: {pushed} changes in {push_seconds:.2f} s = {pushed / push_seconds:,.0f} changes/s"
              f" ({len(failures)} failed requests); median of {len(rounds)} rounds: "
              + ", ".join(f"{pushed / seconds:,.0f}" for seconds in rounds))
        print(f"pull: {total_pulled} changes in {pull_seconds:.2f} s = "
              f"{total_pulled / pull_seconds:,.0f} changes/s "
              f"({total_pulled // args.clients} per client)")
        push_cpu = (cpu_pushed - cpu_before) / (pushed * args.rounds) * 1e6
        pull_cpu = (cpu_pulled - cpu_pushed) / max(total_pulled, 1) * 1e6
        print(f"server processes' CPU: push {push_cpu:.0f} µs a change, pull {pull_cpu:.1f} µs a change")
        return {"push_changes_per_s": pushed / push_seconds, "pull_changes_per_s": total_pulled / pull_seconds,
                "pushed": pushed, "pulled": total_pulled, "failed_requests": len(failures),
                "push_seconds": push_seconds, "pull_seconds": pull_seconds,
                "server_cpu_us_per_pushed_change": push_cpu, "server_cpu_us_per_pulled_change": pull_cpu}
    finally:
        for server in servers:
            server.terminate()
            server.join(10)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def options(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--batches", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3, help="push rounds; the median is reported")
    parser.add_argument("--pull-limit", type=int, default=500)
    parser.add_argument("--servers", type=int, default=1, help="server processes sharing the port")
    return parser.parse_args(argv)


def main() -> None:
    run(options())


if __name__ == "__main__":
    main()
