"""The organisation-wide duplicate check through the HTTP API on SQLite and PostgreSQL: the
server keeps a keyed hash of every client's identity code right (create, change, remove, delete,
purge), answers whether a person is a client and of which staff, to coaches and managers only,
never with the code or the client's data; the code is not in clear in the database (but in the
client record) nor in the logs. Joint assignment: a coach asks, the client's staff see the
request, accept it with their own change of the client, and the coach then pulls the client."""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid

from sqlalchemy import text
from sqlmodel import Session, select

from sync.server import identity
from sync.server.core.logs import JsonLineFormatter
from sync.server.models import ClientIdentity, OrganisationSecret
from sync.server.purge import run_purge

CODE = "131052-308T"
OTHER_CODE = "010594Y123W"


def _client(user, code=CODE, **fields):
    client_id = uuid.uuid4()
    result = user.push_one(user.change("client", client_id, fields={
        "name": "Aino Asiakas", "personal_id": code, "assigned_staff_ids": [str(user.staff_id)],
        **fields}))
    assert result["status"] == "applied", result
    return client_id, result["rev"]


def _check(user, code=CODE):
    return user.http.post("/v1/clients/identity-check", json={"personal_id": code}, headers=user.headers)


def _hashes(engine) -> dict[uuid.UUID, str]:
    with Session(engine) as session:
        return {row.client_id: row.identity_hash for row in session.exec(select(ClientIdentity)).all()}


def test_the_hash_follows_the_client_create_change_remove_delete(world, engine):
    coach = world.user("career_coach")
    client_id, rev = _client(coach)
    first = _hashes(engine)
    assert list(first) == [client_id] and len(first[client_id]) == 64
    assert _check(coach).json()["known"] is True
    rev = coach.push_one(coach.change("client", client_id, base_rev=rev,
                                      fields={"personal_id": OTHER_CODE}))["rev"]
    assert _hashes(engine)[client_id] != first[client_id]
    assert _check(coach).json()["known"] is False and _check(coach, OTHER_CODE).json()["known"] is True
    rev = coach.push_one(coach.change("client", client_id, base_rev=rev, fields={"personal_id": None}))["rev"]
    assert _hashes(engine) == {}
    rev = coach.push_one(coach.change("client", client_id, base_rev=rev, fields={"personal_id": CODE}))["rev"]
    assert list(_hashes(engine)) == [client_id]
    coach.push_one(coach.change("client", client_id, base_rev=rev, fields={}, deleted=True))
    assert _hashes(engine) == {} and _check(coach).json()["known"] is False


def test_a_purged_client_leaves_no_hash(world, engine):
    coach = world.user("career_coach")
    old, _ = _client(coach, service_end="2024-01-31")
    current, _ = _client(coach, OTHER_CODE, service_end="2026-01-31")
    assert set(_hashes(engine)) == {old, current}
    assert run_purge(engine=engine, today=dt.date(2026, 2, 1)).clients == 1
    assert set(_hashes(engine)) == {current}
    assert _check(coach).json()["known"] is False


def test_the_answer_names_the_staff_and_gives_an_id_only_to_ask_with(world, engine):
    coach_a, coach_b, manager = world.user("career_coach"), world.user("career_coach"), world.user("manager")
    client_id, _ = _client(coach_a)
    mine = _check(coach_a, " 131052-308t ").json()
    assert mine == {"known": True, "staff": [{"id": str(coach_a.staff_id), "name": mine["staff"][0]["name"]}],
                    "client_id": None, "assigned_to_you": True}
    with Session(engine) as session:
        from sync.server.models import Record
        name_a = session.get(Record, ("staff", coach_a.staff_id)).fields["name"]
    assert mine["staff"][0]["name"] == name_a
    theirs = _check(coach_b).json()
    assert theirs["known"] is True and theirs["client_id"] == str(client_id)
    assert theirs["staff"] == mine["staff"] and theirs["assigned_to_you"] is False
    assert set(theirs) == {"known", "staff", "client_id", "assigned_to_you"}  # no data of the client
    assert "Aino" not in json.dumps(theirs)
    assert _check(manager).json()["known"] is True
    assert _check(coach_b, OTHER_CODE).json() == {"known": False, "staff": [], "client_id": None,
                                                  "assigned_to_you": False}
    # another organisation's client with the same code is not this organisation's
    stranger = world.user("career_coach", org=str(world.new_org()))
    assert _check(stranger).json()["known"] is False


def test_only_coaches_and_managers_may_ask_and_a_bad_code_is_refused(world):
    for role in ("admin", "employer_coordinator"):
        refused = _check(world.user(role))
        assert refused.status_code == 403, (role, refused.text)
    coach = world.user("career_coach")
    assert _check(coach, "131052-308X").status_code == 422
    assert coach.http.post("/v1/clients/identity-check", json={"personal_id": CODE},
                           headers={"X-Kentta-Protocol": coach.headers["X-Kentta-Protocol"]}).status_code == 401


def test_checks_are_rate_limited_per_account(world, monkeypatch):
    monkeypatch.setattr(identity, "check_identity", _limited(identity.check_identity, 3))
    coach, other = world.user("career_coach"), world.user("career_coach")
    assert [_check(coach).status_code for _ in range(4)] == [200, 200, 200, 429]
    assert _check(other).status_code == 200


def _limited(check, limit):
    def wrapped(**kwargs):
        return check(**kwargs, limit=limit)
    return wrapped


def test_no_code_in_clear_in_the_database_but_the_client_record_nor_in_the_logs(world, engine, caplog):
    caplog.set_level(logging.INFO)
    coach_a, coach_b = world.user("career_coach"), world.user("career_coach")
    client_id, _ = _client(coach_a)
    _check(coach_b)
    _check(coach_b, OTHER_CODE)
    with Session(engine) as session:
        key = session.get(OrganisationSecret, coach_a.organisation_id).identity_key
        dump = []
        for table in ("client_identity", "organisation_secret", "push_batch", "record_revision", "record"):
            rows = session.execute(text(f"SELECT * FROM {table}")).all()
            dump.append((table, " ".join(str(value) for row in rows for value in row)))
    for table, content in dump:
        if table in ("record", "record_revision", "push_batch"):  # the client record itself
            continue
        assert "131052" not in content and "308T" not in content, table
    assert identity.identity_hash(bytes.fromhex(key), CODE) in dict(dump)["client_identity"]
    lines = [JsonLineFormatter().format(record) for record in caplog.records]
    assert any('"msg": "identity check"' in line for line in lines)
    for line in lines:
        assert "131052" not in line and "010594" not in line and "Aino" not in line
        assert identity.identity_hash(bytes.fromhex(key), CODE) not in line


def test_existing_clients_are_hashed_by_the_backfill(world, engine):
    coach = world.user("career_coach")
    client_id, _ = _client(coach)
    with Session(engine) as session:
        session.execute(text("DELETE FROM client_identity"))
        session.commit()
    assert _check(coach).json()["known"] is False
    with Session(engine) as session:
        assert identity.backfill(session) == 1
        session.commit()
    assert _check(coach).json()["known"] is True


def _request(user, client_id, message="Asiakas tuli minulle suoraan"):
    return user.http.post(f"/v1/clients/{client_id}/assignment-requests", json={"message": message},
                          headers=user.headers)


def test_joint_assignment_asked_accepted_and_the_client_pulled(world):
    coach_a, coach_b = world.user("career_coach"), world.user("career_coach")
    client_id, rev = _client(coach_a, job_goals="Salainen tavoite")
    coach_b.pull_all()
    asked = _request(coach_b, client_id)
    assert asked.status_code == 201, asked.text
    request_id = asked.json()["request_id"]
    assert _request(coach_b, client_id).json()["request_id"] == request_id  # asked again: the same
    # the requester gets the request, and nothing of the client
    got = coach_b.pull_all()
    assert [(c["kind"], c["id"]) for c in got] == [("assignment_request", request_id)]
    assert got[0]["fields"]["status"] == "requested" and not got[0]["figures_only"]
    # the client's staff get it
    request = next(c for c in coach_a.pull_all() if c["id"] == request_id)
    assert request["fields"]["requested_by"] == str(coach_b.staff_id)
    # the requester cannot decide it, nor make one by a push
    assert coach_b.push_one(coach_b.change("assignment_request", request_id, base_rev=request["rev"],
                                           fields={**request["fields"], "status": "accepted"}))["status"] == "refused"
    assert coach_b.push_one(coach_b.change("assignment_request", client_id=client_id))["status"] == "refused"
    # A accepts: the request's status and A's own change of the client
    fields = {**request["fields"], "status": "accepted", "requested_by": str(coach_a.staff_id)}
    assert coach_a.push_one(coach_a.change("assignment_request", request_id, base_rev=request["rev"],
                                           fields=fields))["status"] == "refused"  # the requester is fixed
    results = coach_a.push(
        coach_a.change("assignment_request", request_id, base_rev=request["rev"],
                       fields={**request["fields"], "status": "accepted", "decided_by": str(uuid.uuid4())}),
        coach_a.change("client", client_id, base_rev=rev,
                       fields={"assigned_staff_ids": [str(coach_a.staff_id), str(coach_b.staff_id)]}),
    )["results"]
    assert [r["status"] for r in results] == ["applied", "applied"], results
    got = {(c["kind"], c["id"]): c for c in coach_b.pull_all()}
    decided = got[("assignment_request", request_id)]["fields"]
    assert decided["status"] == "accepted" and decided["decided_by"] == str(coach_a.staff_id)
    assert got[("client", str(client_id))]["fields"]["job_goals"] == "Salainen tavoite"
    assert _check(coach_b).json()["assigned_to_you"] is True
    assert _request(coach_b, client_id).status_code == 409


def test_a_declined_request_tells_the_requester_and_asking_needs_a_role(world):
    coach_a, coach_b = world.user("career_coach"), world.user("career_coach")
    client_id, _ = _client(coach_a)
    request_id = _request(coach_b, client_id).json()["request_id"]
    coach_b.pull_all()
    request = next(c for c in coach_a.pull_all() if c["id"] == request_id)
    assert coach_a.push_one(coach_a.change("assignment_request", request_id, base_rev=request["rev"],
                                           fields={**request["fields"], "status": "declined"}))["status"] == "applied"
    [change] = coach_b.pull_all()
    assert change["fields"]["status"] == "declined" and change["fields"]["decided_by"] == str(coach_a.staff_id)
    assert all(c["kind"] != "client" for c in coach_b.pull_all())
    for role in ("admin", "employer_coordinator"):
        assert _request(world.user(role), client_id).status_code == 403
    assert _request(coach_b, uuid.uuid4()).status_code == 404
    stranger = world.user("career_coach", org=str(world.new_org()))
    assert _request(stranger, client_id).status_code == 404
    # a manager not assigned gets nothing of the request (no figure needs it)
    manager = world.user("manager")
    assert all(c["kind"] != "assignment_request" for c in manager.pull_all())
