"""Managers see a client's figures, not its content, unless assigned to it; admins see no client
data at all (``sync.visibility``), through every read: pull, ``/v1/records`` and ``/history``."""

from __future__ import annotations

import json
import uuid

from sync.visibility import CONTENT, FIGURE_KINDS, FIGURES

NAME, PERSONAL_ID, NOTE = "Salainen Sanna", "010203A1230", "Muistiinpanon salaisuus"


def _client_and_records(coach):
    """A client of the coach with a record of every client-scoped kind."""
    client_id = uuid.uuid4()
    fields = {"name": NAME, "personal_id": PERSONAL_ID, "phone": "040 123 4567",
              "municipality": "Oulu", "referred_on": "2026-03-01",
              "assigned_staff_ids": [str(coach.staff_id)], "job_goals": "Salaiset tavoitteet"}
    assert coach.push_one(coach.change("client", client_id, fields=fields))["status"] == "applied"
    made = {"client": str(client_id)}
    # break_glass, assignment_request: made by the server (tests/server/test_identity_check.py)
    for kind in sorted(set(CONTENT) - {"client", "break_glass", "assignment_request"}):
        change = coach.change(kind, client_id=client_id)
        if kind == "client_note":
            change["fields"]["text"] = NOTE
        result = coach.push_one(change)
        assert result["status"] == "applied", result
        made[kind] = change["id"]
    return made


def _reads(user, made):
    """Everything ``user`` reads of the records: pulled, by /v1/records and by /history."""
    pulled = {c["id"]: c for c in user.pull_all()}
    records, histories = {}, {}
    for kind, record_id in made.items():
        one = user.http.get(f"/v1/records/{kind}/{record_id}", headers=user.headers)
        records[kind] = one.json() if one.status_code == 200 else None
        past = user.http.get(f"/v1/records/{kind}/{record_id}/history", headers=user.headers)
        histories[kind] = past.json() if past.status_code == 200 else None
    return pulled, records, histories


def test_a_manager_gets_figures_of_a_client_not_theirs(world):
    coach, manager = world.user("career_coach"), world.user("manager")
    made = _client_and_records(coach)
    pulled, records, histories = _reads(manager, made)
    for kind, record_id in made.items():
        if kind in FIGURE_KINDS:
            for got in (pulled[record_id], records[kind]):
                assert got["figures_only"] is True
                assert set(got["fields"]) <= set(FIGURES[kind]), (kind, got["fields"])
            changed = {name for rev in histories[kind]["revisions"] for name in rev["changed"]}
            assert changed <= set(FIGURES[kind]) | {"deleted"}, (kind, changed)
        else:
            assert record_id not in pulled and records[kind] is None and histories[kind] is None
    assert pulled[made["client"]]["fields"]["municipality"] == "Oulu"
    everything = json.dumps([pulled, records, histories])
    for secret in (NAME, PERSONAL_ID, NOTE, "040 123 4567", "Salaiset tavoitteet"):
        assert secret not in everything
    conflicts = manager.http.get("/v1/sync/conflicts?include_resolved=true", headers=manager.headers)
    assert conflicts.status_code == 200


def test_a_manager_assigned_to_the_client_gets_it_in_full(world):
    coach, manager = world.user("career_coach"), world.user("manager")
    made = _client_and_records(coach)
    shared = coach.push_one(coach.change("client", made["client"], base_rev=1, fields={
        "assigned_staff_ids": [str(coach.staff_id), str(manager.staff_id)]}))
    assert shared["status"] == "applied", shared
    pulled, records, _ = _reads(manager, made)
    assert pulled[made["client"]]["fields"]["name"] == NAME
    assert records["client_note"]["fields"]["text"] == NOTE
    assert all(not pulled[record_id]["figures_only"] for record_id in made.values())


def test_an_admin_gets_no_client_record(world):
    coach, admin = world.user("career_coach"), world.user("admin")
    made = _client_and_records(coach)
    coach.push_one(coach.change("audit_event", client_id=uuid.UUID(made["client"])))
    pulled, records, histories = _reads(admin, made)
    kinds = {c["kind"] for c in pulled.values()}
    assert not kinds & (set(CONTENT) | {"audit_event"}), kinds
    assert all(found is None for found in (*records.values(), *histories.values()))


def test_a_manager_changes_figures_but_not_content_of_a_client_not_theirs(world):
    coach, manager = world.user("career_coach"), world.user("manager")
    made = _client_and_records(coach)
    client_id = made["client"]
    moved = manager.push_one(manager.change("client", client_id, base_rev=1, fields={
        "municipality": "Kemi"}))
    assert moved["status"] == "applied", moved["reason"]
    for fields in ({"name": "Uusi Nimi"}, {"phone": "050 1"}, {"municipality": "Oulu",
                                                                "job_goals": "x"}):
        refused = manager.push_one(manager.change("client", client_id, base_rev=2, fields=fields))
        assert refused["status"] == "refused" and refused["reason"].startswith("not_permitted")
    deleted = manager.push_one(manager.change("client", client_id, base_rev=2, fields={},
                                              deleted=True))
    assert deleted["status"] == "refused"
    note = manager.push_one(manager.change("client_note", made["client_note"], base_rev=1,
                                           fields={"text": "Esimiehen teksti"}))
    assert note["status"] == "refused"
    new_note = manager.push_one(manager.change("client_note", client_id=uuid.UUID(client_id)))
    assert new_note["status"] == "refused"
    stranger = manager.push_one(manager.change("client", fields={
        "name": "Kenenkään", "assigned_staff_ids": [str(coach.staff_id)]}))
    assert stranger["status"] == "refused" and stranger["reason"].startswith("not_assigned")
    [kept] = [c for c in coach.pull_all() if c["id"] == client_id]
    assert kept["fields"]["name"] == NAME and kept["fields"]["municipality"] == "Kemi"
