"""``kentta import employers``: an employer list saved from a spreadsheet."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.commands.access import open_store

NAME = "import"
ORDER = 30
HELP = "import records from a file"


def register(parser) -> None:
    what = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    employers = what.add_parser("employers", parents=parser._kentta_parents,
                                help="an employer list saved from a spreadsheet as CSV")
    employers.add_argument("file", type=Path, metavar="FILE.csv")
    employers.add_argument("--skip-invalid", action="store_true",
                           help="import the good rows and report the bad ones")


def run(args) -> int:
    from desktop.exchange.employer_import import import_employers
    from desktop.services.setup import current_actor

    store = open_store(args)
    try:
        report = import_employers(store, actor=current_actor(store), path=args.file,
                                  skip_invalid=args.skip_invalid)
    finally:
        store.close()
    for problem in report.problems:
        print(f"{args.file}:{problem.line}: {problem.message}", file=sys.stderr)
    if report.problems and not args.skip_invalid:
        bad_rows = len({problem.line for problem in report.problems})
        print(f"Nothing was imported: {bad_rows} bad rows. Fix them, or use "
              "--skip-invalid to import the good rows.", file=sys.stderr)
        return 1
    print(f"Imported {report.imported} employers; skipped {report.skipped} bad rows.")
    return 0
