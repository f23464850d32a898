"""Where the keyboard is shows: a table or a text area with the focus is framed in the
palette's highlight colour (tables and text areas draw no focus of their own)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPlainTextEdit

from desktop.ui.qt import QApplication, Qt, QVBoxLayout, QWidget
from desktop.ui.style import apply_app_style
from tests.ui.clients.conftest import client, clients_page  # noqa: F401 - fixtures


@pytest.fixture
def app_style(qapp):
    apply_app_style(qapp)
    yield
    qapp.setStyleSheet("")


def edge_colour(widget) -> str:
    image = widget.grab().toImage()
    return image.pixelColor(0, image.height() // 2).name()


def test_a_focused_table_and_text_area_are_framed_in_the_highlight(qtbot, app_style, clients_page, client):  # noqa: F811
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight).name()
    clients_page.apply_filter()
    qtbot.waitUntil(lambda: clients_page.model.rowCount() == 1)
    table = clients_page.table
    notes = QPlainTextEdit()
    holder = QWidget()
    qtbot.addWidget(holder)
    QVBoxLayout(holder).addWidget(notes)
    holder.show()

    clients_page.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert edge_colour(table) == highlight

    holder.activateWindow()
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    assert edge_colour(notes) == highlight
    assert edge_colour(table) != highlight  # the frame follows the focus


def test_tab_moves_the_frame_from_the_search_field_to_the_table(qtbot, app_style, clients_page, client):  # noqa: F811
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight).name()
    clients_page.apply_filter()
    qtbot.waitUntil(lambda: clients_page.model.rowCount() == 1)
    clients_page.activateWindow()
    clients_page.focusNextChild()
    for _ in range(10):
        if QApplication.focusWidget() is clients_page.table:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is clients_page.table
    assert edge_colour(clients_page.table) == highlight


def test_the_current_item_of_a_focused_list_stays_readable(qtbot, app_style):
    """The frame of the focused item must not take the selection's colours away (the
    navigation list's current page was drawn pale with white text)."""
    from PySide6.QtWidgets import QListWidget

    from tests.ui.window.colours import background_and_ink, contrast

    pages = QListWidget()
    qtbot.addWidget(pages)
    pages.addItems(["Tänään", "Asiakkaat", "Työnantajat", "Raportit"])
    pages.resize(240, 160)
    pages.show()
    pages.setFocus()
    qtbot.waitUntil(pages.hasFocus)
    pages.setCurrentRow(1)
    background, ink = background_and_ink(pages.viewport().grab().toImage(),
                                         pages.visualItemRect(pages.item(1)))
    colours = QApplication.palette()
    assert background.name() == colours.color(QPalette.ColorRole.Highlight).name()
    # The text in the palette's selected-text colour, as every other selection (Fusion's own
    # pair has 3.3:1; before, the item was white text on a white ground).
    assert contrast(background, ink) >= 3.0
    assert contrast(ink, colours.color(QPalette.ColorRole.HighlightedText)) < 1.5
