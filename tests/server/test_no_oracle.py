"""Refusals and 404s say the same for "no such record" and "not yours" (issue 15, item 8)."""

from __future__ import annotations

import uuid


def _reason(result: dict) -> str:
    assert result["status"] == "refused", result
    return result["reason"]


def test_child_of_a_missing_client_and_of_someone_elses_client_are_refused_alike(world):
    me, other = world.user("career_coach"), world.user("career_coach")
    theirs = uuid.uuid4()
    other.push_one(other.change("client", theirs))
    missing = _reason(me.push_one(me.change("client_note", client_id=uuid.uuid4())))
    not_mine = _reason(me.push_one(me.change("client_note", client_id=theirs)))
    assert missing == not_mine


def test_edit_of_a_missing_record_and_of_another_organisations_are_refused_alike(world):
    here = world.user("admin")
    there = world.user("admin", org=str(world.new_org()))
    employer = here.change("employer")
    here.push_one(employer)
    edit = {"base_rev": 1, "fields": {"name": "Kaapattu Oy"}}
    foreign = _reason(there.push_one({**employer, **edit}))
    missing = _reason(there.push_one({**there.change("employer"), **edit}))
    assert foreign == missing


def test_edit_of_a_missing_client_and_of_someone_elses_client_are_refused_alike(world):
    me, other = world.user("career_coach"), world.user("career_coach")
    theirs = uuid.uuid4()
    other.push_one(other.change("client", theirs))
    note = other.change("client_note", client_id=theirs)
    other.push_one(note)
    edit = {"base_rev": 1, "fields": {"name": "Vieras"}}
    not_mine = _reason(me.push_one(me.change("client", theirs, **edit)))
    missing = _reason(me.push_one(me.change("client", uuid.uuid4(), **edit)))
    assert not_mine == missing
    note_edit = {"base_rev": 1, "fields": {"text": "vieras"}}
    assert _reason(me.push_one({**note, **note_edit})) == missing
    assert _reason(me.push_one(me.change("client_note", uuid.uuid4(), **note_edit))) == missing


def test_another_organisations_record_is_refused_as_a_missing_one_whatever_the_kind(world):
    there = world.user("admin", org=str(world.new_org()))
    # The organisation record of another organisation, and one that does not exist.
    edit = {"base_rev": 1, "fields": {"retention_months": 1}}
    foreign = _reason(there.push_one(there.change("organisation", world.org_id, **edit)))
    missing = _reason(there.push_one(there.change("organisation", uuid.uuid4(), **edit)))
    assert foreign == missing


def test_someone_elses_audit_event_is_refused_as_a_missing_one(world):
    me, other = world.user("career_coach"), world.user("career_coach")
    client_id = uuid.uuid4()
    other.push_one(other.change("client", client_id))
    event = other.change("audit_event", client_id=client_id)
    assert other.push_one(event)["status"] == "applied"
    resend = me.push_one({**event, "base_rev": 1})
    missing = me.push_one({**me.change("audit_event", client_id=client_id), "base_rev": 1})
    assert _reason(resend) == _reason(missing)


def test_removed_staff_cannot_read_a_deleted_client_or_its_history(world):
    first, second = world.user("career_coach"), world.user("career_coach")
    client_id = uuid.uuid4()
    both = [str(first.staff_id), str(second.staff_id)]
    first.push_one(first.change("client", client_id, fields={"name": "Kaksi Valmentajaa",
                                                             "assigned_staff_ids": both}))
    note = first.change("client_note", client_id=client_id)
    first.push_one(note)
    assert second.http.get(f"/v1/records/client/{client_id}", headers=second.headers).status_code == 200
    removed = first.push_one(first.change("client", client_id, base_rev=1,
                                          fields={"assigned_staff_ids": [str(first.staff_id)]}))
    assert removed["status"] == "applied", removed
    # The deleting laptop still has the old list (it pulled nothing since): it travels along.
    gone = first.push_one(first.change("client", client_id, base_rev=2,
                                       fields={"assigned_staff_ids": both}, deleted=True))
    assert gone["status"] == "applied", gone
    for path in (f"client/{client_id}", f"client/{client_id}/history",
                 f"client_note/{note['id']}", f"client_note/{note['id']}/history"):
        seen = second.http.get(f"/v1/records/{path}", headers=second.headers)
        missing = second.http.get(f"/v1/records/client/{uuid.uuid4()}", headers=second.headers)
        assert (seen.status_code, seen.json()) == (missing.status_code, missing.json()), path
    assert first.http.get(f"/v1/records/client/{client_id}", headers=first.headers).status_code == 200


def test_staff_removed_in_the_deleting_change_cannot_read_the_client(world):
    """Offline, a laptop removes a coach and then deletes the client: one change reaches the
    server (the outbox coalesces them), a delete that also changes the assigned staff."""
    first, second = world.user("career_coach"), world.user("career_coach")
    client_id = uuid.uuid4()
    both = [str(first.staff_id), str(second.staff_id)]
    first.push_one(first.change("client", client_id, fields={"name": "Kaksi Valmentajaa",
                                                             "assigned_staff_ids": both}))
    second.pull_all()
    gone = first.push_one(first.change("client", client_id, base_rev=1, deleted=True,
                                       fields={"assigned_staff_ids": [str(first.staff_id)]}))
    assert gone["status"] == "applied", gone
    seen = second.http.get(f"/v1/records/client/{client_id}", headers=second.headers)
    assert seen.status_code == 404, seen.json()
    assert second.http.get(f"/v1/records/client/{client_id}/history",
                           headers=second.headers).status_code == 404
    # Their laptop is told to drop the client, as for any removal.
    revoked = [c for c in second.pull_all() if c["id"] == str(client_id)]
    assert [c["access_revoked"] for c in revoked] == [True], revoked


def test_conflicts_of_a_lost_client_are_hidden_like_missing_ones(world):
    first, second = world.user("career_coach"), world.user("career_coach")
    client_id = uuid.uuid4()
    both = [str(first.staff_id), str(second.staff_id)]
    first.push_one(first.change("client", client_id, fields={"name": "Ristiriita",
                                                             "assigned_staff_ids": both}))
    first.push_one(first.change("client", client_id, base_rev=1, fields={"municipality": "Oulu"}))
    clash = second.push_one(second.change("client", client_id, base_rev=1,
                                          fields={"municipality": "Raahe"}))
    [conflict] = clash["conflicts"]
    first.push_one(first.change("client", client_id, base_rev=clash["rev"], deleted=True,
                                fields={"assigned_staff_ids": [str(first.staff_id)]}))
    assert second.http.get("/v1/sync/conflicts", headers=second.headers).json() == []
    lost = second.http.post(f"/v1/sync/conflicts/{conflict['conflict_id']}/resolve",
                            json={"value": "Raahe"}, headers=second.headers)
    missing = second.http.post(f"/v1/sync/conflicts/{uuid.uuid4()}/resolve",
                               json={"value": "Raahe"}, headers=second.headers)
    assert (lost.status_code, lost.json()) == (missing.status_code, missing.json()) == (
        404, {"detail": "No open conflict with this id."})
