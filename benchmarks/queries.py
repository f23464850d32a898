"""The app's own common queries on the SQLCipher profile and on a plain SQLite copy of it.

    python -m benchmarks.queries --profile DIR [--rounds 15]

The copy is made with SQLCipher's own export (``ATTACH … KEY ''`` and
``sqlcipher_export``) into a plaintext file in the benchmark's temporary
folder, with the profile's page size, and opened through the same SQLite
library with the same engine settings (pragmas, pool, transaction start),
without a key. One round runs, through the services the pages use: the first
page of each list, a filtered page of the employers and notes lists, the
global search, the record counts, all report figures and client matching for
a position. Warm: one engine per store, its caches kept between rounds, as in
a running app. Cold: a new engine each round, so every page is read from the
file (and, on SQLCipher, decrypted and its HMAC checked). A cold round starts
where ``open_profile`` leaves a profile (its connection open, the schema read)
on both stores, and times the queries only: opening is the unlock figure.
Python's garbage is collected before every timed round, on both stores alike,
so that a collection of the previous engine's objects does not fall into one
store's round.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import use_file_keyring  # noqa: E402


def plain_copy(store, target: Path) -> Path:
    """Decrypt the store's database into ``target`` (a plaintext SQLite file, same page size)."""
    target.unlink(missing_ok=True)
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
        cursor.execute(f"PRAGMA plaintext.page_size = {store.meta.cipher.page_size}")
        cursor.execute("SELECT sqlcipher_export('plaintext')")
        cursor.execute("DETACH DATABASE plaintext")
        cursor.close()
    finally:
        raw.close()
    return target


def plain_store(store, path: Path):
    """A Store over the plaintext copy: the same class and engine settings, no key."""
    import sqlcipher3
    from sqlalchemy import create_engine
    from sqlalchemy.pool import QueuePool

    from desktop.store.database import configure_engine
    from desktop.store.profile import Store

    def connect():
        return sqlcipher3.connect(f"file:{path}?mode=rw", uri=True, check_same_thread=False, isolation_level=None)

    plain = Store.__new__(Store)
    plain.data_dir, plain.meta, plain._key = store.data_dir, store.meta, None
    plain.engine = create_engine("sqlite://", creator=connect, module=sqlcipher3.dbapi2, hide_parameters=True,
                                 poolclass=QueuePool, pool_size=4, max_overflow=8)
    configure_engine(plain.engine)
    return plain


def opened_plain_store(store, path: Path):
    """``plain_store`` after what ``open_profile`` does once the engine exists.

    ``open_profile`` checks the file (``SELECT count(*) FROM sqlite_master``) and reads the
    schema revision, so its pooled connection is open and has read the schema before any
    query is timed; the plain store does the same, untimed, so that a cold round times the
    queries on both and not connecting and schema parsing on one of them.
    """
    from desktop.store.migrate import current_revision

    plain = plain_store(store, path)
    with plain.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    current_revision(plain.engine)
    return plain


def common_queries(store) -> dict[str, Callable[[], object]]:
    """What the app asks most, by name: each a call of the service a page makes."""
    from desktop.reports.figures import compute_figures
    from desktop.services import listing, matching, search
    from desktop.services.overview import count_records

    with store.engine.connect() as conn:
        position = conn.exec_driver_sql("SELECT id FROM position WHERE deleted = 0 AND filled = 0 "
                                        "ORDER BY id LIMIT 1").scalar()
    queries: dict[str, Callable[[], object]] = {}
    for spec in (listing.EMPLOYERS, listing.VISITS, listing.CLIENTS, listing.NOTES, listing.EVENTS):
        queries[f"{spec.name} list, first page"] = lambda spec=spec: listing.fetch_page(store, spec)
    queries['employers list, filter "oulu"'] = lambda: listing.fetch_page(store, listing.EMPLOYERS,
                                                                          filter_text="oulu")
    queries['notes list, filter "työ"'] = lambda: listing.fetch_page(store, listing.NOTES, filter_text="työ")
    queries['search "oulu"'] = lambda: search.search(store, "oulu")
    queries['search "kone"'] = lambda: search.search(store, "kone")
    queries["record counts"] = lambda: count_records(store)
    queries["report figures, all time"] = lambda: compute_figures(store)
    if position is not None:
        queries["matching clients for a position"] = lambda: matching.match_clients(store, position)
    with store.engine.connect() as conn:
        sample = conn.exec_driver_sql("SELECT name, personal_id, birth_date FROM client WHERE deleted = 0 "
                                      "AND name IS NOT NULL ORDER BY id LIMIT 1").first()
    if sample is not None:
        from desktop.services.duplicates import find_local_duplicates

        name, personal_id, born = sample
        queries["duplicate check of a new client"] = lambda: find_local_duplicates(
            store, personal_id=personal_id, name=name, birth_date=born)
    return queries


def _round(store) -> tuple[dict[str, float], float]:
    """Each query's wall time (ms), and the CPU time of the whole round on this thread (ms).

    The CPU time leaves out the time this process waits for a core: on a machine shared
    with other work it is the steadier comparison of the two stores.
    """
    times = {}
    queries = common_queries(store)
    gc.collect()
    cpu = time.thread_time()
    for name, query in queries.items():
        begin = time.perf_counter()
        query()
        times[name] = (time.perf_counter() - begin) * 1000
    return times, (time.thread_time() - cpu) * 1000


def measure(profile: Path, tmp: Path, *, rounds: int) -> dict[str, dict[str, list[float]]]:
    """{"cipher"|"plain": {"warm"|"cold"|"warm_cpu"|"cold_cpu": [ms per round, all queries]},
    "per_query": …, "per_query_cold": …}."""
    from desktop.store.profile import open_profile

    store = open_profile(profile)
    copy = plain_copy(store, tmp / "plain-copy.db")
    stores = {"cipher": lambda: open_profile(profile), "plain": lambda: opened_plain_store(store, copy)}
    result: dict = {"per_query": {"cipher": {}, "plain": {}}, "per_query_cold": {"cipher": {}, "plain": {}},
                    "cipher": {"warm": [], "cold": [], "warm_cpu": [], "cold_cpu": []},
                    "plain": {"warm": [], "cold": [], "warm_cpu": [], "cold_cpu": []}}
    # The two alternate round by round, so that whatever else the machine does
    # falls on both alike.
    warm = {label: make() for label, make in stores.items()}
    try:
        for engine in warm.values():
            _round(engine)  # the first round reads the pages into the cache
        for _ in range(rounds):
            for label, engine in warm.items():
                times, cpu = _round(engine)
                result[label]["warm"].append(sum(times.values()))
                result[label]["warm_cpu"].append(cpu)
                for name, ms in times.items():
                    result["per_query"][label].setdefault(name, []).append(ms)
        for engine in warm.values():
            engine.close()
        # Cold rounds after all warm ones: a second engine on the same file
        # would make the warm one's cache start over.
        for _ in range(rounds):
            for label, make in stores.items():
                fresh = make()
                times, cpu = _round(fresh)
                result[label]["cold"].append(sum(times.values()))
                result[label]["cold_cpu"].append(cpu)
                for name, ms in times.items():
                    result["per_query_cold"][label].setdefault(name, []).append(ms)
                fresh.close()
    finally:
        store.close()
        copy.unlink(missing_ok=True)
    return result


def per_query_lines(result: dict) -> list[str]:
    """Each query's median, warm and cold, on both stores."""
    lines = [f"{'query (median ms)':<36} {'warm: SQLCipher':>15} {'plain':>6} {'ratio':>6}"
             f" {'cold: SQLCipher':>16} {'plain':>6} {'ratio':>6}"]
    for name in result["per_query"]["cipher"]:
        line = f"{name:<36}"
        for mode in ("per_query", "per_query_cold"):
            cipher, plain = (statistics.median(result[mode][label][name]) for label in ("cipher", "plain"))
            line += f" {cipher:>15.2f} {plain:>6.2f} {cipher / plain if plain else 0:>5.2f}×"
        lines.append(line)
    line = f"{'CPU time of a round (this thread)':<36}"
    for mode in ("warm_cpu", "cold_cpu"):
        cipher, plain = (statistics.median(result[label][mode]) for label in ("cipher", "plain"))
        line += f" {cipher:>15.2f} {plain:>6.2f} {cipher / plain if plain else 0:>5.2f}×"
    lines.append(line)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", type=Path, required=True, help="a profile whose keyring file is beside it")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    use_file_keyring(args.profile.parent)
    result = measure(args.profile, args.profile.parent, rounds=args.rounds)
    for mode in ("warm", "cold"):
        cipher, plain = (statistics.median(result[label][mode]) for label in ("cipher", "plain"))
        print(f"{mode}: SQLCipher {cipher:.1f} ms, plain SQLite {plain:.1f} ms, ratio {cipher / plain:.2f}")
    print("\n".join(per_query_lines(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
