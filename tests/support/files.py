"""Files to attach in tests, made for real: a PDF with a word in it (reportlab), images
(Pillow), a DOCX and an ODT (ZIP archives as the office suites write them), and a large file
written chunk by chunk."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def text_pdf(path: Path, word: str, *, pages: int = 1) -> Path:
    """A PDF whose page text holds ``word`` as plain bytes (page compression off)."""
    pdf = canvas.Canvas(str(path), pagesize=A4, pageCompression=0)
    for page in range(pages):
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, 760, f"Allekirjoitettu {word} sivu {page + 1}")
        pdf.showPage()
    pdf.save()
    assert word.encode("ascii") in path.read_bytes()  # the word is readable in the file itself
    return path


def png(path: Path, size=(320, 200), colour=(30, 120, 200)) -> Path:
    Image.new("RGB", size, colour).save(path, "PNG")
    return path


def jpeg(path: Path, size=(320, 200), colour=(200, 120, 30)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG")
    return path


def docx(path: Path, text: str = "Ansioluettelo") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                         'openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("word/document.xml", f"<w:document><w:t>{text}</w:t></w:document>")
    return path


def odt(path: Path, text: str = "Ansioluettelo") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", f"<office:document-content>{text}</office:document-content>")
    return path


def large_pdf(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that is a PDF by its content (random bytes after the header)."""
    with path.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        left = size - 9
        while left:
            step = min(left, 1 << 20)
            out.write(os.urandom(step))
            left -= step
    return path


def image_bytes(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))
