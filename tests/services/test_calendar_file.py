"""The calendar file: parsed back with icalendar, one all-day entry per dated item and event of
the user, stable UIDs across exports, a re-export after a change updates (same UID, higher
SEQUENCE), and no client name in the file unless the setting or the call allows names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

from icalendar import Calendar

from desktop.services import calendar_file, clients, events, today, visits
from desktop.store.settings import CALENDAR_WITH_NAMES
from desktop.store.tables import AuditEvent, Locality, Staff
from sqlmodel import select

TODAY = dt.date(2026, 12, 3)


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def _dataset(store, actor, kone):
    follow = visits.record_visit(store, actor=actor, employer_id=kone.id, data={
        "visited_at": dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc), "follow_up_date": day(2)})
    person = clients.create_client(store, actor=actor, data={
        "name": "Aino Asiakas", "personal_id": "131052-308T", "service_start": dt.date(2026, 1, 5),
        "service_end": day(10)})
    clients.record_consent(store, actor=actor, client_id=person.id, data={"given_on": dt.date(2026, 1, 5)})
    with store.reader() as session:
        localities = {row.name: row.id for row in session.exec(select(Locality)).all()}
    here = events.create_event(store, actor=actor, data={
        "name": "Työkohtaamo Oulu", "held_on": day(20), "place": "Oulun kirjasto", "locality_id": localities["Oulu"]})
    past = events.create_event(store, actor=actor, data={"name": "Mennyt", "held_on": day(-5)})
    return follow, person, here, past


def _read(path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def _entries(calendar: Calendar) -> dict[str, dict]:
    return {str(event["uid"]): {"summary": str(event["summary"]), "start": event.decoded("dtstart"),
                                "end": event.decoded("dtend"), "sequence": int(event["sequence"])}
            for event in calendar.walk("VEVENT")}


def test_the_file_holds_the_users_dated_items_and_events(store, actor, kone, tmp_path):
    follow, person, here, past = _dataset(store, actor, kone)
    path = tmp_path / "kentta.ics"
    count = calendar_file.write_calendar(store, actor, path, today=TODAY, days=30)
    entries = _entries(_read(path))
    assert count == len(entries)
    dated = [item for item in today.items_for(store, actor, today=TODAY, days=30)
             if item.kind in calendar_file.DATED_KINDS]
    assert set(entries) == {f"{item.kind}-{item.record_id}@kentta" for item in dated} | {
        f"recruitment_event-{here.id}@kentta"}
    assert f"recruitment_event-{past.id}@kentta" not in entries
    follow_up = entries[f"follow_up-{follow.id}@kentta"]
    assert follow_up["start"] == day(2) and follow_up["end"] == day(3)  # all day
    assert isinstance(follow_up["start"], dt.date) and not isinstance(follow_up["start"], dt.datetime)
    assert follow_up["summary"] == "Follow-up of a visit: Kempeleen Kone Oy"
    assert entries[f"recruitment_event-{here.id}@kentta"]["summary"] == "Recruitment event: Työkohtaamo Oulu"
    assert entries[f"service_ending-{person.id}@kentta"]["start"] == day(10)


def test_no_client_names_or_identity_codes_unless_allowed(store, actor, kone, tmp_path):
    _follow, person, _here, _past = _dataset(store, actor, kone)
    plain = tmp_path / "plain.ics"
    calendar_file.write_calendar(store, actor, plain, today=TODAY, days=30)
    raw = plain.read_bytes().decode()
    assert "Aino" not in raw and "Asiakas" not in raw and "131052" not in raw
    code = person.id.hex[:4].upper()
    assert _entries(_read(plain))[f"service_ending-{person.id}@kentta"]["summary"] == f"Service ends: client {code}"

    assert _audited(store) == []
    CALENDAR_WITH_NAMES.set(store, True)
    named = tmp_path / "named.ics"
    calendar_file.write_calendar(store, actor, named, today=TODAY, days=30)
    assert _audited(store) == [("export", person.id, "calendar")]  # names left the store
    assert _entries(_read(named))[f"service_ending-{person.id}@kentta"]["summary"] == "Service ends: Aino Asiakas"
    assert "131052" not in named.read_bytes().decode()
    # The call overrides the setting for one file.
    once = tmp_path / "once.ics"
    calendar_file.write_calendar(store, actor, once, today=TODAY, days=30, with_names=False)
    assert "Aino" not in once.read_bytes().decode()
    assert len(_audited(store)) == 1


def _audited(store):
    with store.reader() as session:
        return [(row.action, row.client_id, row.detail) for row in session.exec(select(AuditEvent)).all()]


def test_uids_are_stable_and_a_change_updates_the_same_entry(store, actor, kone, tmp_path):
    follow, _person, _here, _past = _dataset(store, actor, kone)
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    calendar_file.write_calendar(store, actor, first, today=TODAY, days=30)
    calendar_file.write_calendar(store, actor, second, today=TODAY, days=30)
    assert first.read_bytes() == second.read_bytes()  # nothing changed: the same file

    time.sleep(1.1)  # SEQUENCE counts seconds
    today.move_follow_up(store, actor=actor, visit_id=follow.id, to=day(5))
    moved = tmp_path / "3.ics"
    calendar_file.write_calendar(store, actor, moved, today=TODAY, days=30)
    before, after = _entries(_read(first)), _entries(_read(moved))
    uid = f"follow_up-{follow.id}@kentta"
    assert set(before) == set(after)
    assert after[uid]["start"] == day(5) and after[uid]["sequence"] > before[uid]["sequence"]
    others = set(before) - {uid}
    assert all(after[key] == before[key] for key in others)

    # Done: the same entry again, cancelled, so the calendar that imported it shows it done.
    time.sleep(1.1)
    today.mark_follow_up_done(store, actor=actor, visit_id=follow.id, done_on=TODAY)
    done = tmp_path / "4.ics"
    calendar_file.write_calendar(store, actor, done, today=TODAY, days=30)
    [entry] = [e for e in _read(done).walk("VEVENT") if str(e["uid"]) == uid]
    assert str(entry["status"]) == "CANCELLED" and int(entry["sequence"]) > after[uid]["sequence"]
    assert [str(e.get("status")) for e in _read(moved).walk("VEVENT") if str(e["uid"]) == uid] == ["None"]


def test_a_valid_calendar_for_importers(store, actor, kone, tmp_path):
    _dataset(store, actor, kone)
    path = tmp_path / "kentta.ics"
    calendar_file.write_calendar(store, actor, path, today=TODAY, days=30)
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.rstrip().endswith(b"END:VCALENDAR")
    calendar = Calendar.from_ical(raw)
    assert str(calendar["version"]) == "2.0" and "Kenttä" in str(calendar["prodid"])
    for event in calendar.walk("VEVENT"):
        for name in ("uid", "dtstamp", "dtstart", "dtend", "summary", "sequence", "last-modified"):
            assert name in event, name
        assert event["dtstart"].params.get("VALUE") == "DATE"


def test_another_users_events_and_an_admin(store, actor, kone, tmp_path):
    with store.reader() as session:
        raahe = session.exec(select(Locality).where(Locality.name == "Raahe")).one()
    with store.session() as session:  # the user works in Oulu only
        me = session.get(Staff, actor.staff_id)
        me.localities = ["Oulu"]
        session.add(me)
    elsewhere = events.create_event(store, actor=actor, data={"name": "Raahen messut", "held_on": day(3),
                                                              "locality_id": raahe.id})
    person = clients.create_client(store, actor=actor, data={"name": "Bertta Osallistuja"})
    joined = events.create_event(store, actor=actor, data={"name": "Raahen rekry", "held_on": day(4),
                                                           "locality_id": raahe.id})
    events.add_participant(store, actor=actor, event_id=joined.id, client_id=person.id)
    path = tmp_path / "mine.ics"
    calendar_file.write_calendar(store, actor, path, today=TODAY, days=30)
    uids = set(_entries(_read(path)))
    assert f"recruitment_event-{elsewhere.id}@kentta" not in uids
    assert f"recruitment_event-{joined.id}@kentta" in uids
    admin = dataclasses.replace(actor, role="admin")
    calendar_file.write_calendar(store, admin, path, today=TODAY, days=30)
    assert not [uid for uid in _entries(_read(path)) if uid.startswith(("service_", "consent", "esf", "purge"))]
