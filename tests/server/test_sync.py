"""Push, pull, merge, conflicts, tombstones and history through the HTTP API."""

from __future__ import annotations

import uuid

from tests.server.factories import HEADERS


def _client_fields(user, **extra):
    return {"name": "Testi Asiakas", "assigned_staff_ids": [str(user.staff_id)], **extra}


def test_push_then_pull_returns_the_record(world):
    coach = world.user("career_coach")
    change = coach.change("employer")
    result = coach.push_one(change)
    assert result["status"] == "applied" and result["rev"] == 1 and result["seq"] > 0
    other = world.user("employer_coordinator")
    pulled = {(c["kind"], c["id"]): c for c in other.pull_all()}
    got = pulled[("employer", change["id"])]
    assert got["rev"] == 1 and got["seq"] == result["seq"] and not got["deleted"]
    assert got["fields"]["name"] == change["fields"]["name"]
    assert got["modified_by"] == str(coach.staff_id)


def test_open_conflicts_come_with_their_record_on_whichever_page_it_is(world):
    a, b = world.user("career_coach"), world.user("employer_coordinator")
    ids = [uuid.uuid4() for _ in range(7)]
    for record_id in ids:
        a.push_one(a.change("employer", record_id, fields={"name": "Oy Alku Ab", "industry": "A"}))
    conflicts = {}
    for record_id in (ids[1], ids[4]):  # numbered again, after the others, each with a conflict
        a.push_one(a.change("employer", record_id, base_rev=1, fields={"industry": "B"}))
        clash = b.push_one(b.change("employer", record_id, base_rev=1, fields={"industry": "C"}))
        conflicts[str(record_id)] = [c["conflict_id"] for c in clash["conflicts"]]
    reader = world.user("employer_coordinator")
    pulled = [c for c in reader.pull_all(limit=2) if c["kind"] == "employer"]
    assert [c["id"] for c in pulled[-2:]] == [str(ids[1]), str(ids[4])]
    assert {c["id"]: [x["id"] for x in c["conflicts"]] for c in pulled if c["conflicts"]} == conflicts
    assert all(x["record_id"] == c["id"] for c in pulled for x in c["conflicts"])


def test_replayed_batch_gets_the_stored_answer_and_changes_nothing(world):
    coach = world.user("career_coach")
    batch = uuid.uuid4()
    changes = [coach.change("employer"), coach.change("visit")]
    first = coach.push(*changes, batch_id=batch)
    again = coach.push(*changes, batch_id=batch)
    assert again["replayed"] is True and first["replayed"] is False
    assert again["results"] == first["results"]
    assert len([c for c in coach.pull_all() if c["kind"] in ("employer", "visit")]) == 2
    intruder = world.user("career_coach")
    intruder.push(intruder.change("employer"), batch_id=batch, expect=409)


def test_one_side_changes_merge_and_both_side_changes_conflict(world):
    a, b = world.user("career_coach"), world.user("employer_coordinator")
    record_id = uuid.uuid4()
    a.push_one(a.change("employer", record_id, fields={"name": "Oy Alku Ab", "industry": "A"}))
    first = a.push_one(a.change("employer", record_id, base_rev=1, fields={"industry": "B"}))
    assert first["status"] == "applied" and first["rev"] == 2
    # b edits from revision 1: another field merges, the same field conflicts.
    merged = b.push_one(b.change("employer", record_id, base_rev=1, fields={"municipality": "Raahe"}))
    assert merged["status"] == "merged" and merged["rev"] == 3
    clash = b.push_one(b.change("employer", record_id, base_rev=1, fields={"industry": "C"}))
    assert clash["status"] == "conflict" and clash["rev"] == 4
    [conflict] = clash["conflicts"]
    assert conflict["field"] == "industry"
    assert (conflict["server_value"], conflict["device_value"]) == ("B", "C")
    # The server kept its value; everyone sees the conflict until resolved.
    page = {c["id"]: c for c in a.pull_all()}
    assert page[str(record_id)]["fields"]["industry"] == "B"
    assert page[str(record_id)]["fields"]["municipality"] == "Raahe"
    assert [c["id"] for c in page[str(record_id)]["conflicts"]] == [conflict["conflict_id"]]
    listed = a.http.get("/v1/sync/conflicts", headers=a.headers).json()
    assert [c["id"] for c in listed] == [conflict["conflict_id"]]
    resolved = a.http.post(f"/v1/sync/conflicts/{conflict['conflict_id']}/resolve",
                           json={"value": "C"}, headers=a.headers)
    assert resolved.status_code == 200, resolved.text
    assert resolved.json()["rev"] == 5
    assert a.http.get("/v1/sync/conflicts", headers=a.headers).json() == []
    assert {c["id"]: c for c in b.pull_all()}[str(record_id)]["fields"]["industry"] == "C"
    again = a.http.post(f"/v1/sync/conflicts/{conflict['conflict_id']}/resolve",
                        json={"value": "D"}, headers=a.headers)
    assert again.status_code == 404


def test_a_later_push_on_the_current_revision_resolves_the_conflict(world):
    a, b = world.user("career_coach"), world.user("career_coach")
    record_id = uuid.uuid4()
    a.push_one(a.change("employer", record_id, fields={"name": "Oy Alku Ab"}))
    a.push_one(a.change("employer", record_id, base_rev=1, fields={"industry": "B"}))
    clash = b.push_one(b.change("employer", record_id, base_rev=1, fields={"industry": "C"}))
    assert clash["status"] == "conflict"
    fix = b.push_one(b.change("employer", record_id, base_rev=clash["rev"], fields={"industry": "C"}))
    assert fix["status"] == "applied"
    assert a.http.get("/v1/sync/conflicts", headers=a.headers).json() == []


def test_invalid_record_is_refused_with_reason_and_the_rest_applies(world):
    coach = world.user("career_coach")
    bad = coach.change("employer", fields={"name": "Huono Oy", "business_id": "1234567-2"})
    dates = coach.change("position", fields={"employer_id": str(uuid.uuid4()), "title": "Kokki",
                                             "found_on": "2026-03-02", "filled_on": "2026-01-01"})
    unknown = coach.change("employer", fields={"name": "X", "colour": "red"})
    kind = {"kind": "spaceship", "id": str(uuid.uuid4()), "base_rev": 0, "fields": {}}
    good = coach.change("employer")
    results = coach.push(bad, dates, unknown, kind, good)["results"]
    assert [r["status"] for r in results] == ["refused"] * 4 + ["applied"]
    assert results[0]["reason"].startswith("invalid:")
    assert results[0]["field_errors"][0]["type"] == "invalid_business_id"
    assert results[0]["field_errors"][0]["field"] == "business_id"
    assert results[1]["field_errors"][0]["type"] == "end_before_start"
    assert results[2]["reason"].startswith("unknown_field:")
    assert results[3]["reason"].startswith("unknown_kind:")


def test_business_id_is_normalised_as_the_schema_does(world):
    coach = world.user("career_coach")
    change = coach.change("employer", fields={"name": "Norm Oy", "business_id": "0112038-9"})
    coach.push_one(change)
    stored = coach.http.get(f"/v1/records/employer/{change['id']}", headers=coach.headers).json()
    assert stored["fields"]["business_id"] == "0112038-9"


def test_delete_travels_as_a_tombstone_and_history_records_who_changed_what(world):
    a, b = world.user("career_coach"), world.user("career_coach")
    record_id = uuid.uuid4()
    a.push_one(a.change("employer", record_id, fields={"name": "Poisto Oy"}))
    b.pull_all()
    b.push_one(b.change("employer", record_id, base_rev=1, fields={"industry": "Kauppa"}))
    gone = a.push_one(a.change("employer", record_id, base_rev=2, fields={}, deleted=True))
    assert gone["status"] == "applied" and gone["rev"] == 3
    [tomb] = [c for c in b.pull_all() if c["id"] == str(record_id)]
    assert tomb["deleted"] is True and tomb["rev"] == 3
    history = a.http.get(f"/v1/records/employer/{record_id}/history", headers=a.headers).json()
    revs = history["revisions"]
    assert [r["rev"] for r in revs] == [1, 2, 3]
    # The record is deleted: its history names the changed fields without their values.
    assert revs[1]["changed"] == {"industry": None}
    assert revs[1]["modified_by"] == str(b.staff_id)
    assert revs[2]["changed"] == {"deleted": True} and revs[2]["device_id"] == str(a.device_id)


def test_new_record_deleted_offline_needs_nothing_stored(world):
    coach = world.user("career_coach")
    result = coach.push_one(coach.change("employer", deleted=True))
    assert result["status"] == "applied" and result["rev"] == 0 and result["seq"] is None


def test_stale_or_unknown_base_is_refused(world):
    coach = world.user("career_coach")
    record_id = uuid.uuid4()
    assert coach.push_one(coach.change("employer", record_id, base_rev=4))["status"] == "refused"
    coach.push_one(coach.change("employer", record_id))
    ahead = coach.push_one(coach.change("employer", record_id, base_rev=9, fields={"industry": "x"}))
    assert ahead["status"] == "refused" and ahead["reason"].startswith("unknown_base")


def test_pull_pages_in_sequence_order_without_loss(world):
    coach = world.user("career_coach")
    pushed = [coach.push_one(coach.change("employer"))["seq"] for _ in range(7)]
    reader = world.user("career_coach")
    seen = []
    cursor = 0
    while True:
        page = reader.http.get("/v1/sync/pull", params={"cursor": cursor, "limit": 3},
                               headers=reader.headers).json()
        seen += [c["seq"] for c in page["changes"] if c["kind"] == "employer"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == pushed == sorted(pushed)


def test_same_record_twice_in_one_batch(world):
    coach = world.user("career_coach")
    record_id = uuid.uuid4()
    results = coach.push(
        coach.change("employer", record_id, fields={"name": "Kaksi Oy"}),
        coach.change("employer", record_id, base_rev=1, fields={"industry": "Rakennus"}),
    )["results"]
    assert [(r["status"], r["rev"]) for r in results] == [("applied", 1), ("applied", 2)]
    assert results[1]["seq"] > results[0]["seq"]


def test_malformed_requests_get_4xx(world, client):
    coach = world.user("career_coach")
    assert client.post("/v1/sync/push", content=b"{nope", headers=coach.headers).status_code == 422
    assert client.post("/v1/sync/push", json={"changes": []}, headers=coach.headers).status_code == 422
    body = {"device_id": str(uuid.uuid4()), "batch_id": str(uuid.uuid4()), "changes": []}
    assert client.post("/v1/sync/push", json=body, headers=coach.headers).status_code == 403
    assert client.get("/v1/sync/pull", params={"cursor": -1}, headers=coach.headers).status_code == 422


def test_a_nul_character_refuses_its_change_alone_with_a_field_error(world, client):
    """PostgreSQL cannot store NUL: the change that holds one is refused with a field error,
    and the rest of its batch is applied (before, the whole batch was answered 422)."""
    coach = world.user("career_coach")
    nul = coach.change("employer", fields={"name": "Nul\x00 Oy"})
    odd_key = coach.change("employer", fields={"name": "Avain Oy", "no\x00te": "x"})
    fine = coach.change("employer", fields={"name": "Hyvä Oy"})
    body = {"device_id": str(coach.device_id), "batch_id": str(uuid.uuid4()),
            "changes": [nul, odd_key, fine]}
    answer = client.post("/v1/sync/push", json=body, headers=coach.headers)
    assert answer.status_code == 200, answer.text
    first, second, third = answer.json()["results"]
    assert first["status"] == "refused" and first["reason"].startswith("invalid:")
    assert [(e["field"], e["type"]) for e in first["field_errors"]] == [("name", "nul_character")]
    assert second["status"] == "refused" and second["reason"].startswith("unknown_field:")
    assert "\x00" not in second["reason"]
    assert third["status"] == "applied"
    stored = {c["id"] for c in coach.pull_all()}
    assert fine["id"] in stored and nul["id"] not in stored and odd_key["id"] not in stored


def test_protocol_header_is_required(client):
    assert client.get("/v1/sync/pull").status_code == 426
    too_old = client.get("/v1/sync/pull", headers={"X-Kentta-Protocol": "0"})
    assert too_old.status_code == 426 and "update" in too_old.json()["detail"]
    assert client.get("/v1/sync/pull", headers={"X-Kentta-Protocol": "99"}).status_code == 400
    assert client.get("/v1/sync/pull", headers=HEADERS).status_code == 401


def test_health_and_openapi(client):
    assert client.get("/health").json()["status"] == "ok"
    paths = client.get("/openapi.json").json()["paths"]
    assert "/v1/sync/push" in paths and "/v1/records/{kind}/{record_id}/history" in paths
