"""The Today page's groups: which items each holds, in the order they are shown, and their titles.

Follow-ups are split by when they are due (overdue, today, this week, later); every other kind
of item has a group of its own. Changes waiting to be sent are counted with the conflicts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from desktop.ui.qt import QCoreApplication

# (group key, the item kind it holds, the follow-up's "when" or None)
GROUPS: tuple[tuple[str, str, str | None], ...] = (
    ("follow_up_overdue", "follow_up", "overdue"),
    ("follow_up_today", "follow_up", "today"),
    ("follow_up_this_week", "follow_up", "this_week"),
    ("follow_up_later", "follow_up", "later"),
    ("service_ending", "service_ending", None),
    ("transition_ending", "transition_ending", None),
    ("esf_exit_window", "esf_exit_window", None),
    ("esf_six_months", "esf_six_months", None),
    ("consent_missing", "consent_missing", None),
    ("assignment_request", "assignment_request", None),
    ("purge_soon", "purge_soon", None),
    ("draft", "draft", None),
    ("conflict", "conflict", None),
)


def group_title(key: str) -> str:
    """The group's title, translated (literal texts, so that lupdate finds them)."""
    translate = QCoreApplication.translate
    titles = {
        "follow_up_overdue": translate("TodayGroups", "Follow-ups overdue"),
        "follow_up_today": translate("TodayGroups", "Follow-ups today"),
        "follow_up_this_week": translate("TodayGroups", "Follow-ups this week"),
        "follow_up_later": translate("TodayGroups", "Follow-ups later"),
        "service_ending": translate("TodayGroups", "Services ending"),
        "transition_ending": translate("TodayGroups", "Work trials and wage-subsidised work ending"),
        "esf_exit_window": translate("TodayGroups", "Funder's exit data due (four weeks from the end)"),
        "esf_six_months": translate("TodayGroups", "Funder's six-month follow-ups due"),
        "consent_missing": translate("TodayGroups", "Clients with no valid consent"),
        "assignment_request": translate("TodayGroups", "Colleagues asking to be assigned to your clients"),
        "purge_soon": translate("TodayGroups", "Client data to be purged within 30 days"),
        "draft": translate("TodayGroups", "Unfinished drafts"),
        "conflict": translate("TodayGroups", "Changes waiting and conflicts"),
    }
    return titles[key]


def group_of(item, today: dt.date) -> str:
    """The key of the group that ``item`` (a ``TodayItem``) belongs to."""
    if item.kind == "follow_up":
        return f"follow_up_{item.when(today)}"
    return item.kind


def grouped(items: Iterable, today: dt.date) -> dict[str, list]:
    """The items by group key, every group present (empty ones too), each in due order."""
    groups: dict[str, list] = {key: [] for key, _kind, _when in GROUPS}
    for item in items:
        groups.setdefault(group_of(item, today), []).append(item)
    for rows in groups.values():
        rows.sort(key=lambda item: (item.due, item.title))
    return groups
