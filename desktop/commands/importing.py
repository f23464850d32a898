"""``kentta import employers|clients``: a list saved from a spreadsheet as CSV."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.commands.access import open_store

NAME = "import"
ORDER = 30
HELP = "import records from a file"

# What each list holds, as the summary line names it.
WHAT = {"employers": "employers", "clients": "clients"}


def register(parser) -> None:
    what = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name, help_text in (
        ("employers", "an employer list saved from a spreadsheet as CSV"),
        ("clients", "a client list saved from a spreadsheet as CSV (columns: docs/import.md); "
                    "clients are assigned to you unless a staff column names others"),
    ):
        command = what.add_parser(name, parents=parser._kentta_parents, help=help_text)
        command.add_argument("file", type=Path, metavar="FILE.csv")
        command.add_argument("--skip-invalid", action="store_true",
                             help="import the good rows and report the bad ones")


def run(args) -> int:
    from desktop.services.setup import current_actor

    if args.what == "clients":
        from desktop.exchange.client_import import import_clients as importer
    else:
        from desktop.exchange.employer_import import import_employers as importer

    store = open_store(args)
    try:
        report = importer(store, actor=current_actor(store), path=args.file,
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
    print(f"Imported {report.imported} {WHAT[args.what]}; skipped {report.skipped} bad rows.")
    return 0
