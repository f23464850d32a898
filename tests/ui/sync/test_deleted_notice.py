"""A notice of an edit lost to a delete on the Sync page, in Finnish: whose edit, which fields,
no values; its only button closes it, and closing writes the delete the server acknowledges."""

from __future__ import annotations

import uuid

from sqlmodel import select

from desktop.store.tables import OutboxEntry, Staff
from desktop.sync.notices import LostEdit, put_notice
from desktop.ui.qt import Qt
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name


def test_a_notice_names_who_and_which_fields_and_closes(qtbot, ctx, finnish):
    from desktop.ui.sync.conflicts import ConflictPanel

    record_id = uuid.uuid4()
    with ctx.store.session() as session:
        editor = Staff(name="Toinen Koordinaattori", role="employer_coordinator")
        session.add(editor)
        session.flush()
        put_notice(session, kind="employer", record_id=record_id, rev=6,
                   notice=LostEdit("server", ("municipality", "notes"), editor.id, uuid.uuid4()))
    panel = ConflictPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    cells = panel.model.cells[0]
    assert cells == ["Työnantaja: poistettu", "Poistettu",
                     "Muutoksen teki Toinen Koordinaattori — Poistoon hävinneet muutokset: Kunta, Muistiinpanot",
                     "Tieto pysyy poistettuna"]
    assert cells[3] == "Tieto pysyy poistettuna"
    assert not panel.mine.isVisible() and not panel.edit.isVisible()
    assert panel.close_notice.isVisible() and panel.close_notice.text() == "Kuittaa ilmoitus"
    qtbot.mouseClick(panel.close_notice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    with ctx.store.reader() as session:
        [entry] = session.exec(select(OutboxEntry).where(OutboxEntry.record_id == record_id)).all()
    assert (entry.deleted, entry.base_rev, entry.fields) == (True, 6, {})
