"""What a delete from a screen erases, who may make it, and the undo period it names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import text

from desktop.services import clients, deletion, employers, events
from desktop.store.tables import Client


def _client(store, actor, **extra):
    client = clients.create_client(store, actor=actor, data={"name": "Aino Asiakas",
                                                             "service_start": dt.date(2026, 1, 5)} | extra)
    for day in (1, 2, 3):
        clients.add_note(store, actor=actor, client_id=client.id,
                         data={"noted_on": dt.date(2026, 2, day), "text": "tapaaminen"})
    clients.record_consent(store, actor=actor, client_id=client.id, data={"given_on": dt.date(2026, 1, 5)})
    return client


def test_a_client_s_plan_counts_what_is_recorded_under_them(store, actor):
    client = _client(store, actor)
    plan = deletion.plan(store, actor=actor, kind="client", record_id=client.id)
    assert (plan.name, plan.under, plan.under_total, plan.synced, plan.undo_days) == (
        "Aino Asiakas", {"client_note": 3, "consent": 1}, 4, False, 30)


def test_the_undo_period_is_the_organisation_s(store, actor):
    with store.session() as session:
        session.exec(text("UPDATE organisation SET undo_days = 14"))
    employer = employers.create_employer(store, actor=actor, data={"name": "Kone Oy"})
    plan = deletion.plan(store, actor=actor, kind="employer", record_id=employer.id)
    assert (plan.name, plan.undo_days) == ("Kone Oy", 14)


def test_delete_erases_the_client_and_names_the_kinds_that_changed(store, actor):
    client = _client(store, actor)
    changed = deletion.delete(store, actor=actor, kind="client", record_id=client.id)
    assert {"client", "client_note", "consent"} <= changed
    with store.reader() as session:
        assert session.get(Client, client.id) is None
        assert session.exec(text("SELECT count(*) FROM client_note")).one()[0] == 0
    assert deletion.plan(store, actor=actor, kind="client", record_id=client.id) is None


def test_a_client_not_assigned_to_the_user_is_not_offered(store, actor):
    other = uuid.uuid4()
    client = _client(store, actor)
    with store.session() as session:
        session.get(Client, client.id).assigned_staff_ids = [str(other)]
    with store.reader() as session:
        assert not deletion.may_delete(session, actor=actor, record=session.get(Client, client.id))
    with pytest.raises(deletion.NotPermitted):
        deletion.plan(store, actor=actor, kind="client", record_id=client.id)
    with pytest.raises(deletion.NotPermitted):
        deletion.delete(store, actor=actor, kind="client", record_id=client.id)
    manager = dataclasses.replace(actor, role="manager")
    assert deletion.plan(store, actor=manager, kind="client", record_id=client.id).under_total == 4


def test_shared_records_are_deleted_by_any_role_and_staff_never(store, actor):
    coordinator = dataclasses.replace(actor, role="employer_coordinator")
    event = events.create_event(store, actor=actor, data={"name": "Työkohtaamo", "held_on": dt.date(2026, 3, 1)})
    plan = deletion.plan(store, actor=coordinator, kind="recruitment_event", record_id=event.id)
    assert (plan.name, plan.day) == ("Työkohtaamo", dt.date(2026, 3, 1))
    with pytest.raises(deletion.NotPermitted):
        deletion.plan(store, actor=actor, kind="staff", record_id=actor.staff_id)
    with store.reader() as session:
        organisation = session.exec(text("SELECT id FROM organisation")).first()
    with pytest.raises(deletion.NotPermitted):
        deletion.delete(store, actor=actor, kind="organisation", record_id=uuid.UUID(str(organisation[0])))
    with store.reader() as session:
        assert session.exec(text("SELECT count(*) FROM organisation")).one()[0] == 1
