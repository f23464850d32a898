"""The summary sheet as a one-page PDF, with the handover form's fonts, branding and header.

``render_pdf`` is a pure function of a ``SummaryDocument`` and the branding:
no database, no Qt, safe on a worker thread. The sheet is one A4 page whatever
it holds: names are cut at ``MAX_FIELD`` characters and the assigned staff at
``MAX_STAFF`` names; when the rest does not fit, the further plan is shortened,
and the oldest transitions and the latest due dates give way to "+ N more"
lines (``_choices``); as a last resort (an organisation header that leaves almost
no room) the content is scaled down to the page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, KeepInFrame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from desktop.handover.branding import Branding
from desktop.handover.pages import (
    ACCENT, BOTTOM, FONT, FONT_BOLD, GREY, MARGIN, PAGE_HEIGHT, PAGE_WIDTH, RULE, PageDecor, _fit,
    numbered_canvas, register_fonts,
)
from desktop.summary.model import TRANSITION_END, SummaryDocument
from desktop.summary.texts import SummaryTexts, summary_texts

CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
MAX_PLAN = 900  # characters of the further plan at most; fewer when the page is full
MIN_PLAN = 120
PLAN_STEP = 120
MID_PLAN = 420  # the plan is cut to this before anything else gives way
MIN_ROWS = 3  # transitions and due dates kept before the plan is cut further
MAX_STAFF = 3  # names of assigned staff printed; the others are counted
MAX_FIELD = 120  # characters of a staff member's or an employer's name
KIND_COLUMN = 42 * mm
DATE_COLUMN = 70 * mm  # "30 September 2026 – 30 November 2026" on one line
RED = colors.HexColor("#b3261e")
PADDING = [("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=2)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20,
                                textColor=ACCENT, spaceAfter=1),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=8.5, leading=11, textColor=GREY,
                                   spaceAfter=2),
        "heading": ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                                  textColor=ACCENT, spaceBefore=7, spaceAfter=3),
        "body": base,
        "strong": ParagraphStyle("strong", parent=base, fontName=FONT_BOLD),
        "warning": ParagraphStyle("warning", parent=base, fontName=FONT_BOLD, textColor=RED),
        "empty": ParagraphStyle("empty", parent=base, textColor=GREY),
        "label": ParagraphStyle("label", parent=base, fontSize=7, leading=8.5, textColor=GREY, spaceAfter=0),
        "value": ParagraphStyle("value", parent=base, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10, textColor=GREY,
                               spaceAfter=0),
        "overdue": ParagraphStyle("overdue", parent=base, fontSize=9, leading=11.5, spaceAfter=0, textColor=RED),
        "note": ParagraphStyle("note", parent=base, fontSize=7.5, leading=9.5, textColor=GREY, spaceBefore=6),
    }


def _markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word before ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(None, 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:.") + " …"


def _grid(rows, widths, *extra) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               *PADDING, *extra]))
    return table


def _staff(names: tuple[str, ...], texts: SummaryTexts) -> str:
    shown = ", ".join(shorten(name, MAX_FIELD) for name in names[:MAX_STAFF])
    more = len(names) - MAX_STAFF
    return f"{shown} {texts.more_staff.format(count=more)}" if more > 0 else shown


def _service(document: SummaryDocument, texts: SummaryTexts, styles) -> Table:
    form = texts.form

    def cell(label: str, value: str) -> list:
        return [Paragraph(escape(label), styles["label"]), Paragraph(_markup(value or "–"), styles["value"])]

    referral = ", ".join(part for part in (document.referral_source, form.day(document.referred_on)) if part)
    rows = [
        [cell(form.name, document.client_name), ""],
        [cell(form.personal_id, document.personal_id or form.no_personal_id),
         cell(form.municipality, document.municipality)],
        [cell(form.service_path, document.service_path),
         cell(form.service_period, form.period(document.service_start, document.service_end))],
        [cell(form.referral_source, referral), cell(texts.employment_area, document.employment_area)],
        [cell(texts.staff, _staff(document.staff_names, texts)), ""],
    ]
    return _grid(rows, [CONTENT_WIDTH / 2] * 2, ("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 4), (1, 4)),
                 ("GRID", (0, 0), (-1, -1), 0.5, RULE))


def _consent(document: SummaryDocument, texts: SummaryTexts, styles) -> list:
    form, consent = texts.form, document.consent
    if consent is None:
        return [Paragraph(escape(texts.consent_none), styles["warning"])]
    given = form.day(consent.given_on)
    if consent.in_force:
        how = form.consent_methods.get(consent.recorded_how, "")
        state = Paragraph(escape(" ".join(texts.consent_valid.format(date=given, how=how).split())), styles["strong"])
    elif consent.withdrawn_on is not None:
        state = Paragraph(escape(texts.consent_withdrawn.format(given=given, date=form.day(consent.withdrawn_on))),
                          styles["warning"])
    else:
        state = Paragraph(escape(texts.consent_ended.format(given=given)), styles["warning"])
    scope = [[Paragraph(escape(label), styles["cell"]), Paragraph(escape(texts.yes if value else texts.no),
                                                                  styles["strong"])]
             for label, value in ((texts.share_with_authority, consent.share_with_authority),
                                  (texts.share_with_partners, consent.share_with_partners))]
    return [state, _grid(scope, [CONTENT_WIDTH - 25 * mm, 25 * mm], ("LEFTPADDING", (0, 0), (0, -1), 0))]


def _transitions(document: SummaryDocument, texts: SummaryTexts, styles, shown: int) -> list:
    if not document.transitions:
        return [Paragraph(escape(texts.no_transitions), styles["empty"])]
    form = texts.form
    rows = [[Paragraph(escape(head), styles["head"])
             for head in (texts.transition_column, texts.employer_column, texts.period_column)]]
    for line in document.transitions[:shown]:
        rows.append([Paragraph(escape(form.transition_kinds.get(line.kind, line.kind)), styles["cell"]),
                     Paragraph(escape(shorten(line.employer, MAX_FIELD) or "–"), styles["cell"]),
                     Paragraph(escape(form.period(line.start, line.end)), styles["cell"])])
    flow: list = [_grid(rows, [KIND_COLUMN, CONTENT_WIDTH - KIND_COLUMN - DATE_COLUMN, DATE_COLUMN],
                        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#d5dce1")))] if shown else []
    hidden = len(document.transitions) - shown
    if hidden > 0:
        flow.append(Paragraph(escape(texts.more_transitions.format(count=hidden)), styles["empty"]))
    return flow


def _next_steps(document: SummaryDocument, texts: SummaryTexts, styles, plan_chars: int) -> list:
    plan = document.further_plan
    if plan is None:
        return [Paragraph(escape(texts.no_plan), styles["empty"])]
    label = texts.plan_from.format(number=plan.document_number, date=texts.form.day(plan.made_on))
    return [Paragraph(escape(label), styles["empty"]),
            Paragraph(_markup(shorten(plan.text, plan_chars)), styles["body"])]


def _due(document: SummaryDocument, texts: SummaryTexts, styles, dated: int) -> list:
    if not document.due:
        return [Paragraph(escape(texts.no_due), styles["empty"])]
    form, today = texts.form, document.generated_on
    rows = []
    for item in document.due[:dated]:
        if item.kind == TRANSITION_END:
            what = texts.transition_ends.format(kind=form.transition_kinds.get(item.transition_kind,
                                                                               item.transition_kind))
        else:
            what = texts.due_kinds.get(item.kind, item.kind)
        when = f"{form.day(item.opens)} – {form.day(item.due)}" if item.opens and item.opens != item.due \
            else form.day(item.due)
        late = item.overdue(today)
        if late:
            what = f"{what} ({texts.overdue})"
        style = styles["overdue"] if late else styles["cell"]
        rows.append([Paragraph(escape(when), style), Paragraph(escape(what), style)])
    flow: list = [_grid(rows, [DATE_COLUMN, CONTENT_WIDTH - DATE_COLUMN], ("LEFTPADDING", (0, 0), (0, -1), 0),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d5dce1")))] if rows else []
    if len(document.due) > dated:
        flow.append(Paragraph(escape(texts.more_due.format(count=len(document.due) - dated)), styles["empty"]))
    return flow


def story(document: SummaryDocument, texts: SummaryTexts, *, shown: int, dated: int, plan_chars: int) -> list:
    """The sheet's flowables with ``shown`` transitions, ``dated`` due dates and the plan cut at
    ``plan_chars``."""
    styles = _styles()

    def heading(text: str) -> Paragraph:
        return Paragraph(escape(text), styles["heading"])

    return [
        Paragraph(escape(texts.title), styles["title"]),
        Paragraph(escape(texts.subtitle.format(date=texts.form.day(document.generated_on))), styles["subtitle"]),
        Spacer(1, 1 * mm),
        heading(texts.service), _service(document, texts, styles),
        heading(texts.consent), *_consent(document, texts, styles),
        heading(texts.transitions), *_transitions(document, texts, styles, shown),
        heading(texts.next_steps), *_next_steps(document, texts, styles, plan_chars),
        heading(texts.due_dates), *_due(document, texts, styles, dated),
        Paragraph(escape(texts.privacy_note), styles["note"]),
    ]


def height_of(flowables: list, width: float, available: float) -> float:
    """The height the flowables take one below another in a frame ``width`` wide."""
    total = 0.0
    for index, flowable in enumerate(flowables):
        _, height = flowable.wrap(width, available)
        total += height + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if index else 0)
    return total


def _choices(transitions: int, due: int, plan_length: int):
    """(transitions shown, due dates shown, plan characters), from all of it to the least:
    the plan is shortened first, then the oldest transitions and the latest due dates give
    way down to a few of each, then the plan to a few lines, then the rest."""
    shown, dated, plan = transitions, due, min(MAX_PLAN, plan_length)
    yield shown, dated, plan
    while plan > MID_PLAN:
        plan = max(MID_PLAN, plan - PLAN_STEP)
        yield shown, dated, plan
    for floor in (MIN_ROWS, 0):
        while shown > floor or dated > floor:
            if shown > floor and (shown >= dated or dated <= floor):
                shown -= 1
            else:
                dated -= 1
            yield shown, dated, plan
        while floor and plan > MIN_PLAN:
            plan = max(MIN_PLAN, plan - PLAN_STEP)
            yield shown, dated, plan


def fitted_story(document: SummaryDocument, texts: SummaryTexts, available: float) -> list:
    """The story with as much as fits in ``available``; see ``_choices``.

    Each choice holds less than the one before, so the first that fits is found by
    bisection: a few layouts instead of one per transition given way.
    """
    plan_length = len(document.further_plan.text) if document.further_plan else 0
    choices = list(_choices(len(document.transitions), len(document.due), plan_length))

    def laid_out(index: int) -> tuple[list, bool]:
        shown, dated, plan = choices[index]
        flow = story(document, texts, shown=shown, dated=dated, plan_chars=plan)
        return flow, height_of(flow, CONTENT_WIDTH, available) <= available

    flow, fits = laid_out(0)
    if fits:
        return flow
    last, fits = laid_out(len(choices) - 1)
    if not fits:  # nothing left to take away: scaled down to the page
        return [KeepInFrame(CONTENT_WIDTH, available, last, mode="shrink")]
    low, high, best = 0, len(choices) - 1, last  # choices[low] does not fit, choices[high] does
    while high - low > 1:
        middle = (low + high) // 2
        flow, fits = laid_out(middle)
        if fits:
            high, best = middle, flow
        else:
            low = middle
    return best


@dataclass(frozen=True)
class SheetDecor(PageDecor):
    """The handover form's header (logo, organisation, address), with the sheet's date at the
    right and a footer without a document number or a draft mark."""

    sheet: SummaryTexts | None = None

    def _document_box(self, canvas: Canvas, right: float, top: float) -> None:
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawRightString(right, top - 3 * mm, self.texts.date)
        canvas.setFont(FONT_BOLD, 10)
        canvas.setFillColor(colors.black)
        canvas.drawRightString(right, top - 7.5 * mm, self.texts.day(self.document.generated_on))

    def _footer(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, BOTTOM - 5 * mm, PAGE_WIDTH - MARGIN, BOTTOM - 5 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        text = " · ".join(part for part in (self.texts.confidential, self.sheet.title if self.sheet else "",
                                            self.document.client_name) if part)
        canvas.drawString(MARGIN, BOTTOM - 10 * mm, _fit(text, FONT, 8, CONTENT_WIDTH - 30 * mm))
        canvas.restoreState()


def render_pdf(document: SummaryDocument, *, branding: Branding) -> bytes:
    """The sheet as the bytes of a one-page PDF."""
    register_fonts()
    texts = summary_texts(document.language)
    organisation = branding.name or document.organisation
    decor = SheetDecor(document, texts.form, branding, organisation, sheet=texts)
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=decor.first_top(), bottomMargin=BOTTOM, title=texts.title, author=organisation,
        subject=texts.title, creator="Kenttä", lang=document.language, initialFontName=FONT, initialFontSize=10,
    )
    available = PAGE_HEIGHT - decor.first_top() - BOTTOM
    frame = Frame(MARGIN, BOTTOM, CONTENT_WIDTH, available, id="sheet",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=decor.first_page)])
    template.build(fitted_story(document, texts, available), canvasmaker=numbered_canvas(texts.form.page))
    return buffer.getvalue()
