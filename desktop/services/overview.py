"""Counts of what the profile holds."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from desktop.store.profile import Store
from desktop.store.tables import TABLES
from desktop.sync import outbox


def count_records(store: Store) -> dict[str, int]:
    """Live records per kind, and ``outbox``: the changes waiting to be sent."""
    counts = {}
    with store.reader() as session:
        for kind, table in TABLES.items():
            counts[kind] = session.exec(
                select(func.count()).select_from(table).where(table.deleted == False)  # noqa: E712
            ).one()
        counts["outbox"] = outbox.waiting(session)
    return counts


def count_outbox(store: Store) -> int:
    """Changes waiting to be sent, as every screen counts them (``desktop.sync.outbox.waiting``)."""
    with store.reader() as session:
        return outbox.waiting(session)
