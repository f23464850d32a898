"""Import an employer list saved from a spreadsheet (CSV).

What Excel and LibreOffice write is accepted: UTF-8 with or without a BOM
(or, failing that, Windows-1252 / Latin-1), comma, semicolon or tab between
fields, quoted fields that hold the delimiter or line breaks, and headers in
Finnish or English in any case and spacing. Rows are checked with the
employer schema before anything is written; each problem is reported with
the row's physical line number in the file (the header is line 1). A header
that names no employer field (a misspelt "Y-tunus", a column this list does
not keep) refuses the whole file, naming it and the headers known: its
column would otherwise be dropped without a word.

Without ``skip_invalid`` one bad row stops the whole import: nothing is
written. With it the good rows are imported and the bad ones skipped. Either
way the import is one transaction through ``changes.create``, so every
employer gets its outbox entry.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import select

from desktop.errors import InvalidInput, KenttaError
from desktop.services import changes
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import Employer, Locality
from desktop.translation import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")  # latin-1 decodes any bytes
DELIMITERS = ",;\t"

# Normalised header (see _header_key) -> employer field.
HEADERS: dict[str, str] = {
    **dict.fromkeys(("nimi", "name", "yrityksennimi", "yritys", "company", "companyname",
                     "tyonantaja", "employer"), "name"),
    **dict.fromkeys(("ytunnus", "businessid", "yt"), "business_id"),
    **dict.fromkeys(("kotikunta", "kunta", "municipality", "sijaintikunta"), "municipality"),
    **dict.fromkeys(("toimiala", "industry", "toimialatol2008"), "industry"),
    **dict.fromkeys(("osoite", "address", "katuosoite", "kayntiosoite"), "address"),
    **dict.fromkeys(("aiesopimus", "letterofintent", "aiesopimuspvm", "aiesopimuspaiva",
                     "letterofintentdate"), "letter_of_intent_date"),
    **dict.fromkeys(("lisatiedot", "huomiot", "notes"), "notes"),
}
# The headers a refused file is told about: Finnish / English, one per field.
KNOWN_HEADERS = ("Nimi / Name", "Y-tunnus / Business ID", "Kunta / Municipality", "Toimiala / Industry",
                 "Osoite / Address", "Aiesopimus / Letter of intent", "Lisätiedot / Notes")
_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d")


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
    """The file as a whole cannot be read as an employer list; nothing was imported."""


class UnknownColumns(ImportFileError):
    """Headers that name no employer field, or one already named; nothing was imported.
    ``str()`` is the plain English message the command line prints; the app words it in its
    language as every ``KenttaError`` (``desktop.i18n.error_message``)."""

    def __init__(self, unknown: list[str], known: tuple[str, ...] = KNOWN_HEADERS) -> None:
        self.unknown = list(unknown)
        self.known = list(known)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing was imported: the file has columns that the employer list does not know: %1. "
                "Rename them or remove them from the file. The columns it knows: %2."),
            ", ".join(f"“{name}”" for name in self.unknown), ", ".join(self.known))


def import_employers(
    store: Store, *, actor: Actor, path: Path | str, skip_invalid: bool = False
) -> ImportReport:
    """Import the employers listed in the CSV file at ``path``; see the module docstring."""
    text, encoding = _read_text(Path(path))
    delimiter, header_line, header, rows = _parse(text)
    columns, unknown = _map_columns(header)
    if unknown:
        raise UnknownColumns(unknown)
    if "name" not in columns.values():
        raise ImportFileError(
            "The file has no column for the employer's name, so nothing was imported. "
            "Name the column 'Nimi' or 'Name'. Columns found on line "
            f"{header_line}: {', '.join(h.strip() for h in header if h.strip()) or 'none'}."
        )
    report = ImportReport(encoding=encoding, delimiter=delimiter)
    with store.session() as session:
        known = set(session.exec(
            select(Employer.business_id).where(Employer.deleted == False)  # noqa: E712
        ).all())
        localities = {row.name.casefold(): row.id for row in session.exec(
            select(Locality).where(Locality.deleted == False)  # noqa: E712
        ).all()}
        seen: dict[str, int] = {}
        good: list[dict[str, Any]] = []
        for line, cells in rows:
            data, problems = _row_data(cells, columns, header)
            if not problems:
                problems = _check(data, line, known, seen)
            if problems:
                report.problems.extend(RowProblem(line, message) for message in problems)
                report.skipped += 1
                continue
            locality_id = localities.get((data.get("municipality") or "").casefold())
            good.append(data | ({"locality_id": locality_id} if locality_id else {}))
        if report.problems and not skip_invalid:
            report.skipped += len(good)
            logger.info("employer import refused: %s bad rows of %s", len(report.problems),
                        report.skipped)
            return report
        for data in good:
            changes.create(session, Employer, data, actor=actor)
        report.imported = len(good)
    logger.info("employers imported: %s, skipped: %s (%s)", report.imported, report.skipped, encoding)
    return report


def _read_text(path: Path) -> tuple[str, str]:
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


def _header_key(text: str) -> str:
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


def _parse(text: str) -> tuple[str, int, list[str], list[tuple[int, list[str]]]]:
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
            return len({HEADERS[key] for key in map(_header_key, cells) if key in HEADERS})

        delimiter = max(candidates, key=recognised)  # max keeps the first of equals
        rows = _split(text, delimiter)
    if not rows:
        raise ImportFileError("The file is empty: there is no header row and no employers.")
    (header_line, header), data = rows[0], rows[1:]
    return delimiter, header_line, header, data


def _map_columns(header: list[str]) -> tuple[dict[int, str], list[str]]:
    """The employer field of each column, and the titled columns that have none (a second
    column for a field already taken is one of them: which of the two holds the data?)."""
    columns: dict[int, str] = {}
    unknown: list[str] = []
    for index, title in enumerate(header):
        target = HEADERS.get(_header_key(title))
        if target is None or target in columns.values():
            if title.strip():
                unknown.append(title.strip())
            continue
        columns[index] = target
    return columns, unknown


def _parse_date(text: str) -> dt.date | None:
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _row_data(cells: list[str], columns: dict[int, str], header: list[str]) -> tuple[dict, list[str]]:
    data: dict[str, Any] = {}
    problems: list[str] = []
    titles = {target: header[index].strip() for index, target in columns.items()}
    for index, target in columns.items():
        value = cells[index].strip() if index < len(cells) else ""
        if not value:
            continue
        if target == "letter_of_intent_date":
            day = _parse_date(value)
            if day is None:
                problems.append(f"{titles[target]}: '{value}' is not a date; write it as "
                                "d.m.yyyy (1.2.2024) or yyyy-mm-dd (2024-02-01).")
                continue
            value = day
        data[target] = value
    if not data.get("name"):
        problems.append(f"{titles['name']}: the employer's name is missing.")
    if problems:
        return data, problems
    try:
        checked = changes.validate(Employer, data)
    except InvalidInput as error:
        return data, [f"{titles.get(e.name, e.field)}: {e.message}" for e in error.errors]
    data["business_id"] = checked.business_id
    return data, []


def _check(data: dict, line: int, known: set, seen: dict[str, int]) -> list[str]:
    business_id = data.get("business_id")
    if not business_id:
        return []
    if business_id in known:
        return [f"An employer with business ID {business_id} is already recorded in this profile."]
    if business_id in seen:
        return [f"The business ID {business_id} is already on line {seen[business_id]} of this file."]
    seen[business_id] = line
    return []
