"""Deleting erases: tombstones without content, the undo period and a manager's restore, the
erasure after it, and an edit that loses to a delete (the wire contract for deletes)."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import update
from sqlmodel import Session, select

from sync.server.models import DeletedContent, PushBatch, Record, ServerTable
from sync.server.purge import run_purge

MARK = "Erityisen-Tunnistettava-Merkkijono"
LATER = dt.date(2099, 1, 1)


def _client(user, **extra):
    return {"name": f"Asiakas {MARK}", "assigned_staff_ids": [str(user.staff_id)], **extra}


def _database_text(engine) -> str:
    """Every row of every server table, as text (where a value could hide)."""
    parts = []
    with Session(engine) as session:
        for table in ServerTable.metadata.sorted_tables:
            for row in session.execute(table.select()).all():
                parts.append(json.dumps([str(value) for value in row], ensure_ascii=False))
    return "\n".join(parts)


def _get(user, path):
    return user.http.get(path, headers=user.headers)


def test_a_delete_is_validated_like_any_change(world):
    coach = world.user("career_coach")
    client_id = uuid.uuid4()
    coach.push_one(coach.change("client", client_id, fields=_client(coach)))
    garbage = coach.push_one(coach.change(
        "client", client_id, base_rev=1, fields={"service_end": "garbage-not-a-date"},
        deleted=True))
    assert garbage["status"] == "refused" and garbage["reason"].startswith("invalid:")
    assert [e["field"] for e in garbage["field_errors"]] == ["service_end"]
    float_staff = coach.push(coach.change(
        "client", client_id, base_rev=1, fields={"assigned_staff_ids": 1.5}, deleted=True))
    [result] = float_staff["results"]
    assert result["status"] == "refused" and result["reason"].startswith("invalid:")
    assert result["field_errors"][0]["field"] == "assigned_staff_ids"
    admin = world.user("admin")
    org = admin.push_one(admin.change(
        "organisation", world.org_id, base_rev=1, fields={"retention_months": "soon"},
        deleted=True))
    assert org["status"] == "refused" and org["field_errors"][0]["field"] == "retention_months"
    undo = admin.push_one(admin.change("organisation", world.org_id, base_rev=1,
                                       fields={"undo_days": 0}))
    assert undo["status"] == "refused" and undo["field_errors"][0]["field"] == "undo_days"
    # Nothing was stored: the client is as it was.
    stored = _get(coach, f"/v1/records/client/{client_id}").json()
    assert stored["rev"] == 1 and stored["deleted"] is False


def test_a_tombstone_carries_no_content_in_pull_record_and_history(world, engine):
    a, b = world.user("career_coach"), world.user("career_coach")
    record_id = uuid.uuid4()
    a.push_one(a.change("employer", record_id, fields={"name": f"Poisto {MARK} Oy"}))
    a.push_one(a.change("employer", record_id, base_rev=1, fields={"industry": MARK}))
    gone = a.push_one(a.change("employer", record_id, base_rev=2, fields={}, deleted=True))
    assert gone["status"] == "applied" and gone["rev"] == 3
    [tomb] = [c for c in b.pull_all() if c["id"] == str(record_id)]
    assert tomb["deleted"] is True and tomb["fields"] == {}
    record = _get(b, f"/v1/records/employer/{record_id}").json()
    assert record["deleted"] is True and record["fields"] == {}
    revisions = _get(b, f"/v1/records/employer/{record_id}/history").json()["revisions"]
    assert [r["changed"] for r in revisions] == [
        {"name": None}, {"industry": None}, {"deleted": True}]
    # The content is kept server-side only, for the undo period.
    with Session(engine) as session:
        assert session.get(Record, ("employer", record_id)).fields == {}
        kept = session.get(DeletedContent, ("employer", record_id))
        assert kept.fields["industry"] == MARK


def test_a_deleted_client_is_purged_after_the_undo_period_whatever_its_service_end(world, engine):
    coach = world.user("career_coach")
    client_id = uuid.uuid4()
    coach.push_one(coach.change("client", client_id, fields=_client(coach)))
    note = coach.change("client_note", client_id=client_id,
                        fields={"client_id": str(client_id), "noted_on": "2026-03-02",
                                "text": f"Muistiinpano {MARK}"})
    coach.push_one(note)
    coach.push_one(coach.change("client", client_id, base_rev=1, fields={}, deleted=True))
    assert run_purge(engine=engine, today=dt.date.today()).clients == 0  # inside the undo period
    report = run_purge(engine=engine, today=LATER)
    assert (report.clients, report.records) == (1, 2)
    assert report.failures == []
    pulled = {c["id"]: c for c in coach.pull_all()}
    assert pulled[note["id"]]["deleted"] is True and pulled[note["id"]]["fields"] == {}
    assert MARK not in _database_text(engine)
    assert run_purge(engine=engine, today=LATER).clients == 0


def test_a_deleted_record_is_erased_after_the_undo_period(world, engine):
    coach, manager = world.user("career_coach"), world.user("manager")
    record_id = uuid.uuid4()
    coach.push_one(coach.change("employer", record_id, fields={"name": f"{MARK} Oy"}))
    clash_a = coach.push_one(coach.change("employer", record_id, base_rev=1,
                                          fields={"industry": f"A {MARK}"}))
    other = world.user("employer_coordinator")
    clash = other.push_one(other.change("employer", record_id, base_rev=1,
                                        fields={"industry": f"B {MARK}"}))
    assert clash_a["status"] == "applied" and clash["status"] == "conflict"
    coach.push_one(coach.change("employer", record_id, base_rev=clash["rev"], fields={},
                                deleted=True))
    assert MARK in _database_text(engine)  # kept for the undo period
    report = run_purge(engine=engine, today=LATER)
    assert report.erased == 1 and report.failures == []
    assert MARK not in _database_text(engine)
    answer = manager.http.post(f"/v1/records/employer/{record_id}/restore",
                               headers=manager.headers)
    assert answer.status_code == 409, answer.text
    late = coach.push_one(coach.change("employer", record_id, base_rev=1, fields={"industry": "x"}))
    assert late["status"] == "refused" and late["reason"].startswith("purged")


def test_stored_push_answers_lose_the_conflict_values_of_a_purged_client(world, engine):
    a, b = world.user("career_coach"), world.user("career_coach")
    client_id = uuid.uuid4()
    fields = _client(a, service_end="2024-01-31")
    fields["assigned_staff_ids"].append(str(b.staff_id))
    a.push_one(a.change("client", client_id, fields=fields))
    a.push_one(a.change("client", client_id, base_rev=1, fields={"job_goals": f"A {MARK}"}))
    batch = uuid.uuid4()
    clash = b.push(b.change("client", client_id, base_rev=1, fields={"job_goals": f"B {MARK}"}),
                   batch_id=batch)
    assert clash["results"][0]["status"] == "conflict"
    assert run_purge(engine=engine, today=dt.date(2026, 2, 1)).clients == 1
    with Session(engine) as session:
        stored = session.get(PushBatch, batch).response
    assert MARK not in json.dumps(stored, ensure_ascii=False)
    replay = b.push(b.change("client", client_id, base_rev=1, fields={"job_goals": "x"}),
                    batch_id=batch)
    assert replay["replayed"] is True
    [info] = replay["results"][0]["conflicts"]
    assert info["field"] == "job_goals"
    assert (info["server_value"], info["device_value"]) == (None, None)
    assert MARK not in _database_text(engine)


def test_an_edit_that_loses_to_a_delete_is_a_conflict_told_to_the_deleting_laptop(world, engine):
    a, b = world.user("career_coach"), world.user("career_coach")
    client_id = uuid.uuid4()
    fields = _client(a)
    fields["assigned_staff_ids"].append(str(b.staff_id))
    a.push_one(a.change("client", client_id, fields=fields))
    b.pull_all()
    a.push_one(a.change("client", client_id, base_rev=1, fields={}, deleted=True))
    a.pull_all()
    lost = b.push_one(b.change("client", client_id, base_rev=1,
                               fields={"phone": "040 123 4567", "job_goals": f"Uusi {MARK}"}))
    assert lost["status"] == "conflict" and lost["rev"] == 3
    [info] = lost["conflicts"]
    assert (info["field"], info["server_value"], info["device_value"]) == (
        "deleted", True, ["job_goals", "phone"])
    [tomb] = [c for c in a.pull_all() if c["id"] == str(client_id)]
    assert tomb["deleted"] is True and tomb["fields"] == {} and tomb["rev"] == 3
    [conflict] = tomb["conflicts"]
    assert conflict["field"] == "deleted" and conflict["staff_id"] == str(b.staff_id)
    assert (conflict["server_value"], conflict["device_value"]) == (True, ["job_goals", "phone"])
    assert MARK not in json.dumps(tomb, ensure_ascii=False)
    # The edit's values are kept server-side only, with the deleted content.
    with Session(engine) as session:
        kept = session.get(DeletedContent, ("client", client_id))
        assert kept.lost_edits[0]["fields"]["job_goals"] == f"Uusi {MARK}"
    # The deleting laptop closes the notice with a delete on the current revision.
    closed = a.push_one(a.change("client", client_id, base_rev=3, fields={}, deleted=True))
    assert closed["status"] == "applied" and closed["rev"] == 4
    [again] = [c for c in b.pull_all() if c["id"] == str(client_id)]
    assert again["conflicts"] == [] and again["deleted"] is True
    assert _get(a, "/v1/sync/conflicts").json() == []


def test_resolve_acknowledges_a_deleted_conflict_and_false_is_refused(world):
    a, b = world.user("career_coach"), world.user("employer_coordinator")
    record_id = uuid.uuid4()
    a.push_one(a.change("employer", record_id, fields={"name": "Kiista Oy"}))
    a.push_one(a.change("employer", record_id, base_rev=1, fields={}, deleted=True))
    lost = b.push_one(b.change("employer", record_id, base_rev=1, fields={"industry": "C"}))
    conflict_id = lost["conflicts"][0]["conflict_id"]
    undelete = a.http.post(f"/v1/sync/conflicts/{conflict_id}/resolve", json={"value": False},
                           headers=a.headers)
    assert undelete.status_code == 422 and "use_restore" in undelete.text
    ack = a.http.post(f"/v1/sync/conflicts/{conflict_id}/resolve", json={"value": True},
                      headers=a.headers)
    assert ack.status_code == 200, ack.text
    assert _get(a, "/v1/sync/conflicts").json() == []
    assert _get(a, f"/v1/records/employer/{record_id}").json()["deleted"] is True


def test_a_manager_restores_within_the_undo_period(world, engine):
    coach, manager = world.user("career_coach"), world.user("manager")
    client_id = uuid.uuid4()
    coach.push_one(coach.change("client", client_id, fields=_client(coach, phone="040 1")))
    path = f"/v1/records/client/{client_id}/restore"
    assert manager.http.post(path, headers=manager.headers).status_code == 404  # not deleted
    coach.push_one(coach.change("client", client_id, base_rev=1, fields={}, deleted=True))
    coach.pull_all()
    assert coach.http.post(path, headers=coach.headers).status_code == 403
    restored = manager.http.post(path, headers=manager.headers)
    assert restored.status_code == 200, restored.text
    body = restored.json()
    assert body["deleted"] is False and body["rev"] == 3
    # The manager is not the client's: the answer holds its figures, not its phone number.
    assert body["figures_only"] is True and "phone" not in body["fields"]
    [pulled] = [c for c in coach.pull_all() if c["id"] == str(client_id)]
    assert pulled["rev"] == 3 and pulled["fields"]["name"] == f"Asiakas {MARK}"
    assert pulled["fields"]["phone"] == "040 1"
    with Session(engine) as session:
        assert session.get(DeletedContent, ("client", client_id)) is None
    assert manager.http.post(path, headers=manager.headers).status_code == 404
    # Deleted again, and the undo period (30 days by default) is over: too late.
    coach.push_one(coach.change("client", client_id, base_rev=3, fields={}, deleted=True))
    with Session(engine) as session:
        session.exec(update(DeletedContent).where(DeletedContent.record_id == client_id)
                     .values(deleted_at=dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)))
        session.commit()
    late = manager.http.post(path, headers=manager.headers)
    assert late.status_code == 409 and "undo" in late.json()["detail"]


def test_the_undo_period_is_the_organisations_setting(world, engine):
    admin, coach = world.user("admin"), world.user("career_coach")
    set_days = admin.push_one(admin.change("organisation", world.org_id, base_rev=1,
                                           fields={"undo_days": 7}))
    assert set_days["status"] == "applied"
    record_id = uuid.uuid4()
    coach.push_one(coach.change("employer", record_id, fields={"name": "Lyhyt Oy"}))
    coach.push_one(coach.change("employer", record_id, base_rev=1, fields={}, deleted=True))
    today = dt.date.today()
    assert run_purge(engine=engine, today=today + dt.timedelta(days=6)).erased == 0
    assert run_purge(engine=engine, today=today + dt.timedelta(days=8)).erased == 1
    with Session(engine) as session:
        assert session.exec(select(Record).where(Record.id == record_id)).one().purged
