"""Break-glass through the live server with real SQLCipher laptops: a manager opens one client
not assigned to them; the next sync brings that client in full, the other stays figures-only;
when the time is over the laptop drops it (no page of its files, decrypted, nor its export holds
the client's name any more) and keeps its figures, and the manager's reports are the same
before, during and after. A manager taken off a client keeps its figures only."""

from __future__ import annotations

import datetime as dt

import pytest

from sqlmodel import Session, select

from desktop.services import break_glass, clients
from desktop.services.setup import current_actor
from desktop.store.tables import BreakGlass, Client, ClientNote
from sync.server.models import BreakGlassGrant
from tests.sync.conftest import run_sync
from tests.sync.test_least_privilege import (
    SECRETS,
    _coach_with_clients,
    _holds_none_of_the_secrets,
    _reports,
)

REASON = "Asiakkaan valitus, valmentaja lomalla"


def expire_grants(server) -> None:
    """The grants' time runs out: their expiry moved into the past in the server's database."""
    with Session(server.engine) as session:
        for row in session.exec(select(BreakGlassGrant)).all():
            row.expires_at = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)
            session.add(row)
        session.commit()


def _client_named(store, name):
    with store.reader() as session:
        return session.exec(select(Client).where(Client.name == name)).one()


def test_a_grant_gives_one_client_for_its_time_then_takes_it_away(server, profiles, tmp_path):
    coach, coach_store = _coach_with_clients(server, profiles)
    first, second = (_client_named(coach_store, SECRETS[i]) for i in (0, 2))
    manager = server.add_user("manager")
    store = profiles(manager.username)
    assert run_sync(store).outcome == "ok"
    before = _reports(store, coach.staff_id)
    assert before == _reports(coach_store, coach.staff_id)
    _holds_none_of_the_secrets(store, tmp_path)

    grant = break_glass.open_client(store, client_id=first.id, reason=REASON)
    assert grant.client_id == first.id
    with pytest.raises(break_glass.Refused) as again:  # the server refuses: open already
        break_glass.open_client(store, client_id=first.id, reason=REASON)
    assert "open to you already" in str(again.value)
    assert run_sync(store).outcome == "ok"
    with store.reader() as session:
        opened = session.get(Client, first.id)
        other = session.get(Client, second.id)
        notes = session.exec(select(ClientNote).where(ClientNote.client_id == first.id)).all()
    assert opened.name == SECRETS[0] and opened.personal_id is not None
    assert [note.text for note in notes] == [SECRETS[3]]
    assert other.name is None  # the other client stays figures-only
    [held] = break_glass.grants_of(store, first.id)
    assert held.reason == REASON and held.expires_at == grant.expires_at
    assert _reports(store, coach.staff_id) == before

    # The coach's laptop learns who opened the client and why.
    assert run_sync(coach_store).outcome == "ok"
    [seen] = break_glass.grants_of(coach_store, first.id)
    assert seen.staff_id == manager.staff_id and seen.reason == REASON and seen.staff_name

    expire_grants(server)
    receipt = run_sync(store)
    assert receipt.outcome == "ok" and receipt.dropped
    with store.reader() as session:
        back = session.get(Client, first.id)
        assert session.exec(select(BreakGlass)).all() == []
        assert session.exec(select(ClientNote)).all() == []
    assert back is not None and back.name is None and back.municipality == "Oulu"
    assert _reports(store, coach.staff_id) == before
    _holds_none_of_the_secrets(store, tmp_path)
    assert run_sync(coach_store).outcome == "ok"
    [ended] = break_glass.grants_of(coach_store, first.id)
    assert ended.ended_at is not None


def test_a_manager_taken_off_a_client_keeps_its_figures_only(server, profiles, tmp_path):
    coach, coach_store = _coach_with_clients(server, profiles)
    first = _client_named(coach_store, SECRETS[0])
    manager = server.add_user("manager")
    store = profiles(manager.username)
    assert run_sync(store).outcome == "ok"
    before = _reports(store, coach.staff_id)
    assert run_sync(coach_store).outcome == "ok"  # the manager's staff record
    actor = current_actor(coach_store)
    clients.assign_staff(coach_store, actor=actor, client_id=first.id,
                         staff_ids=[str(coach.staff_id), str(manager.staff_id)])
    assert run_sync(coach_store).outcome == "ok"
    assert run_sync(store).outcome == "ok"
    with store.reader() as session:
        assert session.get(Client, first.id).name == SECRETS[0]
        assert len(session.exec(select(ClientNote)).all()) == 1
    clients.assign_staff(coach_store, actor=actor, client_id=first.id,
                         staff_ids=[str(coach.staff_id)])
    assert run_sync(coach_store).outcome == "ok"
    assert run_sync(store).outcome == "ok"
    with store.reader() as session:
        assert session.get(Client, first.id).name is None
        assert session.exec(select(ClientNote)).all() == []
    assert _reports(store, coach.staff_id) == before
    _holds_none_of_the_secrets(store, tmp_path)
