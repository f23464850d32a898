"""Full exports of a profile: one JSON file, or one CSV file per record kind.

An export is a full backup of the records the profile holds, personal identity
codes in full: keep the file as safe as the laptop. A deleted record is not in
it: a laptop keeps nothing of one but what sync needs (its id in the outbox). Both formats have every record kind of
``sync.records.RECORD_TYPES``, in that order, even when a kind has no records;
records appear in the order they were stored, each with ``id`` and all its
fields as the wire protocol names them (dates and times in ISO 8601, times in
UTC). Rows are read in batches, so a large profile is never held in memory at
once, all in one read transaction, so the export is a consistent snapshot.

Nothing is left half-written: the export goes to a temporary file (or
folder) beside the target and is renamed into place only when complete.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import literal_column
from sqlmodel import Session, select

from desktop.errors import KenttaError
from desktop.files import replaced_file
from desktop.services import audit
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import TABLES
from sync.records import RECORD_TYPES

logger = logging.getLogger(__name__)

BATCH = 1000  # rows fetched from the database at a time
# Text starting with these is a formula to Excel and LibreOffice (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_json(store: Store, path: Path | str, *, actor: Actor | None = None) -> dict[str, int]:
    """Write every record as one JSON object ``{kind: [record, ...], ...}``.

    One record per line, so that a large file stays readable and diffable.
    Returns the number of records per kind. With ``actor``, the export is
    recorded in the audit log.
    """
    counts: dict[str, int] = {}
    with replaced_file(path, private=True) as raw, store.reader() as session:
        out = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        try:
            out.write("{")
            for number, kind in enumerate(RECORD_TYPES):
                out.write(("," if number else "") + f"\n{json.dumps(kind)}: [")
                counts[kind] = 0
                for record in _records(session, kind):
                    out.write(("," if counts[kind] else "") + "\n")
                    out.write(json.dumps(record, ensure_ascii=False))
                    counts[kind] += 1
                out.write("\n]" if counts[kind] else "]")
            out.write("\n}\n")
        finally:
            out.detach()  # flushed into ``raw``; replaced_file syncs and renames it
    _done(store, actor, "json", counts)
    return counts


def export_csv(store: Store, path: Path | str, *, actor: Actor | None = None) -> dict[str, int]:
    """Write one ``<kind>.csv`` per record kind into a zip file or a new folder.

    A path ending in ``.zip`` makes one zip file; any other path is a folder,
    made here, which must not exist or be empty. Each CSV is UTF-8 with a BOM
    (so that Excel shows Finnish letters right), comma-separated, with a
    header row of field names; lists are written as JSON text, booleans as
    ``true``/``false`` and empty values as empty cells. Text that a
    spreadsheet would run as a formula (starting with ``= + - @``, such as a
    phone number ``+358…``) gets a leading apostrophe, as OWASP advises
    against CSV injection; the JSON export keeps every value as it is. Returns the number of
    records per kind. With ``actor``, the export is recorded in the audit log.
    """
    target = Path(path)
    if target.suffix.lower() == ".zip":
        counts = _export_zip(store, target)
    else:
        counts = _export_folder(store, target)
    _done(store, actor, "csv", counts)
    return counts


# --- reading -------------------------------------------------------------------------


def _records(session: Session, kind: str) -> Iterator[dict[str, Any]]:
    """The records of a kind as JSON-ready dicts, fields in schema order, in batches."""
    table = TABLES[kind]
    names = list(table.model_fields)
    statement = (select(table).where(table.deleted == False)  # noqa: E712 - rows kept from before
                 .order_by(literal_column("rowid")).execution_options(yield_per=BATCH))
    # The session's identity map holds its objects weakly: a written row is let go.
    for record in session.exec(statement):
        dumped = record.model_dump(mode="json")
        yield {name: dumped[name] for name in names}


# --- CSV ---------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text  # a spreadsheet must not run it as a formula
    return text


def _write_csv(out: TextIO, session: Session, kind: str) -> int:
    writer = csv.writer(out)
    names = list(TABLES[kind].model_fields)
    writer.writerow(names)
    count = 0
    for record in _records(session, kind):
        writer.writerow([_cell(record[name]) for name in names])
        count += 1
    return count


def _export_zip(store: Store, target: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    with replaced_file(target, private=True) as raw, store.reader() as session:
        with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for kind in RECORD_TYPES:
                entry = archive.open(f"{kind}.csv", "w", force_zip64=True)
                with io.TextIOWrapper(entry, encoding="utf-8-sig", newline="") as out:
                    counts[kind] = _write_csv(out, session, kind)
    return counts


def _export_folder(store: Store, target: Path) -> dict[str, int]:
    _check_folder_free(target)
    parent = _existing_parent(target)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent))
    counts: dict[str, int] = {}
    try:
        with store.reader() as session:
            for kind in RECORD_TYPES:
                with open(tmp / f"{kind}.csv", "w", encoding="utf-8-sig", newline="") as out:
                    counts[kind] = _write_csv(out, session, kind)
                    _sync(out)
        _check_folder_free(target)
        if target.exists():
            target.rmdir()  # empty: checked just above
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return counts


# --- targets and atomic replacement ------------------------------------------------------


def _existing_parent(target: Path) -> Path:
    parent = target.parent
    if not parent.is_dir():
        raise KenttaError(f"The folder {parent} does not exist. Make it first, or choose another place.")
    return parent


def _check_folder_free(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise KenttaError(f"{target} is a file. Give a new or empty folder for the CSV files.")
    if target.is_dir() and any(target.iterdir()):
        raise KenttaError(
            f"The folder {target} is not empty, so nothing was written into it. "
            "Give a new or empty folder, or a file name ending in .zip."
        )


def _sync(out) -> None:
    out.flush()
    os.fsync(out.fileno())


def _done(store: Store, actor: Actor | None, fmt: str, counts: dict[str, int]) -> None:
    logger.info("full export (%s) written: %s records", fmt, sum(counts.values()))
    if actor is not None:
        audit.log(store, actor=actor, action="export", record_kind="profile",
                  detail=f"full export ({fmt}): {counts.get('client', 0)} clients")
