"""Pulled pages that follow each other share a transaction of the store; the cursor stored is
always that of the last page whose rows are stored.

The pages are applied to a real SQLCipher profile through ``DesktopReplica`` as the sync engine
applies them; commits are counted by SQLAlchemy's own event.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import event
from sqlmodel import func, select

from desktop.store.tables import Employer, Setting
from desktop.store.settings import CURSOR
from desktop.sync.replica import DesktopReplica, _SharedTransaction
from sync.protocol import PulledChange, PullResponse

NOW = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)


def _pages(count: int, size: int) -> list[PullResponse]:
    pages = []
    seq = 0
    for number in range(count):
        changes = []
        for _ in range(size):
            seq += 1
            changes.append(PulledChange(kind="employer", id=uuid.uuid4(), rev=1, seq=seq, deleted=False,
                                        fields={"name": f"Sivu {number} Oy {seq}"}, modified_at=NOW))
        pages.append(PullResponse(changes=changes, next_cursor=seq, has_more=number < count - 1))
    return pages


@pytest.fixture
def commits(store):
    counted = []
    listener = lambda conn: counted.append(1)  # noqa: E731
    event.listen(store.engine, "commit", listener)
    yield counted
    event.remove(store.engine, "commit", listener)


def _stored(store) -> tuple[int, int]:
    with store.reader() as session:
        employers = session.exec(select(func.count()).select_from(Employer)).one()
        cursor = session.get(Setting, CURSOR.key)
        return employers, (cursor.value if cursor is not None else 0)


def test_pages_share_a_transaction_until_it_holds_enough_and_the_last_page_commits(store, commits, monkeypatch):
    monkeypatch.setattr(_SharedTransaction, "CHANGES", 50)
    monkeypatch.setattr(_SharedTransaction, "SECONDS", 3600.0)
    replica = DesktopReplica(store, device_id=uuid.uuid4())
    with replica.receiving():
        for page in _pages(8, 20):
            report = replica.apply_page(page, histories={})
            assert report.applied == 20
    # 60 changes after pages 3 and 6, then the last page: three transactions, not eight.
    assert len(commits) == 3
    assert _stored(store) == (160, 160)


def test_a_wait_commits_what_came_before_it(store, commits, monkeypatch):
    monkeypatch.setattr(_SharedTransaction, "SECONDS", 3600.0)
    replica = DesktopReplica(store, device_id=uuid.uuid4())
    pages = _pages(4, 10)
    with replica.receiving() as received:
        replica.apply_page(pages[0], histories={})
        replica.apply_page(pages[1], histories={})
        assert commits == []
        received.commit()  # the engine is about to wait for the server
        assert len(commits) == 1 and _stored(store) == (20, 20)
        received.commit()  # nothing open: nothing to commit
        assert len(commits) == 1
        replica.apply_page(pages[2], histories={})
    assert len(commits) == 2  # the block's end keeps page 3, though more was announced
    assert _stored(store) == (30, 30)


def test_a_page_that_fails_takes_back_what_came_since_the_last_commit_and_nothing_before(store, commits):
    replica = DesktopReplica(store, device_id=uuid.uuid4())
    pages = _pages(5, 10)
    cursor_writes = []

    def fail_at_the_fourth_cursor(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith(("INSERT INTO setting", "UPDATE setting")) and CURSOR.key in str(parameters):
            cursor_writes.append(statement)
            if len(cursor_writes) == 4:
                raise RuntimeError("disk full while applying a page")

    event.listen(store.engine, "before_cursor_execute", fail_at_the_fourth_cursor)
    try:
        with pytest.raises(RuntimeError, match="disk full"), replica.receiving() as received:
            for number, page in enumerate(pages):
                replica.apply_page(page, histories={})
                if number == 1:
                    received.commit()  # waited for the server after page 2
    finally:
        event.remove(store.engine, "before_cursor_execute", fail_at_the_fourth_cursor)
    # Pages 1-2 were committed with page 2's cursor; page 3 shared a transaction with page 4,
    # whose rows were written before its cursor failed: both were rolled back, cursor and all.
    assert _stored(store) == (20, 20)
    with replica.receiving():
        for page in pages[2:]:
            replica.apply_page(page, histories={})
    assert _stored(store) == (50, 50)


def test_outside_a_pull_each_page_is_its_own_transaction(store, commits):
    replica = DesktopReplica(store, device_id=uuid.uuid4())
    for page in _pages(3, 5):
        replica.apply_page(page, histories={})
    assert len(commits) == 3 and _stored(store) == (15, 15)


def test_a_later_page_sees_the_outbox_as_the_open_transaction_left_it(store, actor):
    from desktop.services import changes

    replica = DesktopReplica(store, device_id=uuid.uuid4())
    record_id = uuid.uuid4()

    def revision(rev: int, **fields) -> PulledChange:
        return PulledChange(kind="employer", id=record_id, rev=rev, seq=rev, deleted=False, modified_at=NOW,
                            fields={"name": "Oy Alku Ab", "industry": "A", **fields})

    replica.apply_page(PullResponse(changes=[revision(1)], next_cursor=1, has_more=False), histories={})
    with store.session() as session:  # edited here, not yet sent: its base is revision 1
        changes.update(session, changes.get(session, Employer, record_id), {"municipality": "Raahe"}, actor=actor)
    with replica.receiving():
        page = PullResponse(changes=[revision(2, industry="B")], next_cursor=2, has_more=True)
        replica.apply_page(page, histories={})  # merged: the unsent edit now rests on revision 2
        later = PullResponse(changes=[revision(3, industry="C")], next_cursor=3, has_more=False)
        assert [request.base_rev for request in replica.needs_history(later)] == [2]


class _SlowServer:
    """A transport whose pages come after ``delay`` seconds each."""

    def __init__(self, pages: list[PullResponse], delay: float) -> None:
        self.pages = {0: pages[0], **{page.next_cursor: after for page, after in zip(pages, pages[1:])}}
        self.delay = delay

    def pull(self, *, cursor: int, limit: int) -> PullResponse:
        import time

        time.sleep(self.delay)
        return self.pages[cursor]


@pytest.mark.parametrize("delay, shared", [(0.01, True), (0.4, False)])
def test_a_pull_waits_a_moment_for_the_next_page_before_it_commits(store, commits, monkeypatch, delay, shared):
    """A page that comes within ``NEXT_PAGE_WAIT`` joins the open transaction; one that takes
    longer finds the pages before it committed (nothing held open while the server answers)."""
    from sync.client.engine import SyncEngine
    from sync.client.progress import SyncProgress
    from sync.client.receipt import Receipt

    monkeypatch.setattr(_SharedTransaction, "SECONDS", 3600.0)
    monkeypatch.setattr(SyncEngine, "NEXT_PAGE_WAIT", 0.2)
    device_id = uuid.uuid4()
    engine = SyncEngine(transport=_SlowServer(_pages(5, 10), delay), replica=DesktopReplica(store, device_id=device_id),
                        device_id=device_id, page_size=10)
    receipt = Receipt.start()
    engine._pull(receipt, SyncProgress())
    assert receipt.received == 50 and _stored(store) == (50, 50)
    assert len(commits) == (1 if shared else 5)
