"""The benchmarks' bulk-built profile is searchable as one filled through the app: the notes
indexed in one pass after the insert find what the search trigger would have found, and the
trigger is back for what is written afterwards."""

from __future__ import annotations

import datetime as dt
import uuid

from benchmarks import ui_lists
from desktop.services import listing
from desktop.store.tables import ClientNote


def test_bulk_built_notes_are_indexed_and_the_trigger_is_back(tmp_path, monkeypatch, file_keyring):
    monkeypatch.setenv("PYTHONPATH", "")  # build() selects the file keyring and sets these
    monkeypatch.setattr(ui_lists, "NOTE_CHUNK", 70)  # several chunks
    store, actor, _seconds, made = ui_lists.build(tmp_path, employers=30, notes=300)
    try:
        with store.engine.connect() as conn:
            written = conn.exec_driver_sql(
                "SELECT count(*) FROM client_note WHERE text LIKE '%hämeenlinna%'").scalar_one()
            indexed = conn.exec_driver_sql(
                "SELECT count(*) FROM search_doc WHERE kind = 'client_note'").scalar_one()
        assert made["notes"] == indexed == 300
        assert 0 < written < 300
        assert listing.count(store, listing.NOTES, filter_text="hämeenl") == written

        with store.engine.connect() as conn:
            client_id = uuid.UUID(conn.exec_driver_sql("SELECT id FROM client LIMIT 1").scalar_one())
        with store.engine.begin() as conn:  # written after the build: indexed by the trigger
            conn.execute(ClientNote.__table__.insert(), [{
                "id": uuid.uuid4(), "client_id": client_id, "staff_id": actor.staff_id, "rev": 0,
                "noted_on": dt.date.today(), "note_kind": "meeting", "text": "Zeppeliinikokous sovittu",
                "modified_at": dt.datetime.now(dt.timezone.utc), "modified_by": str(actor.staff_id),
                "deleted": False}])
        assert listing.count(store, listing.NOTES, filter_text="zeppel") == 1
    finally:
        store.close()


def test_a_filter_reads_the_same_pages_by_lookup_as_from_the_set_of_matches(tmp_path, monkeypatch,
                                                                                  file_keyring):
    """Many matches and words of at most three letters, or longer ones spelled out as the index's
    words they begin: each row is looked up in the search index (``_PROBE``); the pages are the
    ones the set of every match gives."""
    monkeypatch.setenv("PYTHONPATH", "")
    store, _actor, _seconds, _made = ui_lists.build(tmp_path, employers=30, notes=400)
    monkeypatch.setattr(listing, "FEW_MATCHES", 10)
    try:
        for typed in ("h", "hä", "häm", "ha ko", "t", "häme", "hämeenl", "työko hak"):
            by_lookup = [listing.fetch_page(store, listing.NOTES, filter_text=typed, offset=offset, limit=50)
                         for offset in (0, 50)]
            with monkeypatch.context() as patch:
                patch.setattr(listing, "PREFIX_INDEXED", 0)  # the set of matches, as for a longer word
                patch.setattr(listing, "MAX_TERMS", 0)  # that is not spelled out
                from_set = [listing.fetch_page(store, listing.NOTES, filter_text=typed, offset=offset, limit=50)
                            for offset in (0, 50)]
            assert by_lookup == from_set, typed
            assert by_lookup[0], typed
        with store.engine.connect() as conn:  # client names match too: "Asiakas 1…" by "as 1"
            named = conn.exec_driver_sql("SELECT count(*) FROM client_note AS t JOIN client AS c ON "
                                         "c.id = t.client_id WHERE c.name = 'Asiakas 1'").scalar_one()
        assert len(listing.fetch_page(store, listing.NOTES, filter_text="asi 1", limit=500)) >= named > 0
    finally:
        store.close()
