"""Foundation figures: how long the demo command takes, and how long a profile
takes to unlock with its raw key and answer its first query.

    python -m benchmarks.store_figures [--clients 1000] [--employers 500] [--opens 20]

Builds its own profile in a temporary folder, with a keyring kept in a file
there (keyring's own backend mechanism), so it touches no real keyring.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import child_environment, timings_ms, use_file_keyring  # noqa: E402


def make_demo(tmp: Path, data: Path, *, clients: int, employers: int) -> float:
    """``kentta demo`` into ``data`` in a child process; returns its wall time in seconds."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desktop", "demo", "--clients", str(clients),
         "--employers", str(employers), "--data-dir", str(data)],
        check=True, env=child_environment(tmp), stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def unlock_times(tmp: Path, data: Path, *, opens: int) -> list[float]:
    """Milliseconds from opening the profile with the raw key in the keyring to a first query answered."""
    use_file_keyring(tmp)
    from desktop.store.profile import open_profile

    def unlock() -> None:
        store = open_profile(data)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one()
        store.close()

    unlock()  # the modules are imported and the file is in the OS cache, as at any later start
    return timings_ms(unlock, opens)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--employers", type=int, default=500)
    parser.add_argument("--opens", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        data = tmp / "profile"
        demo_seconds = make_demo(tmp, data, clients=args.clients, employers=args.employers)
        size_mb = sum(p.stat().st_size for p in data.glob("kentta.db*")) / 1e6
        timings = unlock_times(tmp, data, opens=args.opens)

    print(f"kentta demo --clients {args.clients} --employers {args.employers}: "
          f"{demo_seconds:.1f} s wall (whole process), database {size_mb:.1f} MB")
    print(f"open profile with the raw key from the keyring, to the first query answered: "
          f"median {statistics.median(timings):.1f} ms, min {min(timings):.1f} ms, "
          f"max {max(timings):.1f} ms over {args.opens} opens")
    return 0


if __name__ == "__main__":
    sys.exit(main())
