"""The local duplicate check at intake: the same identity code, or the same name and date of birth;
deleted clients and a manager's figures-only copies never match; ``create_client`` refuses a
duplicate unless told to make it anyway."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlmodel import func, select

from desktop.services import clients
from desktop.services.duplicates import (
    NAME_AND_BIRTH_DATE,
    PERSONAL_ID,
    DuplicateClient,
    find_local_duplicates,
    name_key,
)
from desktop.store.tables import Client

CODE = "131052-308T"  # born 13 October 1952


@pytest.fixture
def aino(store, actor):
    return clients.create_client(store, actor=actor, data={"name": "Aino Mäkinen", "personal_id": CODE})


def _count(store) -> int:
    with store.reader() as session:
        return session.exec(select(func.count()).select_from(Client)).one()


def test_the_same_identity_code_in_any_case_and_spacing_matches(store, actor, aino):
    [found] = find_local_duplicates(store, personal_id="  131052-308t ")
    assert (found.client_id, found.name, found.reason) == (aino.id, "Aino Mäkinen", PERSONAL_ID)
    assert found.assigned_staff_ids == (str(actor.staff_id),)
    assert find_local_duplicates(store, personal_id="131052-308T", exclude_id=aino.id) == []


def test_an_unrelated_or_invalid_code_matches_nothing(store, aino):
    assert find_local_duplicates(store, personal_id="010594Y123W") == []
    assert find_local_duplicates(store, personal_id="131052-308X") == []  # wrong check character
    assert find_local_duplicates(store) == []


def test_the_same_name_and_birth_date_matches_without_case_diacritics_or_extra_spaces(store, aino):
    born = dt.date(1952, 10, 13)
    for typed in ("Aino Mäkinen", "aino  makinen", " AINO MÄKINEN "):
        [found] = find_local_duplicates(store, name=typed, birth_date=born)
        assert (found.client_id, found.reason) == (aino.id, NAME_AND_BIRTH_DATE)
    assert find_local_duplicates(store, name="Aino Mäkinen", birth_date=dt.date(1952, 10, 14)) == []
    assert find_local_duplicates(store, name="Aina Mäkinen", birth_date=born) == []
    assert find_local_duplicates(store, name="Aino Mäkinen") == []  # a name alone is not enough


def test_a_birth_date_recorded_on_the_client_matches_too(store, actor):
    bertta = clients.create_client(store, actor=actor, data={"name": "Bertta Öhman-Lind",
                                                            "birth_date": dt.date(1990, 5, 1)})
    [found] = find_local_duplicates(store, name="bertta ohman lind", birth_date=dt.date(1990, 5, 1))
    assert found.client_id == bertta.id
    # the new client's code gives the date of birth
    [by_code_date] = find_local_duplicates(store, name="Bertta Öhman-Lind", personal_id="010590-123V")
    assert (by_code_date.client_id, by_code_date.reason) == (bertta.id, NAME_AND_BIRTH_DATE)


def test_deleted_clients_and_figures_only_copies_never_match(store, actor, aino):
    clients.delete_client(store, actor=actor, client_id=aino.id)
    assert find_local_duplicates(store, personal_id=CODE) == []
    assert find_local_duplicates(store, name="Aino Mäkinen", birth_date=dt.date(1952, 10, 13)) == []
    # a manager's copy of another staff's client: ids, dates and figures, no name nor code
    with store.session() as session:
        session.add(Client(id=uuid.uuid4(), name=None, birth_date=dt.date(1952, 10, 13),
                           assigned_staff_ids=[str(uuid.uuid4())], rev=3))
    assert find_local_duplicates(store, name="Aino Mäkinen", birth_date=dt.date(1952, 10, 13)) == []


def test_create_client_refuses_a_duplicate_unless_allowed(store, actor, aino):
    with pytest.raises(DuplicateClient) as refused:
        clients.create_client(store, actor=actor, data={"name": "Aino Makinen", "personal_id": "131052-308t"})
    [found] = refused.value.duplicates
    assert found.client_id == aino.id
    assert "Mäkinen" not in str(refused.value) and CODE not in str(refused.value)
    assert _count(store) == 1
    with pytest.raises(DuplicateClient):
        clients.create_client(store, actor=actor, data={"name": "aino mäkinen", "birth_date": dt.date(1952, 10, 13)})
    assert _count(store) == 1
    again = clients.create_client(store, actor=actor, allow_duplicate=True,
                                  data={"name": "Aino Mäkinen", "personal_id": CODE})
    assert again.id != aino.id and _count(store) == 2
    # another person is no duplicate
    clients.create_client(store, actor=actor, data={"name": "Aino Mäkinen", "personal_id": "010594Y123W"})
    assert _count(store) == 3


def test_name_key_folds_what_a_typist_varies():
    assert name_key("Åsa  Öberg-Ström") == name_key("asa oberg strom")
    assert name_key(None) == "" and name_key("   ") == ""
