"""Retention purge: tombstones that sync, with fields and history values blanked."""

from __future__ import annotations

import datetime as dt
import uuid

from sync.server.purge import add_months, run_purge


def test_purge_tombstones_client_data_after_retention(world, engine):
    admin = world.user("admin")
    coach = world.user("career_coach")
    old, current = uuid.uuid4(), uuid.uuid4()
    coach.push(
        coach.change("client", old, fields={"name": "Vanha Asiakas", "service_end": "2024-01-31",
                                            "assigned_staff_ids": [str(coach.staff_id)]}),
        coach.change("client", current, fields={"name": "Nykyinen", "service_end": "2026-01-31",
                                                "assigned_staff_ids": [str(coach.staff_id)]}),
    )
    note = coach.change("client_note", client_id=old)
    coach.push_one(note)
    kept_note = coach.push_one(coach.change("client_note", client_id=current))
    assert kept_note["status"] == "applied"
    coach.pull_all()

    report = run_purge(engine=engine, today=dt.date(2026, 2, 1))  # 24 months after 2024-01-31
    assert (report.clients, report.records) == (1, 2)

    pulled = {c["id"]: c for c in coach.pull_all()}
    for record_id in (str(old), note["id"]):
        assert pulled[record_id]["deleted"] is True and pulled[record_id]["fields"] == {}
    assert str(current) not in pulled
    history = admin.http.get(f"/v1/records/client/{old}/history", headers=admin.headers).json()
    assert all(rev["changed"].get("name") is None for rev in history["revisions"])
    late = coach.push_one(coach.change("client_note", note["id"], base_rev=1,
                                       fields={"text": "myöhästynyt"}))
    assert late["reason"].startswith("purged")
    assert run_purge(engine=engine, today=dt.date(2026, 2, 1)).clients == 0


def test_add_months_keeps_the_month_end():
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 11, 15), 14) == dt.date(2026, 1, 15)
