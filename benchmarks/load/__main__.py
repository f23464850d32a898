"""A nationwide end-of-day through nginx (TLS) in front of N server processes, driven by Locust.

    python -m benchmarks.load --processes 1 [2 4] [--laptops 2000 --orgs 40 --users 40
                              --min-changes 100 --max-changes 500 --run-time 900 --json out.json]

For each N given: creates a PostgreSQL database of its own (kentta_load_<random>), seeds it
(``seed.py``), starts N ``kentta-server serve`` processes on 127.0.0.1 ports and nginx in front
of them (``proxy.py``, TLS with a self-signed certificate), runs Locust headless with ``--users``
concurrent simulated laptops until every laptop has synced once or ``--run-time`` runs out
(then the syncs under way finish and the laptops not reached are reported as not synced),
then checks each laptop's receipts against the database: every accepted change is there at the
rev and seq its receipt says, and the database holds no revision of these devices without a
receipt. Prints syncs per second, p50/p95/p99 sync time, errors and the check; exits 1 if there
was an error or a lost or duplicated change. Everything it started is stopped and the database
dropped at the end.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.load import proxy, seed  # noqa: E402

ADMIN_URL = os.environ.get("KENTTA_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, *, seconds: float = 60, verify: bool = True) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, verify=verify, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer 200 within {seconds:.0f} s")


def _stop(process: subprocess.Popen | None, seconds: float = 15) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def _percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=1000, method="inclusive")[round(fraction * 1000) - 1]


def check_receipts(url: str, lines: list[dict], devices: list[str]) -> dict:
    """Each receipt against the database: lost (accepted, not there as receipted) and
    duplicated (there twice, or there without a receipt) changes."""
    receipts: dict[tuple[str, str], tuple[int, int]] = {}
    repeated = 0
    for line in lines:
        for kind, record_id, rev, seq in line["receipts"]:
            key = (kind, str(uuid.UUID(record_id)))
            repeated += key in receipts
            receipts[key] = (rev, seq)
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            revisions = connection.execute(text(
                "SELECT kind, record_id, rev, seq FROM record_revision "
                "WHERE device_id = ANY(CAST(:devices AS uuid[]))"), {"devices": devices}).all()
            records = {(kind, str(record_id)): (rev, seq) for kind, record_id, rev, seq in
                       connection.execute(text(
                           "SELECT r.kind, r.id, r.rev, r.seq FROM record r JOIN record_revision v "
                           "ON v.kind = r.kind AND v.record_id = r.id AND v.rev = r.rev "
                           "WHERE v.device_id = ANY(CAST(:devices AS uuid[]))"),
                           {"devices": devices}).all()}
    finally:
        engine.dispose()
    stored: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for kind, record_id, rev, seq in revisions:
        stored.setdefault((kind, str(record_id)), []).append((rev, seq))
    lost = sum(1 for key, receipt in receipts.items()
               if receipt not in stored.get(key, []) or records.get(key) != receipt)
    duplicated = repeated + sum(len(revs) - 1 for revs in stored.values() if len(revs) > 1)
    unreceipted = sum(1 for key in stored if key not in receipts)
    return {"receipts": len(receipts), "stored_revisions": len(revisions), "lost": lost,
            "duplicated": duplicated + unreceipted}


def _locust_failures(prefix: Path) -> tuple[int, int, dict]:
    """Requests and failures of the HTTP requests (push, pull) from Locust's own CSV, and
    Locust's percentiles of the whole sync (ms, as Locust rounds them)."""
    requests = failures = 0
    sync_row: dict = {}
    with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["Type"] in ("POST", "GET"):
                requests += int(row["Request Count"])
                failures += int(row["Failure Count"])
            elif row["Type"] == "SYNC":
                sync_row = {key: row.get(key) for key in ("50%", "95%", "99%", "Request Count",
                                                          "Failure Count")}
    return requests, failures, sync_row


def run_once(args: argparse.Namespace, processes: int) -> dict:
    """One run with ``processes`` server processes; returns its figures."""
    name = f"kentta_load_{secrets.token_hex(5)}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    folder = Path(tempfile.mkdtemp(prefix="kentta_load_"))
    folder.chmod(0o755)  # nginx's workers (another user when started as root) use its temp/
    servers: list[subprocess.Popen] = []
    nginx = locust = None
    try:
        from sync.server.core.db import make_engine, migrate

        engine = make_engine(url)
        migrate(engine)
        engine.dispose()
        started = time.perf_counter()
        laptops, cursor = seed.seed(url, laptops=args.laptops, orgs=args.orgs,
                                    token_minutes=max(60, args.run_time // 60 + 30))
        seeded = time.perf_counter() - started
        print(f"[N={processes}] seeded {len(laptops)} laptops in {args.orgs} organisations "
              f"in {seeded:.1f} s", flush=True)
        # As in installer/server/server.env.example: one proxy hop in front, JSON logs.
        env = {**os.environ, "KENTTA_DATABASE_URL": url, "KENTTA_LOG_JSON": "true",
               "KENTTA_TRUSTED_PROXY_HOPS": "1",
               "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        ports = [_free_port() for _ in range(processes)]
        for number, port in enumerate(ports):
            log = (folder / f"server{number}.log").open("wb")
            servers.append(subprocess.Popen(
                [sys.executable, "-m", "sync.server.cli", "serve", "--host", "127.0.0.1",
                 "--port", str(port)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT))
        for port in ports:
            _wait_healthy(f"http://127.0.0.1:{port}/health/ready")
        cert, key = proxy.self_signed(folder)
        site_file = Path(args.site) if args.site else proxy.PRODUCTION_SITE
        proxy_port = _free_port()
        site = proxy.site_for_test(site_file.read_text("utf-8"), port=proxy_port, cert=cert,
                                   key=key, upstreams=[f"127.0.0.1:{p}" for p in ports],
                                   logs=folder)
        nginx = proxy.start_nginx(folder, proxy.main_config(folder, site))
        base = f"https://127.0.0.1:{proxy_port}"
        _wait_healthy(f"{base}/health/ready", verify=False)

        plan = folder / "plan.json"
        plan.write_text(json.dumps({
            "laptops": seed.as_dicts(laptops), "cursor": cursor, "low": args.min_changes,
            "high": args.max_changes, "day": dt.date.today().isoformat()}), encoding="utf-8")
        receipts_file = folder / "receipts.jsonl"
        receipts_file.touch()
        users = min(args.users, len(laptops))
        command = [sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless",
                   "-u", str(users), "-r", str(args.spawn_rate or users),
                   "--run-time", f"{args.run_time}s", "--stop-timeout", str(args.stop_timeout),
                   "--host", base, "--csv", str(folder / "locust"), "--only-summary",
                   "--loglevel", "WARNING", "--exit-code-on-error", "0"]
        print(f"[N={processes}] locust: {' '.join(command[2:])}", flush=True)
        locust_env = {**env, "KENTTA_LOAD_PLAN": str(plan), "KENTTA_LOAD_RECEIPTS": str(receipts_file)}
        with (folder / "locust.log").open("wb") as log:
            locust = subprocess.Popen(command, cwd=ROOT, env=locust_env, stdout=log,
                                      stderr=subprocess.STDOUT)
            locust.wait(args.run_time + args.stop_timeout + 120)
        if locust.returncode not in (0, 1):
            raise RuntimeError(f"locust exited {locust.returncode}:\n"
                               + (folder / "locust.log").read_text("utf-8")[-3000:])

        lines = [json.loads(line) for line in receipts_file.read_text("utf-8").splitlines() if line]
        started_file = folder / "started.txt"
        began = set(started_file.read_text("utf-8").split()) if started_file.exists() else set()
        aborted = len(began - {str(line["number"]) for line in lines})
        check = check_receipts(url, lines, [laptop.device_id for laptop in laptops])
        requests, failed_requests, locust_sync = _locust_failures(folder / "locust")
        seconds = sorted(line["seconds"] for line in lines)
        wall = (max(l["ended"] for l in lines) - min(l["started"] for l in lines)) if lines else 0.0
        problems = sum(line["problem_count"] for line in lines)
        changes = sum(line["changes"] for line in lines)
        figures = {
            "processes": processes, "laptops": len(laptops), "orgs": args.orgs, "users": users,
            "completed_syncs": len(lines), "not_reached": len(laptops) - len(began),
            "aborted_syncs": aborted,
            "wall_seconds": wall, "syncs_per_s": len(lines) / wall if wall else 0.0,
            "changes_pushed": changes, "changes_per_s": changes / wall if wall else 0.0,
            "changes_pulled": sum(line["pulled"] for line in lines),
            "p50_s": _percentile(seconds, 0.50), "p95_s": _percentile(seconds, 0.95),
            "p99_s": _percentile(seconds, 0.99), "http_requests": requests,
            "failed_requests": failed_requests, "refused_or_failed": problems,
            "errors": failed_requests + problems + aborted,
            "locust_sync_ms": locust_sync, "seed_seconds": seeded, **check,
            "examples": sorted({p for line in lines for p in line["problems"]})[:5],
        }
        print(f"[N={processes}] {figures['completed_syncs']}/{len(laptops)} laptops synced "
              f"({figures['not_reached']} not reached in the run's time) in {wall:.1f} s = "
              f"{figures['syncs_per_s']:.2f} syncs/s ({figures['changes_per_s']:,.0f} changes/s "
              f"pushed); sync time p50 {figures['p50_s']:.2f} s, p95 {figures['p95_s']:.2f} s, "
              f"p99 {figures['p99_s']:.2f} s; errors {figures['errors']} "
              f"({failed_requests} failed of {requests} requests); receipts {check['receipts']}, "
              f"lost {check['lost']}, duplicated {check['duplicated']}", flush=True)
        if figures["examples"]:
            print(f"[N={processes}] problems, e.g.: {figures['examples']}", flush=True)
        return figures
    finally:
        _stop(locust)
        _stop(nginx)
        for server in servers:
            _stop(server)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def options(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, nargs="+", default=[1],
                        help="server processes behind nginx; several values: one run each")
    parser.add_argument("--laptops", type=int, default=2000)
    parser.add_argument("--orgs", type=int, default=40)
    parser.add_argument("--users", type=int, default=40,
                        help="laptops syncing at the same time (Locust users)")
    parser.add_argument("--spawn-rate", type=float, default=0, help="default: all at once")
    parser.add_argument("--min-changes", type=int, default=100)
    parser.add_argument("--max-changes", type=int, default=500)
    parser.add_argument("--run-time", type=int, default=900, help="seconds; the run's bound")
    parser.add_argument("--stop-timeout", type=int, default=180,
                        help="seconds the syncs under way at the end of --run-time may take")
    parser.add_argument("--site", help="the nginx site to build the proxy from "
                        "(default: installer/server/kentta.conf, the production site)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--keep", action="store_true", help="keep the run's folder (logs)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = options(argv)
    results = [run_once(args, processes) for processes in args.processes]
    if len(results) > 1:
        first = results[0]["syncs_per_s"] or 1.0
        for result in results:
            print(f"N={result['processes']}: {result['syncs_per_s']:.2f} syncs/s "
                  f"({result['syncs_per_s'] / first:.2f}x N={results[0]['processes']})")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    bad = any(r["errors"] or r["lost"] or r["duplicated"] for r in results)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
