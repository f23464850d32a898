"""The words for the day's work (``desktop.services.today``), for the Today page and
``kentta today``: each kind of item, each group, and a row's description. Marked for
translation in the context ``Today``; the caller translates (``translate(text)``)."""

from __future__ import annotations

from collections.abc import Callable

from desktop.services.today import TodayItem
from desktop.translation import QT_TRANSLATE_NOOP, fill

Translate = Callable[[str], str]

CONTEXT = "Today"
KIND_TEXTS = {
    "follow_up": QT_TRANSLATE_NOOP("Today", "Follow-up of a visit"),
    "service_ending": QT_TRANSLATE_NOOP("Today", "Service ends"),
    "transition_ending": QT_TRANSLATE_NOOP("Today", "Work trial or wage-subsidised work ends"),
    "esf_exit_window": QT_TRANSLATE_NOOP("Today", "Exit data for the funder"),
    "esf_six_months": QT_TRANSLATE_NOOP("Today", "Six-month follow-up for the funder"),
    "consent_missing": QT_TRANSLATE_NOOP("Today", "No valid consent"),
    "assignment_request": QT_TRANSLATE_NOOP("Today", "Request to be assigned"),
    "purge_soon": QT_TRANSLATE_NOOP("Today", "Client data to be purged"),
    "draft": QT_TRANSLATE_NOOP("Today", "Unfinished draft"),
    "conflict": QT_TRANSLATE_NOOP("Today", "Sync"),
}
WHEN_TEXTS = {
    "overdue": QT_TRANSLATE_NOOP("Today", "Overdue"),
    "today": QT_TRANSLATE_NOOP("Today", "Today"),
    "this_week": QT_TRANSLATE_NOOP("Today", "This week"),
    "later": QT_TRANSLATE_NOOP("Today", "Later"),
}
WAITING = QT_TRANSLATE_NOOP("Today", "%1 changes waiting to be sent")
REFUSED = QT_TRANSLATE_NOOP("Today", "set aside by the server: %1")
CONFLICT = QT_TRANSLATE_NOOP("Today", "conflict: %1")
ASKS = QT_TRANSLATE_NOOP("Today", "%1 asks to be assigned to %2")
COLLEAGUE = QT_TRANSLATE_NOOP("Today", "A colleague")
UNTITLED = QT_TRANSLATE_NOOP("Today", "(no name)")
COUNT = QT_TRANSLATE_NOOP("Today", "%1 (%2)")
NOTHING = QT_TRANSLATE_NOOP("Today", "Nothing due in the next %1 days.")


def kind_text(kind: str, translate: Translate) -> str:
    return translate(KIND_TEXTS[kind])


def when_text(when: str, translate: Translate) -> str:
    return translate(WHEN_TEXTS[when])


def title_text(item: TodayItem, translate: Translate) -> str:
    """What the row says beside its kind: the title, or what sync waits for."""
    if item.kind == "conflict":
        if item.record_kind == "outbox":
            return fill(translate(WAITING), [item.title])
        if item.record_kind.startswith("refused:"):
            return fill(translate(REFUSED), [item.title])
        return fill(translate(CONFLICT), [item.title])
    if item.kind == "assignment_request":
        return fill(translate(ASKS), [item.who or translate(COLLEAGUE), item.title or translate(UNTITLED)])
    return item.title or translate(UNTITLED)
