"""The status bar and the Sync page show one number of changes waiting to be sent."""

from __future__ import annotations

import re

from desktop.ui.qt import QLabel
from tests.support import waiting


def _number(text: str) -> int:
    [found] = re.findall(r"\d+", text)
    return int(found)


def test_status_bar_and_sync_page_show_the_same_changes_waiting(qtbot, main_window, ctx):
    expected = waiting.build(ctx.store, ctx.actor)["waiting"]
    ctx.bus.changed.emit("employer", None)
    page = main_window.go_to("sync")
    sync_label = main_window.findChild(QLabel, "status_sync")
    qtbot.waitUntil(lambda: all((main_window.outbox_label.text(), page.waiting.text(), sync_label.toolTip())))
    qtbot.waitUntil(lambda: _number(main_window.outbox_label.text()) == expected)
    qtbot.waitUntil(lambda: _number(page.waiting.text()) == expected)
    qtbot.waitUntil(lambda: _number(sync_label.toolTip()) == expected)
    assert page.waiting.isVisible()
