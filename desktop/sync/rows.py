"""Record values between the wire (JSON fields) and the local tables (typed columns)."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import Any

from pydantic import ValidationError

from desktop.store.tables import TABLES
from sync.records import COMMON_FIELDS, DATA_FIELDS, RECORD_TYPES, RecordBase  # noqa: F401 - conflicts.py imports DATA_FIELDS here
from sync.visibility import figures_of, is_figure

logger = logging.getLogger(__name__)

CLIENT_CHILD_KINDS = tuple(
    kind for kind, cls in RECORD_TYPES.items() if cls.client_scoped and kind != "client"
)


def wire_fields(record: RecordBase) -> dict[str, Any]:
    """A local record's data fields as the wire carries them."""
    return record.model_dump(mode="json", include=set(DATA_FIELDS[record.kind]))


def row_values(
    kind: str,
    record_id: uuid.UUID,
    fields: dict[str, Any],
    *,
    rev: int,
    deleted: bool,
    modified_at: dt.datetime,
    modified_by: str | None,
    figures_only: bool = False,
) -> dict[str, Any] | None:
    """Column values for a local row, validated by the shared schema; None when invalid.

    A record's figures only (``figures_only``, ``sync.visibility``) are validated with a stand-in
    for each required field left out, and every column not among the figures is NULL.

    Fields the schema does not know (from a newer server) are ignored. Called once per pulled
    record, so it goes to pydantic's validator directly, into an instance made without
    ``__init__`` (what SQLModel's ``__init__`` does for a model that is not a table, without
    its wrapping: half the time per record), and reads the validated values without dumping
    them again.
    """
    data = {**_STAND_INS[kind], **figures_of(kind, fields)} if figures_only else dict(fields)
    data.update(id=record_id, rev=rev, deleted=deleted, modified_at=modified_at, modified_by=modified_by)
    schema = RECORD_TYPES[kind]
    model = schema.__new__(schema)
    try:
        schema.__pydantic_validator__.validate_python(data, self_instance=model)
    except ValidationError:
        logger.warning("a %s record could not be stored here (%s)", kind, record_id)
        return None
    values = model.__dict__
    if figures_only:
        return {name: values[name] if name in COMMON_FIELDS or is_figure(kind, name) else None
                for name in _COLUMNS[kind]}
    if kind in _FIELDS_ARE_COLUMNS:
        return values  # the model is not kept: its values are the row's
    return {name: values[name] for name in _COLUMNS[kind]}


_COLUMNS: dict[str, tuple[str, ...]] = {
    kind: tuple(TABLES[kind].__table__.columns.keys()) for kind in TABLES
}

# Kinds whose schema's fields are the table's columns, in order.
_FIELDS_ARE_COLUMNS = frozenset(
    kind for kind in TABLES if tuple(RECORD_TYPES[kind].model_fields) == _COLUMNS[kind]
)

# For a record's figures only: a text that validates in place of each required field left out.
_STAND_INS: dict[str, dict[str, str]] = {
    kind: {name: "-" for name, info in schema.model_fields.items()
           if info.is_required() and name not in COMMON_FIELDS and not is_figure(kind, name)}
    for kind, schema in RECORD_TYPES.items()
}
