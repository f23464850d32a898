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
