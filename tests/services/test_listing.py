"""Paged lists filtered through the search index: the same rows whichever way
the filter is read (from the matches, or in list order checking each row)."""

from __future__ import annotations

import pytest

from desktop.services import employers, listing


@pytest.fixture
def firms(store, actor):
    names = ["Hämeenlinnan Kone Oy", "Hämeenlinnan Leipomo", "Oulun Siivous Ky", "Raahen Satama Oy",
             "Hauhon Puutarha", "Kemin Hitsaus Oy"]
    made = [employers.create_employer(store, actor=actor, data={"name": name}) for name in names]
    employers.delete_employer(store, actor=actor, employer_id=made[1].id)
    return made


@pytest.mark.parametrize("few", [listing.FEW_MATCHES, 1])
def test_filter_pages_are_the_same_either_way(store, firms, monkeypatch, few):
    monkeypatch.setattr(listing, "FEW_MATCHES", few)

    def names(text: str, **page) -> list[str]:
        return [row[1] for row in listing.fetch_page(store, listing.EMPLOYERS, filter_text=text, **page)]

    assert names("h") == ["Hauhon Puutarha", "Hämeenlinnan Kone Oy", "Kemin Hitsaus Oy"]
    assert names("hame") == ["Hämeenlinnan Kone Oy"]
    assert names("h", offset=1, limit=1) == ["Hämeenlinnan Kone Oy"]
    assert names("zzz") == []
    assert listing.count(store, listing.EMPLOYERS, filter_text="h") == 3
    assert len(names("")) == 5


def test_visits_match_their_employers_name_and_notes_their_clients(store, actor):
    from desktop.services import clients, employers, listing, visits

    employer = employers.create_employer(store, actor=actor, data={"name": "Hämeenlinnan Kone Oy"})
    other = employers.create_employer(store, actor=actor, data={"name": "Oulun Puu Oy"})
    visit = visits.record_visit(store, actor=actor, employer_id=employer.id, data={"notes": "Hyvä käynti"})
    visits.record_visit(store, actor=actor, employer_id=other.id, data={"notes": "Toinen"})
    client = clients.create_client(store, actor=actor, data={"name": "Nguyễn Văn An"})
    note = clients.add_note(store, actor=actor, client_id=client.id, data={"text": "Tapaaminen"})
    assert [row[0] for row in listing.fetch_page(store, listing.VISITS, filter_text="hämeen")] == [visit.id]
    assert [row[0] for row in listing.fetch_page(store, listing.VISITS, filter_text="hyvä")] == [visit.id]
    assert listing.count(store, listing.VISITS, filter_text="oulun") == 1
    assert [row[0] for row in listing.fetch_page(store, listing.NOTES, filter_text="nguyen")] == [note.id]
