"""The Clients page: a new client typed into the dialog, and the list's filters."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from desktop.services import clients
from desktop.store.tables import Client
from desktop.ui.qt import QLabel, QLineEdit, Qt
from tests.ui.clients.conftest import PERSONAL_ID, active, save


def all_clients(store) -> list[Client]:
    with store.reader() as session:
        return list(session.exec(select(Client)).all())


def test_new_client_typed_with_invalid_then_valid_code(qtbot, main_window, store):
    clients_page = main_window.go_to("clients")
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, clients_page.dialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "name"), "Ville Virtanen")
    code = dialog.findChild(QLineEdit, "personal_id")
    qtbot.keyClicks(code, "131052-308X")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "municipality"), "Oulu")
    save(qtbot, code)

    error = dialog.findChild(QLabel, "error_personal_id")
    qtbot.waitUntil(lambda: error.isVisible())
    assert "personal identity code" in error.text()
    assert dialog.isVisible()
    assert all_clients(store) == []

    code.clear()
    qtbot.keyClicks(code, PERSONAL_ID)
    save(qtbot, code)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    model = clients_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 0).data() == "Ville Virtanen"
    assert model.index(0, 1).data() == "131052-****"
    assert model.index(0, 2).data() == "Oulu"
    saved = all_clients(store)
    assert [(c.name, c.personal_id, c.municipality) for c in saved] == [("Ville Virtanen", PERSONAL_ID, "Oulu")]
    qtbot.waitUntil(lambda: clients_page.table.currentIndex().row() == 0)


def test_filter_status_and_only_mine(qtbot, clients_page, store, actor):
    clients.create_client(store, actor=actor, data={"name": "Aatu Alku"})
    clients.create_client(store, actor=actor, data={"name": "Bea Palvelussa",
                                                    "service_start": dt.date(2025, 1, 2)})
    clients.create_client(store, actor=actor, data={"name": "Cecilia Päättynyt", "service_start": dt.date(2024, 1, 2),
                                                    "service_end": dt.date(2024, 12, 31)})
    clients_page.apply_filter()
    model = clients_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)

    def names() -> list[str]:
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    qtbot.keyClicks(clients_page.filter, "bea")
    qtbot.waitUntil(lambda: names() == ["Bea Palvelussa"])
    clients_page.filter.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3)

    clients_page.status.setCurrentIndex(clients_page.status.findData("ended"))
    qtbot.waitUntil(lambda: names() == ["Cecilia Päättynyt"])
    assert model.index(0, 4).data() == "Ended"
    clients_page.status.setCurrentIndex(clients_page.status.findData("not_started"))
    qtbot.waitUntil(lambda: names() == ["Aatu Alku"])
    clients_page.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    qtbot.waitUntil(lambda: clients_page.count.text() == "3 client(s)")

    # a client assigned to someone else only
    other = _other_staff(store, actor)
    clients.create_client(store, actor=actor, data={"name": "Dan Muu", "assigned_staff_ids": [str(other)]})
    clients_page.apply_filter()
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    qtbot.mouseClick(clients_page.only_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert "Dan Muu" not in names()


def _other_staff(store, actor):
    from desktop.services import changes
    from desktop.store.tables import Staff

    with store.session() as session:
        staff = changes.create(session, Staff, {"name": "Toinen Valmentaja", "role": "career_coach"}, actor=actor)
    return staff.id


def test_back_from_a_client_edited_far_down_the_list_the_list_is_where_it_was(qtbot, clients_page, store, actor):
    from PySide6.QtWidgets import QPushButton

    from desktop.services import changes

    with store.session() as session:
        made = [changes.create(session, Client, {"name": f"Asiakas {n:03d}", "municipality": "Oulu"}, actor=actor)
                for n in range(300)]
    page, model, table = clients_page, clients_page.model, clients_page.table
    page.apply_filter()
    scroll = table.verticalScrollBar()
    while model.rowCount() < 300:  # scrolled down as a person would, pages loading
        loaded = model.rowCount()
        scroll.setValue(scroll.maximum())
        qtbot.waitUntil(lambda: model.rowCount() > loaded)
    far = made[250]
    row = model.row_of(far.id)
    table.scrollTo(model.index(row, 0))
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    where = scroll.value()
    assert where > 0
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = page.view
    qtbot.waitUntil(lambda: view.name.text() == "Asiakas 250")

    qtbot.mouseClick(view.findChild(QPushButton, "edit_client"), Qt.MouseButton.LeftButton)
    dialog = active(qtbot, view.dialog)
    dialog.municipality.selectAll()
    qtbot.keyClicks(dialog.municipality, "Raahe")
    with qtbot.waitSignal(model.loaded, timeout=10000):
        save(qtbot, dialog.municipality)
    qtbot.mouseClick(view.findChild(QPushButton, "back_to_clients"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0)
    assert model.rowCount() == 300 and scroll.value() == where
    assert table.currentIndex().row() == model.row_of(far.id) == row
    assert model.index(row, 2).data() == "Raahe"


def test_a_new_client_saved_with_enter_is_opened_with_enter(qtbot, main_window, store):
    """Ctrl+4, Ctrl+N, the name, Enter saves; the next Enter opens the new client, the keyboard
    being on the list where the new client is selected (not on the page navigation)."""
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    clients_page = main_window.current_page()
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, clients_page.dialog)
    name = dialog.findChild(QLineEdit, "name")
    qtbot.keyClicks(name, "Sanna Korpi")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    made = all_clients(store)[0]
    table = clients_page.table
    qtbot.waitUntil(lambda: [i.row() for i in table.selectionModel().selectedRows()]
                    == [clients_page.model.row_of(made.id)])

    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    assert main_window.focusWidget() is table
    qtbot.keyClick(main_window.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: clients_page.view.name.text() == "Sanna Korpi")
    assert clients_page.stack.currentWidget() is clients_page.view
