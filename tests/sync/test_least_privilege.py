"""A manager's laptop after a full sync holds the figures of clients not assigned to the manager,
never their names, identity codes or note texts (in its export or anywhere in its files), and its
report equals the coach's; an admin's laptop holds no client record."""

from __future__ import annotations

import datetime as dt
import json

from sqlmodel import func, select

from desktop.exchange.export import export_json
from desktop.reports.completeness import incomplete_participants
from desktop.reports.figures import compute_figures
from desktop.services import clients, employers, events, visits
from desktop.services.setup import current_actor
from desktop.store.tables import TABLES, Client
from sync.records import RECORD_TYPES
from tests.support.decrypted import every_page
from tests.sync.conftest import run_sync

SECRETS = ("Sirkka Salainen", "150588-9480", "Taneli Tuntematon", "Muistiinpano: velkajärjestely",
           "Arvio: selkävaiva", "Tavoite: metsäkone")


def _localities(server) -> dict[str, str]:
    """Two localities of the organisation, made by its admin: their ids by name."""
    admin = server.api(server.add_user("admin").username)
    made = {name: admin.change("locality", fields={"organisation_id": str(server.org_id),
                                                   "name": name}) for name in ("Oulu", "Lappi")}
    assert all(r["status"] == "applied" for r in admin.push(*made.values())["results"])
    return {name: change["id"] for name, change in made.items()}


def _coach_with_clients(server, profiles):
    """A coach's laptop with clients that every report figure counts, synced to the server:
    one client in a locality by its municipality's name, one by its locality id."""
    places = _localities(server)
    coach = server.add_user("career_coach")
    store = profiles(coach.username)
    run_sync(store)
    actor = current_actor(store)
    employer = employers.create_employer(store, actor=actor, data={"name": "Metsä Oy",
                                                                  "municipality": "Oulu"})
    visits.record_visit(store, actor=actor, employer_id=employer.id, data={
        "visited_at": dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone.utc),
        "briefing_given": True})
    first = clients.create_client(store, actor=actor, data={
        "name": SECRETS[0], "personal_id": SECRETS[1], "municipality": "Oulu",
        "referred_on": dt.date(2026, 1, 5), "service_start": dt.date(2026, 1, 10),
        "job_goals": SECRETS[5],
        # The funder's entry and exit data (the date of birth comes from the identity code).
        "gender": "woman", "labour_status_at_entry": "unemployed", "long_term_unemployed": True,
        "education_level": "isced_3_4", "service_end": dt.date(2026, 3, 31), "exit_situation": "employed",
        "qualification_gained": True})
    second = clients.create_client(store, actor=actor, data={
        "name": SECRETS[2], "municipality": "Kemi", "locality_id": places["Lappi"],
        "service_start": dt.date(2026, 2, 1)})
    clients.add_note(store, actor=actor, client_id=first.id, data={"text": SECRETS[3]})
    clients.record_assessment(store, actor=actor, client_id=first.id, data={
        "assessed_on": dt.date(2026, 2, 1), "summary": SECRETS[4]})
    clients.record_transition(store, actor=actor, client_id=first.id, data={
        "transition_kind": "paid_work", "start_date": dt.date(2026, 3, 1)})
    clients.record_transition(store, actor=actor, client_id=second.id, data={
        "transition_kind": "studies", "start_date": dt.date(2026, 2, 15)})
    event = events.create_event(store, actor=actor, data={"name": "Työkohtaamo",
                                                         "held_on": dt.date(2026, 3, 3)})
    hired = events.add_participant(store, actor=actor, event_id=event.id, client_id=first.id)
    events.set_hired(store, actor=actor, participant_id=hired.id, hired=True,
                     employer_id=employer.id)
    events.add_participant(store, actor=actor, event_id=event.id, client_id=second.id)
    assert run_sync(store).outcome == "ok"
    return coach, store


def _reports(store, staff_id):
    reports = [compute_figures(store),
               compute_figures(store, period_from=dt.date(2026, 2, 1), period_to=dt.date(2026, 3, 31)),
               compute_figures(store, staff=staff_id),
               compute_figures(store, locality="Oulu"), compute_figures(store, locality="Lappi")]
    missing = incomplete_participants(store, today=dt.date(2026, 12, 1))
    return [(r.values, r.visits_by_month, r.staff, r.esf, r.esf_incomplete) for r in reports] + [
        [(row.client_id, row.staff, row.missing, row.due) for row in missing]]


def _holds_none_of_the_secrets(store, tmp_path):
    exported = tmp_path / f"export-{store.db_path.parent.name}.json"
    export_json(store, exported)
    text = exported.read_text(encoding="utf-8")
    pages = every_page(store)
    for secret in SECRETS:
        assert secret not in text, secret
        assert secret.encode() not in pages, secret


def test_a_managers_laptop_has_the_figures_and_the_same_report_but_no_content(server, profiles,
                                                                             tmp_path):
    coach, coach_store = _coach_with_clients(server, profiles)
    manager = server.add_user("manager")
    store = profiles(manager.username)
    receipt = run_sync(store)
    assert receipt.outcome == "ok", receipt.error
    assert _reports(store, coach.staff_id) == _reports(coach_store, coach.staff_id)
    *report, missing = _reports(store, coach.staff_id)
    assert [values["clients"] for values, *_ in report] == [2, 1, 2, 1, 1]
    assert [values["event_participants_employed"] for values, *_ in report] == [1, 1, 1, 0, 0]
    all_time = report[0]
    assert all_time[3]["long_term_unemployed"] == {"women": 1, "men": 0, "non_binary": 0, "total": 1}
    assert all_time[3]["employed_on_leaving"]["total"] == 1 and all_time[4] == 1  # the second: no data
    assert len(missing) == 2 and missing[0][2] == ("eura_entry", "eura_exit", "situation_6_months")
    with store.reader() as session:
        held = session.exec(select(Client)).all()
    assert len(held) == 2 and all(c.name is None and c.personal_id is None for c in held)
    assert {c.municipality for c in held} == {"Oulu", "Kemi"}
    _holds_none_of_the_secrets(store, tmp_path)


def test_an_admins_laptop_holds_no_client_record(server, profiles, tmp_path):
    _coach_with_clients(server, profiles)
    admin = server.add_user("admin")
    store = profiles(admin.username)
    assert run_sync(store).outcome == "ok"
    scoped = [kind for kind, cls in RECORD_TYPES.items() if cls.client_scoped] + ["audit_event"]
    with store.reader() as session:
        counts = {kind: session.exec(select(func.count()).select_from(TABLES[kind])).one()
                  for kind in scoped}
    assert counts == dict.fromkeys(scoped, 0), counts
    _holds_none_of_the_secrets(store, tmp_path)
    assert json.dumps(counts)
