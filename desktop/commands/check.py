"""``kentta check``: the WAL's frames, the cipher's and SQLite's integrity checks.

Nothing is changed: the checks run on copies of the database and its WAL.
"""

from __future__ import annotations

import sys

from desktop.commands.access import unlock_options
from desktop.store.profile import check_profile

NAME = "check"
ORDER = 40
HELP = "check the write-ahead log, the cipher and SQLite integrity (changes no file)"


def register(parser) -> None:
    pass


def run(args) -> int:
    problems = check_profile(args.data_dir, **unlock_options(args))
    if problems:
        print("The database is damaged:", file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        print("Nothing was changed. Restore the profile from a backup (the app offers it), or "
              "log in on a new profile to download your synced data.", file=sys.stderr)
        return 1
    print("The database is sound: its write-ahead log, the cipher and SQLite integrity checks passed.")
    return 0
