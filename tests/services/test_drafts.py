"""Drafts: written, replaced, listed newest first, deleted; encrypted with the rest."""

from __future__ import annotations

import datetime as dt

from desktop.services import drafts
from desktop.store.profile import open_profile


def test_a_draft_is_saved_replaced_and_deleted(store):
    drafts.save_draft(store, "visit:new:a", "visit", {"notes": "first words"})
    drafts.save_draft(store, "visit:new:a", "visit", {"notes": "first words and more"})

    [saved] = drafts.load_drafts(store, kind="visit")
    assert saved.key == "visit:new:a"
    assert saved.data == {"notes": "first words and more"}
    assert saved.updated_at.tzinfo is not None
    assert abs(saved.updated_at - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=1)
    assert drafts.load_draft(store, "visit:new:a") == saved

    drafts.delete_draft(store, "visit:new:a")
    assert drafts.load_drafts(store) == []
    assert drafts.load_draft(store, "visit:new:a") is None
    drafts.delete_draft(store, "visit:new:a")  # deleting twice is harmless


def test_drafts_are_listed_by_kind_newest_first(store):
    drafts.save_draft(store, "visit:new:old", "visit", {"n": 1})
    drafts.save_draft(store, "client_note:new:x", "client_note", {"n": 2})
    drafts.save_draft(store, "visit:new:new", "visit", {"n": 3})

    assert [d.key for d in drafts.load_drafts(store, kind="visit")] == ["visit:new:new", "visit:new:old"]
    assert {d.key for d in drafts.load_drafts(store)} == {"visit:new:old", "visit:new:new", "client_note:new:x"}


def test_a_draft_is_stored_encrypted_and_survives_reopening(store):
    secret_words = "Piilotyopaikka-varasto-Kempele"
    drafts.save_draft(store, "visit:new:b", "visit", {"notes": secret_words, "positions": [{"title": "Kokki"}]})
    data_dir = store.data_dir
    store.close()

    files = [path for path in data_dir.iterdir() if path.is_file()]
    assert any(path.name.startswith(store.db_path.name) for path in files)
    for path in files:
        assert secret_words.encode() not in path.read_bytes()
    reopened = open_profile(data_dir)
    try:
        [saved] = drafts.load_drafts(reopened)
        assert saved.data == {"notes": secret_words, "positions": [{"title": "Kokki"}]}
    finally:
        reopened.close()
