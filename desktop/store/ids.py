"""``column IN (ids)`` for many ids as one JSON parameter.

``column.in_(ids)`` with a thousand ids is a statement of a thousand parameters, compiled and
bound for each page that sync applies; ``among(column, ids)`` is one statement whatever the
number (SQLAlchemy's cache keeps it compiled, SQLite's keeps it prepared) and SQLite reads the
list with ``json_each``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable

from sqlalchemy import func, literal, select
from sqlalchemy.sql.elements import ColumnElement


def among(column, ids: Iterable[uuid.UUID]) -> ColumnElement[bool]:
    """True where a UUID column holds one of ``ids`` (stored on SQLite as 32 hex digits)."""
    listed = func.json_each(literal(json.dumps([value.hex for value in ids]))).table_valued("value")
    return column.in_(select(listed.c.value))
