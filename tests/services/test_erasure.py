"""A deleted record leaves no content on the laptop: not in its tables, its outbox, its
drafts, its search index, nor in any page of the file or its WAL (free pages included)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text
from sqlmodel import select

from desktop.services import clients, drafts, employers, search
from desktop.store.tables import Client, ClientNote, Draft, Employer, OutboxEntry
from tests.support.decrypted import every_page

NOTE = "Zyqwarblefrost muistiinpano"  # a distinctive word, found nowhere else
NAME = "Quxlinderberg Asiakas"
TRACES = (b"warblefrost", b"linderberg")  # in the text as typed and in the search terms


def _checkpoint(store) -> None:
    with store.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").all()


def _traces(store) -> list[bytes]:
    _checkpoint(store)
    pages = every_page(store)
    return [trace for trace in TRACES if trace in pages]


def _client_with_note(store, actor):
    client = clients.create_client(store, actor=actor, data={"name": NAME,
                                                             "service_start": dt.date(2026, 1, 5)})
    note = clients.add_note(store, actor=actor, client_id=client.id,
                            data={"noted_on": dt.date(2026, 2, 1), "text": NOTE})
    return client, note


def test_the_page_reader_sees_live_text(store, actor):
    _client_with_note(store, actor)
    assert _traces(store) == list(TRACES)


def test_a_deleted_client_leaves_no_trace_in_any_page(store, actor):
    client, note = _client_with_note(store, actor)
    drafts.save_draft(store, f"handover:{client.id}", "handover", {"work_done": NOTE})
    clients.delete_client(store, actor=actor, client_id=client.id)

    with store.reader() as session:
        assert session.get(Client, client.id) is None
        assert session.get(ClientNote, note.id) is None
        assert session.exec(select(Draft)).all() == []
        # Never sent: the server has nothing to delete, so nothing waits to be sent.
        assert session.exec(select(OutboxEntry).where(OutboxEntry.record_id.in_([client.id, note.id]))).all() == []
    assert search.search(store, "zyqwarblefrost") == []
    assert _traces(store) == []


def test_a_synced_record_deleted_keeps_only_a_delete_without_fields(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Quxlinderberg Oy",
                                                                   "notes": NOTE})
    with store.session() as session:  # as if synced: revision 3 on the server, outbox empty
        session.exec(text("DELETE FROM outbox"))
        session.get(Employer, employer.id).rev = 3
    employers.update_employer(store, actor=actor, employer_id=employer.id,
                              fields={"notes": NOTE + " toinen"})
    employers.delete_employer(store, actor=actor, employer_id=employer.id)

    with store.reader() as session:
        assert session.get(Employer, employer.id) is None
        entries = session.exec(select(OutboxEntry).where(OutboxEntry.record_id == employer.id)).all()
    assert [(e.kind, e.base_rev, e.deleted, e.fields) for e in entries] == [("employer", 3, True, {})]
    assert _traces(store) == []
