"""A click on a list's column header sorts it, in the database's query: the first page that
arrives is the first of the whole list in that order, not a sorted page of the old order."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from desktop.services import clients
from desktop.ui.qt import Qt
from tests.ui.clients.conftest import clients_page  # noqa: F401 - fixture


def click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def names(page) -> list[str]:
    return [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]


def test_a_header_click_sorts_the_clients_list_in_sql(qtbot, clients_page, store, actor):  # noqa: F811
    for name, municipality in (("Aino Asiakas", "Ylivieska"), ("Bertta Berg", "Haapavesi"),
                               ("Cecilia Carlsson", "Raahe"), ("Daniel Dahl", "Oulu")):
        clients.create_client(store, actor=actor, data={"name": name, "municipality": municipality})
    page = clients_page
    page.model.page_size = 2  # two rows a page: the rest are not loaded when the order changes
    page.apply_filter()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2)
    assert names(page)[:2] == ["Aino Asiakas", "Bertta Berg"]  # the list's own order: by name
    column = [c.key for c in page.model.spec.columns].index("municipality")

    click_header(qtbot, page.table, column)
    qtbot.waitUntil(lambda: page.model.sorting == ("municipality", False) and page.model.rowCount() >= 2)
    assert names(page)[:2] == ["Bertta Berg", "Daniel Dahl"]  # Haapavesi, Oulu: the second was not loaded
    assert page.table.horizontalHeader().sortIndicatorSection() == column

    click_header(qtbot, page.table, column)
    qtbot.waitUntil(lambda: page.model.sorting == ("municipality", True) and page.model.rowCount() >= 2)
    assert names(page)[:2] == ["Aino Asiakas", "Cecilia Carlsson"]  # Ylivieska, Raahe
