"""The file types an attachment may be, told by the file's content, and the size rule.

The desktop checks a file before it stores it and the server checks the content it receives,
both with these functions: a file named ``cv.pdf`` that is not a PDF is refused, and so is a
PDF named ``cv.exe`` only if its content is not one of the allowed types (the name is the
user's; the type is the content's).

The types are told by their first bytes ("magic bytes"): PDF (``%PDF-``), JPEG (``FF D8 FF``),
PNG (its 8-byte signature). DOCX and ODT are both ZIP archives: an ODT begins with an
uncompressed ``mimetype`` entry that names its type (ODF 1.2, part 3, section 3.3); a DOCX
(Office Open XML) holds ``[Content_Types].xml`` and a ``word/`` part, whose names appear in the
archive's local headers near the start. ``SNIFF_BYTES`` of the head are enough for both.
"""

from __future__ import annotations

import re

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"

# The media types allowed, with the file name extensions they usually have.
ALLOWED_TYPES: dict[str, tuple[str, ...]] = {
    PDF: (".pdf",),
    JPEG: (".jpg", ".jpeg"),
    PNG: (".png",),
    DOCX: (".docx",),
    ODT: (".odt",),
}
PREVIEWABLE_TYPES = frozenset({PDF, JPEG, PNG})
IMAGE_TYPES = frozenset({JPEG, PNG})

CHUNK_BYTES = 256 * 1024  # content is stored and sent in chunks of this size
SNIFF_BYTES = 64 * 1024  # how much of a file's head ``sniff`` looks at
DEFAULT_MAX_MB = 20
MAX_MB_LIMIT = 200  # the largest limit an organisation may set

_ZIP = b"PK\x03\x04"
_ODT_MIMETYPE = b"mimetype" + ODT.encode("ascii")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def sniff(head: bytes) -> str | None:
    """The media type of a file beginning with ``head``, or None when it is not allowed."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(_ZIP):
        # ODT: the first entry is "mimetype", stored, its content right after the 30-byte header.
        if head[30:30 + len(_ODT_MIMETYPE)] == _ODT_MIMETYPE:
            return ODT
        if b"[Content_Types].xml" in head and b"word/" in head:
            return DOCX
    return None


def max_bytes(max_mb: int) -> int:
    """The organisation's limit in bytes (a megabyte is 1024 × 1024 bytes)."""
    return max_mb * 1024 * 1024


def is_sha256(value: str) -> bool:
    """Whether ``value`` is a SHA-256 digest as Kenttä writes it: 64 lower-case hex digits."""
    return bool(_SHA256.fullmatch(value))
