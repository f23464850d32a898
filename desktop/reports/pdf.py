"""The report as a PDF: A4, the organisation, the period and filters, every
figure with its definition, the two charts, page numbers "1/2".

The text is set in DejaVu Sans from ``resources/fonts`` (embedded, so
Finnish and Swedish letters print anywhere); where the fonts are missing,
Helvetica, which reportlab always has, keeps the report working.
"""

from __future__ import annotations

import io
import logging
import threading

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from desktop.paths import resources_dir
from desktop.reports import esf, texts
from desktop.reports.figures import BY_NAME, CONTEXT, FIGURES, QT_TRANSLATE_NOOP, Report, Translate
from desktop.reports.pdf_charts import transitions_chart, visits_chart

logger = logging.getLogger(__name__)

MARGIN = 18 * mm
_fonts_lock = threading.Lock()
_fonts: tuple[str, str] | None = None


def fonts() -> tuple[str, str]:
    """(regular, bold) font names: DejaVu Sans registered once, else Helvetica."""
    global _fonts
    with _fonts_lock:
        if _fonts is None:
            folder = resources_dir() / "fonts"
            regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
            if regular.is_file() and bold.is_file():
                pdfmetrics.registerFont(TTFont("KenttaSans", str(regular)))
                pdfmetrics.registerFont(TTFont("KenttaSans-Bold", str(bold)))
                _fonts = ("KenttaSans", "KenttaSans-Bold")
            else:
                logger.warning("report fonts missing: Helvetica used")
                _fonts = ("Helvetica", "Helvetica-Bold")
        return _fonts


def _numbered_canvas(footer_left: str, page_template: str, font: str):
    """A canvas that knows the page count when it saves, for "page 1/2" footers."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(MARGIN, 10 * mm, footer_left)
                number = page_template.replace("%1", str(self._pageNumber)).replace("%2", str(len(self._pages)))
                self.drawRightString(A4[0] - MARGIN, 10 * mm, number)
                super().showPage()
            super().save()

    return NumberedCanvas


def pdf_bytes(report: Report, translate: Translate) -> bytes:
    regular, bold = fonts()

    tr = translate
    body = ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=10.5)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.2)
    cell_bold = ParagraphStyle("cell_bold", parent=body, fontName=bold)
    number = ParagraphStyle("number", parent=body, alignment=TA_RIGHT)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=16, leading=20)
    subtitle = ParagraphStyle("subtitle", parent=body, fontName=bold, fontSize=11, leading=14)

    def para(text: str, style=body) -> Paragraph:
        return Paragraph(_escape(text), style)

    width = A4[0] - 2 * MARGIN - 12  # the frame's own padding is 6 points a side
    story = [
        para(report.organisation or tr(QT_TRANSLATE_NOOP("ReportFigures", "Figures report")), title),
        para(tr(QT_TRANSLATE_NOOP("ReportFigures", "Figures for managers and funders")), subtitle),
        Spacer(0, 2 * mm),
    ]
    facts = [
        (tr(QT_TRANSLATE_NOOP("ReportFigures", "Period")), texts.period_text(report, tr)),
        (tr(QT_TRANSLATE_NOOP("ReportFigures", "Locality")), texts.locality_text(report, tr)),
        (tr(QT_TRANSLATE_NOOP("ReportFigures", "Staff member")), texts.staff_text(report, tr)),
    ]
    facts_table = Table([[para(k, cell_bold), para(v)] for k, v in facts], colWidths=[32 * mm, width - 32 * mm])
    facts_table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("TOPPADDING", (0, 0), (-1, -1), 1),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [facts_table, Spacer(0, 4 * mm)]

    header = [tr(QT_TRANSLATE_NOOP("ReportFigures", "Figure")), tr(QT_TRANSLATE_NOOP("ReportFigures", "Value")),
              tr(QT_TRANSLATE_NOOP("ReportFigures", "Share of")), tr(QT_TRANSLATE_NOOP("ReportFigures", "Definition"))]
    rows = [[para(text, cell_bold) for text in header]]
    for figure in FIGURES:
        share = report.share(figure.name)
        value = share.text().replace(" ", "\u00a0") if share else str(report.values[figure.name])
        share_of = BY_NAME[figure.denominator].shown_label(tr) if figure.denominator else ""
        rows.append([para(figure.shown_label(tr), cell_bold), para(value, number),
                     para(share_of, small), para(figure.shown_definition(tr), small)])
    columns = [44 * mm, 31 * mm, 27 * mm]
    table = Table(rows, colWidths=[*columns, width - sum(columns)], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#333333")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#CCCCCC")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F6F8")]),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story += [table, Spacer(0, 3 * mm), para(tr(texts.RULES), small), Spacer(0, 4 * mm)]
    if report.esf:
        story += _esf_table(report, tr, para, width, subtitle, cell_bold, number, small)

    story.append(KeepTogether([
        HRFlowable(width="100%", thickness=0.5, color=colors.HexColor("#CCCCCC")), Spacer(0, 3 * mm),
        transitions_chart(report, tr, width=width, font=regular, bold=bold,
                          title=tr(QT_TRANSLATE_NOOP("ReportFigures", "Transitions by kind (clients)"))),
    ]))
    story.append(Spacer(0, 3 * mm))
    story.append(KeepTogether([
        HRFlowable(width="100%", thickness=0.5, color=colors.HexColor("#CCCCCC")), Spacer(0, 3 * mm),
        visits_chart(report, tr, width=width, font=regular, bold=bold,
                     title=tr(QT_TRANSLATE_NOOP("ReportFigures", "Visits per month by locality")),
                     empty=tr(QT_TRANSLATE_NOOP("ReportFigures", "No visits in the period."))),
    ]))

    generated = tr(QT_TRANSLATE_NOOP("ReportFigures", "Generated %1")).replace(
        "%1", f"{texts.date_text(report.generated_at.date())} {report.generated_at:%H:%M}")
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=18 * mm, title=tr(QT_TRANSLATE_NOOP("ReportFigures", "Figures report")),
        author=report.organisation, creator="Kenttä",
    )
    document.build(story, canvasmaker=_numbered_canvas(
        f"{report.organisation} · {generated}".strip(" ·"), tr(QT_TRANSLATE_NOOP("ReportFigures", "Page %1/%2")),
        regular))
    return buffer.getvalue()


def _esf_table(report: Report, tr: Translate, para, width: float, subtitle, cell_bold, number, small) -> list:
    """The funder's indicators by gender: code, indicator, women, men, non-binary, total."""
    header = [tr(QT_TRANSLATE_NOOP("ReportFigures", "Code")),
              tr(QT_TRANSLATE_NOOP("ReportFigures", "EU common indicator")),
              tr(QT_TRANSLATE_NOOP("ReportFigures", "Women")), tr(QT_TRANSLATE_NOOP("ReportFigures", "Men")),
              tr(QT_TRANSLATE_NOOP("ReportFigures", "Non-binary")), tr(QT_TRANSLATE_NOOP("ReportFigures", "Total"))]
    bold_number = ParagraphStyle("bold_number", parent=cell_bold, alignment=TA_RIGHT)
    rows = [[para(text, cell_bold if i < 2 else bold_number) for i, text in enumerate(header)]]
    for name, counts in report.esf.items():
        indicator = esf.BY_NAME[name]
        rows.append([para(indicator.code, small), para(tr(indicator.label)),
                     *(para(str(counts[key]), number) for key in esf.BREAKDOWN)])
    columns = [16 * mm, 0, 17 * mm, 17 * mm, 24 * mm, 17 * mm]
    columns[1] = width - sum(columns)
    table = Table(rows, colWidths=columns, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#333333")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#CCCCCC")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F6F8")]),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    note = tr(QT_TRANSLATE_NOOP(
        "ReportFigures", "Participants: clients whose service starts in the period, with complete entry "
        "data; results: participants who left in the period. Left out for incomplete entry data: %1."))
    return [para(tr(QT_TRANSLATE_NOOP("ReportFigures", "EU common indicators by gender (ESF+)")), subtitle),
            Spacer(0, 2 * mm), table, Spacer(0, 2 * mm),
            para(note.replace("%1", str(report.esf_incomplete)), small), Spacer(0, 4 * mm)]


def _escape(text: str) -> str:
    """Paragraphs read a little markup; the report's text is plain."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
