"""Paged lists filtered through the search index: the same rows whichever way
the filter is read (from the matches, or in list order checking each row, a longer
word's prefix as written or spelled out as the index's words that begin with it)."""

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


@pytest.mark.parametrize("terms", [listing.MAX_TERMS, 0])
@pytest.mark.parametrize("few", [listing.FEW_MATCHES, 1])
def test_filter_pages_are_the_same_either_way(store, firms, monkeypatch, few, terms):
    monkeypatch.setattr(listing, "FEW_MATCHES", few)
    monkeypatch.setattr(listing, "MAX_TERMS", terms)

    def names(text: str, **page) -> list[str]:
        return [row[1] for row in listing.fetch_page(store, listing.EMPLOYERS, filter_text=text, **page)]

    assert names("h") == ["Hauhon Puutarha", "Hämeenlinnan Kone Oy", "Kemin Hitsaus Oy"]
    assert names("hame") == ["Hämeenlinnan Kone Oy"]
    assert names("h", offset=1, limit=1) == ["Hämeenlinnan Kone Oy"]
    assert names("zzz") == []
    assert names("HÄMEENL") == names("hämeenlinnan") == names("Hameenlinnan Kone") == ["Hämeenlinnan Kone Oy"]
    assert names("hämeenlinnan siiv") == names("hämeenlinnanx") == names("leipo") == []
    assert names("hitsa kemin") == ["Kemin Hitsaus Oy"]
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


def test_a_longer_word_is_looked_up_per_row_as_the_words_it_begins(store, actor, firms, monkeypatch):
    """"häme" is written out as the index's words beginning with "hame" (folded as the index folds
    them); a prefix of more than MAX_TERMS words stays a prefix, and the rows found are the same."""
    employers.create_employer(store, actor=actor, data={"name": "Hämeenkyrön Kahvila"})

    def expression(typed: str):
        with store.connect() as conn:
            return listing._indexed_expression(conn, typed)

    assert expression("Häme k") == ('("hameenkyron" OR "hameenlinnan") AND "k"*', True)
    assert expression("häm") == ('"häm"*', True)
    assert expression("zzzz") == ('"zzzz"*', False)  # no word begins so: nothing to look up
    assert expression("hæme") == ('"hæme"*', False)  # a letter not folded here for certain
    names = [row[1] for row in listing.fetch_page(store, listing.EMPLOYERS, filter_text="häme")]
    monkeypatch.setattr(listing, "MAX_TERMS", 1)
    assert expression("häme") == ('"häme"*', False)
    assert [row[1] for row in listing.fetch_page(store, listing.EMPLOYERS, filter_text="häme")] == names
    assert names == ["Hämeenkyrön Kahvila", "Hämeenlinnan Kone Oy"]


def test_folding_is_the_search_index_tokenizers():
    """Every word ``_folded`` accepts is stored by the index's tokenizer as that folded word."""
    import sqlcipher3

    db = sqlcipher3.dbapi2.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
    accepted = {}
    for code in range(0x21, 0x250):
        word = f"ab{chr(code)}c"
        folded = listing._folded(word)
        if folded is not None:
            db.execute("DELETE FROM t")
            db.execute("INSERT INTO t(x) VALUES (?)", (word,))
            accepted[word] = folded
            assert [row[0] for row in db.execute("SELECT term FROM v")] == [folded], word
    assert {"abÄc", "abåc", "abÖc", "abéc", "abZc", "ab7c"} <= accepted.keys()
    assert not {"abæc", "abøc", "abßc", "ab_c", "abĀc"} & accepted.keys()
