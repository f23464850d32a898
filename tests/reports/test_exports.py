"""The report's exports: JSON exactly as the issue names it, CSV rows with
their definitions, and a real PDF whose text carries every figure."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pypdf import PdfReader

from desktop.errors import KenttaError
from desktop.reports import pdf
from desktop.reports.export import CSV_COLUMNS, write_report
from desktop.reports.figures import BY_NAME, FIGURES, compute_figures
from tests.reports import dataset
from tests.reports.dataset import PERIOD


@pytest.fixture
def oulu(store, made):
    return compute_figures(store, period_from=PERIOD[0], period_to=PERIOD[1], locality="oulu")


def pdf_text(path) -> str:
    """The text of every page, each run of white space (wrapped lines too) as one space."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_json_is_period_filters_and_figures(oulu, tmp_path):
    path = write_report(oulu, tmp_path / "r.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {
        "period": {"from": "2025-01-01", "to": "2025-06-30"},
        "filters": {"locality": "Oulu", "staff": None},
        "figures": dataset.OULU,
        "esf": oulu.esf,  # the funder's indicators: tests/reports/test_esf.py
        "esf_incomplete_participants": oulu.esf_incomplete,
    }
    assert list(data["figures"]) == [figure.name for figure in FIGURES]


def test_json_of_all_time_has_null_bounds(store, made, tmp_path):
    write_report(compute_figures(store, staff="Ville Valmentaja"), tmp_path / "r.json")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["period"] == {"from": None, "to": None}
    assert data["filters"] == {"locality": None, "staff": "Ville Valmentaja"}


def csv_rows(raw: bytes) -> list[list[str]]:
    """The CSV's figures as Excel reads them with Finnish regional settings: UTF-8 with a BOM,
    semicolons; the rows up to the empty one before the funder's indicators."""
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    return rows[:rows.index([])] if [] in rows else rows


def test_csv_has_a_row_per_figure_with_share_and_definition(oulu, tmp_path):
    header, *rows = csv_rows(write_report(oulu, tmp_path / "r.csv").read_bytes())
    assert tuple(header) == CSV_COLUMNS
    by_name = {row[-1]: dict(zip(header, row, strict=True)) for row in rows}
    assert list(by_name) == [figure.name for figure in FIGURES]
    assert {name: int(row["Value"]) for name, row in by_name.items()} == dataset.OULU
    share = by_name["employers_briefed"]
    assert share["Figure"] == BY_NAME["employers_briefed"].shown_label()
    assert (share["Share of"], share["Share base"], share["Share %"]) == (
        BY_NAME["employers_contacted"].shown_label(), "3", "66,7")
    assert by_name["visits"]["Share of"] == by_name["visits"]["Share %"] == ""
    assert "on or before the last day of the period" in share["Definition"]


@pytest.mark.parametrize(("language", "headers", "decimal"), [
    ("fi", ["Tunnusluku", "Arvo", "Osuus joukosta", "Osuuden perusta", "Osuus %", "Määritelmä", "Tunnus"], "66,7"),
    ("sv", ["Nyckeltal", "Värde", "Andel av", "Andelens bas", "Andel %", "Definition", "Kod"], "66,7"),
])
def test_csv_for_people_in_the_ui_s_language(qapp, oulu, tmp_path, language, headers, decimal):
    from desktop.ui.i18n import Translations
    from desktop.ui.reports.figures_model import translate

    translations = Translations(qapp)
    try:
        translations.use(language)
        header, *rows = csv_rows(write_report(oulu, tmp_path / "r.csv", translate=translate).read_bytes())
        shown = {row[-1]: row for row in rows}
        label = BY_NAME["employers_briefed"].shown_label(translate)
        base = BY_NAME["employers_contacted"].shown_label(translate)
        json_keys = list(json.loads(write_report(oulu, tmp_path / "r.json", translate=translate).read_text())["figures"])
    finally:
        translations.use("en")
    assert header == headers
    assert label != BY_NAME["employers_briefed"].shown_label()  # the label is translated, too
    assert shown["employers_briefed"][:5] == [label, "2", base, "3", decimal]
    assert json_keys == [figure.name for figure in FIGURES]  # the machine-readable JSON keeps its keys


def test_pdf_has_the_figures_definitions_charts_and_page_numbers(oulu, tmp_path):
    path = write_report(oulu, tmp_path / "r.pdf")
    reader = PdfReader(path)
    text = pdf_text(path)
    assert "Testihanke" in text and "1.1.2025 – 30.6.2025" in text and "Oulu" in text and "All staff" in text
    for figure in FIGURES:
        assert figure.shown_label().split(":")[0] in text
    # Shares with their denominators.
    for expected in ("50 % (2 / 4)", "67 % (2 / 3)", "33 % (1 / 3)"):
        assert expected in text
    assert "Transitions by kind" in text and "Visits per month by locality" in text
    assert "2025-03" in text and "Rehabilitative work activity" in text  # chart labels are text
    pages = len(reader.pages)
    assert pages >= 2 and f"Page 1/{pages}" in text and f"Page {pages}/{pages}" in text
    fonts = {str(font) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()
             for font in [font.get_object()["/BaseFont"]]}
    assert any("DejaVuSans" in font for font in fonts)


def test_pdf_of_an_empty_period_says_there_were_no_visits(store, made, tmp_path):
    import datetime as dt

    report = compute_figures(store, period_from=dt.date(2030, 1, 1), period_to=dt.date(2030, 1, 31))
    text = pdf_text(write_report(report, tmp_path / "empty.pdf"))
    assert "No visits in the period." in text and "0 % (0 / 0)" in text


def test_pdf_falls_back_to_helvetica_without_the_fonts(oulu, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "resources_dir", lambda: tmp_path / "no-resources")
    monkeypatch.setattr(pdf, "_fonts", None)
    path = write_report(oulu, tmp_path / "r.pdf")
    assert "Clients referred" in pdf_text(path)
    assert pdf.fonts() == ("Helvetica", "Helvetica-Bold")
    monkeypatch.setattr(pdf, "_fonts", None)  # registered again for the tests that follow


def test_a_bad_target_writes_nothing(oulu, tmp_path):
    with pytest.raises(KenttaError, match="does not exist"):
        write_report(oulu, tmp_path / "nowhere" / "r.pdf")
    with pytest.raises(KenttaError, match="Say which format"):
        write_report(oulu, tmp_path / "r.txt")
    with pytest.raises(KenttaError, match="is a folder"):
        write_report(oulu, tmp_path, "pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keyring.json", "profile"]
