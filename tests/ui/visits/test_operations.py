"""The visit form's background work, without Qt: every problem named by the form's field."""

from __future__ import annotations

import pytest

from desktop.errors import InvalidInput
from desktop.store.tables import Employer, Visit
from desktop.ui.visits import operations as ops
from tests.ui.visits.conftest import rows


def _state(**changes):
    return ops.empty_state() | changes


def test_all_problems_are_found_at_once_and_named_by_the_form(store, kone):
    state = _state(employer_new=True, new_employer_name=" ", new_employer_business_id="123",
                   contact_new=True, briefing_taken_up=True,
                   positions=[{"title": "Kokki", "count": 1, "hidden": False},
                              {"title": "", "count": 1, "hidden": False},  # empty: dropped
                              {"title": " ", "count": 3, "hidden": True}])
    codes = {(e.field, e.code) for e in ops.check_state(store, state)}
    assert codes == {
        ("employer_name", "required"),
        ("business_id", "invalid_business_id"),
        ("contact_name", "required"),
        ("briefing_taken_up", "taken_up_without_briefing"),
        ("positions[2].title", "required"),
    }


def test_a_duplicate_business_id_is_refused_and_nothing_is_written(store, actor, kone):
    state = _state(employer_new=True, new_employer_name="Toinen Oy", new_employer_business_id="1234567-1")
    with pytest.raises(InvalidInput) as refused:
        ops.save_visit(store, actor=actor, state=state)
    assert refused.value.codes() == {"business_id": "duplicate_business_id"}
    assert len(rows(store, Employer)) == 2 and rows(store, Visit) == []


def test_a_new_employer_and_its_visit_are_saved_and_the_visit_read_back_for_editing(store, actor):
    state = _state(employer_new=True, new_employer_name="Uusi Oy", new_employer_business_id="07375462",
                   notes="Eka käynti", follow_up_date=None,
                   positions=[{"title": "Hitsaaja", "count": 2, "hidden": True}])
    saved = ops.save_visit(store, actor=actor, state=state)
    assert saved.employer_created and saved.positions_created == 1
    [employer] = rows(store, Employer)
    assert (employer.name, employer.business_id) == ("Uusi Oy", "0737546-2")

    loaded = ops.load_visit(store, saved.visit_id)
    assert loaded["employer_id"] == employer.id.hex and loaded["employer_name"] == "Uusi Oy"
    assert loaded["staff_id"] == actor.staff_id.hex
    assert loaded["positions"] == [{"title": "Hitsaaja", "count": 2, "hidden": True}]
    assert loaded["notes"] == "Eka käynti"
    [visit] = rows(store, Visit)
    assert (visit.open_positions, visit.hidden_jobs) == (0, 2)
