"""The handover form as a PDF (reportlab): A4, embedded DejaVu fonts, "page 1/2".

``render_pdf`` is a pure function of a ``HandoverDocument`` and the
branding: no database, no Qt, safe to run on a worker thread. Long texts
are paragraphs that flow over as many pages as they need; only the
signature block is kept on one page.
"""

from __future__ import annotations

import io
import secrets
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.handover.branding import Branding
from desktop.handover.model import HandoverDocument
from desktop.handover.pages import (
    ACCENT,
    BOTTOM,
    FONT,
    FONT_BOLD,
    GREY,
    LATER_TOP,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    PageDecor,
    numbered_canvas,
    register_fonts,
)
from desktop.handover.texts import FormTexts, texts_for

CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14.5, spaceAfter=5)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21,
                                textColor=ACCENT, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=9, leading=12, textColor=GREY,
                                   spaceAfter=4),
        "draft": ParagraphStyle("draft", parent=base, fontName=FONT_BOLD, textColor=colors.HexColor("#b3261e")),
        "recipient": ParagraphStyle("recipient", parent=base, fontName=FONT_BOLD),
        "heading": ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                                  textColor=ACCENT, spaceBefore=9, spaceAfter=4),
        "body": base,
        "empty": ParagraphStyle("empty", parent=base, textColor=GREY),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=2,
                                 bulletFontName=FONT),
        "label": ParagraphStyle("label", parent=base, fontSize=7.5, leading=9.5, textColor=GREY, spaceAfter=1),
        "value": ParagraphStyle("value", parent=base, spaceAfter=0),
        "note": ParagraphStyle("note", parent=base, fontSize=9, leading=12.5),
    }


def _markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _paragraphs(text: str, styles, texts: FormTexts) -> list:
    """A text the coach wrote: one Paragraph per blank-line-separated block."""
    blocks = [block.strip() for block in text.replace("\r", "").split("\n\n")]
    blocks = [block for block in blocks if block]
    if not blocks:
        return [Paragraph(escape(texts.not_filled), styles["empty"])]
    return [Paragraph(_markup(block), styles["body"]) for block in blocks]


def _section(title: str, body: list, styles) -> list:
    # A heading starts a new page unless a few lines of its text fit below it. (Not
    # keepWithNext: that moves a heading and a long text to a new page whole, leaving a gap.)
    return [CondPageBreak(30 * mm), Paragraph(escape(title), styles["heading"]), *body]


def _client_table(document: HandoverDocument, texts: FormTexts, styles) -> Table:
    personal_id = document.personal_id or texts.no_personal_id

    def cell(label: str, value: str) -> list:
        return [Paragraph(escape(label), styles["label"]), Paragraph(_markup(value or "–"), styles["value"])]

    rows = [
        [cell(texts.name, document.client_name), cell(texts.personal_id, personal_id)],
        [cell(texts.municipality, document.municipality), cell(texts.service_path, document.service_path)],
        [cell(texts.referral_source, document.referral_source), cell(texts.referred_on, texts.day(document.referred_on))],
        [cell(texts.service_period, texts.period(document.service_start, document.service_end)),
         cell(texts.coach, document.coach_name)],
    ]
    table = Table(rows, colWidths=[CONTENT_WIDTH / 2] * 2)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _results(document: HandoverDocument, texts: FormTexts, styles) -> list:
    if not document.results:
        return [Paragraph(escape(texts.no_results), styles["empty"])]
    lines = []
    for result in document.results:
        what = texts.result(result.kind, result.employer)
        lines.append(Paragraph(f"<b>{escape(what)}</b>, {escape(texts.period(result.start, result.end))}",
                               styles["bullet"], bulletText="•"))
    return lines


def _consent_and_signatures(document: HandoverDocument, texts: FormTexts, styles) -> KeepTogether:
    """The consent statement and the signature lines, kept on one page: signing confirms the consent."""
    gap = 10 * mm
    column = (CONTENT_WIDTH - gap) / 2

    def label(text: str):
        return Paragraph(escape(text), styles["label"])

    def name(text: str):
        return Paragraph(escape(text), styles["value"])

    rows = [
        ["", "", ""],
        [label(texts.place_and_date), "", label(texts.place_and_date)],
        ["", "", ""],
        [label(texts.client_signature), "", label(texts.coach_signature)],
        [name(document.client_name), "", name(document.coach_name)],
    ]
    table = Table(rows, colWidths=[column, gap, column], rowHeights=[12 * mm, None, 14 * mm, None, None])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # empty cells too: no unembedded Helvetica
        ("LINEABOVE", (0, 1), (0, 1), 0.8, colors.black),
        ("LINEABOVE", (2, 1), (2, 1), 0.8, colors.black),
        ("LINEABOVE", (0, 3), (0, 3), 0.8, colors.black),
        ("LINEABOVE", (2, 3), (2, 3), 0.8, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    how = texts.consent_methods.get(document.consent.recorded_how, "")
    statement = texts.consent_statement.format(date=texts.day(document.consent.given_on), how=how)
    return KeepTogether([
        Paragraph(escape(texts.consent), styles["heading"]),
        Paragraph(escape(" ".join(statement.split())), styles["body"]),
        Paragraph(escape(texts.signatures), styles["heading"]),
        Paragraph(escape(texts.signature_note), styles["note"]),
        table,
    ])


def story(document: HandoverDocument, texts: FormTexts) -> list:
    """The flowables of the form, in order."""
    styles = _styles()
    flow: list = [NextPageTemplate("later"), Paragraph(escape(texts.title), styles["title"]),
                  Paragraph(escape(texts.subtitle), styles["subtitle"])]
    if document.is_draft:
        flow.append(Paragraph(escape(texts.draft), styles["draft"]))
    if document.for_authority:
        flow.append(Paragraph(escape(texts.recipient.format(area=document.recipient)), styles["recipient"]))
    flow += [Spacer(1, 2 * mm), Paragraph(escape(texts.client_section), styles["heading"]),
             _client_table(document, texts, styles)]
    flow += _section(texts.work_done, _paragraphs(document.texts.work_done, styles, texts), styles)
    flow += _section(texts.results, _results(document, texts, styles), styles)
    if document.assessment is not None:
        flow += _section(texts.assessment, [
            Paragraph(escape(texts.assessed_on.format(date=texts.day(document.assessment.assessed_on))),
                      styles["empty"]),
            *_paragraphs(document.assessment.summary, styles, texts)], styles)
    flow += _section(texts.strengths, _paragraphs(document.texts.strengths, styles, texts), styles)
    flow += _section(texts.further_plan, _paragraphs(document.texts.further_plan, styles, texts), styles)
    flow += _section(texts.further_support_need,
                     _paragraphs(document.texts.further_support_need, styles, texts), styles)
    flow.append(_consent_and_signatures(document, texts, styles))
    return flow


# What a reader of a password-protected form may do: print it and copy text from it.
ALLOWED = (UserAccessPermissions.PRINT | UserAccessPermissions.PRINT_TO_REPRESENTATION
           | UserAccessPermissions.EXTRACT | UserAccessPermissions.EXTRACT_TEXT_AND_GRAPHICS)


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """``data`` encrypted with AES-256 (PDF 2.0 security handler, revision 6).

    pypdf rather than reportlab's own encryption: reportlab's AES-256 writes
    revision 5 with 48-byte /OE and /UE entries, which poppler (Evince,
    Okular) and pypdf cannot open; RC4, its other choice, is obsolete.
    """
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=secrets.token_urlsafe(24),
                   permissions_flag=ALLOWED, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render_pdf(document: HandoverDocument, *, branding: Branding, password: str | None = None) -> bytes:
    """The form as PDF bytes; with ``password``, encrypted with AES-256 (printing allowed)."""
    register_fonts()
    texts = texts_for(document.language)
    organisation = branding.name or document.organisation
    decor = PageDecor(document, texts, branding, organisation)
    buffer = io.BytesIO()
    title = f"{texts.title} {document.document_number or ''}".strip()
    template = BaseDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=LATER_TOP, bottomMargin=BOTTOM, title=title, author=organisation,
        subject=texts.subtitle, creator="Kenttä", lang=document.language, initialFontName=FONT, initialFontSize=10,
    )
    first = Frame(MARGIN, BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - decor.first_top() - BOTTOM, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN, BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - LATER_TOP - BOTTOM, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([
        PageTemplate(id="first", frames=[first], onPage=decor.first_page),
        PageTemplate(id="later", frames=[later], onPage=decor.later_page),
    ])
    template.build(story(document, texts), canvasmaker=numbered_canvas(texts.page))
    return encrypt_pdf(buffer.getvalue(), password) if password else buffer.getvalue()
