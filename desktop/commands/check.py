"""``kentta check``: the cipher's and SQLite's integrity checks."""

from __future__ import annotations

import sys

from desktop.commands.access import open_store

NAME = "check"
ORDER = 40
HELP = "run the cipher and SQLite integrity checks"


def register(parser) -> None:
    pass


def run(args) -> int:
    store = open_store(args)
    try:
        problems = store.check()
    finally:
        store.close()
    if problems:
        print("The database is damaged:", file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        print("Restore the profile from a backup, or log in on a new profile to download "
              "your synced data.", file=sys.stderr)
        return 1
    print("The database is sound: cipher and SQLite integrity checks passed.")
    return 0
