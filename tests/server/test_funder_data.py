"""The funder's (ESF+) participant data on the server: the same rules as the desktop's (one
schema), and a manager not assigned to the client receives the categorical data, never the name."""

from __future__ import annotations

import uuid

import pytest

from desktop.errors import InvalidInput
from desktop.services import changes
from desktop.store.tables import Client
from sync.field_errors import FieldError

NAME = "Osallistuja Oona"
FUNDER_DATA = {
    "gender": "woman", "labour_status_at_entry": "unemployed", "long_term_unemployed": True,
    "education_level": "isced_3_4", "homeless": "no", "disability": "declined",
    "eura_entry": "by_participant", "eura_entry_on": "2026-01-12", "service_start": "2026-01-10",
    "service_end": "2026-06-30", "exit_situation": "employed", "qualification_gained": True,
    "situation_6_months": "unknown", "eura_exit": "by_staff", "eura_exit_on": "2026-07-03",
}


def test_long_term_unemployed_without_unemployed_is_refused_beside_the_field_on_both_ends(world):
    coach = world.user("career_coach")
    fields = {"name": NAME, "assigned_staff_ids": [str(coach.staff_id)],
              "labour_status_at_entry": "inactive", "long_term_unemployed": True}
    refused = coach.push_one(coach.change("client", uuid.uuid4(), fields=fields))
    assert refused["status"] == "refused" and refused["reason"].startswith("invalid:")
    server = [FieldError.from_wire(item) for item in refused["field_errors"]]
    assert [(e.field, e.code) for e in server] == [("long_term_unemployed", "long_term_without_unemployed")]

    with pytest.raises(InvalidInput) as raised:
        changes.validate(Client, fields)
    assert raised.value.errors == server


def test_exit_data_without_the_service_end_are_refused_by_the_server(world):
    coach = world.user("career_coach")
    fields = {"name": NAME, "assigned_staff_ids": [str(coach.staff_id)], "service_start": "2026-01-10",
              "exit_situation": "employed"}
    refused = coach.push_one(coach.change("client", uuid.uuid4(), fields=fields))
    assert refused["status"] == "refused"
    assert [(e["field"], e["type"]) for e in refused["field_errors"]] == [
        ("exit_situation", "exit_without_service_end")]


def test_a_manager_not_assigned_gets_the_categorical_data_but_not_the_name(world):
    coach, manager = world.user("career_coach"), world.user("manager")
    client_id = uuid.uuid4()
    fields = {"name": NAME, "personal_id": "131052-308T", "assigned_staff_ids": [str(coach.staff_id)],
              **FUNDER_DATA}
    assert coach.push_one(coach.change("client", client_id, fields=fields))["status"] == "applied"

    (pulled,) = [c for c in manager.pull_all() if c["id"] == str(client_id)]
    assert pulled["figures_only"] is True
    got = pulled["fields"]
    assert {name: got.get(name) for name in FUNDER_DATA} == FUNDER_DATA
    assert got["birth_date"] == "1952-10-13"  # from the code, which itself never travels
    assert "name" not in got and "personal_id" not in got
    assert NAME not in str(pulled) and "308T" not in str(pulled)
