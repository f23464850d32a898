"""Round trips to PostgreSQL per push of 50 new records and per pull page of 500, in-process.

Makes its own database (kentta_trips_<random>), a manager, and counts what one request sends
to the database: SQL statements (SQLAlchemy's ``before_cursor_execute``), transactions begun
and ended (each BEGIN, COMMIT and ROLLBACK is a round trip with psycopg) and connection
checkouts (each is a ``SELECT 1`` with ``pool_pre_ping``). A push's last statement and its
COMMIT go in one round trip (``sync.server.store._commit_with``, psycopg's pipeline, which
SQLAlchemy's events do not see): counted as one, and the session's COMMIT after it, which
sends nothing, is not counted. Prints the statements of the last
request of each kind with ``--show``.

    python benchmarks/server_round_trips.py [--batch-size 50] [--limit 500] [--show]
"""

from __future__ import annotations

import argparse
import collections
import secrets
import statistics
import sys
import time
import uuid
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, event, text
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.server_throughput import ADMIN_URL, BENCH_SETTINGS, HEADERS, PASSWORD, _employer  # noqa: E402
from sync.server.accounts import add_staff, create_organisation  # noqa: E402
from sync.server.app import create_app  # noqa: E402
from sync.server.core.config import Settings  # noqa: E402
from sync.server.core.db import make_engine, migrate  # noqa: E402
from sync.server import store  # noqa: E402


class Counter:
    def __init__(self, engine) -> None:
        self.counts: collections.Counter[str] = collections.Counter()
        self.statements: list[str] = []
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "begin", lambda _c: self._count("begin"))
        event.listen(engine, "commit", lambda _c: self._count("commit"))
        event.listen(engine, "rollback", lambda _c: self._count("rollback"))
        event.listen(engine.pool, "checkout", lambda *_a: self._count("checkout"))
        commit_with = getattr(store, "_commit_with", None)  # None: a tree before it (A/B runs)

        def counted(session, statement, params):
            self._count("pipelined")
            self.statements.append(" ".join(str(statement).split())[:160] + " + COMMIT [pipelined]")
            return commit_with(session, statement, params)

        if commit_with is not None:
            store._commit_with = counted

    def _count(self, what: str) -> None:
        self.counts[what] += 1

    def _statement(self, _conn, _cursor, statement, _params, _context, executemany) -> None:
        self.counts["statement"] += 1
        self.statements.append(" ".join(statement.split())[:160] + (" [many]" if executemany else ""))

    def reset(self) -> None:
        self.counts.clear()
        self.statements.clear()

    def line(self) -> str:
        c = self.counts
        commits = c["commit"] - c["pipelined"]
        trips = c["statement"] + c["pipelined"] + c["begin"] + commits + c["rollback"] + c["checkout"]
        return (f"{c['statement']} statements, {c['pipelined']} statement+COMMIT pipelined, "
                f"{c['begin']} BEGIN, {commits} COMMIT, {c['rollback']} ROLLBACK, "
                f"{c['checkout']} checkouts (pre-ping) = {trips} round trips")


def run(args: argparse.Namespace) -> None:
    name = f"kentta_trips_{secrets.token_hex(5)}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        engine = make_engine(url)
        migrate(engine)
        settings = Settings(database_url=url, **BENCH_SETTINGS)
        with Session(engine, expire_on_commit=False) as session:
            org = create_organisation(session=session, name="Benchmark")
            add_staff(session=session, settings=settings, organisation=str(org), username="trips",
                      name="Trips User", role="manager", password=PASSWORD)
            session.commit()
        counter = Counter(engine)
        with TestClient(create_app(settings, engine=engine)) as http:
            token = http.post("/v1/auth/login", headers=HEADERS, json={
                "username": "trips", "password": PASSWORD, "device_name": "bench"}).json()
            headers = {**HEADERS, "Authorization": f"Bearer {token['access_token']}"}
            cpu = []
            for round_ in range(args.batches):
                counter.reset()
                changes = [{"kind": "employer", "id": str(uuid.uuid4()), "base_rev": 0,
                            "fields": _employer(n)} for n in range(args.batch_size)]
                started = time.process_time()
                response = http.post("/v1/sync/push", headers=headers, json={
                    "device_id": token["device_id"], "batch_id": str(uuid.uuid4()), "changes": changes})
                cpu.append(time.process_time() - started)
                assert response.status_code == 200, response.text
            print(f"push of {args.batch_size} new records: {counter.line()}; CPU of this process "
                  f"(client and server) per push, median of {len(cpu)}: {statistics.median(cpu) * 1000:.1f} ms")
            if args.show:
                print("\n".join("  " + s for s in counter.statements))
            cpu = []
            for _ in range(args.pulls):
                counter.reset()
                started = time.process_time()
                response = http.get("/v1/sync/pull", headers=headers, params={"cursor": 0, "limit": args.limit})
                cpu.append(time.process_time() - started)
                assert response.status_code == 200, response.text
            print(f"pull page of {len(response.json()['changes'])} changes: {counter.line()}; CPU per page, "
                  f"median of {len(cpu)}: {statistics.median(cpu) * 1000:.1f} ms")
            if args.show:
                print("\n".join("  " + s for s in counter.statements))
        engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--batches", type=int, default=30, help="pushes (the last one's statements are counted)")
    parser.add_argument("--pulls", type=int, default=20, help="pulls of the first page")
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--show", action="store_true", help="print the statements")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
