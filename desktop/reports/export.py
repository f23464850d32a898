"""A computed report as JSON, CSV or PDF.

- JSON: ``{"period": {"from", "to"}, "filters": {"locality", "staff"},
  "figures": {name: value}}``: ISO dates (null for an open end; both null is
  all time), the names of the chosen locality and staff member (null for
  all), and every figure by its snake_case name, in report order.
- CSV: one row per figure: ``figure, label, value, share_of, share_of_value,
  share_percent, definition`` (UTF-8 with a BOM, so Excel shows Finnish
  letters; the share columns empty for a plain count).
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
from desktop.reports.figures import FIGURES, Report, Translate, untranslated

logger = logging.getLogger(__name__)

FORMATS = ("pdf", "csv", "json")
CSV_COLUMNS = ("figure", "label", "value", "share_of", "share_of_value", "share_percent", "definition")


def report_json(report: Report) -> dict[str, Any]:
    return {
        "period": {
            "from": report.period_from.isoformat() if report.period_from else None,
            "to": report.period_to.isoformat() if report.period_to else None,
        },
        "filters": {"locality": report.locality, "staff": report.staff},
        "figures": {figure.name: report.values[figure.name] for figure in FIGURES},
    }


def json_text(report: Report) -> str:
    return json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n"


def csv_text(report: Report, translate: Translate = untranslated) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for figure in FIGURES:
        share = report.share(figure.name)
        writer.writerow([
            figure.name,
            figure.shown_label(translate),
            report.values[figure.name],
            figure.denominator or "",
            share.denominator if share else "",
            share.percent(1) if share else "",
            figure.shown_definition(translate),
        ])
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
