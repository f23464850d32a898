"""No duplicate clients across the organisation, through the real server with two laptops:
coach A has client X; coach B creates X again on their laptop and is told it is A's client (the
server answers from a keyed hash); B asks for joint assignment; A syncs, sees the request and
accepts it; B syncs and has X, with what A recorded."""

from __future__ import annotations

import socket
import time

from sqlmodel import select

from desktop.services import assignment, clients, sync_session
from desktop.services.duplicates import find_local_duplicates
from desktop.services.setup import current_actor
from desktop.store.tables import Client
from tests.sync.compare import differences
from tests.sync.conftest import run_sync

CODE = "131052-308T"


def _clients(store) -> list[tuple[str, str | None]]:
    with store.reader() as session:
        return [(c.name, c.job_goals) for c in session.exec(select(Client).where(Client.deleted == False))]  # noqa: E712


def test_b_is_warned_asks_to_be_assigned_a_accepts_and_b_has_the_client(server, profiles):
    coach_a, coach_b = server.add_user("career_coach"), server.add_user("career_coach")
    a, b = profiles(coach_a.username), profiles(coach_b.username)
    for store in (a, b):
        assert run_sync(store).outcome == "ok"
    actor_a, actor_b = current_actor(a), current_actor(b)
    x = clients.create_client(a, actor=actor_a, data={"name": "Aino Asiakas", "personal_id": CODE,
                                                      "job_goals": "Hitsaaja"})
    assert run_sync(a).outcome == "ok"

    # B's laptop does not hold X: the local check finds nothing, the organisation's does
    assert find_local_duplicates(b, personal_id=CODE) == []
    found = assignment.check_organisation(b, "131052-308t")
    assert found.status == assignment.KNOWN and found.client_id == x.id
    assert found.staff_names == (_staff_name(b, coach_a.staff_id),)
    assert assignment.check_organisation(a, CODE).assigned_to_you is True

    request_id = assignment.ask_to_be_assigned(b, client_id=found.client_id, message="Tuli suoraan minulle")
    assert run_sync(b).outcome == "ok"
    [mine] = assignment.my_requests(b, actor_b)
    assert (mine.id, mine.status, mine.client_name) == (request_id, "requested", None)
    assert _clients(b) == []  # the request brings nothing of the client

    assert run_sync(a).outcome == "ok"
    [waiting] = assignment.open_assignment_requests(a, actor_a)
    assert (waiting.id, waiting.client_name, waiting.message) == (request_id, "Aino Asiakas",
                                                                  "Tuli suoraan minulle")
    assert waiting.requester_name == _staff_name(a, coach_b.staff_id)
    assignment.decide(a, actor=actor_a, request_id=request_id, accept=True)
    assert assignment.open_assignment_requests(a, actor_a) == []
    assert run_sync(a).outcome == "ok"

    assert run_sync(b).outcome == "ok"
    assert _clients(b) == [("Aino Asiakas", "Hitsaaja")]
    [decided] = assignment.my_requests(b, actor_b)
    assert decided.status == "accepted" and decided.decided_by_name == _staff_name(b, coach_a.staff_id)
    # B now holds X: creating it again is a local duplicate
    assert [d.client_id for d in find_local_duplicates(b, personal_id=CODE)] == [x.id]
    for store, user in ((a, coach_a), (b, coach_b)):
        assert differences(store, server.view(user.username)) == []


def test_offline_or_without_a_server_the_organisation_check_is_not_made(profiles, server, tmp_path):
    from desktop.store.profile import create_profile

    alone = create_profile(tmp_path / "alone")  # never logged in to a server
    try:
        assert assignment.check_organisation(alone, CODE).status == assignment.NO_SERVER
    finally:
        alone.close()
    coach = server.add_user("career_coach")
    store = profiles(coach.username)
    assert run_sync(store).outcome == "ok"
    assert assignment.check_organisation(store, CODE).status == assignment.UNKNOWN
    with socket.socket() as unused:  # a loopback port where nothing answers
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    sync_session.SERVER_URL.set(store, f"http://127.0.0.1:{port}")
    started = time.monotonic()
    assert assignment.check_organisation(store, CODE).status == assignment.NOT_CHECKED
    assert time.monotonic() - started < assignment.CHECK_TIMEOUT + 1


def _staff_name(store, staff_id) -> str:
    from desktop.store.tables import Staff

    with store.reader() as session:
        return session.get(Staff, staff_id).name
