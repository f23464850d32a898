"""Merging: other devices' changes to other fields merge, the same field changed on both sides
is a conflict seen on both laptops, and an edit made while a sync runs is merged with what the
pull brings instead of being overwritten."""

from __future__ import annotations

from sqlmodel import select

from desktop.services import employers
from desktop.services.setup import current_actor
from desktop.store.tables import Employer, OutboxEntry
from desktop.services.conflicts import list_conflicts, resolve_conflict
from tests.sync.conftest import run_sync, same_as_server
from tests.sync.hooks import Hooked, is_pull, once


def _two_laptops(server, profiles):
    one, two = server.add_user("employer_coordinator"), server.add_user("career_coach")
    a, b = profiles(one.username), profiles(two.username)
    run_sync(a)
    run_sync(b)
    employer = employers.create_employer(a, actor=current_actor(a), data={"name": "Jaettu Oy"})
    run_sync(a)
    run_sync(b)
    return (a, one), (b, two), employer.id


def _edit(store, employer_id, **fields) -> None:
    employers.update_employer(store, actor=current_actor(store), employer_id=employer_id, fields=fields)


def _employer(store, employer_id) -> Employer:
    with store.reader() as session:
        return session.get(Employer, employer_id)


def test_changes_to_different_fields_merge(server, profiles):
    (a, one), (b, two), eid = _two_laptops(server, profiles)
    _edit(b, eid, industry="Metalli")
    assert run_sync(b).sent == 1
    _edit(a, eid, municipality="Raahe")
    receipt = run_sync(a)
    assert receipt.outcome == "ok" and receipt.sent == 1 and receipt.merged == 1
    assert receipt.conflicts == [] and receipt.open_conflicts == 0
    run_sync(b)
    for store in (a, b):
        row = _employer(store, eid)
        assert (row.industry, row.municipality, row.rev) == ("Metalli", "Raahe", 3)
    same_as_server(server, (a, one), (b, two))


def test_same_field_is_a_conflict_on_both_laptops_until_one_picks(server, profiles):
    (a, one), (b, two), eid = _two_laptops(server, profiles)
    _edit(b, eid, industry="Rakentaminen")
    _edit(a, eid, industry="Kauppa")
    run_sync(b)
    receipt = run_sync(a)
    assert [(c.kind, c.field) for c in receipt.conflicts] == [("employer", "industry")]
    assert receipt.open_conflicts == 1 and receipt.needs_attention
    assert _employer(a, eid).industry == "Rakentaminen"  # the server kept its value
    [mine] = list_conflicts(a)
    assert (mine.mine, mine.theirs, mine.mine_kept) == ("Kauppa", "Rakentaminen", False)

    seen = run_sync(b)
    assert seen.open_conflicts == 1  # b sees it too
    [theirs] = list_conflicts(b)
    assert (theirs.mine, theirs.theirs, theirs.mine_kept) == ("Rakentaminen", "Kauppa", True)

    resolve_conflict(a, actor=current_actor(a), conflict_id=mine.id, choice="mine")
    assert _employer(a, eid).industry == "Kauppa"
    done = run_sync(a)
    assert done.sent == 1 and done.open_conflicts == 0 and not done.needs_attention
    after = run_sync(b)
    assert after.open_conflicts == 0 and list_conflicts(b) == []
    assert _employer(b, eid).industry == "Kauppa"
    same_as_server(server, (a, one), (b, two))


def test_keeping_the_servers_value_closes_the_conflict_on_the_server_too(server, profiles):
    (a, one), (b, two), eid = _two_laptops(server, profiles)
    _edit(b, eid, notes="B")
    _edit(a, eid, notes="A")
    run_sync(b)
    run_sync(a)
    [conflict] = list_conflicts(a)
    resolve_conflict(a, actor=current_actor(a), conflict_id=conflict.id, choice="theirs")
    with a.reader() as session:  # an entry is written even though the value stays "B"
        assert [e.fields for e in session.exec(select(OutboxEntry)).all()] == [{"notes": "B"}]
    assert run_sync(a).open_conflicts == 0
    assert run_sync(b).open_conflicts == 0
    assert api_conflicts(server, two.username) == []


def api_conflicts(server, username):
    user = server.api(username)
    return user.http.get("/v1/sync/conflicts", headers=user.headers).json()


def test_an_edit_made_during_a_sync_is_merged_with_the_pull(server, profiles):
    (a, one), (b, two), eid = _two_laptops(server, profiles)
    _edit(b, eid, industry="Metalli", address="Satamatie 1")
    run_sync(b)

    def edit_now():  # the person edits while the sync waits for the network
        _edit(a, eid, industry="Kauppa", notes="Soita keväällä")

    hooked = Hooked()
    hooked.before.append(once(is_pull, edit_now))
    receipt = run_sync(a, http_transport=hooked)
    assert receipt.outcome == "ok", receipt.error
    assert any(path.endswith("/history") for _, path, _ in hooked.log)
    # industry: changed here and there to different values -> a local conflict, the server's
    # value shown; notes: only changed here -> rebased and sent in the second round.
    assert [(c.field) for c in receipt.conflicts] == ["industry"]
    row = _employer(a, eid)
    assert (row.industry, row.notes, row.address) == ("Metalli", "Soita keväällä", "Satamatie 1")
    [conflict] = list_conflicts(a)
    assert (conflict.origin, conflict.mine, conflict.theirs) == ("local", "Kauppa", "Metalli")
    assert receipt.sent == 1  # the notes, in the second round
    view = server.view(one.username)
    assert view[("employer", str(eid))]["fields"]["notes"] == "Soita keväällä"
    same_as_server(server, (a, one))
    # Keeping the server's value of a local conflict needs nothing sent.
    resolve_conflict(a, actor=current_actor(a), conflict_id=conflict.id, choice="theirs")
    with a.reader() as session:
        assert session.exec(select(OutboxEntry)).all() == []
    # Or the person types a third value: an ordinary change.
    _edit(a, eid, industry="Kauppa")
    assert run_sync(a).sent == 1
    run_sync(b)
    assert _employer(b, eid).industry == "Kauppa"
