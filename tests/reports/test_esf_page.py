"""The Reports page's funder's tabs driven by keyboard: the EU indicators by gender for a
period, and the participants whose data are missing, Enter opening one."""

from __future__ import annotations

import pytest

from desktop.ui.qt import Qt
from tests.reports import esf_dataset
from tests.reports.esf_dataset import PERIOD


@pytest.fixture
def page(qtbot, ctx, store, actor):
    from desktop.ui.reports.page import ReportsPage

    made = esf_dataset.build(store, actor)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.all_time.click()
    page.date_from.set_value(PERIOD[0])
    page.date_to.set_value(PERIOD[1])
    qtbot.waitUntil(lambda: page.report is not None and page.report.period_from == PERIOD[0]
                    and not page.timer.isActive(), timeout=5000)
    page.made = made
    return page


def cells(model, row: int) -> list:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_the_eu_indicators_by_gender_on_their_tab(qtbot, page):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.esf_table)
    rows = {page.esf_model.data(page.esf_model.index(r, 0), Qt.ItemDataRole.UserRole): cells(page.esf_model, r)
            for r in range(page.esf_model.rowCount())}
    assert rows["participants"] == ["EECO01", "Total number of participants", "4", "3", "1", "8"]
    assert rows["employed_on_leaving"][2:] == ["2", "1", "0", "3"]
    assert "third_country_national" not in rows and rows["homeless"][2:] == ["0", "1", "0", "1"]
    tip = page.esf_model.data(page.esf_model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Total number of participants") and "entry data are complete" in tip


def test_missing_data_lists_participants_and_enter_opens_one(qtbot, page):
    opened = []
    page.ctx.bus.open_record.connect(lambda kind, record_id: opened.append((kind, record_id)))
    qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.tabs.currentIndex() == 2)
    model = page.incomplete_model
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Osallistuja p6" in names and "Osallistuja p10" not in names
    assert "with data missing for the funder" in page.incomplete_state.text()
    row = names.index("Osallistuja p6")
    assert "date of birth" in cells(model, row)[3]
    table = page.incomplete_table
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [("client", page.made["p6"])]
    # P1's exit window closed on 28.6.2025, long before today.
    assert "overdue since 28.6.2025" in cells(model, names.index("Osallistuja p1"))[4]
