"""Full-text search inside the encrypted database."""

from __future__ import annotations

from desktop.services import clients, employers, search, visits


def kinds_and_labels(store, query):
    return [(hit.kind, hit.label) for hit in search.search(store, query)]


def test_prefix_and_accent_folding(store, actor):
    employers.create_employer(store, actor=actor, data={"name": "Hämeenlinnan Kone Oy", "municipality": "Hämeenlinna"})
    employers.create_employer(store, actor=actor, data={"name": "Oulun Puu Oy"})
    assert kinds_and_labels(store, "hämeen") == [("employer", "Hämeenlinnan Kone Oy")]
    assert kinds_and_labels(store, "HAMEEN kone") == [("employer", "Hämeenlinnan Kone Oy")]
    assert kinds_and_labels(store, "hämeen puu") == []
    assert search.search(store, "  ") == [] and search.search(store, '"*') == []


def test_business_id_client_name_and_note_text(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Tunnus Oy", "business_id": "3914177-5"})
    client = clients.create_client(store, actor=actor, data={"name": "Nguyễn Văn An", "personal_id": "280242-6693"})
    clients.add_note(store, actor=actor, client_id=client.id, data={"text": "Kiinnostunut trukkikortista"})
    visits.record_visit(store, actor=actor, employer_id=employer.id, data={"notes": "Tarve trukinkuljettajille"})
    assert kinds_and_labels(store, "3914177-5") == [("employer", "Tunnus Oy")]
    assert kinds_and_labels(store, "nguyen") == [("client", "Nguyễn Văn An")]
    assert {kind for kind, _ in kinds_and_labels(store, "truk")} == {"client_note", "visit"}
    assert search.search(store, "280242") == []  # identity codes are never indexed


def test_edits_and_deletes_reach_the_index(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Vanha Nimi Oy"})
    employers.update_employer(store, actor=actor, employer_id=employer.id, fields={"name": "Uusi Nimi Oy"})
    assert kinds_and_labels(store, "vanha") == []
    assert kinds_and_labels(store, "uusi") == [("employer", "Uusi Nimi Oy")]
    employers.delete_employer(store, actor=actor, employer_id=employer.id)
    assert kinds_and_labels(store, "uusi") == []
