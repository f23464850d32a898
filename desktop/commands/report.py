"""``kentta report``: the figures for managers and funders, as CSV, JSON or PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.commands.access import Failure, open_store

NAME = "report"
ORDER = 25
HELP = "write the figures for managers and funders (CSV, JSON or PDF)"


def register(parser) -> None:
    parser.add_argument("--from", dest="period_from", metavar="DATE",
                        help="first day of the period (2025-01-31 or 31.1.2025); default: no limit")
    parser.add_argument("--to", dest="period_to", metavar="DATE",
                        help="last day of the period, included; default: no limit")
    parser.add_argument("--locality", metavar="NAME", help="only this locality")
    parser.add_argument("--staff", metavar="NAME", help="only this staff member's visits and clients")
    parser.add_argument("--format", choices=("csv", "json", "pdf"),
                        help="default: from the suffix of -o")
    parser.add_argument("--lang", choices=("fi", "sv", "en"),
                        help="language of the labels and definitions (default: the profile's)")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="file to write; without it CSV and JSON go to standard output")


def run(args) -> int:
    from desktop.i18n import translator_for
    from desktop.reports.export import format_of, render, write_report
    from desktop.reports.figures import compute_figures
    from desktop.reports.filters import parse_date
    from desktop.store.settings import LANGUAGE

    fmt = args.format or (format_of(args.output) if args.output else None)
    if fmt is None:
        raise Failure("Give the format with --format csv, json or pdf, "
                      "or an output file ending in .csv, .json or .pdf.")
    if fmt == "pdf" and args.output is None:
        raise Failure("A PDF needs a file: give it with -o FILE.pdf.")
    period_from = parse_date(args.period_from, what="--from") if args.period_from else None
    period_to = parse_date(args.period_to, what="--to") if args.period_to else None
    store = open_store(args)
    try:
        report = compute_figures(store, period_from=period_from, period_to=period_to,
                                 locality=args.locality, staff=args.staff)
        language = args.lang or LANGUAGE.get(store) or "fi"
    finally:
        store.close()
    translate = translator_for(language, "ReportFigures")
    if args.output is None:
        sys.stdout.buffer.write(render(report, fmt, translate).removeprefix(b"\xef\xbb\xbf"))
        sys.stdout.flush()
        return 0
    write_report(report, args.output, fmt, translate)
    print(f"Wrote the report ({fmt}, {len(report.values)} figures) to {args.output}.")
    return 0
