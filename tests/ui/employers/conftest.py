"""The employers page inside the real main window, over a set-up profile."""

from __future__ import annotations

import pytest

from desktop.services import employers, setup


@pytest.fixture
def places(store, actor):
    return {loc.name: loc.id for loc in setup.localities(store)}


@pytest.fixture
def raahe_works(store, actor, places):
    """An employer in Raahe with a welding job open."""
    employer = employers.create_employer(store, actor=actor, data={
        "name": "Raahen Konepaja Oy", "business_id": "3914177-5", "municipality": "Raahe",
        "locality_id": places["Raahe"], "industry": "Metallituotteiden valmistus"})
    employers.add_position(store, actor=actor, employer_id=employer.id,
                           data={"title": "Hitsaaja", "occupation": "Levyseppä-hitsaaja", "count": 2})
    return employer


@pytest.fixture
def main_window(qtbot, ctx):
    """The real shell with this page and a stand-in for another one, so that
    these tests depend only on the employers page."""
    from desktop.ui.employers.page import EmployersPage
    from desktop.ui.main_window import MainWindow, PageSpec
    from desktop.ui.pages import PlaceholderPage

    window = MainWindow(ctx, [
        PageSpec("employers", "Employers", EmployersPage, ("employer", "contact", "position")),
        PageSpec("clients", "Clients", lambda c: PlaceholderPage(c, "Clients"), ("client",)),
    ], user_label="Testi Valmentaja")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def page(qtbot, main_window):
    shown = main_window.go_to("employers")
    qtbot.waitUntil(lambda: shown.count_label.text() != "")
    return shown


def wait_for_rows(qtbot, model, count: int) -> None:
    qtbot.waitUntil(lambda: model.rowCount() == count)


def cell(model, row: int, column_key: str) -> str:
    column = [c.key for c in model.spec.columns].index(column_key)
    return model.data(model.index(row, column))


def show(qtbot, page, employer) -> None:
    """Choose an employer in the list with the mouse, as a person would."""
    from desktop.ui.qt import Qt

    qtbot.waitUntil(lambda: page.model.row_of(employer.id) >= 0)
    row = page.model.row_of(employer.id)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail.card is not None and page.detail.card.employer.id == employer.id)


def type_text(qtbot, widget, text: str) -> None:
    """Type as a person would. QTest can only type ASCII, so a letter such as
    "ä" is sent as the key event a keyboard would make."""
    from PySide6.QtGui import QKeyEvent

    from desktop.ui.qt import QApplication, Qt

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        key = ord(char.upper())
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def active(qtbot, holder, name: str = "dialog"):
    """Wait until ``holder.dialog`` is open and has the keyboard, and return it."""

    def ready() -> bool:
        dialog = getattr(holder, name)
        return dialog is not None and dialog.isVisible() and dialog.isActiveWindow()

    qtbot.waitUntil(ready)
    return getattr(holder, name)
