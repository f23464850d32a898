"""A manager selects several clients in the list (ctrl-click, shift-arrow) and moves them to
another staff member with the keyboard; or moves all of one staff member's clients."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services import clients, setup
from desktop.store.tables import Client, OutboxEntry, Staff
from desktop.ui.qt import QApplication, Qt
from sqlmodel import select

NAMES = {"Aino Aalto": "L", "Bertta Berg": "L", "Cecilia Carlsson": "T", "Daavid Dahl": "L",
         "Eero Eskola": "L"}
SHOTS = os.environ.get("KENTTA_SHOTS")  # a folder: screenshots of the dialog, to look at


@pytest.fixture
def actor(store):
    """The profile's user is a manager (the UI's ``ctx`` is built on this actor)."""
    return setup.set_up_profile(store, user_name="Maija Esihenkilö", role="manager",
                                organisation_name="Testihanke", localities=["Oulu"])


@pytest.fixture
def staff(store, actor):
    leaving = Staff(name="Lauri Lähtijä", role="career_coach")
    taking = Staff(name="Tiina Tulija", role="career_coach")
    with store.session() as session:
        session.add_all([leaving, taking, Staff(name="Ylläpitäjä", role="admin")])
    ids = {"L": leaving.id, "T": taking.id}
    for name, key in NAMES.items():
        clients.create_client(store, actor=actor, data={"name": name, "assigned_staff_ids": [str(ids[key])]})
    with store.session() as session:
        for entry in session.exec(select(OutboxEntry)).all():
            session.delete(entry)
    return ids


def staff_by_name(store) -> dict[str, list[str]]:
    with store.reader() as session:
        return {c.name: c.assigned_staff_ids for c in session.exec(select(Client)).all()}


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key, where the keyboard focus is (as a person types)."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def open_dialog(qtbot, page):
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    dialog = page.caseload_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: dialog.to_staff.count() > 0)
    return dialog


def question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert box.objectName() == "caseload_question"
    return box


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def listed(qtbot, page) -> None:
    page.apply_filter()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(NAMES))
    assert [page.model.data(page.model.index(row, 0)) for row in range(len(NAMES))] == list(NAMES)


def test_ctrl_click_two_clients_and_move_them_by_keyboard(qtbot, clients_page, store, staff):
    page = clients_page
    listed(qtbot, page)
    table = page.table
    click_row(qtbot, table, 0)
    click_row(qtbot, table, 3, Qt.KeyboardModifier.ControlModifier)
    assert [page.model.data(page.model.index(r, 0)) for r in
            sorted(i.row() for i in table.selectionModel().selectedRows())] == ["Aino Aalto", "Daavid Dahl"]
    shot(page, "caseload-selection.png")
    # Delete is for one client at a time: with two selected it names none.
    assert page._selected_client() is None

    dialog = open_dialog(qtbot, page)
    assert dialog.selected.isChecked() and dialog.selected.text() == "The 2 selected client(s)"
    # Both have Lauri: he is the one they move from; the new staff member is to be chosen.
    assert dialog.from_staff.currentText() == "Lauri Lähtijä (4 client(s))"
    assert dialog.to_staff.currentIndex() == -1
    assert [dialog.to_staff.itemText(i) for i in range(dialog.to_staff.count())] == [
        "Lauri Lähtijä", "Maija Esihenkilö", "Tiina Tulija"]  # no administrator
    assert QApplication.focusWidget() is dialog.selected
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.from_staff
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.to_staff
    type_text(qtbot, "Tiina")
    assert dialog.to_staff.currentText() == "Tiina Tulija"
    shot(dialog, "caseload-dialog.png")
    press(qtbot, Qt.Key.Key_Return)

    box = question(qtbot)
    assert box.text().startswith("Move 2 client(s) from Lauri Lähtijä to Tiina Tulija?")
    shot(box, "caseload-question.png")
    assert staff_by_name(store)["Aino Aalto"] == [str(staff["L"])]  # nothing before the answer
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: Move
    qtbot.waitUntil(lambda: not dialog.isVisible())
    moved = staff_by_name(store)
    assert moved == {name: [str(staff["T"] if name in ("Aino Aalto", "Daavid Dahl") else staff[key])]
                     for name, key in NAMES.items()}
    with store.reader() as session:
        assert len(session.exec(select(OutboxEntry)).all()) == 2
    # The list follows at once (the change bus): the staff column shows the new staff member.
    staff_column = [c.key for c in page.model.spec.columns].index("assigned_staff")
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, staff_column)) == "Tiina Tulija")


def test_shift_arrow_then_all_of_one_staff_members_clients(qtbot, clients_page, store, staff):
    page = clients_page
    listed(qtbot, page)
    table = page.table
    click_row(qtbot, table, 0)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(table.selectionModel().selectedRows()) == 2

    dialog = open_dialog(qtbot, page)
    press(qtbot, Qt.Key.Key_Down)  # the radio below: all of the staff member's clients
    assert dialog.all_of.isChecked()
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.from_staff.currentText() == "Lauri Lähtijä (4 client(s))"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Tiina")
    press(qtbot, Qt.Key.Key_Tab)  # the action: Move is chosen; Down chooses Add
    assert QApplication.focusWidget() is dialog.mode_move
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.mode_add.isChecked() and dialog.save_button.text() == "Add…"
    press(qtbot, Qt.Key.Key_Up)
    assert dialog.mode_move.isChecked() and dialog.save_button.text() == "Move…"
    press(qtbot, Qt.Key.Key_Return)

    box = question(qtbot)
    assert box.text().startswith("Move 4 client(s) from Lauri Lähtijä to Tiina Tulija?")
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # cancelled: nothing changes, the dialog stays
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and staff_by_name(store)["Bertta Berg"] == [str(staff["L"])]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(question(qtbot), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert set(map(tuple, staff_by_name(store).values())) == {(str(staff["T"]),)}


def test_the_move_needs_a_staff_member_to_move_to(qtbot, clients_page, store, staff):
    page = clients_page
    listed(qtbot, page)
    click_row(qtbot, page.table, 1)
    dialog = open_dialog(qtbot, page)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors.showing("to_staff_id"))
    assert dialog.isVisible() and isinstance(QApplication.activeModalWidget(), type(dialog))
    assert staff_by_name(store)["Bertta Berg"] == [str(staff["L"])]


def test_a_coach_has_no_move_button_and_selects_one_row(qtbot, store, file_keyring):
    from desktop.services.setup import current_actor
    from desktop.ui.clients.page import ClientsPage
    from desktop.ui.context import UiContext
    from PySide6.QtWidgets import QAbstractItemView

    setup.set_up_profile(store, user_name="Kalle Valmentaja", role="career_coach",
                         organisation_name="Testihanke", localities=["Oulu"])
    page = ClientsPage(UiContext(store, current_actor(store)))
    qtbot.addWidget(page)
    assert page.move_button is None
    assert page.table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection


def test_the_dialog_and_its_question_in_finnish(qtbot, clients_page, store, staff):
    from desktop.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.use("fi")
    try:
        page = clients_page
        listed(qtbot, page)
        click_row(qtbot, page.table, 1)
        click_row(qtbot, page.table, 4, Qt.KeyboardModifier.ShiftModifier)  # rows 1 to 4
        assert len(page.table.selectionModel().selectedRows()) == 4
        dialog = open_dialog(qtbot, page)
        assert dialog.windowTitle() == "Siirrä asiakkaita"
        assert dialog.selected.text() == "4 valittua asiakasta"
        # Cecilia is Tiina's: no one staff member is common to all four.
        assert dialog.from_staff.currentText() == "Nykyiset vastuutyöntekijät"
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Tiina")
        shot(dialog, "caseload-dialog-fi.png")
        press(qtbot, Qt.Key.Key_Return)
        box = question(qtbot)
        assert box.text().startswith("Jätetäänkö 3 asiakkaalle vain yksi vastuutyöntekijä, Tiina Tulija?")
        assert "1 asiakas pysyy ennallaan" in box.text()
        shot(box, "caseload-question-fi.png")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
    finally:
        translations.use("en")
    assert staff_by_name(store) == {name: [str(staff["L"] if name == "Aino Aalto" else staff["T"])]
                                    for name in NAMES}
