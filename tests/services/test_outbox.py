"""Every change writes its outbox entry in the same transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from desktop.errors import InvalidInput
from desktop.services import changes, clients, employers, events, visits
from desktop.store.tables import (
    Client, ClientNote, Consent, Contact, Employer, EventParticipant, OutboxEntry, Position, Visit,
)


def outbox(store) -> list[OutboxEntry]:
    with store.reader() as session:
        return list(session.exec(select(OutboxEntry).order_by(OutboxEntry.seq)).all())


def count(store, table) -> int:
    with store.reader() as session:
        return len(session.exec(select(table)).all())


def test_create_update_delete_each_write_an_entry(store, actor):
    start = len(outbox(store))
    employer = employers.create_employer(store, actor=actor, data={"name": "Outbox Oy", "business_id": "3914177-5"})
    employers.update_employer(store, actor=actor, employer_id=employer.id, fields={"municipality": "Raahe"})
    created, updated = outbox(store)[start:]
    assert (created.kind, created.record_id, created.base_rev, created.deleted) == ("employer", employer.id, 0, False)
    assert created.fields["name"] == "Outbox Oy" and created.fields["business_id"] == "3914177-5"
    assert updated.fields == {"municipality": "Raahe"}  # only what changed; a no-op writes nothing
    _synced(store, Employer, employer.id, rev=2)
    employers.update_employer(store, actor=actor, employer_id=employer.id, fields={"municipality": "Oulu"})
    employers.delete_employer(store, actor=actor, employer_id=employer.id)
    # The delete replaces the unsent edit: kind, id and base revision, no fields, no row.
    [deleted] = outbox(store)[start:]
    assert (deleted.kind, deleted.record_id, deleted.base_rev, deleted.deleted, deleted.fields) == (
        "employer", employer.id, 2, True, {})
    with store.reader() as session:
        assert session.get(Employer, employer.id) is None


def _synced(store, table, record_id, *, rev: int) -> None:
    """As if a sync had sent the record's entries and the server had stored revision ``rev``."""
    with store.session() as session:
        for entry in session.exec(select(OutboxEntry).where(OutboxEntry.record_id == record_id)).all():
            session.delete(entry)
        session.get(table, record_id).rev = rev


def test_a_record_never_sent_deleted_leaves_nothing_to_send(store, actor):
    start = len(outbox(store))
    employer = employers.create_employer(store, actor=actor, data={"name": "Hetken Oy"})
    employers.delete_employer(store, actor=actor, employer_id=employer.id)
    assert outbox(store)[start:] == []
    assert count(store, Employer) == 0


def test_base_rev_is_the_revision_the_edit_started_from(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Revisio Oy"})
    with store.session() as session:  # as if a sync had acknowledged revision 7
        session.get(Employer, employer.id).rev = 7
    employers.update_employer(store, actor=actor, employer_id=employer.id, fields={"industry": "Rakentaminen"})
    assert outbox(store)[-1].base_rev == 7


def test_a_failure_inside_the_transaction_leaves_neither_change_nor_entry(store, actor):
    before = len(outbox(store))
    with pytest.raises(RuntimeError):
        with store.session() as session:
            changes.create(session, Employer, {"name": "Keskeytynyt Oy"}, actor=actor)
            assert session.exec(select(OutboxEntry)).all()  # written inside the transaction
            raise RuntimeError("power cut")
    assert count(store, Employer) == 0
    assert len(outbox(store)) == before


def test_an_invalid_position_leaves_no_visit_no_contact_and_no_entries(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Käynti Oy"})
    before = len(outbox(store))
    with pytest.raises(InvalidInput) as raised:
        visits.record_visit(
            store, actor=actor, employer_id=employer.id,
            data={"notes": "Hyvä käynti"},
            new_contact={"name": "Uusi Yhteyshenkilö"},
            positions=[{"title": "Hitsaaja"}, {"title": "  ", "count": 1}],
        )
    assert raised.value.codes() == {"positions.1.title": "required"}
    assert count(store, Visit) == count(store, Contact) == count(store, Position) == 0
    assert len(outbox(store)) == before


def test_a_visit_records_contact_and_positions_together(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Käynti Oy"})
    visit = visits.record_visit(
        store, actor=actor, employer_id=employer.id,
        data={"visited_at": dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone.utc),
              "briefing_given": True, "follow_up_date": dt.date(2026, 4, 1)},
        new_contact={"name": "Uusi Yhteyshenkilö", "title": "HR"},
        positions=[{"title": "Hitsaaja", "count": 2}, {"title": "Varastotyö", "hidden": True}],
    )
    assert (visit.open_positions, visit.hidden_jobs, visit.staff_id) == (2, 1, actor.staff_id)
    assert visit.contact_id is not None
    kinds = [entry.kind for entry in outbox(store)[-4:]]
    assert kinds == ["contact", "visit", "position", "position"]


def test_client_children_are_deleted_with_the_client(store, actor):
    client = clients.create_client(store, actor=actor, data={"name": "Poistettava Asiakas"})
    clients.add_note(store, actor=actor, client_id=client.id, data={"text": "Tapaaminen"})
    clients.record_consent(store, actor=actor, client_id=client.id,
                           data={"given_on": dt.date(2026, 1, 1), "share_with_authority": True})
    event = events.create_event(store, actor=actor, data={"name": "Työkohtaamo", "held_on": dt.date(2026, 2, 1)})
    events.add_participant(store, actor=actor, event_id=event.id, client_id=client.id)
    for table in (Client, ClientNote, Consent, EventParticipant):
        with store.reader() as session:
            ids = session.exec(select(table.id)).all()
        for record_id in ids:
            _synced(store, table, record_id, rev=1)
    clients.delete_client(store, actor=actor, client_id=client.id)
    tombstones = [(e.kind, e.fields, e.base_rev) for e in outbox(store) if e.deleted]
    assert sorted(tombstones) == [(kind, {}, 1) for kind in ("client", "client_note", "consent", "event_participant")]
    assert [count(store, table) for table in (Client, ClientNote, Consent, EventParticipant)] == [0, 0, 0, 0]


def test_changes_waiting_counts_one_per_record_as_the_engine_sends_them(store, actor):
    """One definition of "changes waiting": a record's edits coalesce into one change; a batch
    sent but not answered is still waiting (it is sent again); a record set aside after a
    refusal is not, until it is edited again."""
    from desktop.services.overview import count_outbox, count_records
    from desktop.services.sync_status import sync_status
    from desktop.sync import outbox as owner
    from desktop.sync.replica import DesktopReplica
    from tests.support import waiting

    ids = waiting.build(store, actor)
    replica = DesktopReplica(store, device_id=actor.staff_id)
    going = {c.id for batch in replica.in_flight_batches() for c in batch.changes}
    ready = {c.id for c in replica.pending_changes()}
    assert going | ready == ids["setup"] | {ids["coalesced"], ids["in_flight"], ids["edited"]}
    assert ids["waiting"] == len(going | ready)
    with store.reader() as session:
        assert owner.waiting(session) == ids["waiting"]
    status = sync_status(store)
    assert (status.waiting, status.set_aside) == (ids["waiting"], 2)
    assert count_outbox(store) == count_records(store)["outbox"] == ids["waiting"]


def test_the_oldest_change_waiting_is_the_earliest_made_read_from_its_index(store, actor):
    """The Today page's "changes waiting" row is due the day of the earliest entry, whatever
    order the entries were written in (a clock set back), found in ``ix_outbox_created_at``
    rather than by reading the whole outbox."""
    from sqlalchemy import func, update
    from sqlalchemy.dialects import sqlite

    from desktop.sync import outbox as owner

    with store.reader() as session:
        assert owner.oldest_waiting(session) is None  # nothing waiting yet
    employers.create_employer(store, actor=actor, data={"name": "Ensimmäinen Oy"})
    employers.create_employer(store, actor=actor, data={"name": "Toinen Oy"})
    entries = outbox(store)
    earliest = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.timezone.utc)
    with store.session() as session:  # the newest entry made first, by the clock
        session.execute(update(OutboxEntry).where(OutboxEntry.seq == entries[-1].seq).values(created_at=earliest))
    with store.reader() as session:
        assert owner.oldest_waiting(session) == earliest
        query = select(func.min(OutboxEntry.created_at)).compile(dialect=sqlite.dialect())
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {query}").all()
    assert any("ix_outbox_created_at" in row[-1] for row in plan), plan
