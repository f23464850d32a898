"""The authorisation matrix, for every role and record kind, and the organisation wall."""

from __future__ import annotations

import uuid

import pytest

from sync.records import RECORD_TYPES, STAFF_ROLES

CLIENT_SCOPED = {k for k, cls in RECORD_TYPES.items() if cls.client_scoped}
# Written out here, not imported, so the test states the rule on its own.
WRITERS = {"organisation": {"admin"}, "staff": {"admin"}, "locality": {"manager", "admin"},
           "break_glass": set(),  # break_glass: written by the server, when a manager opens a client
           # made by the server when a coach asks to be assigned; the client's staff decide it
           "assignment_request": set()}
# Client-scoped kinds whose figures a manager not assigned to the client sees.
FIGURES_SEEN = {"client", "transition", "event_participant"}


def may_write(role: str, kind: str) -> bool:
    """Whether ``role`` may write a record of ``kind`` of its own (an admin has no clients)."""
    if role == "admin" and (kind in CLIENT_SCOPED or kind == "audit_event"):
        return False
    return role in WRITERS.get(kind, set(STAFF_ROLES))


def sees_others(role: str, kind: str) -> bool:
    """Whether ``role`` sees a record of ``kind`` made for a client assigned to someone else."""
    if kind == "audit_event":
        return role == "manager"
    if kind in CLIENT_SCOPED:
        return role == "manager" and kind in FIGURES_SEEN
    return True


def changes_others(role: str, kind: str) -> bool:
    """Whether ``role`` may delete a record of ``kind`` of a client assigned to someone else."""
    return may_write(role, kind) and kind not in CLIENT_SCOPED


@pytest.fixture
def cast(world):
    admin = world.user("admin")
    coach = world.user("career_coach")
    return admin, coach


@pytest.mark.parametrize("kind", sorted(RECORD_TYPES))
@pytest.mark.parametrize("role", STAFF_ROLES)
def test_role_and_kind(world, cast, role, kind):
    admin, other = cast
    me = world.user(role)
    mine, theirs = uuid.uuid4(), uuid.uuid4()
    me.push_one(me.change("client", mine, fields={"name": "Oma Asiakas",
                                                  "assigned_staff_ids": [str(me.staff_id)]}))
    other.push_one(other.change("client", theirs, fields={
        "name": "Muu Asiakas", "assigned_staff_ids": [str(other.staff_id)]}))
    # Someone allowed makes a record of this kind under the other person's client.
    maker = admin if kind in WRITERS or kind == "organisation" else other
    if kind == "organisation":
        theirs_id = world.org_id
    elif kind == "break_glass":
        # Made by the server when a manager (not me) opens the other person's client.
        maker = world.user("manager")
        opened = maker.http.post(f"/v1/clients/{theirs}/break-glass", headers=maker.headers,
                                 json={"reason": "Asiakkaan valitus käsittelyyn"})
        assert opened.status_code == 201, opened.text
        theirs_id = opened.json()["grant_id"]
    elif kind == "assignment_request":
        # Made by the server when a coach (not me) asks to be assigned to the other's client.
        maker = world.user("career_coach")
        asked = maker.http.post(f"/v1/clients/{theirs}/assignment-requests", headers=maker.headers,
                                json={"message": None})
        assert asked.status_code == 201, asked.text
        theirs_id = asked.json()["request_id"]
    else:
        theirs_id = uuid.uuid4()
        made = maker.push_one(maker.change(kind, theirs_id, client_id=theirs))
        assert made["status"] == "applied", made

    # 1. Writing a record of my own scope.
    if kind == "organisation":
        own = me.change("organisation", world.org_id, base_rev=1, fields={"retention_months": 12})
    else:
        own = me.change(kind, client_id=mine)
    result = me.push_one(own)
    assert (result["status"] != "refused") == may_write(role, kind), result
    if result["status"] == "refused":
        assert result["reason"].startswith("not_permitted")

    # 2. What I pull of the other person's record.
    pulled = {(c["kind"], c["id"]) for c in me.pull_all()}
    assert ((kind, str(theirs_id)) in pulled) == sees_others(role, kind)
    seen = me.http.get(f"/v1/records/{kind}/{theirs_id}/history", headers=me.headers)
    assert (seen.status_code == 200) == sees_others(role, kind)

    # 3. Changing the other person's record.
    if kind not in ("organisation", "audit_event"):
        name_field = next(iter(RECORD_TYPES[kind].data_fields()))
        current = maker.http.get(f"/v1/records/{kind}/{theirs_id}", headers=maker.headers).json()
        edit = me.change(kind, theirs_id, base_rev=1,
                         fields={name_field: current["fields"][name_field]}, deleted=True)
        outcome = me.push_one(edit)
        assert (outcome["status"] != "refused") == changes_others(role, kind), outcome


def test_new_client_must_list_the_coach(world):
    coach = world.user("career_coach")
    result = coach.push_one(coach.change("client", fields={"name": "Irrallinen",
                                                           "assigned_staff_ids": []}))
    assert result["status"] == "refused" and result["reason"].startswith("not_assigned")


def test_child_of_unknown_client_is_refused(world):
    coach = world.user("career_coach")
    result = coach.push_one(coach.change("client_note", client_id=uuid.uuid4()))
    assert result["reason"].startswith("not_permitted")


def test_audit_events_are_append_only(world):
    coach = world.user("career_coach")
    client_id = uuid.uuid4()
    coach.push_one(coach.change("client", client_id))
    event = coach.change("audit_event", client_id=client_id)
    assert coach.push_one(event)["status"] == "applied"
    assert coach.push_one({**event, "base_rev": 1})["status"] == "applied"  # a resend
    changed = {**event, "base_rev": 1, "fields": {**event["fields"], "action": "print"}}
    assert coach.push_one(changed)["reason"].startswith("append_only")


def test_reassignment_brings_history_and_revokes_access(world):
    first, second = world.user("career_coach"), world.user("career_coach")
    client_id = uuid.uuid4()
    first.push_one(first.change("client", client_id))
    note = first.change("client_note", client_id=client_id)
    first.push_one(note)
    assert second.pull_all() == [] or all(c["kind"] in ("staff", "organisation")
                                          for c in second.pull_all())
    handover = first.push_one(first.change(
        "client", client_id, base_rev=1, fields={"assigned_staff_ids": [str(second.staff_id)]}))
    assert handover["status"] == "applied"
    got = {(c["kind"], c["id"]) for c in second.pull_all()}
    assert ("client", str(client_id)) in got and ("client_note", note["id"]) in got
    revoked = [c for c in first.pull_all() if c["access_revoked"]]
    assert [(c["kind"], c["id"], c["deleted"]) for c in revoked] == [("client", str(client_id), True)]
    # The first coach can no longer change it.
    late = first.push_one(first.change("client_note", note["id"], base_rev=1,
                                       fields={"text": "myöhässä"}))
    assert late["reason"].startswith("not_permitted")


def test_records_never_cross_organisations(world):
    here = world.user("admin")
    other_org = world.new_org()
    there = world.user("admin", org=str(other_org))
    employer = here.change("employer")
    here.push_one(employer)
    assert ("employer", employer["id"]) not in {(c["kind"], c["id"]) for c in there.pull_all()}
    stolen = there.push_one({**employer, "base_rev": 1, "fields": {"name": "Kaapattu Oy"}})
    assert stolen["status"] == "refused" and stolen["reason"].startswith("not_permitted")
    foreign = there.push_one(there.change("locality", fields={
        "organisation_id": str(world.org_id), "name": "Oulu"}))
    assert foreign["status"] == "refused"
    org_edit = there.push_one(there.change("organisation", world.org_id, base_rev=1,
                                           fields={"retention_months": 1}))
    assert org_edit["status"] == "refused"
    moved = here.push_one(here.change("staff", here.staff_id, base_rev=1,
                                      fields={"organisation_id": str(other_org)}))
    assert moved["status"] == "refused"
