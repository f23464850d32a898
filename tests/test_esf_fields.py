"""The funder's participant data on the client record: the rules both ends apply."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from sync.identifiers import birth_date_of
from sync.records import ClientBase, OrganisationBase

D = dt.date


def client(**fields) -> ClientBase:
    return ClientBase.model_validate({"name": "Testi Asiakas", **fields})


def error_of(**fields) -> tuple[str, str | None]:
    with pytest.raises(ValidationError) as caught:
        client(**fields)
    error = caught.value.errors()[0]
    return error["type"], (error.get("ctx") or {}).get("field")


@pytest.mark.parametrize("code, born", [
    ("131052-308T", D(1952, 10, 13)),
    ("131052+308T", D(1852, 10, 13)),
    ("131052Y308T", D(1952, 10, 13)),
    ("010106A901T", D(2006, 1, 1)),
    ("010106F901T", D(2006, 1, 1)),
    ("290201A123B", None),  # 29 February 2001 never was
    ("131052Q308T", None),  # no such century sign
    ("", None),
    (None, None),
])
def test_the_birth_date_a_personal_identity_code_gives(code, born):
    assert birth_date_of(code) == born


def test_the_personal_identity_code_sets_the_birth_date():
    made = client(personal_id="131052-308T", birth_date=D(1999, 1, 1))
    assert made.birth_date == D(1952, 10, 13)
    assert client(birth_date=D(1999, 1, 1)).birth_date == D(1999, 1, 1)  # no code: as typed


def test_values_are_from_the_funders_lists():
    assert error_of(gender="female") == ("not_allowed", None)
    assert error_of(labour_status_at_entry="student") == ("not_allowed", None)
    assert error_of(education_level="isced_9") == ("not_allowed", None)
    assert error_of(minority="maybe") == ("not_allowed", None)
    made = client(gender="non_binary", labour_status_at_entry="unemployed", long_term_unemployed=True,
                  education_level="isced_3_4", disability="declined", homeless="no")
    assert (made.gender, made.long_term_unemployed, made.disability) == ("non_binary", True, "declined")


def test_long_term_unemployed_only_with_unemployed():
    assert error_of(labour_status_at_entry="inactive", long_term_unemployed=True) == (
        "long_term_without_unemployed", "long_term_unemployed")
    assert error_of(long_term_unemployed=True) == ("long_term_without_unemployed", "long_term_unemployed")
    assert client(labour_status_at_entry="inactive", long_term_unemployed=False).long_term_unemployed is False


def test_exit_data_needs_the_service_end():
    start = {"service_start": D(2026, 1, 5)}
    assert error_of(**start, exit_situation="employed") == ("exit_without_service_end", "exit_situation")
    assert error_of(**start, qualification_gained=False) == ("exit_without_service_end", "qualification_gained")
    assert error_of(**start, situation_6_months="unknown") == ("exit_without_service_end", "situation_6_months")
    assert error_of(**start, eura_exit="by_staff") == ("exit_without_service_end", "eura_exit")
    ended = client(**start, service_end=D(2026, 6, 30), exit_situation="employed", qualification_gained=True,
                   situation_6_months="employed", eura_exit="by_staff", eura_exit_on=D(2026, 7, 2))
    assert ended.exit_situation == "employed" and ended.eura_exit_on == D(2026, 7, 2)


def test_a_eura_date_needs_the_data_entered():
    assert error_of(eura_entry="not_done", eura_entry_on=D(2026, 1, 5)) == (
        "eura_date_without_entry", "eura_entry_on")
    assert error_of(eura_entry_on=D(2026, 1, 5)) == ("eura_date_without_entry", "eura_entry_on")
    assert client(eura_entry="by_participant", eura_entry_on=D(2026, 1, 5)).eura_entry == "by_participant"


def test_the_organisation_turns_optional_questions_on():
    org = OrganisationBase.model_validate({"name": "Hanke", "esf_questions": ["homeless", "disability", "homeless"]})
    assert org.esf_questions == ["homeless", "disability"]
    with pytest.raises(ValidationError):
        OrganisationBase.model_validate({"name": "Hanke", "esf_questions": ["religion"]})


def test_the_desktop_table_takes_the_birth_date_from_the_code_too():
    """The desktop's table model validates the same way (it cannot be assigned to while validated)."""
    from desktop.store.tables import Client

    made = Client.model_validate({"name": "Testi Asiakas", "personal_id": "131052-308t",
                                  "birth_date": "1999-01-01"})
    assert (made.personal_id, made.birth_date) == ("131052-308T", D(1952, 10, 13))
    with pytest.raises(ValidationError) as caught:
        Client.model_validate({"name": "Testi Asiakas", "personal_id": "131052-308X"})
    assert caught.value.errors()[0]["type"] == "invalid_personal_id"
