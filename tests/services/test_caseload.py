"""Moving a caseload on a manager's laptop: one transaction, ordinary client changes."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import select

from desktop.errors import InvalidInput, NotFound
from desktop.services import clients, setup
from desktop.services.caseload import (
    NotAManager,
    caseload_of,
    choices,
    plan_transfer,
    transfer_caseload,
)
from desktop.services.changes import Actor
from desktop.store.tables import Client, OutboxEntry, Staff


@pytest.fixture
def manager(store):
    return setup.set_up_profile(store, user_name="Maija Esihenkilö", role="manager",
                                organisation_name="Testihanke", localities=["Oulu"])


@pytest.fixture
def staff(store, manager):
    """Coaches A, B and C, an admin and a coach who has left, as a pull writes them."""
    rows = {key: Staff(name=f"Valmentaja {key}", role="career_coach") for key in "ABC"}
    rows["admin"] = Staff(name="Ylläpitäjä", role="admin")
    rows["left"] = Staff(name="Lähtenyt", role="career_coach", active=False)
    with store.session() as session:
        session.add_all(rows.values())
    return {key: row.id for key, row in rows.items()}


def _client(store, manager, name, *staff_ids):
    return clients.create_client(store, actor=manager, data={
        "name": name, "assigned_staff_ids": [str(s) for s in staff_ids]}).id


def _figures_only(store, *staff_ids):
    """A client whose figures only are here (a manager's copy): no name, a server revision."""
    with store.session() as session:
        row = Client(name=None, assigned_staff_ids=[str(s) for s in staff_ids], rev=3)
        session.add(row)
    return row.id


def _staff_of(store) -> dict[uuid.UUID, list[str]]:
    with store.reader() as session:
        return {c.id: c.assigned_staff_ids for c in session.exec(select(Client)).all()}


def _outbox(store) -> list[OutboxEntry]:
    with store.reader() as session:
        return session.exec(select(OutboxEntry).order_by(OutboxEntry.seq)).all()


def _clear_outbox(store) -> None:
    with store.session() as session:
        for entry in session.exec(select(OutboxEntry)).all():
            session.delete(entry)


def test_moving_all_of_a_staff_members_clients(store, manager, staff):
    only_a = _client(store, manager, "Aino", staff["A"])
    shared = _client(store, manager, "Bertta", staff["A"], staff["C"])
    already_b = _client(store, manager, "Cecilia", staff["A"], staff["B"])
    not_a = _client(store, manager, "Daavid", staff["C"])
    figures = _figures_only(store, staff["A"])
    _clear_outbox(store)
    assert set(caseload_of(store, staff["A"])) == {only_a, shared, already_b, figures}

    planned = plan_transfer(store, actor=manager, from_staff_id=staff["A"], to_staff_id=staff["B"])
    assert _outbox(store) == []  # a plan writes nothing
    moved = transfer_caseload(store, actor=manager, from_staff_id=staff["A"], to_staff_id=staff["B"])
    assert set(moved.changed) == set(planned.changed) == {only_a, shared, already_b, figures}
    assert moved.unchanged == planned.unchanged == 0
    a, b, c = (str(staff[k]) for k in "ABC")
    assert _staff_of(store) == {only_a: [b], shared: [b, c], already_b: [b], not_a: [c], figures: [b]}
    assert caseload_of(store, staff["A"]) == []
    entries = _outbox(store)
    assert [(e.kind, e.fields) for e in entries if e.record_id == figures] == [
        ("client", {"assigned_staff_ids": [b]})]
    assert {e.record_id for e in entries} == {only_a, shared, already_b, figures}
    assert all(set(e.fields) == {"assigned_staff_ids"} and not e.deleted for e in entries)
    assert next(e for e in entries if e.record_id == figures).base_rev == 3
    with store.reader() as session:
        assert session.get(Client, figures).modified_by == str(manager.staff_id)


def test_selected_clients_moved_or_added(store, manager, staff):
    first = _client(store, manager, "Eero", staff["A"], staff["C"])
    second = _client(store, manager, "Fanni", staff["C"])
    third = _client(store, manager, "Gunnar", staff["B"])
    a, b, c = (str(staff[k]) for k in "ABC")
    # From A only: the client without A stays as it is.
    moved = transfer_caseload(store, actor=manager, client_ids=[first, second],
                              from_staff_id=staff["A"], to_staff_id=staff["B"])
    assert (moved.changed, moved.unchanged) == ([first], 1)
    assert _staff_of(store)[first] == [b, c] and _staff_of(store)[second] == [c]
    # Without a staff member to replace, the new one becomes the only one.
    only = transfer_caseload(store, actor=manager, client_ids=[first, second], to_staff_id=staff["A"])
    assert set(only.changed) == {first, second}
    assert _staff_of(store)[first] == [a] and _staff_of(store)[second] == [a]
    # Add: beside the staff already there; a client who has them already is unchanged.
    added = transfer_caseload(store, actor=manager, client_ids=[first, third, third],
                              to_staff_id=staff["B"], mode="add")
    assert (added.changed, added.unchanged) == ([first], 1)
    assert _staff_of(store)[first] == [a, b] and _staff_of(store)[third] == [b]


def test_one_transaction_refusals_change_nothing(store, manager, staff):
    kept = _client(store, manager, "Heikki", staff["A"])
    _clear_outbox(store)
    with pytest.raises(NotFound):
        transfer_caseload(store, actor=manager, client_ids=[kept, uuid.uuid4()], to_staff_id=staff["B"])
    for target, code in ((staff["admin"], "not_assignable"), (staff["left"], "unknown_staff"),
                         (uuid.uuid4(), "unknown_staff"), (staff["A"], "same_staff")):
        with pytest.raises(InvalidInput) as refused:
            transfer_caseload(store, actor=manager, from_staff_id=staff["A"], to_staff_id=target)
        assert refused.value.codes() == {"to_staff_id": code}
    coach = Actor(staff_id=staff["A"], role="career_coach")
    with pytest.raises(NotAManager):
        transfer_caseload(store, actor=coach, from_staff_id=staff["A"], to_staff_id=staff["B"])
    assert _staff_of(store) == {kept: [str(staff["A"])]}
    assert _outbox(store) == []


def test_the_command_moves_a_caseload(run_kentta, tmp_path, file_keyring):
    from desktop.store.profile import create_profile, open_profile

    data = tmp_path / "esihenkilo"
    store = create_profile(data)
    boss = setup.set_up_profile(store, user_name="Maija Esihenkilö", role="manager",
                                organisation_name="Testihanke", localities=["Oulu"])
    with store.session() as session:
        leaving = Staff(name="Lauri Lähtijä", role="career_coach", email="lauri@example.fi")
        taking = Staff(name="Tiina Tulija", role="career_coach")
        session.add_all([leaving, taking])
    ids = [_client(store, boss, name, leaving.id) for name in ("Iida", "Jaakko", "Kalle")]
    store.close()

    one = run_kentta("caseload", "move", "--from", "LAURI@example.fi", "--to", "tiina tulija",
                     "--client", ids[0].hex[:10], "--add", "--data-dir", str(data))
    assert one.returncode == 0, one.stderr
    assert "Added Tiina Tulija to 1 clients" in one.stdout
    moved = run_kentta("caseload", "move", "--from", "Lauri Lähtijä", "--to", "Tiina Tulija",
                       "--data-dir", str(data))
    assert moved.returncode == 0, moved.stderr
    assert "Moved 3 clients from Lauri Lähtijä to Tiina Tulija" in moved.stdout
    unknown = run_kentta("caseload", "move", "--from", "Nobody", "--to", "Tiina Tulija",
                         "--data-dir", str(data))
    assert unknown.returncode == 1 and "No staff member" in unknown.stderr

    store = open_profile(data)
    try:
        assert _staff_of(store) == {client_id: [str(taking.id)] for client_id in ids}
    finally:
        store.close()


def test_the_choices_the_dialog_offers(store, manager, staff):
    first = _client(store, manager, "Lilja", staff["A"], staff["C"])
    second = _client(store, manager, "Mikko", staff["A"])
    _client(store, manager, "Niilo", staff["C"])
    _figures_only(store, staff["A"])
    offered = choices(store, [first, second])
    assert [(c.name, c.clients) for c in offered.sources] == [("Valmentaja A", 3), ("Valmentaja C", 2)]
    assert [c.name for c in offered.targets] == ["Maija Esihenkilö", "Valmentaja A", "Valmentaja B",
                                                 "Valmentaja C"]  # no admin, nobody who has left
    assert offered.common == staff["A"]
    assert choices(store, [first, _client(store, manager, "Outi", staff["B"])]).common is None
    assert choices(store).common is None
