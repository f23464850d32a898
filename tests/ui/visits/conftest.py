"""Helpers for driving the Visits page as a person would."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop.store.tables import OutboxEntry
from tests.support.records import rows  # noqa: F401 - the visit tests read records through it
from PySide6.QtTest import QTest

from desktop.ui.background import wait_for_idle
from desktop.ui.qt import QApplication, Qt


@pytest.fixture(autouse=True)
def _background_work_ends(store):
    """Let background work end before the store it reads is closed."""
    yield
    wait_for_idle()


@pytest.fixture
def visits_page(qtbot, main_window):
    """The Visits page shown in an active main window, so that shortcuts reach it."""
    page = main_window.go_to("visits")
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    return page


def outbox_kinds(store) -> list[str]:
    with store.reader() as session:
        return [entry.kind for entry in session.exec(select(OutboxEntry)).all()]


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed where the focus is, as a person presses it."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:
    """Type where the focus is; letters such as ä and ö too (QTest's keyClicks takes ASCII only)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    type_into(widget, text)


def type_into(widget, text: str) -> None:
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def focused_name() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def tab_to(qtbot, name: str, *, most: int = 40) -> None:
    """Press Tab until the field ``name`` has the focus."""
    for _ in range(most):
        if focused_name() == name:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; focus is on {focused_name()!r}")



def open_the_only_visit(qtbot, page):
    """Enter on the one visit of the list opens it in the form; returns the form."""
    page.model.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.form)
    return page.form
