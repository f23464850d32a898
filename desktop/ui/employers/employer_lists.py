"""The lists inside an employer's detail pane, paged and loaded like every
other list (``LazyTableModel``), narrowed to one employer with
``EMPLOYER_WHERE`` and the parameter ``employer_id`` (the id's hex form)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.services.listing import Column, ListSpec

EMPLOYER_WHERE = "t.employer_id = :employer_id"

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
