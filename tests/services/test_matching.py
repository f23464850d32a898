"""Matching clients to an open position: who is a candidate, how they rank, why."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import NotFound
from desktop.services import clients, employers, setup
from desktop.services.matching import fold, match_clients, stem

TODAY = dt.date(2026, 5, 4)


@pytest.fixture
def places(store, actor):
    return {loc.name: loc.id for loc in setup.localities(store)}


@pytest.fixture
def welding_job(store, actor, places):
    employer = employers.create_employer(
        store, actor=actor,
        data={"name": "Raahen Konepaja Oy", "municipality": "Raahe", "locality_id": places["Raahe"]})
    return employers.add_position(store, actor=actor, employer_id=employer.id,
                                  data={"title": "Hitsaus", "occupation": "Levyseppä-hitsaaja"})


def client(store, actor, name, *, goals=None, locality=None, municipality=None,
           start=dt.date(2026, 1, 1), end=None):
    made = clients.create_client(store, actor=actor, data={
        "name": name, "job_goals": goals, "locality_id": locality, "municipality": municipality,
        "service_start": start, "service_end": end})
    return made.id


def test_stems_fold_case_and_accents():
    assert fold("Hämeenlinna ÅÖ") == "hameenlinna ao"
    assert stem("Hitsaaja") == stem("hitsaus") == "hitsa"
    assert stem("kokki") == "kokki" and stem("Työ") == "tyo"


def test_job_goal_and_locality_rank_above_locality_only(store, actor, places, welding_job):
    both = client(store, actor, "Aino Hitsari", goals="hitsaaja, asentaja", locality=places["Raahe"])
    place_only = client(store, actor, "Bertta Paikallinen", goals="kokki", locality=places["Raahe"])
    goal_only = client(store, actor, "Cecilia Muualta", goals="Hitsaaja", locality=places["Oulu"])
    client(store, actor, "Eemeli Eisovi", goals="kokki", locality=places["Oulu"])

    found = match_clients(store, welding_job.id, today=TODAY)

    assert [m.client_id for m in found] == [both, goal_only, place_only]
    assert found[0].reasons == [("job_goal", "hitsaaja"), ("same_locality", "Raahe")]
    assert found[1].reasons == [("job_goal", "Hitsaaja")]
    assert found[2].reasons == [("same_locality", "Raahe")]
    assert found[0].score > found[1].score > found[2].score > 0


def test_same_municipality_text_is_a_locality_fit(store, actor, welding_job):
    by_text = client(store, actor, "Daniel Kuntalainen", municipality=" raahe ")
    found = match_clients(store, welding_job.id, today=TODAY)
    assert [(m.client_id, m.reasons) for m in found] == [(by_text, [("same_locality", "raahe")])]


def test_only_clients_in_service_are_candidates(store, actor, places, welding_job):
    active = client(store, actor, "Aktiivi", goals="hitsaaja", end=TODAY + dt.timedelta(days=30))
    client(store, actor, "Päättynyt", goals="hitsaaja", end=TODAY - dt.timedelta(days=1))
    client(store, actor, "Päättyy tänään", goals="hitsaaja", end=TODAY)
    client(store, actor, "Ei aloittanut", goals="hitsaaja", start=None)
    deleted = client(store, actor, "Poistettu", goals="hitsaaja")
    clients.delete_client(store, actor=actor, client_id=deleted)

    assert [m.client_id for m in match_clients(store, welding_job.id, today=TODAY)] == [active]


def test_limit_and_unknown_position(store, actor, places, welding_job):
    for n in range(5):
        client(store, actor, f"Hitsari {n}", goals="hitsaaja")
    assert len(match_clients(store, welding_job.id, limit=3, today=TODAY)) == 3
    with pytest.raises(NotFound):
        match_clients(store, welding_job.employer_id, today=TODAY)
