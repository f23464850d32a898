"""``kentta today``: the day's work for the profile's user, as text or JSON."""

from __future__ import annotations

import argparse
import json

from desktop.commands.access import Failure, open_store

NAME = "today"
ORDER = 22
HELP = "list what is due for you: follow-ups, ending services, the funder's dates, consents, drafts, sync"


def register(parser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text", help="default: text")
    parser.add_argument("--days", type=int, default=None, metavar="N",
                        help="how many days ahead (default: 14)")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), help="language of the text (default: the profile's)")
    parser.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)  # the day the list is for (tests)


def run(args) -> int:
    import datetime as dt

    from desktop.reports.filters import parse_date
    from desktop.services import today as service
    from desktop.services.setup import current_actor
    from desktop.store.settings import LANGUAGE

    days = service.DEFAULT_DAYS if args.days is None else args.days
    if not 0 <= days <= 366:
        raise Failure("--days must be a whole number from 0 to 366.")
    day = parse_date(args.today, what="--today") if args.today else dt.date.today()
    store = open_store(args)
    try:
        items = service.items_for(store, current_actor(store), today=day, days=days)
        language = args.lang or LANGUAGE.get(store) or "fi"
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps([{
            "kind": item.kind, "due": item.due.isoformat(), "record_kind": item.record_kind,
            "record_id": str(item.record_id), "title": item.title, "when": item.when(day),
            "client_id": str(item.client_id) if item.client_id else None,
            "who": item.who or None,  # an assignment request: the colleague who asks
        } for item in items], ensure_ascii=False, indent=2))
        return 0
    print(_text(items, day, days, language))
    return 0


def _text(items, day, days: int, language: str) -> str:
    from desktop.i18n import translator_for
    from desktop.reports.texts import date_text
    from desktop.services import today_texts as texts
    from desktop.services.today import WHENS
    from desktop.translation import fill

    translate = translator_for(language, texts.CONTEXT)
    if not items:
        return fill(translate(texts.NOTHING), [days])
    lines = []
    for when in WHENS:
        group = [item for item in items if item.when(day) == when]
        if not group:
            continue
        if lines:
            lines.append("")
        lines.append(fill(translate(texts.COUNT), [texts.when_text(when, translate), len(group)]))
        for item in group:
            lines.append(f"  {date_text(item.due):>10}  {texts.kind_text(item.kind, translate)}: "
                         f"{texts.title_text(item, translate)}")
    return "\n".join(lines)
