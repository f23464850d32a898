"""Employers, contacts and positions, and what the employer page reads (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import InvalidInput, NotFound
from desktop.services import employer_lists, employers, listing, setup, visits
from desktop.store.tables import Contact, Employer, Position
from tests.support.records import rows


@pytest.fixture
def raahe(store, actor):
    return next(loc.id for loc in setup.localities(store) if loc.name == "Raahe")


@pytest.fixture
def works(store, actor, raahe):
    """An employer in Raahe with a welding job open."""
    employer = employers.create_employer(store, actor=actor, data={
        "name": "Raahen Konepaja Oy", "business_id": "3914177-5", "municipality": "Raahe", "locality_id": raahe})
    employers.add_position(store, actor=actor, employer_id=employer.id,
                           data={"title": "Hitsaaja", "occupation": "Levyseppä-hitsaaja", "count": 2})
    return employer


def _page(store, spec, employer_id) -> list[tuple]:
    where, params = employer_lists.of_employer(employer_id)
    return listing.fetch_page(store, spec, extra_where=where, extra_params=params)


def test_a_business_id_is_normalised_and_a_duplicate_refused(store, actor, works):
    with pytest.raises(InvalidInput) as refused:
        employers.create_employer(store, actor=actor, data={"name": "Toinen Oy", "business_id": "39141775"})
    assert refused.value.codes() == {"business_id": "duplicate_business_id"}
    other = employers.create_employer(store, actor=actor, data={"name": "Toinen Oy"})
    with pytest.raises(InvalidInput):
        employers.update_employer(store, actor=actor, employer_id=other.id, fields={"business_id": "3914177-5"})
    assert employers.find_by_business_id(store, "39141775").id == works.id
    assert employers.find_by_business_id(store, "not an id") is None
    with pytest.raises(InvalidInput) as empty:
        employers.create_employer(store, actor=actor, data={"name": " "})
    assert set(empty.value.codes()) == {"name"}


def test_the_card_reads_the_locality_and_records_find_their_employer(store, actor, works):
    card = employers.load_employer(store, works.id)
    assert (card.employer.name, card.locality_name) == ("Raahen Konepaja Oy", "Raahe")
    signed = dt.date(2025, 3, 1)
    employers.set_letter_of_intent(store, actor=actor, employer_id=works.id, signed_on=signed)
    assert employers.load_employer(store, works.id).employer.letter_of_intent_date == signed

    contact = employers.add_contact(store, actor=actor, employer_id=works.id.hex, data={"name": "Pekka"})
    [position] = rows(store, Position)
    assert employers.employer_of(store, "contact", contact.id) == works.id
    assert employers.employer_of(store, "position", position.id) == works.id
    assert employers.employer_of(store, "employer", works.id.hex) == works.id
    assert employers.load_record(store, "contact", contact.id).name == "Pekka"
    with pytest.raises(NotFound):
        employers.employer_of(store, "visit", contact.id)


def test_the_detail_lists_are_narrowed_to_one_employer(store, actor, works):
    other = employers.create_employer(store, actor=actor, data={"name": "Muu Oy"})
    employers.add_contact(store, actor=actor, employer_id=other.id, data={"name": "Muu Henkilö"})
    employers.add_contact(store, actor=actor, employer_id=works.id, data={"name": "pekka", "title": "Työnjohtaja"})
    employers.add_contact(store, actor=actor, employer_id=works.id, data={"name": "Anna"})
    assert [row[1:3] for row in _page(store, employer_lists.CONTACTS, works.id)] == [
        ("Anna", None), ("pekka", "Työnjohtaja")]

    filled = employers.add_position(store, actor=actor, employer_id=works.id, data={"title": "Kokki"})
    employers.mark_position_filled(store, actor=actor, position_id=filled.id, filled_on=dt.date.today())
    assert [row[1] for row in _page(store, employer_lists.OPEN_POSITIONS, works.id)] == ["Hitsaaja"]
    assert [p.title for p in employers.open_positions_of(store, works.id)] == ["Hitsaaja"]

    visits.record_visit(store, actor=actor, employer_id=works.id, data={"notes": "Rivi 1\nrivi 2"})
    [visit] = _page(store, employer_lists.EMPLOYER_VISITS, works.id)
    assert visit[2:] == ("Testi Valmentaja", "Rivi 1 rivi 2")
    assert _page(store, employer_lists.EMPLOYER_VISITS, other.id) == []


def test_contacts_are_edited_and_removed_and_a_deleted_employer_takes_them_along(store, actor, works):
    contact = employers.add_contact(store, actor=actor, employer_id=works.id, data={"name": "Pekka"})
    employers.update_contact(store, actor=actor, contact_id=contact.id, fields={"phone": "040 123 4567"})
    assert [c.phone for c in employers.contacts_of(store, works.id)] == ["040 123 4567"]
    employers.remove_contact(store, actor=actor, contact_id=contact.id)
    assert employers.contacts_of(store, works.id) == []
    with pytest.raises(NotFound):
        employers.add_contact(store, actor=actor, employer_id="00000000-0000-4000-8000-000000000000",
                              data={"name": "Kukaan"})

    employers.add_contact(store, actor=actor, employer_id=works.id, data={"name": "Anna"})
    employers.delete_employer(store, actor=actor, employer_id=works.id)
    assert rows(store, Employer) == [] and rows(store, Contact) == [] and rows(store, Position) == []


def test_employers_are_found_by_the_words_typed(store, actor, works):
    employers.create_employer(store, actor=actor, data={"name": "Oulun Leipomo Oy", "municipality": "Oulu"})
    assert [hit.name for hit in employers.find_employers(store, "raah")] == ["Raahen Konepaja Oy"]
    assert employers.find_employers(store, "  ") == []
    assert employers.employer_name(store, works.id) == "Raahen Konepaja Oy"
