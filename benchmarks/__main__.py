"""Every benchmark figure against its target, as a table (python -m benchmarks).

    python -m benchmarks [--quick] [--json FILE] [--only startup,unlock,...]

Builds its own profiles, keyring file and loopback server in a temporary
folder; needs nothing but the PostgreSQL service for the server figures
(skipped, and shown as not available, when it cannot be reached). ``--quick``
uses small sizes for a fast check; the figures of a quick run are not the
targets' figures. Progress goes to stderr, the table to stdout.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import details, table, write_json
from benchmarks.runner import BENCHMARKS, machine, run_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a fast check")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    parser.add_argument("--only", help="comma-separated: " + ",".join(BENCHMARKS))
    args = parser.parse_args(argv)
    only = [name.strip() for name in args.only.split(",")] if args.only else None
    if only and set(only) - set(BENCHMARKS):
        parser.error(f"unknown benchmark(s): {', '.join(sorted(set(only) - set(BENCHMARKS)))}")
    header = machine()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kentta-bench-") as folder:
        figures = run_all(Path(folder), quick=args.quick, only=only)
    command = "python -m benchmarks" + (" " + " ".join(argv if argv is not None else sys.argv[1:])).rstrip()
    print("\n".join(header))
    print(f"command: {command}; {'quick sizes' if args.quick else 'full sizes'}; "
          f"took {(time.perf_counter() - started) / 60:.1f} min\n")
    print(table(figures))
    extra = details(figures)
    if extra:
        print("\n" + extra)
    if args.json:
        write_json(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
