"""The lists inside an employer's detail pane: its contacts, open positions
and visits, paged and filtered as every list is (``listing.fetch_page``),
narrowed to one employer by ``of_employer``. No Qt here: the UI shows them
in its lazy table models, the CLI and plain pytest read them directly."""

from __future__ import annotations

import uuid
from typing import Any

from desktop.services.listing import Column, ListSpec
from desktop.translation import QT_TRANSLATE_NOOP

EMPLOYER_WHERE = "t.employer_id = :employer_id"


def of_employer(employer_id) -> tuple[str, dict[str, Any]]:
    """(extra_where, extra_params) that narrow one of these lists to one employer."""
    return EMPLOYER_WHERE, {"employer_id": uuid.UUID(str(employer_id)).hex}

CONTACTS = ListSpec(
    name="employer_contacts",
    from_sql="FROM contact AS t",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), "t.name"),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), "t.title"),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), "t.phone"),
        Column("email", QT_TRANSLATE_NOOP("Columns", "Email"), "t.email"),
    ),
    order_sql="t.name COLLATE NOCASE, t.id",
)

OPEN_POSITIONS = ListSpec(
    name="employer_open_positions",
    from_sql="FROM position AS t",
    columns=(
        Column("title", QT_TRANSLATE_NOOP("Columns", "Position"), "t.title"),
        Column("count", QT_TRANSLATE_NOOP("Columns", "Count"), "t.count", "count"),
        Column("hidden", QT_TRANSLATE_NOOP("Columns", "Hidden"), "t.hidden", "bool"),
        Column("found_on", QT_TRANSLATE_NOOP("Columns", "Found"), "t.found_on", "date"),
        Column("occupation", QT_TRANSLATE_NOOP("Columns", "Occupation"), "t.occupation"),
    ),
    order_sql="t.found_on DESC, t.title COLLATE NOCASE, t.id",
    where_sql="t.deleted = 0 AND t.filled = 0",
)

EMPLOYER_VISITS = ListSpec(
    name="employer_visits",
    from_sql="FROM visit AS t LEFT JOIN staff AS s ON s.id = t.staff_id",
    columns=(
        Column("visited_at", QT_TRANSLATE_NOOP("Columns", "Date"), "t.visited_at", "datetime"),
        Column("staff", QT_TRANSLATE_NOOP("Columns", "Staff"), "s.name"),
        Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"),
               "replace(substr(coalesce(t.notes, ''), 1, 100), char(10), ' ')"),
    ),
    order_sql="t.visited_at DESC, t.id",
)
