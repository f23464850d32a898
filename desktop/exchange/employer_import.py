"""Import an employer list saved from a spreadsheet (CSV).

What Excel and LibreOffice write is accepted (see ``desktop.exchange.csv_table``),
with headers in Finnish or English in any case and spacing. Rows are checked with the
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

import logging
from pathlib import Path
from typing import Any

from sqlmodel import select

from desktop.errors import InvalidInput
from desktop.exchange.csv_table import (
    DATE_HINT,
    ImportFileError,
    ImportReport,
    RowProblem,
    Table,
    parse_date,
    read_table,
)
from desktop.services import changes
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import Employer, Locality
from desktop.translation import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

__all__ = ["HEADERS", "ImportFileError", "ImportReport", "RowProblem", "UnknownColumns",
           "import_employers"]

# Normalised header (see csv_table.header_key) -> employer field.
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
    table = read_table(path, HEADERS)
    if table.unknown:
        raise UnknownColumns(table.unknown)
    if "name" not in table.columns.values():
        raise ImportFileError(
            "The file has no column for the employer's name, so nothing was imported. "
            "Name the column 'Nimi' or 'Name'. Columns found on line "
            f"{table.header_line}: {table.found()}."
        )
    report = ImportReport(encoding=table.encoding, delimiter=table.delimiter)
    with store.session() as session:
        known = set(session.exec(
            select(Employer.business_id).where(Employer.deleted == False)  # noqa: E712
        ).all())
        localities = {row.name.casefold(): row.id for row in session.exec(
            select(Locality).where(Locality.deleted == False)  # noqa: E712
        ).all()}
        seen: dict[str, int] = {}
        good: list[dict[str, Any]] = []
        for line, cells in table.rows:
            data, problems = _row_data(cells, table)
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
    logger.info("employers imported: %s, skipped: %s (%s)", report.imported, report.skipped,
                table.encoding)
    return report


def _row_data(cells: list[str], table: Table) -> tuple[dict, list[str]]:
    data: dict[str, Any] = {}
    problems: list[str] = []
    titles = {target: table.title(target) for target in table.columns.values()}
    for target, value in table.values(cells).items():
        if target == "letter_of_intent_date":
            day = parse_date(value)
            if day is None:
                problems.append(f"{titles[target]}: '{value}' is not a date; {DATE_HINT}.")
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
