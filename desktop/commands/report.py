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
    parser.add_argument("--incomplete", action="store_true",
                        help="list the participants whose funder's data are missing or whose "
                             "follow-up is due, instead of the figures (text, or --format json)")
    parser.add_argument("--today", metavar="DATE", help=argparse_suppress())


def argparse_suppress() -> str:
    import argparse

    return argparse.SUPPRESS  # --today: the day the list is made for (tests)


def run(args) -> int:
    if args.incomplete:
        return _incomplete(args)
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


def _incomplete(args) -> int:
    import datetime as dt
    import json

    from desktop.i18n import translator_for
    from desktop.reports.completeness import MISSING, incomplete_participants
    from desktop.reports.filters import parse_date
    from desktop.reports.texts import date_text, due_text
    from desktop.store.settings import LANGUAGE

    if args.format not in (None, "json") or args.output is not None:
        raise Failure("The list of incomplete participants is printed as text, or as JSON with --format json.")
    period_from = parse_date(args.period_from, what="--from") if args.period_from else None
    period_to = parse_date(args.period_to, what="--to") if args.period_to else None
    today = parse_date(args.today, what="--today") if args.today else dt.date.today()
    store = open_store(args)
    try:
        rows = incomplete_participants(store, today=today, period_from=period_from, period_to=period_to,
                                       locality=args.locality, staff=args.staff)
        language = args.lang or LANGUAGE.get(store) or "fi"
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps([{
            "client_id": str(row.client_id), "name": row.name, "staff": list(row.staff),
            "service_start": row.service_start.isoformat(),
            "service_end": row.service_end.isoformat() if row.service_end else None,
            "missing": list(row.missing),
            "due": [{"kind": d.kind, "due": d.due.isoformat(), "overdue": d.overdue(today)} for d in row.due],
        } for row in rows], ensure_ascii=False, indent=2))
        return 0
    translate = translator_for(language, "ReportFigures")
    for row in rows:
        name = row.name or "#" + row.client_id.hex[:4].upper()
        missing = ", ".join(translate(MISSING[code]) for code in row.missing)
        due = "; ".join(due_text(d, today, translate) for d in row.due)
        print("\t".join((name, ", ".join(row.staff), date_text(row.service_start), missing, due)))
    return 0
