"""Push and pull between profiles through the real server: records arrive with the server's
revisions, receipts count them, and every profile ends with the server's data."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from desktop.services import clients, employers, search, visits
from desktop.services.setup import current_actor
from desktop.store.tables import Employer, OutboxEntry, Staff, Visit
from tests.sync.compare import differences
from tests.sync.conftest import run_sync


def test_first_sync_brings_the_organisation_and_staff(server, profiles):
    coach = server.add_user("career_coach")
    store = profiles(coach.username)
    receipt = run_sync(store)
    assert receipt.outcome == "ok", receipt.error
    assert receipt.sent == 0 and receipt.received >= 2  # organisation and staff
    with store.reader() as session:
        me = session.get(Staff, coach.staff_id)
    assert me is not None and me.role == "career_coach"
    assert current_actor(store).staff_id == coach.staff_id
    assert differences(store, server.view(coach.username)) == []


def test_changes_travel_from_one_laptop_to_another(server, profiles):
    coach, coordinator = server.add_user("career_coach"), server.add_user("employer_coordinator")
    a, b = profiles(coach.username), profiles(coordinator.username)
    run_sync(a), run_sync(b)
    actor = current_actor(a)
    employer = employers.create_employer(a, actor=actor, data={"name": "Kallion Kone Oy",
                                                              "business_id": "3914177-5"})
    visit = visits.record_visit(a, actor=actor, employer_id=employer.id, data={
        "visited_at": dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone.utc),
        "notes": "Rekrytointitarve keväällä"})
    client = clients.create_client(a, actor=actor, data={"name": "Matti Meikäläinen"})

    sent = run_sync(a)
    assert sent.outcome == "ok", sent.error
    assert sent.sent == 3 and sent.refused == []
    with a.reader() as session:
        assert session.exec(select(OutboxEntry)).all() == []
        assert session.get(Employer, employer.id).rev == 1

    got = run_sync(b)
    assert got.outcome == "ok"
    with b.reader() as session:
        copy = session.get(Employer, employer.id)
        assert copy.name == "Kallion Kone Oy" and copy.rev == 1
        assert session.get(Visit, visit.id).notes == "Rekrytointitarve keväällä"
    # The client is the coach's: the coordinator never receives it.
    assert [hit.kind for hit in search.search(b, "Meikäläinen")] == []
    assert [hit.record_id for hit in search.search(b, "kallion")] == [employer.id]
    for store, user in ((a, coach), (b, coordinator)):
        assert differences(store, server.view(user.username)) == []
    assert client.id


def test_a_synced_profile_refuses_another_server(server, profiles):
    import pytest

    from desktop.services import sync_session
    from tests.server.conftest import PASSWORD

    coach = server.add_user("career_coach")
    store = profiles(coach.username)
    run_sync(store)
    with pytest.raises(sync_session.OtherServer, match="another data folder"):
        sync_session.login(store, server_url="http://127.0.0.1:9", username=coach.username,
                           password=PASSWORD)
    assert run_sync(store).outcome == "ok"  # still the first server's
