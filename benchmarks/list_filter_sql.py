"""CPU of the notes list's query alone, per filter keystroke, on a kept profile.

    python -m benchmarks.list_filter_sql --profile DIR/profile [--repeat 3] [typed ...]

``listing.fetch_page`` for the first page of the notes list, as the lazy model asks for it,
timed with ``time.process_time`` (this process's CPU: steadier than the wall clock on a shared
machine), best of ``--repeat`` runs. The profile is one made by ``benchmarks.ui_lists.build``
(its key in the file keyring beside it).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import use_file_keyring  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("typed", nargs="*", default=["h", "hä", "häm", "häme"])
    args = parser.parse_args()
    use_file_keyring(args.profile.parent)
    from desktop.services import listing
    from desktop.store.profile import open_profile

    store = open_profile(args.profile)
    try:
        for typed in args.typed:
            times = []
            for _ in range(args.repeat):
                begin = time.process_time()
                rows = listing.fetch_page(store, listing.NOTES, filter_text=typed, limit=200)
                times.append((time.process_time() - begin) * 1000)
            print(f"{typed!r:<12} {len(rows):>4} rows  CPU best {min(times):7.1f} ms")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
