"""Retention purge: tombstones that sync, with fields and history values blanked."""

from __future__ import annotations

import datetime as dt
import uuid

from sync.retention import add_months
from sync.server.purge import run_purge


def test_purge_tombstones_client_data_after_retention(world, engine):
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
    history = coach.http.get(f"/v1/records/client/{old}/history", headers=coach.headers).json()
    assert all(rev["changed"].get("name") is None for rev in history["revisions"])
    late = coach.push_one(coach.change("client_note", note["id"], base_rev=1,
                                       fields={"text": "myöhästynyt"}))
    assert late["reason"].startswith("purged")
    assert run_purge(engine=engine, today=dt.date(2026, 2, 1)).clients == 0


def test_add_months_keeps_the_month_end():
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 11, 15), 14) == dt.date(2026, 1, 15)


def _store_fields(engine, kind, record_id, **values):
    """Put a value into a stored record as an older server could have stored it."""
    from sqlmodel import Session

    from sync.server.models import Record

    with Session(engine) as session:
        row = session.get(Record, (kind, record_id))
        row.fields = {**row.fields, **values}
        session.add(row)
        session.commit()


def test_one_unreadable_record_or_organisation_never_stops_the_purge(world, engine, capsys):
    from sync.server.cli import main

    coach = world.user("career_coach")
    bad, due = uuid.uuid4(), uuid.uuid4()
    for client_id in (bad, due):
        coach.push_one(coach.change("client", client_id, fields={
            "name": "Asiakas", "service_end": "2024-01-31",
            "assigned_staff_ids": [str(coach.staff_id)]}))
    _store_fields(engine, "client", bad, service_end="garbage-not-a-date")
    broken_org, other_org = world.new_org(), world.new_org()
    _store_fields(engine, "organisation", broken_org, retention_months="garbage")
    other_coach = world.user("career_coach", org=str(other_org))
    other_due = uuid.uuid4()
    other_coach.push_one(other_coach.change("client", other_due, fields={
        "name": "Toinen", "service_end": "2024-01-31",
        "assigned_staff_ids": [str(other_coach.staff_id)]}))

    code = main(["purge", "--today", "2026-02-01", "--database-url", world.settings.database_url])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Purged 2 clients (2 records)" in out
    assert "2 could not be purged" in err
    assert f"client {bad}" in err and f"organisation {broken_org}" in err
    assert "garbage" not in out + err
    pulled = {c["id"]: c for c in coach.pull_all()}
    assert pulled[str(due)]["deleted"] is True and pulled[str(bad)]["deleted"] is False
    assert {c["id"]: c for c in other_coach.pull_all()}[str(other_due)]["deleted"] is True

    health = world.http.get("/health").json()
    assert health["status"] == "degraded" and health["purge"]["failed"] == 2
    assert health["purge"]["last_run"] is not None
    assert world.http.get("/health/purge").status_code == 503

    _store_fields(engine, "client", bad, service_end="2024-01-31")
    _store_fields(engine, "organisation", broken_org, retention_months=24)
    code = main(["purge", "--today", "2026-02-01", "--database-url", world.settings.database_url])
    assert code == 0, capsys.readouterr().err
    health = world.http.get("/health").json()
    assert health["status"] == "ok" and health["purge"]["failed"] == 0
    assert world.http.get("/health/purge").status_code == 200


def test_the_purge_logs_failures_with_ids_and_never_the_value(world, engine, caplog):
    coach = world.user("career_coach")
    bad = uuid.uuid4()
    coach.push_one(coach.change("client", bad, fields={
        "name": "Asiakas", "service_end": "2024-01-31",
        "assigned_staff_ids": [str(coach.staff_id)]}))
    _store_fields(engine, "client", bad, service_end="garbage-not-a-date")
    with caplog.at_level("INFO", logger="sync.server.purge"):
        report = run_purge(engine=engine, today=dt.date(2026, 2, 1))
    assert [(f.kind, f.record_id) for f in report.failures] == [("client", bad)]
    [line] = [r for r in caplog.records if r.levelname == "ERROR"]
    assert line.record_id == str(bad) and line.kind == "client"
    assert all("garbage" not in r.getMessage() and "garbage" not in str(r.__dict__)
               for r in caplog.records)
