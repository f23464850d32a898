"""A refused record is set aside with its reason and blocks nothing; deletes reach every
laptop; a client reassigned away, or purged under the retention rules, leaves the laptop."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlmodel import select

from desktop.services import clients, employers, search
from desktop.services.setup import current_actor
from desktop.store.tables import Client, ClientNote, Employer, OutboxEntry
from desktop.services.conflicts import list_conflicts, list_refused, resolve_conflict
from sync.server.purge import run_purge
from tests.support.decrypted import every_page
from tests.sync.compare import differences
from tests.sync.conftest import run_sync


def _count(store, table) -> int:
    with store.reader() as session:
        return len(session.exec(select(table)).all())


def test_a_refused_record_is_set_aside_with_its_reason_and_the_rest_goes_through(server, profiles):
    coach, colleague = server.add_user("career_coach"), server.add_user("career_coach")
    store = profiles(coach.username)
    run_sync(store)
    actor = current_actor(store)
    # A client assigned only to a colleague: the server refuses (a coach's new client must
    # list the coach); an employer in the same sync goes through.
    assert _knows(store, colleague.staff_id)
    refused = clients.create_client(store, actor=actor, data={
        "name": "Liisa Esimerkki", "assigned_staff_ids": [str(colleague.staff_id)]})
    employer = employers.create_employer(store, actor=actor, data={"name": "Läpi Menee Oy"})

    receipt = run_sync(store)
    assert receipt.outcome == "ok"
    assert receipt.sent == 1
    assert [(r.kind, r.id, r.code) for r in receipt.refused] == [("client", str(refused.id), "not_assigned")]
    assert receipt.set_aside == 1 and receipt.needs_attention
    [aside] = list_refused(store)
    assert aside.reason.startswith("not_assigned:") and aside.label == "Liisa Esimerkki"
    with store.reader() as session:
        assert session.get(Employer, employer.id).rev == 1
        assert [e.record_id for e in session.exec(select(OutboxEntry)).all()] == [refused.id]

    again = run_sync(store)  # not sent again until edited
    assert again.sent == 0 and again.refused == [] and again.set_aside == 1

    clients.assign_staff(store, actor=actor, client_id=refused.id,
                         staff_ids=[str(coach.staff_id), str(colleague.staff_id)])
    fixed = run_sync(store)
    assert fixed.sent == 1 and fixed.refused == [] and fixed.set_aside == 0
    assert not fixed.needs_attention
    assert differences(store, server.view(coach.username)) == []


def _knows(store, staff_id) -> bool:
    from desktop.store.tables import Staff

    with store.reader() as session:
        return session.get(Staff, staff_id) is not None


def test_a_delete_reaches_the_other_laptops(server, profiles):
    one, two = server.add_user("employer_coordinator"), server.add_user("employer_coordinator")
    a, b = profiles(one.username), profiles(two.username)
    employer = employers.create_employer(a, actor=current_actor(a), data={"name": "Poistuva Oy",
                                                                           "notes": "Salainen huomio"})
    run_sync(a), run_sync(b)
    assert [h.record_id for h in search.search(b, "poistuva")] == [employer.id]
    employers.delete_employer(a, actor=current_actor(a), employer_id=employer.id)
    run_sync(a)
    receipt = run_sync(b)
    assert receipt.dropped == 1
    for store in (a, b):  # nothing of it stays, on the laptop that deleted or the other
        with store.reader() as session:
            assert session.get(Employer, employer.id) is None
        assert search.search(store, "poistuva") == []
        assert b"Salainen huomio" not in every_page(store)
    assert differences(b, server.view(two.username)) == []


def test_an_edit_that_lost_to_a_delete_leaves_a_notice_without_values(server, profiles):
    one, two = server.add_user("employer_coordinator"), server.add_user("employer_coordinator")
    a, b = profiles(one.username), profiles(two.username)
    employer = employers.create_employer(a, actor=current_actor(a), data={"name": "Kiistelty Oy"})
    run_sync(a), run_sync(b)
    employers.delete_employer(a, actor=current_actor(a), employer_id=employer.id)
    run_sync(a)
    employers.update_employer(b, actor=current_actor(b), employer_id=employer.id,
                              fields={"notes": "Tärkeä muistiinpano"})
    receipt = run_sync(b)
    assert [(c.kind, c.field) for c in receipt.conflicts] == [("employer", "deleted")]
    with b.reader() as session:
        assert session.get(Employer, employer.id) is None
    [notice] = list_conflicts(b)
    assert (notice.field, notice.mine, notice.theirs) == ("deleted", ["notes"], True)
    assert "Tärkeä".encode() not in every_page(b)

    resolve_conflict(b, actor=current_actor(b), conflict_id=notice.id, choice="theirs")
    closed = run_sync(b)
    assert closed.open_conflicts == 0 and list_conflicts(b) == []
    run_sync(a)
    for store in (a, b):
        with store.reader() as session:
            assert session.get(Employer, employer.id) is None
    assert differences(a, server.view(one.username)) == []


def _client_with_note(store):
    actor = current_actor(store)
    client = clients.create_client(store, actor=actor, data={
        "name": "Siirtyvä Asiakas", "service_start": dt.date(2020, 1, 1)})
    note = clients.add_note(store, actor=actor, client_id=client.id, data={
        "noted_on": dt.date(2020, 2, 1), "text": "Ensitapaaminen sujui hyvin"})
    return client, note


def test_a_client_reassigned_away_leaves_the_laptop_with_its_records(server, profiles):
    coach, other = server.add_user("career_coach"), server.add_user("career_coach")
    manager = server.add_user("manager")
    a, b = profiles(coach.username), profiles(other.username)
    run_sync(a)
    client, note = _client_with_note(a)
    run_sync(a), run_sync(b)
    assert _count(b, Client) == 0
    # An unsent note, written before the coach learns of the reassignment.
    clients.add_note(a, actor=current_actor(a), client_id=client.id,
                     data={"noted_on": dt.date(2020, 3, 1), "text": "Kirjoitettu ennen siirtoa"})

    boss = server.api(manager.username)
    current = server.view(manager.username)[("client", str(client.id))]
    result = boss.push_one(boss.change("client", client.id, base_rev=current["rev"],
                                       fields={"assigned_staff_ids": [str(other.staff_id)]}))
    assert result["status"] == "applied"

    receipt = run_sync(a)
    assert receipt.outcome == "ok"
    assert receipt.dropped == 3 and receipt.unsent_dropped == 1  # client, two notes
    assert _count(a, Client) == 0 and _count(a, ClientNote) == 0
    assert search.search(a, "Siirtyvä") == [] and search.search(a, "ensitapaaminen") == []
    pages = every_page(a)
    assert "Siirtyvä".encode() not in pages and b"Kirjoitettu ennen siirtoa" not in pages
    assert receipt.set_aside == 0 and receipt.open_conflicts == 0
    assert differences(a, server.view(coach.username)) == []

    run_sync(b)
    with b.reader() as session:
        assert session.get(ClientNote, note.id).text == "Ensitapaaminen sujui hyvin"
    assert differences(b, server.view(other.username)) == []


def test_a_purge_on_the_server_removes_the_client_from_every_laptop(server, profiles):
    coach, manager = server.add_user("career_coach"), server.add_user("manager")
    a, m = profiles(coach.username), profiles(manager.username)
    run_sync(a)
    client, _note = _client_with_note(a)
    clients.end_service(a, actor=current_actor(a), client_id=client.id, end=dt.date(2020, 6, 30))
    run_sync(a), run_sync(m)
    assert _count(m, Client) == 1
    report = run_purge(engine=server.engine, today=dt.date(2026, 11, 24))
    assert report.clients == 1
    # The manager, not the client's, held its figures only (no note).
    for store, user, held in ((a, coach, 2), (m, manager, 1)):
        receipt = run_sync(store)
        assert receipt.dropped == held, receipt.lines()
        assert _count(store, Client) == 0 and _count(store, ClientNote) == 0
        assert search.search(store, "Siirtyvä") == []
        # Nothing of it in any page of the file or its log, free pages included.
        pages = every_page(store)
        assert "Siirtyvä".encode() not in pages and b"Ensitapaaminen" not in pages
        assert differences(store, server.view(user.username)) == []


def test_records_made_and_deleted_offline_leave_nothing_behind(server, profiles):
    one = server.add_user("employer_coordinator")
    a = profiles(one.username)
    made = employers.create_employer(a, actor=current_actor(a), data={"name": "Hetken Oy"})
    employers.delete_employer(a, actor=current_actor(a), employer_id=made.id)
    receipt = run_sync(a)
    assert receipt.sent == 0 and receipt.refused == []  # the server never had it: nothing to send
    assert ("employer", str(made.id)) not in server.view(one.username)
    assert _count(a, OutboxEntry) == 0
    assert uuid.UUID(str(made.id))
