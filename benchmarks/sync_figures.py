"""Sync figures: an end-of-day sync of 500 changes, and the first download of 100,000 records
compared with a bulk insert of the same rows into SQLCipher.

    python -m benchmarks.sync_figures [--changes 500] [--records 100000] [--runs 3]
                                      [--database postgres|sqlite] [--json FILE]

Builds everything in a temporary folder: the server's database (a PostgreSQL database of its
own, kentta_bench_<random>, dropped at the end; or an SQLite file), uvicorn on 127.0.0.1 in a
separate process, and SQLCipher profiles with a keyring kept in a file. The records are written
on the server directly (employers, contacts, visits, positions, in the server's own write path);
then a new profile logs in and downloads them all (the first sync), and the same rows are bulk
inserted into another new profile in one transaction. The end-of-day sync sends 500 changes
made on the downloaded profile (new visits and contacts, edits, deletes) while another device
has made 100 changes, and receives those.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import secrets
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import use_file_keyring  # noqa: E402
from benchmarks.server_throughput import _serve  # noqa: E402 - uvicorn in a process of its own

PG_ADMIN = os.environ.get("KENTTA_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
PASSWORD = "benchmark-password"
KINDS = ("employer", "contact", "visit", "position")  # shares of the 100,000: 2, 3, 3, 2 tenths


def _fields(kind: str, number: int, employer_id: str) -> dict:
    if kind == "employer":
        return {"name": f"Vertailu {number} Oy", "industry": "Valmistus", "municipality": "Oulu",
                "notes": "Tavattu messuilla; kiinnostunut oppisopimuksesta ja työkokeilusta."}
    if kind == "contact":
        return {"employer_id": employer_id, "name": f"Yhteys Henkilö {number}", "title": "HR",
                "phone": "040 123 4567", "email": f"yhteys{number}@example.fi"}
    if kind == "visit":
        return {"employer_id": employer_id, "visited_at": "2026-03-02T09:30:00Z", "place": "on_site",
                "recruitment_needs": True, "open_positions": 2, "hidden_jobs": 1,
                "notes": "Kävimme läpi rekrytointitarpeet ja vaihtoehtoisen rekrytoinnin mallin."}
    return {"employer_id": employer_id, "title": f"Asentaja {number}", "occupation": "Asentaja", "count": 1}


def fill_server(url: str, org_id: uuid.UUID, records: int) -> None:
    """``records`` valid records of four kinds, numbered and stored as a push stores them."""
    from sqlmodel import Session

    from sync.server.core.db import make_engine
    from sync.server.store import Write, allocate_seqs, apply_writes, validated_fields

    engine = make_engine(url)
    shares = {"employer": 2, "contact": 3, "visit": 3, "position": 2}
    plan = [kind for kind in KINDS for _ in range(records * shares[kind] // 10)]
    plan += ["employer"] * (records - len(plan))
    employers: list[str] = []
    chunk: list = []
    for number, kind in enumerate(plan):
        record_id = uuid.uuid4()
        if kind == "employer":
            employers.append(str(record_id))
        fields = validated_fields(kind, record_id, _fields(kind, number, employers[number % len(employers)]))
        chunk.append(Write(kind, record_id, org_id, 1, fields, False, sorted(fields), None))
        if len(chunk) == 5000 or number == len(plan) - 1:
            with Session(engine) as session:  # new rows only: no lookups (known={})
                apply_writes(session, chunk, allocate_seqs(session, len(chunk)), known={})
                session.commit()
            chunk = []
    engine.dispose()


class PhaseClock:
    """A SyncProgress that notes when each phase began."""

    def __new__(cls):
        from sync.client.progress import SyncProgress

        class Clocked(SyncProgress):
            def __init__(self) -> None:
                super().__init__()
                self.marks: list[tuple[str, float]] = [("start", time.perf_counter())]

            def set_phase(self, phase: str, *, to_send=None) -> None:
                self.marks.append((phase, time.perf_counter()))
                super().set_phase(phase, to_send=to_send)

        return Clocked()


def first_download(folder: Path, server_url: str, username: str) -> tuple[float, int, object]:
    from desktop.services import sync_session
    from desktop.store.profile import create_profile

    store = create_profile(folder / "downloaded")
    sync_session.login(store, server_url=server_url, username=username, password=PASSWORD)
    started = time.perf_counter()
    receipt = sync_session.sync(store, page_size=1000)
    seconds = time.perf_counter() - started
    assert receipt.outcome == "ok", receipt.error
    return seconds, receipt.received, store


def bulk_insert(folder: Path, server_url: str, username: str) -> tuple[float, float, int]:
    """The same rows, pulled first, then validated and inserted in one transaction."""
    from desktop.services import sync_session
    from desktop.store.profile import create_profile
    from desktop.store.tables import TABLES
    from desktop.sync.rows import row_values
    from sync.client.transport import MemoryTokens, Transport

    tokens = MemoryTokens()
    changes = []
    pulling = time.perf_counter()
    with Transport(server_url, tokens=tokens) as transport:
        transport.login(username=username, password=PASSWORD, device_name="bulk")
        cursor = 0
        while True:
            page = transport.pull(cursor=cursor, limit=1000)
            changes.extend(page.changes)
            cursor = page.next_cursor
            if not page.has_more:
                break
    pulled = time.perf_counter() - pulling
    store = create_profile(folder / "bulk")
    started = time.perf_counter()
    rows: dict[str, list] = {}
    for change in changes:
        values = row_values(change.kind, change.id, change.fields, rev=change.rev, deleted=change.deleted,
                            modified_at=change.modified_at, modified_by=change.modified_by)
        rows.setdefault(change.kind, []).append(values)
    validated = time.perf_counter()
    with store.session() as session:
        connection = session.connection()
        for kind, values in rows.items():
            connection.execute(TABLES[kind].__table__.insert(), values)
    inserted = time.perf_counter()
    store.close()
    del sync_session
    return inserted - validated, inserted - started, len(changes), pulled


def end_of_day(store, other, changes: int, run: int = 0) -> tuple[float, float, float, object]:
    """``changes`` local changes and 100 on another device; one sync. Seconds: all, push, pull."""
    from sqlmodel import select

    from desktop.services import changes as services
    from desktop.services import sync_session
    from desktop.services.setup import current_actor
    from desktop.store.tables import Contact, Employer, Visit

    actor = current_actor(store)
    with store.reader() as session:
        known = session.exec(select(Employer).where(Employer.deleted == False).limit(changes)).all()  # noqa: E712
    new_visits, new_contacts = changes * 2 // 5, changes // 5
    edits, deletes = changes * 3 // 10, changes - new_visits - new_contacts - changes * 3 // 10
    with store.session() as session:
        for n in range(new_visits):
            services.create(session, Visit, {"employer_id": known[n].id, "staff_id": actor.staff_id,
                                             "visited_at": dt.datetime.now(dt.timezone.utc),
                                             "notes": "Päivän käynti: rekrytointitarve kartoitettu."}, actor=actor)
        for n in range(new_contacts):
            services.create(session, Contact, {"employer_id": known[n].id, "name": f"Uusi Yhteys {n}"},
                            actor=actor)
    for n in range(edits):
        with store.session() as session:
            row = session.get(Employer, known[n].id)
            services.update(session, row, {"municipality": ("Raahe", "Oulu")[run % 2],
                                           "notes": f"Päivitetty {run}.{n}"}, actor=actor)
    for n in range(deletes):
        with store.session() as session:
            services.delete(session, session.get(Employer, known[-1 - n].id), actor=actor)
    other_actor = current_actor(other)
    with other.session() as session:
        for n in range(100):
            services.create(session, Employer, {"name": f"Toisen laitteen {n} Oy"}, actor=other_actor)
    assert sync_session.sync(other).outcome == "ok"
    clock = PhaseClock()
    started = time.perf_counter()
    receipt = sync_session.sync(store, progress=clock)
    total = time.perf_counter() - started
    marks = dict(clock.marks)
    assert receipt.outcome == "ok" and receipt.refused == [], receipt.lines()
    assert receipt.sent == changes, (receipt.sent, changes)  # one change per record, all sent
    return total, marks["receiving"] - marks["sending"], marks["done"] - marks["receiving"], receipt


def run(args: argparse.Namespace) -> dict:
    from sqlalchemy import create_engine, text
    from sqlmodel import Session

    from desktop.services import sync_session
    from desktop.store.profile import create_profile
    from sync.server.accounts import add_staff, create_organisation
    from sync.server.core.config import Settings
    from sync.server.core.db import make_engine, migrate
    from tests.server.live import free_port

    folder = Path(tempfile.mkdtemp(prefix="kentta-sync-bench-"))
    use_file_keyring(folder)
    name = f"kentta_bench_{secrets.token_hex(5)}"
    admin = None
    if args.database == "postgres":
        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    else:
        url = f"sqlite:///{folder / 'server.sqlite3'}"
    server = None
    try:
        engine = make_engine(url)
        migrate(engine)
        settings = Settings(database_url=url)
        with Session(engine, expire_on_commit=False) as session:
            org = create_organisation(session=session, name="Vertailuhanke")
            for username in ("laptop", "bulk", "other"):
                add_staff(session=session, settings=settings, organisation=str(org), username=username,
                          name=f"Vertailu {username}", role="employer_coordinator", password=PASSWORD)
            session.commit()
        engine.dispose()
        started = time.perf_counter()
        fill_server(url, org, args.records)
        print(f"server filled with {args.records:,} records in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
        port = free_port()
        server = multiprocessing.get_context("spawn").Process(target=_serve, args=(url, port), daemon=True)
        server.start()
        server_url = f"http://127.0.0.1:{port}"
        _wait_for(server_url)

        download_s, received, store = first_download(folder, server_url, "laptop")
        insert_s, validate_insert_s, rows, pull_only_s = bulk_insert(folder, server_url, "bulk")
        other = create_profile(folder / "other")
        sync_session.login(other, server_url=server_url, username="other", password=PASSWORD)
        sync_session.sync(other, page_size=1000)
        days = [end_of_day(store, other, args.changes, run) for run in range(args.runs)]
        store.close()
        other.close()
    finally:
        if server is not None:
            server.terminate()
            server.join(10)
        if admin is not None:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    figures = {
        "database": args.database,
        "records": rows,
        "download_seconds": download_s,
        "download_records_per_s": received / download_s,
        "bulk_insert_seconds": insert_s,
        "bulk_insert_records_per_s": rows / insert_s,
        "bulk_validate_and_insert_records_per_s": rows / validate_insert_s,
        "download_vs_bulk_insert": (received / download_s) / (rows / insert_s),
        "pull_only_records_per_s": rows / pull_only_s,
        "end_of_day_changes": args.changes,
        "end_of_day_seconds": statistics.median(d[0] for d in days),
        "end_of_day_push_seconds": statistics.median(d[1] for d in days),
        "end_of_day_pull_seconds": statistics.median(d[2] for d in days),
        "end_of_day_runs": [round(d[0], 3) for d in days],
        "end_of_day_sent": days[-1][3].sent,
        "end_of_day_received": days[-1][3].received,
    }
    _print(figures)
    return figures


def _wait_for(server_url: str) -> None:
    import httpx

    for _ in range(300):
        try:
            if httpx.get(f"{server_url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("the server did not start")


def _print(f: dict) -> None:
    print(f"server database: {f['database']}; uvicorn on 127.0.0.1 in its own process; "
          f"client profile: SQLCipher (raw key), WAL")
    print(f"first download: {f['records']:,} records in {f['download_seconds']:.1f} s = "
          f"{f['download_records_per_s']:,.0f} records/s (pages of 1,000)")
    print(f"bulk insert of the same rows, one transaction: {f['bulk_insert_seconds']:.1f} s = "
          f"{f['bulk_insert_records_per_s']:,.0f} rows/s (with validation first: "
          f"{f['bulk_validate_and_insert_records_per_s']:,.0f} rows/s)")
    print(f"download / bulk insert: {f['download_vs_bulk_insert']:.2f}; the same pages only fetched "
          f"and parsed, nothing stored: {f['pull_only_records_per_s']:,.0f} records/s")
    print(f"end-of-day sync of {f['end_of_day_changes']} changes (and {f['end_of_day_received']} received): "
          f"median {f['end_of_day_seconds']:.2f} s (push {f['end_of_day_push_seconds']:.2f} s, "
          f"pull {f['end_of_day_pull_seconds']:.2f} s); runs {f['end_of_day_runs']}")


def _postgres_reachable() -> bool:
    try:
        import psycopg

        psycopg.connect(PG_ADMIN.replace("+psycopg", ""), connect_timeout=3).close()
    except Exception:  # noqa: BLE001 - then SQLite
        return False
    return True


def options(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=500)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="end-of-day syncs (the median is given)")
    parser.add_argument("--database", choices=("postgres", "sqlite"), default=None,
                        help="the server's database (default: PostgreSQL when reachable)")
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    if args.database is None:
        args.database = "postgres" if _postgres_reachable() else "sqlite"
    return args


def main(argv: list[str] | None = None) -> None:
    args = options(argv)
    figures = run(args)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
