"""The Reports page driven as a manager would: choose the period and a
locality, read the figures and their definitions, look at the charts, export
the report through the save dialog; checked on the screen and in the files."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from desktop.reports.figures import FIGURE_NAMES
from desktop.services import clients
from desktop.ui.qt import Qt
from desktop.ui.reports.figures_model import SHARE_OF, VALUE
from tests.reports import dataset


@pytest.fixture
def page(qtbot, ctx, made):
    from desktop.ui.reports.page import ReportsPage

    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    showing(qtbot, page, dataset.ALL_TIME)
    return page


def showing(qtbot, page, expected: dict) -> None:
    qtbot.waitUntil(lambda: page.report is not None and page.report.values == expected
                    and not page.timer.isActive(), timeout=5000)


def row_of(page, name: str) -> int:
    return list(FIGURE_NAMES).index(name)


def cell(page, name: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    return page.model.data(page.model.index(row_of(page, name), column), role)


def choose_period(page, first: dt.date, last: dt.date) -> None:
    page.all_time.click()
    page.date_from.set_value(first)
    page.date_to.set_value(last)


def test_all_time_figures_with_shares_and_definitions(page):
    assert page.model.rowCount() == len(FIGURE_NAMES)
    assert cell(page, "clients", VALUE) == "8"
    assert cell(page, "clients_to_work_or_studies", VALUE) == "50 % (4 / 8)"
    assert cell(page, "clients_to_work_or_studies", SHARE_OF) == "Clients referred"
    assert cell(page, "employers_using_alternative_recruitment", VALUE) == "40 % (2 / 5)"
    tip = cell(page, "employers_briefed", 0, Qt.ItemDataRole.ToolTipRole)
    assert "on or before the last day of the period" in tip and "Share of: Employers contacted" in tip
    assert "counts once" in cell(page, "event_participants", VALUE, Qt.ItemDataRole.ToolTipRole)
    assert not page.date_from.isEnabled()
    assert all(button.isEnabled() for button in page.export_buttons.values())


def test_period_and_locality_change_the_figures_and_charts(qtbot, page):
    choose_period(page, *dataset.PERIOD)
    assert page.date_from.isEnabled()
    showing(qtbot, page, dataset.IN_PERIOD)
    assert cell(page, "clients_to_work_or_studies", VALUE) == "60 % (3 / 5)"
    qtbot.waitUntil(lambda: page.locality.count() == 5)  # all, and the four localities
    page.locality.setCurrentIndex(page.locality.findText("Oulu"))
    showing(qtbot, page, dataset.OULU)
    assert cell(page, "employers_briefed", VALUE) == "67 % (2 / 3)"

    bars = page.transitions.series.barSets()[0]
    shown = {page.transitions.categories.at(i): bars.at(i) for i in range(bars.count())}
    assert shown["Paid work"] == 2 and shown["Studies"] == 1 and shown["Work trial"] == 1
    assert sum(shown.values()) == 4
    visits = page.visits.series.barSets()
    assert [s.label() for s in visits] == ["Oulu"]
    assert [visits[0].at(i) for i in range(visits[0].count())] == [1, 0, 1, 1, 1, 0]
    assert page.visits.categories.categories() == ["2025-01", "2025-02", "2025-03", "2025-04",
                                                   "2025-05", "2025-06"]

    page.staff.setCurrentIndex(page.staff.findText("Ville Valmentaja"))
    # Ville's clients in Oulu: C7, with no transition.
    qtbot.waitUntil(lambda: page.report.staff == "Ville Valmentaja" and page.report.locality == "Oulu")
    assert cell(page, "clients_to_work_or_studies", VALUE) == "0 % (0 / 1)"


def test_an_empty_period_shows_zeros_and_a_reversed_one_says_so(qtbot, page):
    choose_period(page, dt.date(2030, 1, 1), dt.date(2030, 12, 31))
    showing(qtbot, page, dataset.ZEROS)
    assert cell(page, "hidden_jobs", VALUE) == "0 % (0 / 0)"
    page.date_to.set_value(dt.date(2029, 1, 1))
    qtbot.waitUntil(lambda: "ends before it starts" in page.state.text())
    assert page.report.values == dataset.ZEROS  # the last figures stay on the screen,
    assert not any(b.isEnabled() for b in page.export_buttons.values())  # but cannot be exported


def test_a_date_typed_that_is_no_date_is_said_and_nothing_is_computed(qtbot, page):
    choose_period(page, dt.date(2030, 1, 1), dt.date(2030, 12, 31))
    showing(qtbot, page, dataset.ZEROS)
    page.date_to.setFocus()
    qtbot.keyClick(page.date_to, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.date_to, "31.2.2031")
    qtbot.waitUntil(lambda: page.state.text() == "31.2.2031 is not a date.")
    assert page.date_to.text() == "31.2.2031"
    assert not any(b.isEnabled() for b in page.export_buttons.values())


def test_new_records_update_the_figures(qtbot, page, ctx):
    clients.create_client(ctx.store, actor=ctx.actor, data={"name": "Uusi Asiakas",
                                                            "referred_on": dt.date(2025, 2, 2)})
    ctx.bus.changed.emit("client", None)
    showing(qtbot, page, dataset.ALL_TIME | {"clients": 9})
    assert cell(page, "clients_to_work_or_studies", VALUE) == "44 % (4 / 9)"


def save_through_dialog(qtbot, page, fmt: str, path) -> None:
    page.export_buttons[fmt].click()
    dialog = page.findChild(QFileDialog, f"export_dialog_{fmt}")
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith(page.suggested_name(fmt))
    dialog.selectFile(str(path))
    dialog.accept()
    qtbot.waitUntil(lambda: path.exists() and "Saved the report" in page.state.text(), timeout=10000)


def test_exports_through_the_save_dialog(qtbot, page, tmp_path):
    choose_period(page, *dataset.PERIOD)
    qtbot.waitUntil(lambda: page.locality.count() == 5)
    page.locality.setCurrentIndex(page.locality.findText("Oulu"))
    showing(qtbot, page, dataset.OULU)
    assert page.suggested_name("pdf") == "kentta-report-2025-01-01_2025-06-30.pdf"

    save_through_dialog(qtbot, page, "json", tmp_path / "raportti.json")
    data = json.loads((tmp_path / "raportti.json").read_text(encoding="utf-8"))
    assert {key: data[key] for key in ("period", "filters", "figures")} == {
        "period": {"from": "2025-01-01", "to": "2025-06-30"},
        "filters": {"locality": "Oulu", "staff": None}, "figures": dataset.OULU}

    save_through_dialog(qtbot, page, "csv", tmp_path / "raportti.csv")
    assert "Clients into work or studies;2;Clients referred;4;50,0;" in \
        (tmp_path / "raportti.csv").read_text(encoding="utf-8-sig")

    save_through_dialog(qtbot, page, "pdf", tmp_path / "raportti.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "raportti.pdf").pages)
    assert "1.1.2025 – 30.6.2025" in text and "Oulu" in text
    assert "50 %" in text and "(2 / 4)" in text


def test_the_main_window_has_the_reports_page(qtbot, store, actor):
    from desktop.ui.context import UiContext
    from desktop.ui.page_registry import page_specs
    from desktop.ui.reports.page import ReportsPage

    spec = {spec.key: spec for spec in page_specs()}["reports"]
    page = spec.make(UiContext(store, actor))  # the page's module is imported here, at its first visit
    qtbot.addWidget(page)
    assert isinstance(page, ReportsPage)