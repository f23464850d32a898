"""A profile whose outbox holds each case "changes waiting" must count: edits that coalesce,
a batch sent but not answered (edited again since), a record set aside after a refusal, and a
refused record edited again. Built through the services and the replica the engine uses."""

from __future__ import annotations

import uuid

from desktop.services import employers
from desktop.store.tables import OutboxEntry
from desktop.sync.replica import DesktopReplica
from sync.client.replica import OutgoingBatch

ADDED = 3  # coalesced, in flight, refused and edited again; not the one set aside


def _rows(store) -> int:
    with store.reader() as session:
        return len(session.exec(OutboxEntry.__table__.select()).all())


def build(store, actor) -> dict:
    """The records made, by case, and ``waiting``: how many changes wait (the profile's own
    records, never sent, and ``ADDED``)."""
    def employer(name: str):
        return employers.create_employer(store, actor=actor, data={"name": name})

    def edit(record, town: str) -> None:
        employers.update_employer(store, actor=actor, employer_id=record.id, fields={"municipality": town})

    replica = DesktopReplica(store, device_id=uuid.uuid4())
    setup = {change.id for change in replica.pending_changes()}  # the profile's own records
    rows = _rows(store)

    def change_of(record):
        [change] = [c for c in replica.pending_changes() if c.id == record.id]
        return change

    coalesced = employer("Kolme Muokkausta Oy")
    edit(coalesced, "Raahe")
    edit(coalesced, "Oulu")
    in_flight = employer("Matkalla Oy")
    replica.begin_batch(OutgoingBatch(uuid.uuid4(), (change_of(in_flight),)))
    edit(in_flight, "Haapavesi")  # a newer edit beside the batch on its way
    aside = employer("Sivussa Oy")
    replica.refuse_locally(OutgoingBatch(uuid.uuid4(), (change_of(aside),)), "refused")
    edited = employer("Korjattu Oy")
    replica.refuse_locally(OutgoingBatch(uuid.uuid4(), (change_of(edited),)), "refused")
    edit(edited, "Ylivieska")  # edited again: it goes with the next sync
    assert _rows(store) - rows == 8  # rows, not changes
    return {"coalesced": coalesced.id, "in_flight": in_flight.id, "aside": aside.id, "edited": edited.id,
            "setup": setup, "waiting": len(setup) + ADDED}
