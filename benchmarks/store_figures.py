"""Foundation figures: how long the demo command takes, and how long a profile
takes to unlock with its raw key and answer its first query.

    python -m benchmarks.store_figures [--clients 1000] [--employers 500] [--opens 20]

Builds its own profile in a temporary folder, with a keyring kept in a file
there (keyring's own backend mechanism), so it touches no real keyring.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--employers", type=int, default=500)
    parser.add_argument("--opens", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        env = os.environ | {
            "PYTHONPATH": str(ROOT),
            "PYTHON_KEYRING_BACKEND": "tests.support.keyring_file.FileKeyring",
            "KENTTA_TEST_KEYRING": str(Path(tmp) / "keyring.json"),
        }
        data = Path(tmp) / "profile"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "desktop", "demo", "--clients", str(args.clients),
             "--employers", str(args.employers), "--data-dir", str(data)],
            check=True, env=env, stdout=subprocess.DEVNULL,
        )
        demo_seconds = time.perf_counter() - started
        size_mb = sum(p.stat().st_size for p in data.glob("kentta.db*")) / 1e6

        # Unlock with the raw key from the keyring, in this process.
        os.environ.update(env)
        sys.path.insert(0, str(ROOT))
        import keyring

        from desktop.store.profile import open_profile
        from tests.support.keyring_file import FileKeyring

        keyring.set_keyring(FileKeyring())
        timings = []
        for _ in range(args.opens):
            begin = time.perf_counter()
            store = open_profile(data)
            with store.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one()
            timings.append((time.perf_counter() - begin) * 1000)
            store.close()

    print(f"kentta demo --clients {args.clients} --employers {args.employers}: "
          f"{demo_seconds:.1f} s wall (whole process), database {size_mb:.1f} MB")
    print(f"open profile with the raw key from the keyring, to the first query answered: "
          f"median {statistics.median(timings):.1f} ms, min {min(timings):.1f} ms, "
          f"max {max(timings):.1f} ms over {args.opens} opens")
    return 0


if __name__ == "__main__":
    sys.exit(main())
