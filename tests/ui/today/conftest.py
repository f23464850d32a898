"""The Today page in a main window, and a small dataset made with the real services."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services import employers, visits
from desktop.ui.background import wait_for_idle
from desktop.ui.qt import QApplication


@pytest.fixture(autouse=True)
def _background_work_ends(store):
    """Let background work end before the store it reads is closed."""
    yield
    wait_for_idle()


def follow_up(store, actor, employer_name: str, *, due_in_days: int = 0, next_step: str = "Soita perään"):
    """A visit made a week before its follow-up, due ``due_in_days`` from today (negative: overdue)."""
    employer = employers.create_employer(store, actor=actor, data={"name": employer_name, "municipality": "Oulu"})
    due = dt.date.today() + dt.timedelta(days=due_in_days)
    visited = dt.datetime.combine(due - dt.timedelta(days=7), dt.time(10, 0), tzinfo=dt.timezone.utc)
    return visits.record_visit(store, actor=actor, employer_id=employer.id,
                               data={"visited_at": visited, "next_step": next_step, "follow_up_date": due})


def rows(page, *, waiting: bool = False) -> list[tuple[str, str]]:
    """The rows of due items shown, as (group key, row text), in order; with ``waiting``, also
    the line that counts the changes waiting to be sent."""
    from desktop.ui.today.page import GROUP, ITEM

    shown = []
    for index in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(index)
        for child in range(group.childCount()):
            row = group.child(child)
            if row.data(0, ITEM).record_kind != "outbox" or waiting:
                shown.append((group.data(0, GROUP), row.text(1)))
    return shown


def nav_text(window) -> str:
    return window.nav.item(0).text()


@pytest.fixture
def today_window(qtbot, main_window):
    """The main window on its start page, Today, active so that shortcuts reach it."""
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    page = main_window.pages["today"]
    qtbot.waitUntil(lambda: page.loaded_once)
    return main_window
