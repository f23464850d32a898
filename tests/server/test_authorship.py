"""Who and when: the server sets or checks authorship, never takes it on trust (issue 15, item 7)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest


def _stored(user, kind, record_id) -> dict:
    response = user.http.get(f"/v1/records/{kind}/{record_id}", headers=user.headers)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture
def team(world):
    coach, colleague, manager = (world.user("career_coach"), world.user("career_coach"),
                                 world.user("manager"))
    client_id = uuid.uuid4()
    assert coach.push_one(coach.change("client", client_id))["status"] == "applied"
    return coach, colleague, manager, client_id


def test_an_audit_event_names_its_pusher_and_keeps_the_time_of_receipt(world, team):
    coach, colleague, manager, client_id = team
    theirs = uuid.uuid4()
    colleague.push_one(colleague.change("client", theirs))
    forged = coach.change("audit_event", fields={
        "action": "view", "record_kind": "client", "client_id": str(client_id),
        "staff_id": str(colleague.staff_id), "at": "2020-01-01T12:00:00"})
    result = coach.push_one(forged)
    assert result["status"] == "refused" and result["reason"].startswith("not_permitted"), result
    not_seen = coach.push_one(coach.change("audit_event", fields={
        "action": "view", "record_kind": "client", "client_id": str(theirs)}))
    assert not_seen["status"] == "refused", not_seen
    before = dt.datetime.now(dt.timezone.utc)
    old = coach.change("audit_event", fields={
        "action": "print", "record_kind": "client", "client_id": str(client_id),
        "at": "2020-01-01T12:00:00"})
    assert coach.push_one(old)["status"] == "applied"
    stored = _stored(manager, "audit_event", old["id"])
    assert stored["fields"]["staff_id"] == str(coach.staff_id)  # set by the server
    assert stored["fields"]["at"].startswith("2020-01-01")  # the device's time, as sent
    received = dt.datetime.fromisoformat(stored["modified_at"])
    assert received >= before - dt.timedelta(seconds=5)  # the server's time of receipt
    history = manager.http.get(f"/v1/records/audit_event/{old['id']}/history",
                               headers=manager.headers).json()
    assert history["revisions"][0]["modified_at"] == stored["modified_at"]


@pytest.mark.parametrize("kind", ["client_note", "assessment", "visit"])
def test_a_new_record_is_the_pushers_and_an_edit_never_moves_it(world, team, kind):
    coach, colleague, manager, client_id = team
    change = coach.change(kind, client_id=client_id)
    forged = {**change, "fields": {**change["fields"], "staff_id": str(colleague.staff_id)}}
    assert coach.push_one(forged)["status"] == "refused"
    assert coach.push_one(change)["status"] == "applied"
    assert _stored(coach, kind, change["id"])["fields"]["staff_id"] == str(coach.staff_id)
    moved = manager.push_one(manager.change(kind, change["id"], base_rev=1,
                                            fields={"staff_id": str(manager.staff_id)}))
    assert moved["status"] == "refused" and moved["reason"].startswith("not_permitted"), moved
    assert _stored(coach, kind, change["id"])["fields"]["staff_id"] == str(coach.staff_id)


def test_staff_references_must_be_staff_of_the_organisation(world, team):
    coach, colleague, manager, client_id = team
    stranger = world.user("career_coach", org=str(world.new_org()))
    for bad in (str(uuid.uuid4()), str(stranger.staff_id)):
        assigned = coach.push_one(coach.change("client", client_id, base_rev=1, fields={
            "assigned_staff_ids": [str(coach.staff_id), bad]}))
        assert assigned["status"] == "refused", assigned
        assert [(e["field"], e["type"]) for e in assigned["field_errors"]] == [
            ("assigned_staff_ids", "invalid_staff_id")]
        new = coach.push_one(coach.change("client", fields={
            "name": "Uusi Asiakas", "assigned_staff_ids": [str(coach.staff_id), bad]}))
        assert new["status"] == "refused", new
        form = coach.change("handover_form", client_id=client_id)
        form["fields"]["staff_id"] = bad
        refused = coach.push_one(form)
        assert refused["status"] == "refused", refused
        assert [(e["field"], e["type"]) for e in refused["field_errors"]] == [
            ("staff_id", "invalid_staff_id")]
    shared = coach.push_one(coach.change("client", client_id, base_rev=1, fields={
        "assigned_staff_ids": [str(coach.staff_id), str(colleague.staff_id)]}))
    assert shared["status"] == "applied", shared
    form = coach.change("handover_form", client_id=client_id)
    form["fields"]["staff_id"] = str(colleague.staff_id)
    assert coach.push_one(form)["status"] == "applied"


def test_an_admin_makes_staff_but_no_client(world):
    admin = world.user("admin")
    staff_id = uuid.uuid4()
    results = admin.push(
        admin.change("staff", staff_id),
        admin.change("client", fields={"name": "Uusi Asiakas", "assigned_staff_ids": [str(staff_id)]}),
    )["results"]
    assert [r["status"] for r in results] == ["applied", "refused"], results
    assert results[1]["reason"].startswith("not_permitted")


@pytest.mark.parametrize("kind, edit", [("client_note", {"text": "Korjattu muistiinpano."}),
                                        ("assessment", {"summary": "Korjattu yhteenveto."})])
def test_the_author_corrects_and_deletes_a_note_or_an_assessment(world, team, kind, edit):
    coach, _colleague, _manager, client_id = team
    change = coach.change(kind, client_id=client_id)
    assert coach.push_one(change)["status"] == "applied"
    # as the laptop sends an edit: only the changed fields, on the revision it has
    edited = coach.push_one(coach.change(kind, change["id"], base_rev=1, fields=edit))
    assert edited["status"] == "applied", edited
    stored = _stored(coach, kind, change["id"])
    assert {name: stored["fields"][name] for name in edit} == edit
    assert stored["fields"]["staff_id"] == str(coach.staff_id)
    deleted = coach.push_one(coach.change(kind, change["id"], base_rev=2, fields={}, deleted=True))
    assert deleted["status"] == "applied", deleted
    for action in ("edit", "delete"):  # the audit events a laptop writes for an assessment's
        audited = coach.push_one(coach.change("audit_event", fields={
            "action": action, "record_kind": kind, "record_id": change["id"], "client_id": str(client_id)}))
        assert audited["status"] == "applied", audited
