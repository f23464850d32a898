"""Report figures: how long ``compute_figures`` takes over a large demo profile.

    python -m benchmarks.report_figures [--clients 5000] [--employers 2000] [--repeat 7]

Builds its own profile in a temporary folder with ``fill_demo`` (a keyring
kept in a file there, so no real keyring is touched), then times, each in a
new Store (so the first query of each round opens the encrypted file and
reads its pages cold) and again warm: all figures for all time; for one year;
for one year and one locality; for one year and one staff member. Prints the
record counts, the median and worst wall-clock times in milliseconds, and how
long the PDF, CSV and JSON of the all-time report take to render.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _timed(work, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--employers", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.keyring_file.FileKeyring"
        os.environ["KENTTA_TEST_KEYRING"] = str(Path(tmp) / "keyring.json")
        sys.path.insert(0, str(ROOT))
        import keyring

        from desktop.demo import fill_demo
        from desktop.reports.export import render
        from desktop.reports.figures import compute_figures
        from desktop.services.overview import count_records
        from desktop.store.profile import create_profile, open_profile
        from tests.support.keyring_file import FileKeyring

        keyring.set_keyring(FileKeyring())
        store = create_profile(Path(tmp) / "profile")
        started = time.perf_counter()
        fill_demo(store, clients=args.clients, employers=args.employers, seed=1)
        print(f"demo profile: {args.clients} clients, {args.employers} employers, "
              f"filled in {time.perf_counter() - started:.1f} s")
        counts = count_records(store)
        print("records: " + ", ".join(f"{kind} {counts[kind]}" for kind in (
            "client", "transition", "employer", "visit", "position", "recruitment_event", "event_participant")))
        with store.engine.connect() as conn:
            staff = conn.exec_driver_sql(
                "SELECT name FROM staff WHERE role = 'career_coach' ORDER BY name LIMIT 1").scalar_one()
        store.close()

        year = {"period_from": dt.date(2025, 1, 1), "period_to": dt.date(2025, 12, 31)}
        cases = {
            "all time": {},
            "2025": year,
            "2025, Oulu": year | {"locality": "Oulu"},
            "2025, one coach": year | {"staff": staff},
        }
        print(f"\ncompute_figures, {args.repeat} rounds each (ms)   cold: median  worst   warm: median  worst")
        for label, filters in cases.items():
            cold = []
            for _ in range(args.repeat):
                fresh = open_profile(Path(tmp) / "profile")
                started = time.perf_counter()
                compute_figures(fresh, **filters)
                cold.append((time.perf_counter() - started) * 1000)
                fresh.close()
            store = open_profile(Path(tmp) / "profile")
            compute_figures(store, **filters)
            warm = _timed(lambda filters=filters: compute_figures(store, **filters), args.repeat)
            store.close()
            print(f"  {label:<44}{statistics.median(cold):>8.1f}{max(cold):>7.1f}"
                  f"{warm[0]:>15.1f}{warm[1]:>7.1f}")

        store = open_profile(Path(tmp) / "profile")
        report = compute_figures(store)
        store.close()
        print(f"\nrendering the all-time report, {args.repeat} rounds (ms): median  worst")
        for fmt in ("pdf", "csv", "json"):
            median, worst = _timed(lambda fmt=fmt: render(report, fmt), args.repeat)
            print(f"  {fmt:<51}{median:>7.1f}{worst:>7.1f}")
        print(f"\nall time: {report.values['clients']} clients, "
              f"{report.share('clients_to_work_or_studies').text()} into work or studies, "
              f"{report.values['visits']} visits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
