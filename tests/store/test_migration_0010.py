"""Migration 0010: a manager's laptop synced before the figures-only rule keeps, of the clients
not assigned to its user, their figures only; an administrator's keeps no client data."""

from __future__ import annotations

import datetime as dt
import uuid

from alembic import command
from sqlmodel import select

from desktop.services import clients, search
from desktop.store import migrate
from desktop.store.settings import ROLE
from desktop.store.tables import AuditEvent, Client, ClientNote, Consent, Transition
from desktop.sync.apply import PageWriter
from desktop.sync.erasure import truncate_wal
from sync.protocol import PulledChange, PullResponse
from tests.support.decrypted import every_page

NAME, PID, NOTE, GOALS, TRANSITION_NOTE = ("Quxilla Vorpalinen", "150588-9480", "Zyqwarblefrost",
                                          "Frobnistavoite", "Plumbusmuistio")


def _as_an_old_pull_gave_it(store):
    """Another coach's client in full, as a manager's laptop got it before figures-only."""
    client_id, other = uuid.uuid4(), uuid.uuid4()
    at = dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc)

    def change(kind, record_id, seq, fields):
        return PulledChange(kind=kind, id=record_id, rev=1, seq=seq, deleted=False,
                            modified_at=at, fields=fields)

    changes = [
        change("client", client_id, 1, {
            "name": NAME, "personal_id": PID, "municipality": "Oulu", "job_goals": GOALS,
            "referred_on": "2026-01-05", "service_start": "2026-01-10",
            "assigned_staff_ids": [str(other)]}),
        change("client_note", uuid.uuid4(), 2, {"client_id": str(client_id), "noted_on": "2026-02-01",
                                                "text": NOTE}),
        change("consent", uuid.uuid4(), 3, {"client_id": str(client_id), "given_on": "2026-02-01"}),
        change("transition", uuid.uuid4(), 4, {"client_id": str(client_id), "transition_kind": "studies",
                                               "start_date": "2026-02-15", "notes": TRANSITION_NOTE}),
        change("audit_event", uuid.uuid4(), 5, {"action": "view", "record_kind": "client",
                                                "client_id": str(client_id), "at": at.isoformat()}),
    ]
    with store.session() as session:
        PageWriter(session, device_id=uuid.uuid4(), histories={}).write(
            PullResponse(changes=changes, next_cursor=5, has_more=False))
    return client_id


def _upgrade_from_0009(store, role):
    config = migrate._config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0009_break_glass")
    ROLE.set(store, role)
    migrate.upgrade(store.engine)
    assert truncate_wal(store.engine)  # the pages as they were before leave the log


def test_a_managers_laptop_keeps_the_figures_of_clients_not_assigned_to_its_user(store, actor):
    mine = clients.create_client(store, actor=actor, data={"name": "Oma Asiakas",
                                                          "job_goals": "Omat tavoitteet"})
    clients.add_note(store, actor=actor, client_id=mine.id, data={"text": "Oma muistiinpano"})
    theirs = _as_an_old_pull_gave_it(store)
    _upgrade_from_0009(store, "manager")
    with store.reader() as session:
        kept = session.get(Client, theirs)
        own = session.get(Client, mine.id)
        notes = session.exec(select(ClientNote)).all()
        consents = session.exec(select(Consent)).all()
        [transition] = session.exec(select(Transition)).all()
        audits = session.exec(select(AuditEvent)).all()
    assert kept.name is None and kept.personal_id is None and kept.job_goals is None
    assert kept.municipality == "Oulu" and kept.referred_on == dt.date(2026, 1, 5)
    assert transition.transition_kind == "studies" and transition.notes is None
    assert [note.client_id for note in notes] == [mine.id] and consents == []
    assert own.name == "Oma Asiakas" and own.job_goals == "Omat tavoitteet"
    assert len(audits) >= 1  # a manager's audit trail stays
    assert search.search(store, "quxilla") == []
    pages = every_page(store)
    for secret in (NAME, PID, NOTE, GOALS, TRANSITION_NOTE):
        assert secret.encode() not in pages, secret


def test_an_administrators_laptop_keeps_no_client_data(store, actor):
    _as_an_old_pull_gave_it(store)
    _upgrade_from_0009(store, "admin")
    with store.reader() as session:
        for table in (Client, ClientNote, Consent, Transition, AuditEvent):
            assert session.exec(select(table)).all() == [], table.__tablename__
    pages = every_page(store)
    for secret in (NAME, PID, NOTE, GOALS, TRANSITION_NOTE):
        assert secret.encode() not in pages, secret


def test_a_coachs_laptop_is_left_as_it_is(store, actor):
    theirs = _as_an_old_pull_gave_it(store)
    _upgrade_from_0009(store, "career_coach")
    with store.reader() as session:
        assert session.get(Client, theirs).name == NAME
