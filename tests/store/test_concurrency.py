"""Several threads writing and reading at once, as the UI's workers do."""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import event
from sqlmodel import select

from desktop.services import clients
from desktop.store.tables import ClientNote


def test_concurrent_writers_wait_for_each_other_and_all_succeed(store, actor):
    people = [clients.create_client(store, actor=actor, data={"name": f"Asiakas {n}",
                                                             "service_start": dt.date(2025, 1, 1)})
              for n in range(8)]
    errors: list[str] = []

    def write(client) -> None:
        for n in range(15):
            try:
                clients.add_note(store, actor=actor, client_id=client.id, data={"text": f"muistiinpano {n}"})
                with store.reader() as session:  # readers beside the writers
                    session.exec(select(ClientNote).where(ClientNote.client_id == client.id)).all()
            except Exception as error:  # noqa: BLE001 - collected and asserted on
                errors.append(type(error).__name__)

    threads = [threading.Thread(target=write, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with store.reader() as session:
        assert len(session.exec(select(ClientNote)).all()) == 8 * 15


def test_write_transactions_take_the_write_lock_at_once(store, actor):
    seen: list[str] = []
    listener = lambda conn, cursor, statement, *rest: seen.append(statement)  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        clients.create_client(store, actor=actor, data={"name": "Lukko"})
        with store.reader() as session:
            session.exec(select(ClientNote)).all()
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    assert "BEGIN IMMEDIATE" in seen
    assert "BEGIN" in seen  # a read does not lock out writers
