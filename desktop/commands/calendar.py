"""``kentta calendar``: the user's follow-ups, due dates and recruitment events as an .ics file."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.access import Failure, open_store

NAME = "calendar"
ORDER = 23
HELP = "write your follow-ups, due dates and recruitment events as an iCalendar (.ics) file"


def register(parser) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.ics", help="file to write")
    parser.add_argument("--days", type=int, default=None, metavar="N", help="how many days ahead (default: 60)")
    parser.add_argument("--with-names", action="store_true", default=None,
                        help="show clients' names in this file (default: the profile's setting; without "
                             "it a client is shown by a short code)")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), help="language of the titles (default: the profile's)")
    parser.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)  # the first day (tests)


def run(args) -> int:
    import datetime as dt

    from desktop.i18n import translator_for
    from desktop.reports.filters import parse_date
    from desktop.services import calendar_file
    from desktop.services.setup import current_actor
    from desktop.services.today_texts import CONTEXT
    from desktop.store.settings import LANGUAGE

    days = calendar_file.DEFAULT_DAYS if args.days is None else args.days
    if not 0 <= days <= 366:
        raise Failure("--days must be a whole number from 0 to 366.")
    day = parse_date(args.today, what="--today") if args.today else dt.date.today()
    store = open_store(args)
    try:
        translate = translator_for(args.lang or LANGUAGE.get(store) or "fi", CONTEXT)
        count = calendar_file.write_calendar(store, current_actor(store), args.output, today=day, days=days,
                                             with_names=args.with_names, translate=translate)
    finally:
        store.close()
    print(f"Wrote {count} calendar entries to {args.output}.")
    return 0
