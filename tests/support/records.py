"""Reading what a test wrote: the live records of a table."""

from __future__ import annotations

from sqlmodel import select


def rows(store, table):
    with store.reader() as session:
        return list(session.exec(select(table).where(table.deleted == False)).all())  # noqa: E712


def refuse_draft_removal(store):
    """Make removing a draft fail inside SQLite, as a full or failing disk would;
    returns a function that mends it."""
    from sqlalchemy import text

    with store.session() as session:
        session.exec(text("CREATE TRIGGER no_draft_delete BEFORE DELETE ON draft "
                          "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"))

    def mend() -> None:
        with store.session() as session:
            session.exec(text("DROP TRIGGER no_draft_delete"))

    return mend
