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
