"""What every page of the form carries: header, footer, "page 1/2" and the draft mark.

``numbered_canvas`` makes a two-pass canvas: pages are kept until the
document is complete, so each can say how many pages there are in all.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.handover.branding import Branding, BrandingError
from desktop.handover.model import HandoverDocument
from desktop.handover.texts import FormTexts
from desktop.paths import resources_dir
from desktop.translation import QT_TRANSLATE_NOOP

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
HEADER_TOP = 14 * mm  # the first page's header: logo, organisation, document number
MAX_HEADER = 70 * mm
MAX_ADDRESS_LINES = 5
DOCUMENT_BOX = 62 * mm  # the document number and date, at the right
LATER_TOP = 24 * mm
BOTTOM = 22 * mm
LOGO_HEIGHT = 16 * mm
PRINT_DPI = 300
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9aa7b0")
ACCENT = colors.HexColor("#1f5f8b")

_fonts_lock = threading.Lock()
_logos_lock = threading.Lock()


def register_fonts() -> None:
    """Register the embedded DejaVu fonts once per process."""
    with _fonts_lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        folder = resources_dir() / "fonts"
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def logo_reader(path: Path) -> ImageReader:
    """The logo at print resolution, decoded once per file version and kept for later forms.

    ``drawImage`` hashes and compresses every pixel it is given, once per form:
    a 512-pixel logo decoded afresh each time was two fifths of a short form's
    render. Scaled to 300 dpi at the height it is printed, it looks the same on
    paper and costs a seventh as much.
    """
    stat = path.stat()
    with _logos_lock:
        return _cached_logo(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _cached_logo(path: Path, _mtime_ns: int, _size: int) -> ImageReader:
    with Image.open(path) as image:
        image.load()
    target = round(LOGO_HEIGHT / inch * PRINT_DPI)
    if image.height > target:
        width = max(1, round(image.width * target / image.height))
        image = image.resize((width, target), Image.Resampling.LANCZOS)
    reader = ImageReader(image)
    reader.getRGBData()  # decoded now, under the lock: later forms only read it
    return reader


def numbered_canvas(page_label: str):
    """A canvas class whose pages end with ``page_label`` ("Sivu {page}/{pages}")."""
    return functools.partial(_NumberedCanvas, page_label=page_label)


class _NumberedCanvas(Canvas):
    def __init__(self, *args, page_label: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(GREY)
            self.drawRightString(PAGE_WIDTH - MARGIN, BOTTOM - 10 * mm,
                                 self._page_label.format(page=number, pages=total))
            super().showPage()
        super().save()


@dataclass(frozen=True)
class PageDecor:
    """Draws the header, footer and draft mark of each page."""

    document: HandoverDocument
    texts: FormTexts
    branding: Branding
    organisation: str

    def _logo(self) -> tuple[ImageReader | None, float]:
        if self.branding.logo is None:
            return None, 0.0
        logo = logo_reader(Path(self.branding.logo))
        width, height = logo.getSize()
        return logo, (LOGO_HEIGHT * width / height if height else LOGO_HEIGHT)

    def _organisation_block(self) -> tuple[Paragraph, float, float]:
        """The organisation's name, project, address and contact, wrapped: (block, left, height)."""
        _, logo_width = self._logo()
        left = MARGIN + (logo_width + 5 * mm if logo_width else 0)
        lines = [f'<font name="{FONT_BOLD}" size="10.5">{_escape(self.organisation)}</font>']
        if self.branding.name and self.document.organisation and self.document.organisation != self.organisation:
            lines.append(_escape(self.document.organisation))
        grey = [_escape(line) for line in self.branding.address[:MAX_ADDRESS_LINES]]
        if self.branding.contact:
            grey.append(_escape(self.branding.contact))
        if grey:
            lines.append(f'<font color="#555555" size="8.5">{"<br/>".join(grey)}</font>')
        block = Paragraph("<br/>".join(lines), _small_style(9, 12))
        _, height = block.wrap(PAGE_WIDTH - MARGIN - DOCUMENT_BOX - left, PAGE_HEIGHT)
        return block, left, height

    def first_top(self) -> float:
        """Where the first page's text starts, below a header as tall as it needs to be."""
        _, _, height = self._organisation_block()
        header = max(LOGO_HEIGHT, height, 20 * mm)
        if header > MAX_HEADER:
            raise BrandingError(QT_TRANSLATE_NOOP(
                "Errors", "The organisation's name and address do not fit in the form's header; shorten "
                "them in organisation.json (see resources/branding/README.md)."))
        return HEADER_TOP + header + 10 * mm

    def first_page(self, canvas: Canvas, _doc) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - HEADER_TOP
        logo, logo_width = self._logo()
        if logo is not None:
            canvas.drawImage(logo, MARGIN, top - LOGO_HEIGHT, width=logo_width, height=LOGO_HEIGHT, mask="auto")
        block, left, height = self._organisation_block()
        block.drawOn(canvas, left, top - height + 1 * mm)
        self._document_box(canvas, PAGE_WIDTH - MARGIN, top)
        rule = PAGE_HEIGHT - self.first_top() + 5 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, rule, PAGE_WIDTH - MARGIN, rule)
        canvas.restoreState()
        self._footer(canvas)

    def _document_box(self, canvas: Canvas, right: float, top: float) -> None:
        number = self.document.document_number or "—"
        rows = ((self.texts.document_number, number), (self.texts.date, self.texts.day(self.document.generated_on)))
        y = top - 3 * mm
        for label, value in rows:
            canvas.setFont(FONT, 7.5)
            canvas.setFillColor(GREY)
            canvas.drawRightString(right, y, label)
            canvas.setFont(FONT_BOLD, 10)
            canvas.setFillColor(colors.black)
            canvas.drawRightString(right, y - 4.5 * mm, value)
            y -= 10.5 * mm

    def later_page(self, canvas: Canvas, _doc) -> None:
        canvas.saveState()
        y = PAGE_HEIGHT - 14 * mm
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.setFillColor(colors.black)
        number = self.document.document_number or self.texts.draft.split(" –")[0]
        canvas.drawString(MARGIN, y, f"{self.texts.title} · {number}")
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(GREY)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, y, _fit(self.organisation, FONT, 8.5, 80 * mm))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y - 3 * mm, PAGE_WIDTH - MARGIN, y - 3 * mm)
        canvas.restoreState()
        self._footer(canvas)

    def _footer(self, canvas: Canvas) -> None:
        canvas.saveState()
        y = BOTTOM - 10 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, BOTTOM - 5 * mm, PAGE_WIDTH - MARGIN, BOTTOM - 5 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        parts = [self.texts.confidential, self.document.document_number or "", self.document.client_name]
        text = " · ".join(part for part in parts if part)
        canvas.drawString(MARGIN, y, _fit(text, FONT, 8, PAGE_WIDTH - 2 * MARGIN - 30 * mm))
        if self.document.is_draft:
            self._draft_mark(canvas)
        canvas.restoreState()

    def _draft_mark(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.10))
        canvas.setFont(FONT_BOLD, 84)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -30, self.texts.draft.split(" –")[0])
        canvas.restoreState()


def _small_style(size: float, leading: float):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("header", fontName=FONT, fontSize=size, leading=leading, textColor=colors.black)


def _escape(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` (running headers and footers only)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
