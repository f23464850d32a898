"""The day's work on the large profile: ``desktop.services.today.items_for`` as the Today page
and ``kentta today`` call it.

    python -m benchmarks.today_figures --profile DIR [--repeat 5]

Cold: a freshly opened profile, the first call (every page read from the file and decrypted).
Warm: the same store again (a running app's page refreshing after a change), median of
``repeat`` calls.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import use_file_keyring  # noqa: E402


def measure(profile: Path, *, repeat: int, today: dt.date | None = None) -> dict:
    """{"cold_ms": float, "warm_ms": [float], "items": int, "kinds": {kind: count}}."""
    from desktop.services import today as service
    from desktop.services.setup import current_actor
    from desktop.store.profile import open_profile

    store = open_profile(profile)
    try:
        actor = current_actor(store)
        started = time.perf_counter()
        items = service.items_for(store, actor, today=today)
        cold = (time.perf_counter() - started) * 1000
        warm = []
        for _ in range(repeat):
            started = time.perf_counter()
            service.items_for(store, actor, today=today)
            warm.append((time.perf_counter() - started) * 1000)
    finally:
        store.close()
    return {"cold_ms": cold, "warm_ms": warm, "items": len(items),
            "kinds": dict(Counter(item.kind for item in items))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    use_file_keyring(args.profile.parent)
    found = measure(args.profile, repeat=args.repeat)
    if args.json:
        print(json.dumps(found))
    else:
        print(f"items_for: cold {found['cold_ms']:.1f} ms, warm median {statistics.median(found['warm_ms']):.1f} ms, "
              f"{found['items']} items {found['kinds']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
