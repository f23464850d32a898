"""Break-glass through the HTTP API on SQLite and PostgreSQL: a manager opens one client not
assigned to them with a reason; the pull then holds its content, read only; the client's staff
see the grant and the audit trail records it; when the time is over (``expires_at`` moved into
the past in the real database) the manager's pull gives an access revocation, then the client's
figures only. A manager taken off a client gets the same."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlmodel import Session, select

from sync.server.break_glass import end_expired
from sync.server.models import BreakGlassGrant, Record
from sync.server.purge import run_purge
from sync.visibility import FIGURES
from tests.server.test_least_privilege import NAME, NOTE, PERSONAL_ID, _client_and_records

REASON = "Asiakkaan valitus, valmentaja sairauslomalla"


def _open(user, client_id, reason=REASON):
    return user.http.post(f"/v1/clients/{client_id}/break-glass", json={"reason": reason},
                          headers=user.headers)


def _expire(engine, client_id) -> None:
    """The grant's time runs out: its expiry moved into the past in the database."""
    with Session(engine) as session:
        for row in session.exec(select(BreakGlassGrant).where(
                BreakGlassGrant.client_id == uuid.UUID(str(client_id)))).all():
            row.expires_at = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)
            session.add(row)
        session.commit()


def _by_id(changes):
    return {c["id"]: c for c in changes}


def test_a_grant_needs_a_manager_and_a_reason_and_answers_no_oracle(world):
    coach, manager = world.user("career_coach"), world.user("manager")
    admin = world.user("admin")
    made = _client_and_records(coach)
    client_id = made["client"]
    for user in (coach, admin):
        assert _open(user, client_id).status_code == 403
        assert _open(user, uuid.uuid4()).status_code == 403
    for reason in ("", "   ", "syy", "lyhyt"):
        refused = _open(manager, client_id, reason)
        assert refused.status_code == 422, (reason, refused.text)
    other_org = world.new_org()
    stranger = world.user("career_coach", org=str(other_org))
    theirs = _client_and_records(stranger)["client"]
    missing = _open(manager, uuid.uuid4())
    elsewhere = _open(manager, theirs)
    assert missing.status_code == elsewhere.status_code == 404
    assert missing.json() == elsewhere.json()
    assert json.dumps(manager.pull_all()).count(NAME) == 0  # nothing was opened by those


def test_during_the_grant_the_manager_reads_the_client_then_gets_figures_back(world, engine):
    coach, manager = world.user("career_coach"), world.user("manager")
    made = _client_and_records(coach)
    other = _client_and_records(coach)
    client_id = made["client"]
    before = _by_id(manager.pull_all())
    assert before[client_id]["figures_only"] and "name" not in before[client_id]["fields"]

    opened = _open(manager, client_id)
    assert opened.status_code == 201, opened.text
    grant = opened.json()
    granted = dt.datetime.fromisoformat(grant["granted_at"])
    expires = dt.datetime.fromisoformat(grant["expires_at"])
    assert expires - granted == dt.timedelta(hours=24)
    assert _open(manager, client_id).status_code == 409  # open already

    during = _by_id(manager.pull_all())
    assert during[client_id]["fields"]["name"] == NAME and not during[client_id]["figures_only"]
    assert during[made["client_note"]]["fields"]["text"] == NOTE
    assert during[made["assessment"]]["kind"] == "assessment"
    assert during[grant["grant_id"]]["fields"]["reason"] == REASON
    one = manager.http.get(f"/v1/records/client/{client_id}", headers=manager.headers).json()
    assert one["fields"]["personal_id"] == PERSONAL_ID
    # Other clients stay figures-only.
    assert other["client"] not in during or during[other["client"]]["figures_only"]
    assert other["client_note"] not in during
    # Read only: the content may not be changed.
    note = manager.push_one(manager.change("client_note", made["client_note"], base_rev=1,
                                           fields={"text": "Esimiehen muutos"}))
    assert note["status"] == "refused"
    renamed = manager.push_one(manager.change("client", client_id, base_rev=1,
                                              fields={"name": "Uusi Nimi"}))
    assert renamed["status"] == "refused"

    # The coach sees who opened the client, why and until when; the audit trail records it.
    seen = _by_id(coach.pull_all())
    record = seen[grant["grant_id"]]
    assert record["kind"] == "break_glass"
    assert record["fields"]["staff_id"] == str(manager.staff_id)
    assert record["fields"]["reason"] == REASON
    assert dt.datetime.fromisoformat(record["fields"]["expires_at"]) == expires
    audits = [c for c in during.values() if c["kind"] == "audit_event"
              and c["fields"]["action"] == "break_glass"]
    assert len(audits) == 1
    assert audits[0]["fields"]["client_id"] == client_id
    assert audits[0]["fields"]["staff_id"] == str(manager.staff_id)

    _expire(engine, client_id)
    after = manager.pull_all()
    revoked = [c for c in after if c.get("access_revoked")]
    assert [c["id"] for c in revoked] == [client_id]
    position = after.index(revoked[0])
    again = _by_id(after[position + 1:])
    assert again[client_id]["figures_only"] is True
    assert set(again[client_id]["fields"]) <= set(FIGURES["client"])
    assert again[made["transition"]]["figures_only"] is True
    assert NAME not in json.dumps(again) and NOTE not in json.dumps(again)
    gone = manager.http.get(f"/v1/records/client_note/{made['client_note']}",
                            headers=manager.headers)
    assert gone.status_code == 404
    # The coach's record of the grant says it ended.
    ended = _by_id(coach.pull_all())[grant["grant_id"]]
    assert ended["fields"]["ended_at"] is not None
    # Nothing more is due: a second pull brings nothing of it again.
    assert not [c for c in manager.pull_all() if c.get("access_revoked")]


def test_the_purge_loop_ends_an_expired_grant_too(world, engine):
    coach, manager = world.user("career_coach"), world.user("manager")
    made = _client_and_records(coach)
    assert _open(manager, made["client"]).status_code == 201
    manager.pull_all()
    _expire(engine, made["client"])
    assert end_expired(engine=engine, staff_id=coach.staff_id) == 0  # not the coach's
    run_purge(engine=engine)
    with Session(engine) as session:
        [row] = session.exec(select(BreakGlassGrant)).all()
        assert row.ended_at is not None
        stored = session.get(Record, ("break_glass", row.id))
        assert stored.fields["ended_at"] is not None and stored.rev == 2
    assert [c["id"] for c in manager.pull_all() if c.get("access_revoked")] == [made["client"]]


def test_the_setting_sets_the_duration(world):
    admin, coach, manager = (world.user(role) for role in ("admin", "career_coach", "manager"))
    org = admin.push_one(admin.change("organisation", world.org_id, base_rev=1, fields={
        "name": "Kenttä-testihanke", "break_glass_hours": 2}))
    assert org["status"] == "applied", org
    too_long = admin.push_one(admin.change("organisation", world.org_id, base_rev=2, fields={
        "break_glass_hours": 1000}))
    assert too_long["status"] == "refused"
    made = _client_and_records(coach)
    grant = _open(manager, made["client"]).json()
    span = (dt.datetime.fromisoformat(grant["expires_at"])
            - dt.datetime.fromisoformat(grant["granted_at"]))
    assert span == dt.timedelta(hours=2)


def test_a_manager_taken_off_a_client_keeps_its_figures_only(world):
    coach, manager = world.user("career_coach"), world.user("manager")
    made = _client_and_records(coach)
    client_id = made["client"]
    both = [str(coach.staff_id), str(manager.staff_id)]
    assert coach.push_one(coach.change("client", client_id, base_rev=1, fields={
        "assigned_staff_ids": both}))["status"] == "applied"
    full = _by_id(manager.pull_all())
    assert full[made["client_note"]]["fields"]["text"] == NOTE
    assert coach.push_one(coach.change("client", client_id, base_rev=2, fields={
        "assigned_staff_ids": [str(coach.staff_id)]}))["status"] == "applied"
    after = manager.pull_all()
    revoked = [c for c in after if c.get("access_revoked")]
    assert [c["id"] for c in revoked] == [client_id]
    again = _by_id(after[after.index(revoked[0]) + 1:])
    assert again[client_id]["figures_only"] is True
    assert again[made["transition"]]["figures_only"] is True
    assert made["client_note"] not in again
    assert NAME not in json.dumps(again)


def test_the_purge_of_a_client_erases_the_reasons_of_its_grants(world, engine):
    coach, manager = world.user("career_coach"), world.user("manager")
    made = _client_and_records(coach)
    assert coach.push_one(coach.change("client", made["client"], base_rev=1, fields={
        "service_end": "2020-01-31"}))["status"] == "applied"
    assert _open(manager, made["client"]).status_code == 201
    run_purge(engine=engine)
    with Session(engine) as session:
        [row] = session.exec(select(BreakGlassGrant)).all()
        assert row.reason == "" and row.ended_at is not None
        record = session.get(Record, ("break_glass", row.id))
        assert record.deleted and record.fields == {}
