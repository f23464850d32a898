"""Drafts: what a form holds before it is saved, kept so that nothing typed is lost.

A form writes its whole state as JSON under a key of its choosing (for
example ``visit:new:<form session id>`` or ``visit:<visit id>``) a moment
after each change. The draft lives in the encrypted database like every
record, but it is never synced: it is this laptop's unfinished work. When
the form is saved or the person discards it, the draft is deleted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
import datetime as dt
from typing import Any

from sqlmodel import Session, select

from desktop.store.profile import Store
from desktop.store.tables import Draft
from sync.records import utcnow

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SavedDraft:
    key: str
    kind: str
    data: dict[str, Any]
    updated_at: dt.datetime  # UTC


def save_draft(store: Store, key: str, kind: str, data: dict[str, Any]) -> None:
    """Write (or replace) the draft under ``key``; one short transaction."""
    with store.session() as session:
        session.merge(Draft(key=key, kind=kind, data=data, updated_at=utcnow()))
    logger.debug("draft saved: %s", key)


def load_drafts(store: Store, kind: str | None = None) -> list[SavedDraft]:
    """The drafts of ``kind`` (all kinds when None), newest first."""
    statement = select(Draft)
    if kind is not None:
        statement = statement.where(Draft.kind == kind)
    with store.reader() as session:
        rows = session.exec(statement.order_by(Draft.updated_at.desc(), Draft.key)).all()
        return [_saved(row) for row in rows]


def load_draft(store: Store, key: str) -> SavedDraft | None:
    with store.reader() as session:
        return load_in(session, key)


def load_in(session: Session, key: str) -> SavedDraft | None:
    """The draft under ``key``, read in the caller's transaction."""
    row = session.get(Draft, key)
    return None if row is None else _saved(row)


def _saved(row: Draft) -> SavedDraft:
    # SQLite keeps the time without its zone; it was written in UTC.
    moment = row.updated_at if row.updated_at.tzinfo else row.updated_at.replace(tzinfo=dt.timezone.utc)
    return SavedDraft(row.key, row.kind, dict(row.data), moment)


def delete_draft(store: Store, key: str) -> None:
    """Forget the draft under ``key``; nothing happens when there is none."""
    with store.session() as session:
        delete_in(session, key)


def delete_in(session: Session, key: str) -> None:
    """Forget the draft under ``key`` in the caller's transaction (the form it kept was saved)."""
    row = session.get(Draft, key)
    if row is not None:
        session.delete(row)
        session.flush()
    logger.debug("draft deleted: %s", key)
