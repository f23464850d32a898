"""In a dark palette the app's own colours stay readable: the sensitive-assessment box and
the report's charts are rendered and their text measured against their background; no UI
module names a fixed light colour."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from desktop.ui.style import dark_palette
from tests.conftest import ROOT
from tests.ui.clients.conftest import client, clients_page  # noqa: F401 - fixtures
from tests.ui.window.colours import background_and_ink, contrast


@pytest.fixture
def dark(qapp):
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(before)


def open_client(qtbot, page):
    page.apply_filter()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.name.text() == "Aino Asiakas")
    return page.view


def test_the_assessment_box_reads_in_a_dark_palette(qtbot, dark, clients_page, client):  # noqa: F811
    section = open_client(qtbot, clients_page).assessment
    qtbot.waitUntil(lambda: section.summary.text() != "")
    image = section.grab().toImage()
    for label in (section.summary, section.findChild(type(section.summary), "assessment_sensitive")):
        area = QRect(label.mapTo(section, label.rect().topLeft()), label.size())
        background, ink = background_and_ink(image, area)
        assert background.lightness() < 100, (label.objectName(), background.name())
        assert contrast(background, ink) >= 4.5, (label.objectName(), background.name(), ink.name())


def test_the_charts_take_the_dark_palette(qtbot, dark, ctx):
    from desktop.ui.reports.page import ReportsPage

    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None, timeout=5000)
    for chart in (page.transitions, page.visits):
        view = chart.view
        image = view.grab().toImage()
        title = QRect(0, 0, view.width(), 30)  # the title's band, across the top
        background, ink = background_and_ink(image, title)
        assert background.lightness() < 100, (view.objectName(), background.name())
        assert contrast(background, ink) >= 4.5, (view.objectName(), background.name(), ink.name())


LIGHT = re.compile(r"#f[0-9a-f]{2,5}\b|#fff\b|\bwhite\b|rgb\(\s*2[0-9]{2}", re.IGNORECASE)


def test_no_ui_module_names_a_fixed_light_colour():
    found = []
    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        if path.name == "style.py":  # the one place that chooses colours, for either background
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if LIGHT.search(line) and not line.lstrip().startswith("#"):
                found.append(f"{Path(path).relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []
