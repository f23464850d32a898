"""Import a client list saved from a spreadsheet (CSV).

The file is read as every import reads one (``desktop.exchange.csv_table``):
UTF-8 with or without a BOM or Windows-1252, comma, semicolon or tab, headers
in Finnish or English in any case and spacing; the columns are listed in
``docs/import.md``. Every row is checked before anything is written: the
client schema (name, identity code's check character, dates in order, codes
such as gender and language), staff and localities known on this laptop, and
duplicates — of a client already in the profile (by identity code, or by
name and birth date) and of an earlier row of the same file. Each problem is
reported with the row's physical line number (the header is line 1).

Clients are assigned to the importing user unless a staff column names staff
(by the name or e-mail of a staff record; several separated by commas). The
server takes a new client only from one of its staff, so a staff column must
name the importing user too; a manager moves the clients on after the sync
(``kentta caseload move``, or Move to staff… on the Clients page).

Without ``skip_invalid`` one bad row stops the whole import: nothing is
written. With it the good rows are imported and the bad ones skipped. Either
way the import is one transaction through ``changes.create``, so every client
gets its outbox entry. Logs hold counts only, never names or identity codes.
"""

from __future__ import annotations

import logging
import re
import uuid
from dataclasses import dataclass
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
    header_key,
    parse_date,
    read_table,
)
from desktop.services import changes
from desktop.services.changes import Actor
from desktop.services.duplicates import PERSONAL_ID, find_local_duplicates, name_key
from desktop.store.profile import Store
from desktop.store.tables import Client, Locality, Staff
from desktop.translation import QT_TRANSLATE_NOOP

__all__ = ["HEADERS", "ImportFileError", "ImportReport", "RowProblem", "UnknownClientColumns",
           "import_clients"]

logger = logging.getLogger(__name__)


def _keys(*titles: str) -> tuple[str, ...]:
    return tuple(header_key(title) for title in titles)


# Normalised header -> client field, or one of the import's own columns ("first_name",
# "last_name", "locality", "staff").
HEADERS: dict[str, str] = {
    **dict.fromkeys(_keys("nimi", "name", "asiakas", "asiakkaan nimi", "koko nimi", "client",
                          "client name", "full name"), "name"),
    **dict.fromkeys(_keys("etunimi", "etunimet", "first name", "given name"), "first_name"),
    **dict.fromkeys(_keys("sukunimi", "last name", "surname", "family name"), "last_name"),
    **dict.fromkeys(_keys("henkilötunnus", "hetu", "henkilötunnus (hetu)", "personal id",
                          "personal identity code", "identity code", "ssn"), "personal_id"),
    **dict.fromkeys(_keys("puhelin", "puhelinnumero", "puh", "matkapuhelin", "phone",
                          "phone number", "mobile"), "phone"),
    **dict.fromkeys(_keys("sähköposti", "sposti", "email", "e-mail", "email address"), "email"),
    **dict.fromkeys(_keys("kotikunta", "kunta", "municipality", "home municipality"), "municipality"),
    **dict.fromkeys(_keys("paikkakunta", "toimipiste", "locality", "office"), "locality"),
    **dict.fromkeys(_keys("kieli", "asiointikieli", "language"), "language"),
    **dict.fromkeys(_keys("lähettäjä", "ohjautuminen", "ohjaava taho", "lähettävä taho",
                          "referral source", "referred by"), "referral_source"),
    **dict.fromkeys(_keys("lähetepäivä", "ohjautumispäivä", "lähetetty", "referred on",
                          "referral date"), "referred_on"),
    **dict.fromkeys(_keys("palvelu alkaa", "palvelun alku", "palvelun alkamispäivä", "aloituspäivä",
                          "alkupäivä", "service start", "start date"), "service_start"),
    **dict.fromkeys(_keys("palvelu päättyy", "palvelun loppu", "palvelun päättymispäivä",
                          "päättymispäivä", "loppupäivä", "service end", "end date"), "service_end"),
    **dict.fromkeys(_keys("palvelupolku", "polku", "service path"), "service_path"),
    **dict.fromkeys(_keys("sukupuoli", "gender"), "gender"),
    **dict.fromkeys(_keys("syntymäaika", "syntymäpäivä", "birth date", "date of birth"), "birth_date"),
    **dict.fromkeys(_keys("työllisyysalue", "employment area"), "employment_area"),
    **dict.fromkeys(_keys("tavoitteet", "työtavoitteet", "job goals", "goals"), "job_goals"),
    **dict.fromkeys(_keys("vastuuhenkilö", "vastuuvalmentaja", "valmentaja", "uravalmentaja",
                          "työntekijä", "staff", "assigned staff", "coach"), "staff"),
}
# The headers a refused file is told about: Finnish / English, one per column.
KNOWN_HEADERS = (
    "Nimi / Name", "Etunimi / First name", "Sukunimi / Last name", "Henkilötunnus / Personal ID",
    "Puhelin / Phone", "Sähköposti / Email", "Kunta / Municipality", "Paikkakunta / Locality",
    "Kieli / Language", "Lähettäjä / Referral source", "Lähetepäivä / Referred on",
    "Palvelu alkaa / Service start", "Palvelu päättyy / Service end", "Palvelupolku / Service path",
    "Sukupuoli / Gender", "Syntymäaika / Birth date", "Työllisyysalue / Employment area",
    "Tavoitteet / Job goals", "Vastuuhenkilö / Staff",
)
DATE_FIELDS = ("referred_on", "service_start", "service_end", "birth_date")
LANGUAGE_WORDS = {
    **dict.fromkeys(("fi", "suomi", "finnish", "finska", "fin"), "fi"),
    **dict.fromkeys(("sv", "ruotsi", "swedish", "svenska", "swe"), "sv"),
    **dict.fromkeys(("en", "englanti", "english", "engelska", "eng"), "en"),
}
GENDER_WORDS = {
    **dict.fromkeys(("woman", "female", "f", "nainen", "n", "kvinna"), "woman"),
    **dict.fromkeys(("man", "male", "m", "mies", "man"), "man"),
    **dict.fromkeys(("nonbinary", "muu", "other", "annat", "icke-binär", "ickebinar"), "non_binary"),
}


class UnknownClientColumns(ImportFileError):
    """Headers that name no client column, or one already named; nothing was imported."""

    def __init__(self, unknown: list[str], known: tuple[str, ...] = KNOWN_HEADERS) -> None:
        self.unknown = list(unknown)
        self.known = list(known)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing was imported: the file has columns that the client list does not know: %1. "
                "Rename them or remove them from the file. The columns it knows: %2."),
            ", ".join(f"“{name}”" for name in self.unknown), ", ".join(self.known))


@dataclass
class _Known:
    """What the rows are checked against: the profile's staff and localities."""

    staff: dict[str, list[uuid.UUID]]  # casefolded name or e-mail -> staff ids
    localities: dict[str, uuid.UUID]


def import_clients(
    store: Store, *, actor: Actor, path: Path | str, skip_invalid: bool = False
) -> ImportReport:
    """Import the clients listed in the CSV file at ``path``; see the module docstring."""
    table = read_table(path, HEADERS)
    if table.unknown:
        raise UnknownClientColumns(table.unknown)
    named = set(table.columns.values())
    if "name" not in named and not {"first_name", "last_name"} <= named:
        raise ImportFileError(
            "The file has no column for the client's name, so nothing was imported. "
            "Name the column 'Nimi' or 'Name' (or give 'Etunimi' and 'Sukunimi'). Columns found "
            f"on line {table.header_line}: {table.found()}."
        )
    report = ImportReport(encoding=table.encoding, delimiter=table.delimiter)
    with store.session() as session:
        known = _known(session)
        seen_codes: dict[str, int] = {}
        seen_names: dict[tuple[str, Any], int] = {}
        good: list[dict[str, Any]] = []
        for line, cells in table.rows:
            data, problems = _row_data(cells, table, known, actor)
            if not problems:
                problems = _duplicates(session, data, seen_codes, seen_names, line)
            if problems:
                report.problems.extend(RowProblem(line, message) for message in problems)
                report.skipped += 1
                continue
            good.append(data)
        if report.problems and not skip_invalid:
            report.skipped += len(good)
            logger.info("client import refused: %s problems in %s rows", len(report.problems),
                        report.skipped)
            return report
        for data in good:
            changes.create(session, Client, data, actor=actor)
        report.imported = len(good)
    logger.info("clients imported: %s, skipped: %s (%s)", report.imported, report.skipped,
                table.encoding)
    return report


def _known(session) -> _Known:
    staff: dict[str, list[uuid.UUID]] = {}
    for row in session.exec(select(Staff).where(Staff.deleted == False)).all():  # noqa: E712
        for key in {row.name.casefold().strip(), (row.email or "").casefold().strip()} - {""}:
            staff.setdefault(key, []).append(row.id)
    localities = {row.name.casefold(): row.id for row in session.exec(
        select(Locality).where(Locality.deleted == False)  # noqa: E712
    ).all()}
    return _Known(staff=staff, localities=localities)


def _row_data(cells: list[str], table: Table, known: _Known, actor: Actor) -> tuple[dict, list[str]]:
    data: dict[str, Any] = {}
    problems: list[str] = []
    values = table.values(cells)
    if "name" not in values and ("first_name" in values or "last_name" in values):
        values["name"] = " ".join(v for v in (values.get("first_name"), values.get("last_name")) if v)
    for target, value in values.items():
        title = table.title(target)
        if target in ("first_name", "last_name"):
            continue
        if target in DATE_FIELDS:
            day = parse_date(value)
            if day is None:
                problems.append(f"{title}: '{value}' is not a date; {DATE_HINT}.")
                continue
            data[target] = day
        elif target == "language":
            code = LANGUAGE_WORDS.get(value.casefold())
            if code is None:
                problems.append(f"{title}: '{value}' is not a language of the service; write "
                                "fi, sv or en (suomi, ruotsi, englanti).")
                continue
            data[target] = code
        elif target == "gender":
            code = GENDER_WORDS.get(header_key(value))
            if code is None:
                problems.append(f"{title}: '{value}' is not a gender the funder counts; write "
                                "nainen / woman, mies / man or muu / non-binary.")
                continue
            data[target] = code
        elif target == "locality":
            locality_id = known.localities.get(value.casefold())
            if locality_id is None:
                problems.append(f"{title}: there is no locality '{value}' on this laptop.")
                continue
            data["locality_id"] = locality_id
        elif target == "staff":
            staff_ids, staff_problems = _staff(value, title, known)
            problems.extend(staff_problems)
            if staff_ids and not staff_problems and actor.staff_id not in staff_ids:
                problems.append(f"{title}: a client you add must list you among its staff (the "
                                "server refuses a new client that does not); add your name, and "
                                "move the client to the others after the sync.")
            if staff_ids:
                data["assigned_staff_ids"] = [str(s) for s in staff_ids]
        else:
            data[target] = value
    if not data.get("name"):
        problems.append(f"{table.title('name')}: the client's name is missing.")
    if "locality_id" not in data and data.get("municipality"):
        locality_id = known.localities.get(data["municipality"].casefold())
        if locality_id:
            data["locality_id"] = locality_id
    if "assigned_staff_ids" not in data and "staff" not in values:
        if actor.staff_id is None:
            problems.append("No staff member is named for the client and this profile has no "
                            "user to assign them to.")
        else:
            data["assigned_staff_ids"] = [str(actor.staff_id)]
    if problems:
        return data, problems
    try:
        checked = changes.validate(Client, data)
    except InvalidInput as error:
        titles = {target: table.title(target) for target in table.columns.values()}
        return data, [f"{titles.get(e.name) or e.name}: {e.message}" if e.name else e.message
                      for e in error.errors]
    data["personal_id"] = checked.personal_id
    data["birth_date"] = checked.birth_date
    return data, []


def _staff(value: str, title: str, known: _Known) -> tuple[list[uuid.UUID], list[str]]:
    ids: list[uuid.UUID] = []
    problems: list[str] = []
    for part in filter(None, (p.strip() for p in re.split(r"[,;|]", value))):
        matches = known.staff.get(part.casefold(), [])
        if not matches:
            problems.append(f"{title}: no staff member '{part}' is known on this laptop "
                            "(write the name or e-mail of a staff member).")
        elif len(set(matches)) > 1:
            problems.append(f"{title}: more than one staff member is called '{part}'; "
                            "write their e-mail instead.")
        else:
            ids.append(matches[0])
    return list(dict.fromkeys(ids)), problems


def _duplicates(session, data: dict, seen_codes: dict[str, int],
                seen_names: dict[tuple[str, Any], int], line: int) -> list[str]:
    """A client already in the profile (``desktop.services.duplicates``, the check a client
    typed in gets), or on an earlier line of this file."""
    code = data.get("personal_id")
    birth_date = data.get("birth_date")
    found = find_local_duplicates(session, personal_id=code, name=data["name"], birth_date=birth_date)
    if found and found[0].reason == PERSONAL_ID:
        return ["A client with this personal identity code is already recorded in this profile."]
    if found:
        return ["A client with this name and birth date is already recorded in this profile."]
    name_birth = (name_key(data["name"]), birth_date)
    if code and code in seen_codes:
        return [f"The same personal identity code is already on line {seen_codes[code]} of this file."]
    if birth_date and name_birth in seen_names:
        return [f"The same name and birth date are already on line {seen_names[name_birth]} "
                "of this file."]
    if code:
        seen_codes[code] = line
    if birth_date:
        seen_names[name_birth] = line
    return []
