"""Reading a list saved from a spreadsheet as CSV: the part every import shares.

What Excel and LibreOffice write is accepted: UTF-8 with or without a BOM
(or, failing that, Windows-1252 / Latin-1), comma, semicolon or tab between
fields (Excel's ``sep=;`` first line decides when it is there), quoted fields
that hold the delimiter or line breaks, and headers in any case and spacing.
Each data row keeps the physical line on which it starts (the header is line
1 unless blank lines come first), so that problems can be reported by line.

An import names its columns with a mapping from the normalised header
(``header_key``) to its record field, and :func:`read_table` gives back the
table with each column's field; the headers that name no field are the
import's to refuse.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import KenttaError

ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")  # latin-1 decodes any bytes
DELIMITERS = ",;\t"
DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d")
DATE_HINT = "write it as d.m.yyyy (1.2.2024) or yyyy-mm-dd (2024-02-01)"


@dataclass(frozen=True)
class RowProblem:
    """Why the row starting on ``line`` (the header is line 1) cannot be imported."""

    line: int
    message: str


@dataclass
class ImportReport:
    """What an import did. ``imported + skipped`` is the number of data rows."""

    imported: int = 0
    skipped: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","


class ImportFileError(KenttaError):
    """The file as a whole cannot be read as the list asked for; nothing was imported."""


@dataclass
class Table:
    """A CSV file read: its header, its data rows and which field each column holds."""

    encoding: str
    delimiter: str
    header_line: int
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line on which the row starts, cells)
    columns: dict[int, str]  # column index -> field
    unknown: list[str]  # titled columns that name no field, or a field already taken

    def title(self, target: str) -> str:
        """The header as the file writes it for ``target`` (for messages)."""
        return next((self.header[i].strip() for i, t in self.columns.items() if t == target), target)

    def found(self) -> str:
        return ", ".join(h.strip() for h in self.header if h.strip()) or "none"

    def values(self, cells: list[str]) -> dict[str, str]:
        """The non-empty cells of a row by field, stripped."""
        values = {}
        for index, target in self.columns.items():
            value = cells[index].strip() if index < len(cells) else ""
            if value:
                values[target] = value
        return values


def read_table(path: Path | str, headers: dict[str, str]) -> Table:
    """Read and split the CSV file at ``path``, naming its columns with ``headers``."""
    text, encoding = read_text(Path(path))
    delimiter, header_line, header, rows = parse(text, headers)
    columns, unknown = map_columns(header, headers)
    return Table(encoding, delimiter, header_line, header, rows, columns, unknown)


def read_text(path: Path) -> tuple[str, str]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"There is no file {path}.") from None
    except OSError as error:
        raise ImportFileError(f"The file {path} cannot be read: {error.strerror}.") from None
    for encoding in ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8-sig":
            encoding = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
        return text, encoding
    raise AssertionError("latin-1 decodes any bytes")


def header_key(text: str) -> str:
    """A header folded for matching: no case, spacing, punctuation or Finnish/Swedish dots."""
    folded = text.casefold().replace("ä", "a").replace("ö", "o").replace("å", "a")
    return re.sub(r"[\W_]+", "", folded)


def _split(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """(line on which the row starts, cells) for every row that is not blank."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    previous_end = 0
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((previous_end + 1, cells))
            previous_end = reader.line_num
    except csv.Error as error:
        raise ImportFileError(
            f"The file cannot be read as CSV near line {reader.line_num}: {error}. "
            "Save the list again from the spreadsheet as CSV."
        ) from None
    return rows


def _sniff(text: str) -> str | None:
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        return None


def parse(text: str, headers: dict[str, str]) -> tuple[str, int, list[str], list[tuple[int, list[str]]]]:
    """The delimiter, the header's line and cells, and the data rows.

    A first line ``sep=;`` (Excel's own hint) decides the delimiter. Otherwise
    the sniffer's guess wins unless another delimiter splits the header into
    more recognised columns; without a guess, the delimiter that occurs most
    in the first line decides.
    """
    first = next((line for line in io.StringIO(text) if line.strip()), "").strip()
    declared = re.fullmatch(r"sep=(.)", first)
    if declared and declared.group(1) in DELIMITERS:
        delimiter = declared.group(1)
        rows = _split(text, delimiter)[1:]
    else:
        by_count = sorted(DELIMITERS, key=lambda d: -first.count(d))
        sniffed = _sniff(text)
        candidates = ([sniffed] if sniffed else []) + [d for d in by_count if d != sniffed]

        def recognised(delimiter: str) -> int:
            cells = next(csv.reader([first], delimiter=delimiter), [])
            return len({headers[key] for key in map(header_key, cells) if key in headers})

        delimiter = max(candidates, key=recognised)  # max keeps the first of equals
        rows = _split(text, delimiter)
    if not rows:
        raise ImportFileError("The file is empty: there is no header row and no rows to import.")
    (header_line, header), data = rows[0], rows[1:]
    return delimiter, header_line, header, data


def map_columns(header: list[str], headers: dict[str, str]) -> tuple[dict[int, str], list[str]]:
    """The field of each column, and the titled columns that have none (a second column for a
    field already taken is one of them: which of the two holds the data?)."""
    columns: dict[int, str] = {}
    unknown: list[str] = []
    for index, title in enumerate(header):
        target = headers.get(header_key(title))
        if target is None or target in columns.values():
            if title.strip():
                unknown.append(title.strip())
            continue
        columns[index] = target
    return columns, unknown


def parse_date(text: str) -> dt.date | None:
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None
