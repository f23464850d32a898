"""The demo dataset: counts, reproducibility and that everything in it is valid."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter

import pytest
from sqlmodel import func, select
from stdnum.fi import hetu, ytunnus

from desktop.demo import artificial_personal_id, fill_demo
from desktop.errors import KenttaError
from desktop.exchange.export import export_json
from desktop.services import employers
from desktop.store.profile import create_profile
from desktop.store.tables import TABLES, OutboxEntry
from sync.records import NOTE_KINDS, RECORD_TYPES, TRANSITION_KINDS

TODAY = dt.date(2026, 6, 15)
LOCALITIES = {"Oulu", "Raahe", "Haapavesi", "Ylivieska"}


def exported(store, path) -> dict[str, list[dict]]:
    export_json(store, path)
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One larger demo (200 clients) that several tests read; made once."""
    folder = tmp_path_factory.mktemp("demo")
    store = create_profile(folder / "profile", passphrase="demo passphrase", use_keyring=False)
    try:
        summary = fill_demo(store, clients=200, employers=60, seed=5, today=TODAY)
        data = exported(store, folder / "demo.json")
        with store.reader() as session:
            outbox = session.exec(select(func.count()).select_from(OutboxEntry)).one()
    finally:
        store.close()
    return summary, data, outbox


def test_small_demo_counts_and_progress(store, caplog):
    calls = []
    with caplog.at_level(logging.DEBUG):
        summary = fill_demo(store, clients=30, employers=20, seed=1, today=TODAY,
                            progress=lambda done, total: calls.append((done, total)))
    assert summary.client == 30 and summary.employer == 20
    assert summary.organisation == 1 and summary.locality == 4
    assert summary.staff == 15  # the profile's user, coordinators, coaches and a manager
    assert summary.contact >= 20 and summary.visit > 0 and summary.client_note > 30
    with store.reader() as session:
        for kind, count in summary.as_dict().items():
            assert session.exec(select(func.count()).select_from(TABLES[kind])).one() == count, kind
        outbox = session.exec(select(func.count()).select_from(OutboxEntry)).one()
    # every record was written as an edit, but the profile's own placeholders (its organisation,
    # localities and user), which the server's replace at the first login
    assert outbox == summary.total - summary.organisation - summary.locality - 1
    assert calls[-1] == (50, 50) and [done for done, _ in calls] == sorted(done for done, _ in calls)
    with store.reader() as session:
        names = [row.name for row in session.exec(select(TABLES["client"])).all()]
    assert not any(name in caplog.text for name in names)


def test_same_seed_gives_the_same_data(tmp_path, file_keyring):
    texts = []
    for name in ("a", "b"):
        store = create_profile(tmp_path / name)
        fill_demo(store, clients=30, employers=20, seed=3, today=TODAY)
        data = exported(store, tmp_path / f"{name}.json")
        store.close()
        # Only what set_up_profile makes has random ids; name them, and drop timestamps.
        me = data["organisation"][0]["id"], data["staff"][0]["id"]
        aliases = {me[0]: "ORGANISATION", me[1]: "ME"}
        aliases |= {row["id"]: f"LOCALITY {row['name']}" for row in data["locality"]}
        for rows in data.values():
            for row in rows:
                del row["modified_at"]
        text = json.dumps(data, ensure_ascii=False)
        for real, alias in aliases.items():
            text = text.replace(real, alias)
        texts.append(text)
    assert texts[0] == texts[1]
    assert "Pohjois-Pohjanmaan työllisyyshanke" in texts[0]


def test_another_seed_gives_other_data(tmp_path, file_keyring):
    names = []
    for seed in (1, 2):
        store = create_profile(tmp_path / str(seed))
        fill_demo(store, clients=5, employers=5, seed=seed, today=TODAY)
        with store.reader() as session:
            names.append(sorted(row.name for row in session.exec(select(TABLES["employer"])).all()))
        store.close()
    assert names[0] != names[1]


def test_refuses_a_profile_with_data(store, actor):
    with pytest.raises(KenttaError, match="already in use"):
        fill_demo(store, clients=5, employers=5)  # set up, even without employers
    employers.create_employer(store, actor=actor, data={"name": "Oikea Asiakasyritys Oy"})
    with pytest.raises(KenttaError, match="already in use"):
        fill_demo(store, clients=5, employers=5)
    with store.reader() as session:
        assert len(session.exec(select(TABLES["employer"])).all()) == 1
        assert len(session.exec(select(TABLES["organisation"])).all()) == 1


def test_every_record_passes_its_schema(demo):
    summary, data, outbox = demo
    assert outbox == summary.total - summary.organisation - summary.locality - 1  # as above
    counts = {kind: len(rows) for kind, rows in data.items()}
    assert {k: v for k, v in counts.items() if k in summary.as_dict()} == summary.as_dict()
    for kind, rows in data.items():
        for row in rows:
            RECORD_TYPES[kind].model_validate(row)


def test_identifiers_are_valid_and_artificial(demo):
    _, data, _ = demo
    business_ids = [row["business_id"] for row in data["employer"]]
    assert all(ytunnus.is_valid(b) for b in business_ids) and len(set(business_ids)) == len(business_ids)
    codes = [row["personal_id"] for row in data["client"] if row["personal_id"]]
    assert 0 < len(codes) < len(data["client"])  # most clients have one, some do not
    for code in codes:
        assert hetu.is_valid(code, allow_temporary=True)
        assert int(code[7:10]) >= 900  # never a real person's number
    assert artificial_personal_id(dt.date(1990, 5, 4), 901) == "040590-901W"
    assert artificial_personal_id(dt.date(2004, 12, 31), 998) == "311204A998W"
    with pytest.raises(ValueError):
        artificial_personal_id(dt.date(1990, 5, 4), 123)


def test_all_four_localities_and_staff_roles(demo):
    _, data, _ = demo
    names = {row["id"]: row["name"] for row in data["locality"]}
    assert set(names.values()) == LOCALITIES
    assert {names[row["locality_id"]] for row in data["employer"]} == LOCALITIES
    assert {names[row["locality_id"]] for row in data["client"]} == LOCALITIES
    roles = Counter(row["role"] for row in data["staff"])
    assert roles["manager"] == 1 and roles["employer_coordinator"] >= 4 and roles["career_coach"] >= 4
    covered = {place for row in data["staff"] if row["role"] == "career_coach" for place in row["localities"]}
    assert covered == LOCALITIES


def test_variety_for_reports_and_matching(demo):
    _, data, _ = demo
    clients = data["client"]
    assert {row["transition_kind"] for row in data["transition"]} == set(TRANSITION_KINDS)
    assert {row["note_kind"] for row in data["client_note"]} == set(NOTE_KINDS)
    assert {row["language"] for row in clients} == {"fi", "sv", "en"}
    assert Counter(row["language"] for row in clients).most_common(1)[0][0] == "fi"
    assert {row["service_path"] for row in clients} == {"Osmo", "Osku", "Ossi"}
    assert {"Kela", "Sosiaalitoimi", "Oma yhteydenotto"} <= {row["referral_source"] for row in clients}
    assert any(row["service_end"] for row in clients) and any(not row["service_end"] for row in clients)
    positions = data["position"]
    assert {row["hidden"] for row in positions} == {True, False}
    assert any(row["filled"] for row in positions)
    assert any(row["letter_of_intent_date"] for row in data["employer"])
    assert any(row["hired"] for row in data["event_participant"])
    assert all(row["occupation"].casefold() in row["title"].casefold() for row in positions)
    goals = " ".join(row["job_goals"] for row in clients)
    assert sum(row["occupation"] in goals for row in positions) > len(positions) // 2


def test_dates_are_consistent(demo):
    _, data, _ = demo
    day = dt.date.fromisoformat
    clients = {row["id"]: row for row in data["client"]}
    earliest = TODAY - dt.timedelta(days=731)

    def period(client_id):
        client = clients[client_id]
        assert client["service_start"], "records only for clients whose service started"
        return day(client["service_start"]), day(client["service_end"] or TODAY.isoformat())

    for client in clients.values():
        if client["service_start"]:
            assert earliest <= day(client["referred_on"]) <= day(client["service_start"]) <= TODAY
    for kind, field in (("transition", "start_date"), ("client_note", "noted_on"),
                        ("assessment", "assessed_on"), ("consent", "given_on")):
        for row in data[kind]:
            start, end = period(row["client_id"])
            assert start <= day(row[field]) <= end, (kind, row[field])
    for visit in data["visit"]:
        visited = dt.datetime.fromisoformat(visit["visited_at"].replace("Z", "+00:00")).date()
        assert earliest <= visited <= TODAY
    events = {row["id"]: row for row in data["recruitment_event"]}
    employer_ids = {row["id"] for row in data["employer"]}
    for participant in data["event_participant"]:
        event = events[participant["event_id"]]
        start, end = period(participant["client_id"])
        assert start <= day(event["held_on"]) <= end
        if participant["hired"]:
            assert participant["hired_by_employer_id"] in event["employer_ids"]
    assert all(set(event["employer_ids"]) <= employer_ids for event in events.values())


def test_the_funders_participant_data_are_plausible(demo):
    _, data, _ = demo
    from desktop.demo import ESF_QUESTIONS

    (organisation,) = data["organisation"]
    assert organisation["esf_questions"] == ESF_QUESTIONS  # two questions turned on
    clients = data["client"]
    started = [c for c in clients if c["service_start"]]
    complete = [c for c in clients if c["gender"] and c["labour_status_at_entry"] and c["education_level"]]
    assert len(clients) * 0.8 < len(complete) < len(clients)  # most complete, some missing
    assert {c["gender"] for c in complete} == {"woman", "man", "non_binary"}
    assert all(c["birth_date"] for c in clients)
    assert {c["eura_entry"] for c in started} == {"by_participant", "by_staff", "not_done"}
    assert all(c["eura_entry"] is None for c in clients if not c["service_start"])
    assert {c["disability"] for c in clients} >= {"yes", "no", "declined"}
    assert {c["homeless"] for c in clients} >= {"yes", "no", "declined"}
    assert all(c[name] is None for c in clients for name in ("minority", "foreign_background",
                                                             "third_country_national"))
    ended = [c for c in clients if c["service_end"]]
    assert ended and all(c["exit_situation"] is None and c["eura_exit"] is None
                         for c in clients if not c["service_end"])
    assert {c["exit_situation"] for c in ended} >= {"job_searching", "employed", "education_or_training", None}
    assert {c["situation_6_months"] for c in ended} >= {"employed", "not_employed", "unknown", None}
    assert any(c["long_term_unemployed"] for c in clients)
    assert all(not c["long_term_unemployed"] or c["labour_status_at_entry"] == "unemployed" for c in clients)
