"""Which field travels to whom is declared once, in sync/visibility.py, beside the schemas:
every data field of every client-scoped kind is decided there, figure or content."""

from __future__ import annotations

from sync.records import DATA_FIELDS, RECORD_TYPES
from sync.visibility import CONTENT, FIGURES


def test_every_field_of_every_client_scoped_kind_is_declared_once():
    scoped = {kind for kind, cls in RECORD_TYPES.items() if cls.client_scoped}
    assert set(FIGURES) | set(CONTENT) == scoped
    for kind in scoped:
        figures, content = set(FIGURES.get(kind, {})), set(CONTENT.get(kind, {}))
        assert not figures & content, kind
        assert figures | content == set(DATA_FIELDS[kind]), kind
        reasons = {**FIGURES.get(kind, {}), **CONTENT.get(kind, {})}
        assert all(reason.strip() for reason in reasons.values()), kind
