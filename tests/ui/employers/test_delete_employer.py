"""Deleting an employer, a contact or a position from the Employers page, as a person does."""

from __future__ import annotations

from sqlalchemy import text

from desktop.services import employers, search
from desktop.store.tables import Contact, Employer
from desktop.ui.qt import QApplication, QMessageBox, Qt
from tests.ui.deleting import confirm, press_delete


def gone(store, table, record_id) -> bool:
    with store.reader() as session:
        return session.get(table, record_id) is None


def test_delete_a_contact_then_the_employer_with_its_positions(qtbot, store, actor, raahe_works, main_window):
    contact = employers.add_contact(store, actor=actor, employer_id=raahe_works.id, data={"name": "Maija Mallikas"})
    with store.session() as session:
        session.exec(text("DELETE FROM outbox"))
        session.get(Employer, raahe_works.id).rev = 2
    page = main_window.go_to("employers")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.contacts.rowCount() == 1 and detail.card is not None)

    detail.contacts_view.selectRow(0)
    box = press_delete(qtbot, detail.contacts_view)
    assert "Maija Mallikas" in box.text() and "never synced" in box.text()
    confirm(qtbot, box)
    qtbot.waitUntil(lambda: detail.contacts.rowCount() == 0)
    assert gone(store, Contact, contact.id) and not gone(store, Employer, raahe_works.id)

    box = press_delete(qtbot, page.table)
    words = box.text()
    assert "Raahen Konepaja Oy" in words and "1 position(s)" in words and "30 day(s)" in words
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert not gone(store, Employer, raahe_works.id)

    box = press_delete(qtbot, page.table)
    confirm(qtbot, box)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.empty)
    assert gone(store, Employer, raahe_works.id)
    with store.reader() as session:
        assert session.exec(text("SELECT count(*) FROM position")).one()[0] == 0
    assert search.search(store, "Konepaja") == []
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)  # no error about the closed pane
