"""Saving a visit form's state: one call, one transaction, and never twice (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from desktop.errors import InvalidInput
from desktop.services import drafts, visit_state, visits
from desktop.store.tables import Contact, Employer, OutboxEntry, Position, Visit
from tests.support.records import refuse_draft_removal, rows

DRAFT = "visit:new:0123"


def _state(**changes):
    return visit_state.empty_state() | changes


def _outbox(store) -> list[str]:
    with store.reader() as session:
        return [entry.kind for entry in session.exec(select(OutboxEntry)).all()]


@pytest.fixture
def maija(store, kone):
    [contact] = rows(store, Contact)
    return contact


@pytest.fixture
def draft_removal_fails(store):
    """The disk refuses to remove the draft: a real failure inside SQLite, not a stand-in."""
    return refuse_draft_removal(store)


def test_all_problems_are_found_at_once_and_named_by_the_form(store, kone):
    state = _state(employer_new=True, new_employer_name=" ", new_employer_business_id="123",
                   contact_new=True, briefing_taken_up=True,
                   positions=[{"title": "Kokki", "count": 1, "hidden": False},
                              {"title": "", "count": 1, "hidden": False},  # empty: dropped
                              {"title": " ", "count": 3, "hidden": True}])
    codes = {(e.field, e.code) for e in visit_state.check_state(store, state)}
    assert codes == {
        ("employer_name", "required"),
        ("business_id", "invalid_business_id"),
        ("contact_name", "required"),
        ("briefing_taken_up", "taken_up_without_briefing"),
        ("positions.2.title", "required"),
    }


def test_a_duplicate_business_id_is_refused_and_nothing_is_written(store, actor, kone):
    state = _state(employer_new=True, new_employer_name="Toinen Oy", new_employer_business_id="1234567-1")
    with pytest.raises(InvalidInput) as refused:
        visits.save_visit(store, actor=actor, state=state)
    assert refused.value.codes() == {"business_id": "duplicate_business_id"}
    assert len(rows(store, Employer)) == 2 and rows(store, Visit) == []


def test_a_new_employer_and_its_visit_are_saved_and_the_visit_read_back_for_editing(store, actor):
    state = _state(employer_new=True, new_employer_name="Uusi Oy", new_employer_business_id="07375462",
                   notes="Eka käynti", follow_up_date=None,
                   positions=[{"title": "Hitsaaja", "count": 2, "hidden": True}])
    saved = visits.save_visit(store, actor=actor, state=state)
    assert saved.employer_created and saved.positions_created == 1
    [employer] = rows(store, Employer)
    assert (employer.name, employer.business_id) == ("Uusi Oy", "0737546-2")

    loaded = visit_state.load_visit(store, saved.visit_id)
    assert loaded["employer_id"] == employer.id.hex and loaded["employer_name"] == "Uusi Oy"
    assert loaded["staff_id"] == actor.staff_id.hex
    assert loaded["positions"] == [{"title": "Hitsaaja", "count": 2, "hidden": True}]
    assert loaded["notes"] == "Eka käynti"
    [visit] = rows(store, Visit)
    assert (visit.open_positions, visit.hidden_jobs) == (0, 2)


def test_a_visit_refused_after_its_new_employer_leaves_no_employer_contact_or_position(store, actor, kone, maija):
    """The form checks its fields first; what only the records can tell (here: a contact
    of another employer) is refused inside the same transaction as the new employer."""
    before = _outbox(store)
    state = _state(employer_new=True, new_employer_name="Uusi Oy", contact_id=maija.id.hex,
                   positions=[{"title": "Kokki", "count": 1, "hidden": False}])
    with pytest.raises(InvalidInput) as refused:
        visits.save_visit(store, actor=actor, state=state)
    assert refused.value.codes() == {"contact_id": "wrong_employer"}
    assert sorted(e.name for e in rows(store, Employer)) == ["Kempeleen Kone Oy", "Oulun Leipomo Oy"]
    assert rows(store, Position) == [] and rows(store, Visit) == [] and len(rows(store, Contact)) == 1
    assert _outbox(store) == before


def test_the_draft_is_removed_with_the_saved_visit(store, actor, kone):
    drafts.save_draft(store, DRAFT, "visit", {"notes": "x"})
    saved = visits.save_visit(store, actor=actor, state=_state(employer_id=kone.id.hex), draft_key=DRAFT)
    assert drafts.load_draft(store, DRAFT) is None
    assert [v.id for v in rows(store, Visit)] == [saved.visit_id]


def test_a_refused_visit_keeps_its_draft(store, actor, kone):
    drafts.save_draft(store, DRAFT, "visit", {"notes": "x"})
    with pytest.raises(InvalidInput):
        visits.save_visit(store, actor=actor, state=_state(), draft_key=DRAFT)
    assert drafts.load_draft(store, DRAFT) is not None


def test_a_save_whose_draft_removal_fails_records_nothing_and_saving_again_records_once(
        store, actor, kone, draft_removal_fails):
    drafts.save_draft(store, DRAFT, "visit", {"notes": "x"})
    state = _state(employer_new=True, new_employer_name="Uusi Oy", notes="Käynti",
                   positions=[{"title": "Kokki", "count": 1, "hidden": False}])
    with pytest.raises(Exception, match="disk I/O error"):
        visits.save_visit(store, actor=actor, state=state, draft_key=DRAFT)
    assert rows(store, Visit) == [] and len(rows(store, Employer)) == 2 and rows(store, Position) == []

    draft_removal_fails()  # mended: the person presses Save again
    saved = visits.save_visit(store, actor=actor, state=state, draft_key=DRAFT)
    assert [v.id for v in rows(store, Visit)] == [saved.visit_id]
    assert len(rows(store, Employer)) == 3 and len(rows(store, Position)) == 1
    assert drafts.load_draft(store, DRAFT) is None


def test_saving_the_same_state_twice_records_the_visit_once(store, actor, kone):
    """Save pressed again (a late answer, or a draft left behind by a crash) finds the visit
    recorded: no second visit, no second employer, no duplicate-business-ID refusal."""
    state = _state(employer_new=True, new_employer_name="Uusi Oy", new_employer_business_id="07375462",
                   contact_new=True, contact_name="Matti Meikäläinen",
                   positions=[{"title": "Kokki", "count": 1, "hidden": False}])
    first = visits.save_visit(store, actor=actor, state=state)
    outbox = _outbox(store)
    drafts.save_draft(store, DRAFT, "visit", state)
    again = visits.save_visit(store, actor=actor, state=state, draft_key=DRAFT)
    assert again.repeated and not first.repeated
    assert (again.visit_id, again.employer_id) == (first.visit_id, first.employer_id)
    assert len(rows(store, Visit)) == 1 and len(rows(store, Employer)) == 3
    assert len(rows(store, Contact)) == 2 and len(rows(store, Position)) == 1
    assert _outbox(store) == outbox
    assert drafts.load_draft(store, DRAFT) is None


def test_each_new_form_records_its_own_visit(store, actor, kone):
    first = visits.save_visit(store, actor=actor, state=_state(employer_id=kone.id.hex))
    second = visits.save_visit(store, actor=actor, state=_state(employer_id=kone.id.hex))
    assert first.visit_id != second.visit_id and len(rows(store, Visit)) == 2


def test_an_edit_with_a_new_contact_is_one_transaction(store, actor, kone, draft_removal_fails):
    saved = visits.save_visit(store, actor=actor, state=_state(employer_id=kone.id.hex))
    state = visit_state.load_visit(store, saved.visit_id) | {
        "notes": "Muutettu", "contact_new": True, "contact_name": "Uusi Henkilö"}
    key = f"visit:{saved.visit_id.hex}"
    drafts.save_draft(store, key, "visit", state)
    with pytest.raises(Exception, match="disk I/O error"):
        visits.save_visit(store, actor=actor, state=state, draft_key=key)
    assert len(rows(store, Contact)) == 1 and rows(store, Visit)[0].notes is None

    draft_removal_fails()
    edited = visits.save_visit(store, actor=actor, state=state, draft_key=key)
    [visit] = rows(store, Visit)
    assert (visit.notes, visit.contact_id) == ("Muutettu", edited.contact_created)
    assert len(rows(store, Contact)) == 2 and drafts.load_draft(store, key) is None


def test_the_form_reads_contacts_and_who_recorded(store, actor, kone, maija):
    assert visits.contact_choices(store, kone.id) == [(maija.id.hex, "Maija Mallikas (HR-päällikkö)")]
    assert visits.staff_name(store, actor.staff_id) == "Testi Valmentaja"
    assert visits.staff_name(store, None) == ""


def test_record_visit_names_a_bad_position_by_its_place(store, actor, kone):
    with pytest.raises(InvalidInput) as refused:
        visits.record_visit(store, actor=actor, employer_id=kone.id,
                            data={"visited_at": dt.datetime.now(dt.timezone.utc)},
                            positions=[{"title": "Kokki"}, {"title": ""}])
    assert set(refused.value.codes()) == {"positions.1.title"}
    assert rows(store, Visit) == [] and rows(store, Position) == []


# --- an employer created on a visit belongs where the user works ----------------------------


@pytest.fixture
def oulu_coordinator(store):
    """A coordinator whose own locality is Oulu, in a project of four localities."""
    from desktop.services import setup

    return setup.set_up_profile(store, user_name="Olli Koordinaattori", role="employer_coordinator",
                                organisation_name="Testihanke", my_localities=["Oulu"],
                                localities=["Raahe", "Oulu", "Haapavesi", "Ylivieska"])


def _localities(store) -> dict[str, object]:
    from desktop.services import setup

    return {row.name: row.id for row in setup.localities(store)}


def test_a_new_employer_takes_the_users_locality_and_the_visit_counts_there(store, oulu_coordinator):
    from desktop.reports.figures import compute_figures

    state = _state(employer_new=True, new_employer_name="Uusi Konepaja Oy")
    saved = visits.save_visit(store, actor=oulu_coordinator, state=state)
    [employer] = rows(store, Employer)
    assert employer.id == saved.employer_id
    assert employer.locality_id == _localities(store)["Oulu"]
    assert employer.municipality == "Oulu"
    assert compute_figures(store, locality="Oulu").values["visits"] == 1
    assert compute_figures(store, locality="Raahe").values["visits"] == 0


def test_the_form_chooses_another_locality_or_none_and_a_municipality(store, oulu_coordinator):
    from desktop.reports.figures import compute_figures

    raahe = _localities(store)["Raahe"]
    visits.save_visit(store, actor=oulu_coordinator, state=_state(
        employer_new=True, new_employer_name="Raahen Valimo Oy",
        new_employer_locality_id=raahe.hex, new_employer_municipality="Pattijoki"))
    visits.save_visit(store, actor=oulu_coordinator, state=_state(
        employer_new=True, new_employer_name="Etätyö Oy", new_employer_locality_id=None))
    placed = {e.name: (e.locality_id, e.municipality) for e in rows(store, Employer)}
    assert placed == {"Raahen Valimo Oy": (raahe, "Pattijoki"), "Etätyö Oy": (None, None)}
    assert compute_figures(store, locality="Raahe").values["visits"] == 1
    assert compute_figures(store, locality="Oulu").values["visits"] == 0
