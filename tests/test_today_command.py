"""``kentta today`` through the real command (a subprocess on a real profile): JSON with every
item's kind, date, record and title; text grouped and counted in the profile's language."""

from __future__ import annotations

import datetime as dt
import json

from desktop.services import clients, drafts, today, visits
from desktop.store.settings import LANGUAGE

TODAY = dt.date(2026, 12, 3)


def _options(store) -> list[str]:
    return ["--data-dir", str(store.data_dir), "--today", TODAY.isoformat()]


def _dataset(store, actor, kone):
    overdue = visits.record_visit(store, actor=actor, employer_id=kone.id, data={
        "visited_at": dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc),
        "follow_up_date": TODAY - dt.timedelta(days=2)})
    later = visits.record_visit(store, actor=actor, employer_id=kone.id, data={
        "visited_at": dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc),
        "follow_up_date": TODAY + dt.timedelta(days=20)})
    person = clients.create_client(store, actor=actor, data={
        "name": "Aino Asiakas", "service_start": dt.date(2026, 1, 5),
        "service_end": TODAY + dt.timedelta(days=3)})
    clients.record_consent(store, actor=actor, client_id=person.id, data={"given_on": dt.date(2026, 1, 5)})
    drafts.save_draft(store, "visit:new:1", "visit", {"employer_id": str(kone.id)})
    return overdue, later, person


def test_json_lists_every_item_with_its_fields(run_kentta, store, actor, kone):
    overdue, later, person = _dataset(store, actor, kone)
    result = run_kentta("today", "--format", "json", *_options(store))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    expected = today.items_for(store, actor, today=TODAY)
    assert [(row["kind"], row["due"], row["record_kind"], row["record_id"], row["title"], row["when"])
            for row in found] == [(item.kind, item.due.isoformat(), item.record_kind, str(item.record_id),
                                   item.title, item.when(TODAY)) for item in expected]
    follow = {row["record_id"]: row for row in found if row["kind"] == "follow_up"}
    assert follow[str(overdue.id)]["due"] == "2026-12-01" and follow[str(overdue.id)]["when"] == "overdue"
    assert str(later.id) not in follow
    [ending] = [row for row in found if row["kind"] == "service_ending"]
    assert ending == ending | {"record_kind": "client", "record_id": str(person.id), "title": "Aino Asiakas",
                               "due": "2026-12-06", "when": "this_week", "client_id": str(person.id)}
    assert {row["kind"] for row in found} >= {"follow_up", "service_ending", "esf_exit_window", "draft",
                                              "conflict"}

    wider = json.loads(run_kentta("today", "--format", "json", "--days", "30", *_options(store)).stdout)
    assert str(later.id) in {row["record_id"] for row in wider if row["kind"] == "follow_up"}


def test_text_is_grouped_and_counted_in_the_profiles_language(run_kentta, store, actor, kone):
    _dataset(store, actor, kone)
    LANGUAGE.set(store, "fi")
    finnish = run_kentta("today", *_options(store))
    assert finnish.returncode == 0, finnish.stderr
    lines = finnish.stdout.splitlines()
    items = today.items_for(store, actor, today=TODAY)
    overdue = sum(1 for item in items if item.when(TODAY) == "overdue")
    assert lines[0] == f"Myöhässä ({overdue})"
    assert any("1.12.2026" in line and "Yrityskäynnin seuranta: Kempeleen Kone Oy" in line for line in lines)
    assert any(line.startswith("Tällä viikolla (") for line in lines)
    assert any("Palvelu päättyy: Aino Asiakas" in line for line in lines)

    swedish = run_kentta("today", "--lang", "sv", *_options(store)).stdout
    assert swedish.startswith(f"Försenat ({overdue})") and "Tjänsten upphör: Aino Asiakas" in swedish
    english = run_kentta("today", "--lang", "en", *_options(store)).stdout
    assert english.startswith(f"Overdue ({overdue})") and "Service ends: Aino Asiakas" in english


def test_a_colleagues_request_to_be_assigned_in_json_and_text(run_kentta, store, actor):
    from tests.services.test_today import _pull_request, _pull_staff

    person = clients.create_client(store, actor=actor, data={"name": "Aino Asiakas",
                                                             "service_start": dt.date(2026, 1, 5)})
    request_id = _pull_request(store, person.id, _pull_staff(store, "Kaisa Kollega", "career_coach"))
    found = json.loads(run_kentta("today", "--format", "json", *_options(store)).stdout)
    [row] = [row for row in found if row["kind"] == "assignment_request"]
    assert row == {"kind": "assignment_request", "due": "2026-12-02", "record_kind": "assignment_request",
                   "record_id": str(request_id), "title": "Aino Asiakas", "when": "overdue",
                   "client_id": str(person.id), "who": "Kaisa Kollega"}
    assert all(other["who"] is None for other in found if other is not row)
    LANGUAGE.set(store, "fi")
    text = run_kentta("today", *_options(store)).stdout
    assert any("2.12.2026" in line and "Kaisa Kollega pyytää" in line and "Aino Asiakas" in line
               for line in text.splitlines()), text


def test_nothing_due_and_bad_days(run_kentta, store, actor):
    LANGUAGE.set(store, "en")
    empty = run_kentta("today", *_options(store))
    assert empty.returncode == 0 and empty.stdout.strip() == "Nothing due in the next 14 days."
    assert json.loads(run_kentta("today", "--format", "json", *_options(store)).stdout) == []
    bad = run_kentta("today", "--days", "-1", *_options(store))
    assert bad.returncode == 1 and "--days" in bad.stderr


def test_calendar_writes_an_ics_file_without_names_unless_asked(run_kentta, store, actor, kone, tmp_path):
    from icalendar import Calendar

    overdue, _later, person = _dataset(store, actor, kone)
    LANGUAGE.set(store, "fi")
    path = tmp_path / "oma.ics"
    result = run_kentta("calendar", "-o", str(path), "--days", "30", *_options(store))
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical(path.read_bytes())
    summaries = {str(event["uid"]): str(event["summary"]) for event in calendar.walk("VEVENT")}
    assert f"Wrote {len(summaries)} calendar entries" in result.stdout
    assert summaries[f"follow_up-{overdue.id}@kentta"] == "Yrityskäynnin seuranta: Kempeleen Kone Oy"
    assert summaries[f"service_ending-{person.id}@kentta"] == f"Palvelu päättyy: asiakas {person.id.hex[:4].upper()}"
    assert "Aino" not in path.read_text(encoding="utf-8")

    named = run_kentta("calendar", "-o", str(path), "--with-names", *_options(store))
    assert named.returncode == 0, named.stderr
    assert "Palvelu päättyy: Aino Asiakas" in Calendar.from_ical(path.read_bytes()).to_ical().decode()
