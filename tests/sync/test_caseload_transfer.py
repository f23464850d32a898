"""A manager moves a coach's caseload to another coach through the real server: the old coach's
laptop drops the clients with everything of them, the new coach's pull brings them in full."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from desktop.services import clients, search
from desktop.services.caseload import caseload_of, transfer_caseload
from desktop.services.setup import current_actor
from desktop.store.tables import Client, ClientNote, OutboxEntry
from tests.support.decrypted import every_page
from tests.sync.compare import differences
from tests.sync.conftest import run_sync

NAMES = ("Kaarina Kuljetus", "Veikko Varasto", "Hilkka Hoiva")


def _coach_with_caseload(store, colleague_id=None):
    actor = current_actor(store)
    made = []
    for number, name in enumerate(NAMES):
        staff = [str(actor.staff_id)] + ([str(colleague_id)] if colleague_id and number == 2 else [])
        client = clients.create_client(store, actor=actor, data={
            "name": name, "service_start": dt.date(2026, 1, 5 + number), "assigned_staff_ids": staff})
        clients.add_note(store, actor=actor, client_id=client.id, data={
            "noted_on": dt.date(2026, 2, 1), "text": f"Tapaamismuistio {number}: työkokeilu"})
        made.append(client)
    return made


def _names(store) -> set[str]:
    with store.reader() as session:
        return {c.name for c in session.exec(select(Client)).all()}


def test_a_manager_moves_a_coachs_clients_and_the_laptops_follow(server, profiles):
    manager_moves_a_caseload(server, profiles)


def manager_moves_a_caseload(server, profiles):
    """Coach A's three clients (one shared with coach C) moved by a manager to coach B."""
    coach_a, coach_b, coach_c = (server.add_user("career_coach") for _ in range(3))
    manager = server.add_user("manager")
    a, b, c, m = (profiles(user.username) for user in (coach_a, coach_b, coach_c, manager))
    for store in (a, b, c):
        run_sync(store)
    made = _coach_with_caseload(a, colleague_id=coach_c.staff_id)
    assert run_sync(a).outcome == "ok"
    run_sync(c)
    assert _names(c) == {NAMES[2]}
    # The manager's laptop holds the figures only: no names to see, but the staff to move.
    assert run_sync(m).outcome == "ok"
    assert _names(m) == {None}
    assert set(caseload_of(m, coach_a.staff_id)) == {client.id for client in made}

    moved = transfer_caseload(m, actor=current_actor(m), from_staff_id=coach_a.staff_id,
                              to_staff_id=coach_b.staff_id)
    assert set(moved.changed) == {client.id for client in made} and moved.unchanged == 0
    with m.reader() as session:
        entries = session.exec(select(OutboxEntry)).all()
    assert {(e.kind, e.record_id) for e in entries} == {("client", client.id) for client in made}
    assert all(set(e.fields) == {"assigned_staff_ids"} for e in entries)
    receipt = run_sync(m)
    assert receipt.outcome == "ok" and receipt.refused == [] and receipt.sent == 3
    assert _names(m) == {None}  # still the figures only: the manager is not assigned
    assert differences(m, server.view(manager.username)) == []

    # A's laptop drops every client and note; nothing of them stays in its files.
    dropped = run_sync(a)
    assert dropped.outcome == "ok" and dropped.dropped == 6  # three clients, three notes
    assert _names(a) == set()
    with a.reader() as session:
        assert session.exec(select(ClientNote)).all() == []
    assert search.search(a, "Kaarina") == [] and search.search(a, "tapaamismuistio") == []
    pages = every_page(a)
    for name in NAMES:
        assert name.encode() not in pages
    assert "työkokeilu".encode() not in pages
    assert differences(a, server.view(coach_a.username)) == []

    # B's pull brings them in full, notes and all; C keeps its shared client, now with B.
    assert run_sync(b).outcome == "ok"
    assert _names(b) == set(NAMES)
    with b.reader() as session:
        notes = sorted(n.text for n in session.exec(select(ClientNote)).all())
        shared = session.get(Client, made[2].id)
    assert notes == [f"Tapaamismuistio {n}: työkokeilu" for n in range(3)]
    assert shared.assigned_staff_ids == [str(coach_b.staff_id), str(coach_c.staff_id)]
    assert differences(b, server.view(coach_b.username)) == []
    run_sync(c)
    assert _names(c) == {NAMES[2]}
    with c.reader() as session:
        assert session.get(Client, made[2].id).assigned_staff_ids == shared.assigned_staff_ids


def test_adding_a_second_coach_to_selected_clients_keeps_the_first(server, profiles):
    coach_a, coach_b, manager = (server.add_user(role) for role in ("career_coach", "career_coach",
                                                                     "manager"))
    a, b, m = (profiles(user.username) for user in (coach_a, coach_b, manager))
    run_sync(a)
    made = _coach_with_caseload(a)
    run_sync(a), run_sync(b), run_sync(m)
    added = transfer_caseload(m, actor=current_actor(m), client_ids=[made[0].id, made[1].id],
                              to_staff_id=coach_b.staff_id, mode="add")
    assert set(added.changed) == {made[0].id, made[1].id}
    assert run_sync(m).refused == []
    assert run_sync(a).dropped == 0 and _names(a) == set(NAMES)
    run_sync(b)
    assert _names(b) == {NAMES[0], NAMES[1]}
    with b.reader() as session:
        assert session.get(Client, made[0].id).assigned_staff_ids == [str(coach_a.staff_id),
                                                                       str(coach_b.staff_id)]
    for store, user in ((a, coach_a), (b, coach_b), (m, manager)):
        assert differences(store, server.view(user.username)) == []


def test_a_manager_who_takes_a_caseload_gets_it_in_full(server, profiles):
    coach, manager = server.add_user("career_coach"), server.add_user("manager")
    a, m = profiles(coach.username), profiles(manager.username)
    run_sync(a)
    made = _coach_with_caseload(a)
    run_sync(a), run_sync(m)
    assert _names(m) == {None}
    transfer_caseload(m, actor=current_actor(m), from_staff_id=coach.staff_id,
                      to_staff_id=manager.staff_id)
    assert run_sync(m).refused == []  # one sync: the push, then the pull of the content
    assert _names(m) == set(NAMES)
    with m.reader() as session:
        assert len(session.exec(select(ClientNote)).all()) == len(made)
    assert differences(m, server.view(manager.username)) == []
    run_sync(a)
    assert _names(a) == set()


def test_imported_clients_reach_the_server(server, profiles, tmp_path):
    from desktop.exchange.client_import import import_clients

    coach = server.add_user("career_coach")
    a = profiles(coach.username)
    run_sync(a)
    path = tmp_path / "asiakkaat.csv"
    path.write_bytes("Nimi;Kunta;Palvelu alkaa\r\nÄijö Åkerlund;Pyhäjoki;1.2.2026\r\n"
                     "Öhvi Ärväs;Raahe;\r\n".encode("cp1252"))
    report = import_clients(a, actor=current_actor(a), path=path)
    assert (report.imported, report.problems) == (2, [])
    receipt = run_sync(a)
    assert receipt.outcome == "ok" and receipt.sent == 2 and receipt.refused == []
    assert differences(a, server.view(coach.username)) == []
