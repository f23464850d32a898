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
    model = page.tree.model()
    return [(key, model.index(row, 1).data()) for row, (key, item) in enumerate(model.rows)
            if item is not None and (item.record_kind != "outbox" or waiting)]


def group_titles(page) -> list[str]:
    model = page.tree.model()
    return [model.index(row, 0).data() for row in model.title_rows]


def select(page, group_key: str, number: int = 0) -> None:
    """The keyboard on row ``number`` of the group ``group_key`` (as the arrows would put it)."""
    index = page.tree.model().row_of(group_key, number)
    assert index.isValid(), f"no row {number} in {group_key}"
    page.tree.setFocus()
    page.tree.setCurrentIndex(index)


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
