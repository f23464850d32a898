"""A text over the shared limit (sync/records.py) is refused in the form, beside its field, in
the UI's language; nothing is saved."""

from __future__ import annotations

from sqlmodel import select

from desktop.store.tables import ClientNote
from desktop.ui.qt import QLabel
from sync.records import LONG_TEXT_MAX
from tests.ui.clients.conftest import save
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name


def _refused(qtbot, dialog, store) -> str:
    dialog.text.setPlainText("ä" * (LONG_TEXT_MAX + 1))
    save(qtbot, dialog.text)
    error = dialog.findChild(QLabel, "error_text")
    qtbot.waitUntil(error.isVisible)
    assert dialog.isVisible()
    with store.reader() as session:
        assert session.exec(select(ClientNote)).all() == []
    return error.text()


def test_a_note_too_long_shows_the_error_beside_the_text(qtbot, note_dialog, store):
    assert _refused(qtbot, note_dialog, store) == "The text is too long."


def test_in_finnish(qtbot, finnish, note_dialog, store):
    assert _refused(qtbot, note_dialog, store) == "Teksti on liian pitkä."
