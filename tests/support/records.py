"""Reading what a test wrote: the live records of a table."""

from __future__ import annotations

from sqlmodel import select


def rows(store, table):
    with store.reader() as session:
        return list(session.exec(select(table).where(table.deleted == False)).all())  # noqa: E712
