"""Print a PDF through the system print dialog: each page rendered by QtPdf onto the printer.

Kept thin: the printer's own dialog chooses the printer, copies and page
range; the pages are drawn at up to 300 dpi over the whole sheet (the form
keeps its own 20 mm margins).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from desktop.errors import KenttaError
from desktop.ui.qt import QWidget

MAX_DPI = 300


def ask_printer(parent: QWidget | None, pages: int) -> QPrinter | None:
    """The system print dialog; the printer chosen, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, pages))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print the pages of the PDF ``data`` that the printer's range asks for; the count printed."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise KenttaError("The form could not be opened for printing; make it again.")
    first = max(1, printer.fromPage() or 1)
    last = min(document.pageCount(), printer.toPage() or document.pageCount())
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise KenttaError("The printer could not be started; check it and try again.")
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for index in range(first - 1, last):
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, size)
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
        document.close()
    return printed
