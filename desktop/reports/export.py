"""A computed report as JSON, CSV or PDF.

- JSON: ``{"period": {"from", "to"}, "filters": {"locality", "staff"},
  "figures": {name: value}, "esf": {indicator: {"women", "men", "non_binary", "total"}},
  "esf_incomplete_participants": n}``: ISO dates (null for an open end; both null is
  all time), the names of the chosen locality and staff member (null for
  all), and every figure by its snake_case name, in report order.
- CSV, for people: one row per figure, its label, value, the figure it is a
  share of (by label), that figure's value, the share in per cent, the
  definition and the figure's name; the headers and labels in the report's
  language. As Excel opens it in columns with Finnish or Swedish regional
  settings: separated by semicolons, decimal comma, UTF-8 with a BOM (so it
  shows Finnish letters); the share columns are empty for a plain count. The funder's
  indicators follow after an empty row: label, Commission code, women, men, non-binary, total,
  definition, name.
- PDF: see ``desktop.reports.pdf``.

A file is written whole or not at all: into a temporary file beside it,
renamed into place when complete.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from pathlib import Path
from typing import Any

from desktop.errors import KenttaError
from desktop.files import file_target, write_atomically
from desktop.reports import esf
from desktop.reports.figures import BY_NAME, FIGURES, QT_TRANSLATE_NOOP, Report, Translate, untranslated

logger = logging.getLogger(__name__)

FORMATS = ("pdf", "csv", "json")
# The CSV's headers, in the report's language.
CSV_COLUMNS = (
    QT_TRANSLATE_NOOP("ReportFigures", "Figure"),
    QT_TRANSLATE_NOOP("ReportFigures", "Value"),
    QT_TRANSLATE_NOOP("ReportFigures", "Share of"),
    QT_TRANSLATE_NOOP("ReportFigures", "Share base"),
    QT_TRANSLATE_NOOP("ReportFigures", "Share %"),
    QT_TRANSLATE_NOOP("ReportFigures", "Definition"),
    QT_TRANSLATE_NOOP("ReportFigures", "Code"),
)
# The funder's indicators follow the figures in a table of their own, after an empty row.
ESF_COLUMNS = (
    QT_TRANSLATE_NOOP("ReportFigures", "EU common indicator"),
    QT_TRANSLATE_NOOP("ReportFigures", "Commission code"),
    QT_TRANSLATE_NOOP("ReportFigures", "Women"),
    QT_TRANSLATE_NOOP("ReportFigures", "Men"),
    QT_TRANSLATE_NOOP("ReportFigures", "Non-binary"),
    QT_TRANSLATE_NOOP("ReportFigures", "Total"),
    QT_TRANSLATE_NOOP("ReportFigures", "Definition"),
    QT_TRANSLATE_NOOP("ReportFigures", "Code"),
)
CSV_DELIMITER = ";"
DECIMAL_MARK = ","


def report_json(report: Report) -> dict[str, Any]:
    return {
        "period": {
            "from": report.period_from.isoformat() if report.period_from else None,
            "to": report.period_to.isoformat() if report.period_to else None,
        },
        "filters": {"locality": report.locality, "staff": report.staff},
        "figures": {figure.name: report.values[figure.name] for figure in FIGURES},
        "esf": report.esf,
        "esf_incomplete_participants": report.esf_incomplete,
    }


def json_text(report: Report) -> str:
    return json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n"


def csv_text(report: Report, translate: Translate = untranslated) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=CSV_DELIMITER)
    writer.writerow([translate(column) for column in CSV_COLUMNS])
    for figure in FIGURES:
        share = report.share(figure.name)
        base = BY_NAME[figure.denominator] if figure.denominator else None
        writer.writerow([
            figure.shown_label(translate),
            report.values[figure.name],
            base.shown_label(translate) if base else "",
            share.denominator if share else "",
            str(share.percent(1)).replace(".", DECIMAL_MARK) if share else "",
            figure.shown_definition(translate),
            figure.name,
        ])
    if report.esf:
        writer.writerow([])
        writer.writerow([translate(column) for column in ESF_COLUMNS])
        for name, counts in report.esf.items():
            indicator = esf.BY_NAME[name]
            writer.writerow([translate(indicator.label), indicator.code,
                             *(counts[key] for key in esf.BREAKDOWN),
                             translate(indicator.definition), name])
    return out.getvalue()


def render(report: Report, fmt: str, translate: Translate = untranslated) -> bytes:
    """The report in ``fmt`` (pdf, csv or json) as the bytes of the file."""
    if fmt == "json":
        return json_text(report).encode("utf-8")
    if fmt == "csv":
        return csv_text(report, translate).encode("utf-8-sig")
    if fmt == "pdf":
        from desktop.reports.pdf import pdf_bytes

        return pdf_bytes(report, translate)
    raise KenttaError(f"Unknown report format '{fmt}'. Choose one of: {', '.join(FORMATS)}.")


def format_of(path: Path | str) -> str | None:
    """The format a file name asks for by its suffix, if it is one of ours."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def write_report(report: Report, path: Path | str, fmt: str | None = None,
                 translate: Translate = untranslated) -> Path:
    """Write the report to ``path`` in ``fmt`` (by default the format its suffix names)."""
    target = Path(path)
    fmt = fmt or format_of(target)
    if fmt is None:
        raise KenttaError(f"Say which format to write to {target.name}: pdf, csv or json.")
    file_target(target)  # before the work of rendering
    data = render(report, fmt, translate)
    write_atomically(target, data)
    logger.info("report written as %s: %d bytes", fmt, len(data))
    return target
