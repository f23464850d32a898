"""Employers page: create and edit by keyboard, validation beside the field,
filtering in SQL as you type, contacts, letter of intent and visits."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from desktop.services import employers, visits
from desktop.store.tables import Contact, Employer
from desktop.ui.background import wait_for_idle
from desktop.ui.qt import QApplication, QLabel, Qt
from tests.ui.dialogs import answer, discard_question
from tests.ui.employers.conftest import active, cell, show, type_text, wait_for_rows


def employer_rows(store) -> list[Employer]:
    with store.reader() as session:
        return list(session.exec(select(Employer)).all())


def type_and_tab(qtbot, text: str) -> None:
    """Type into whatever has the focus, then Tab to the next field."""
    type_text(qtbot, QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_new_employer_typed_in_the_dialog_and_saved_with_ctrl_s(qtbot, store, main_window, page, places):
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.locality.count() == 5)  # localities loaded in the background
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)  # the first field
    type_and_tab(qtbot, "Hämeenlinnan Kone Oy")
    type_and_tab(qtbot, "39141775")
    type_and_tab(qtbot, "Koneiden valmistus")
    assert QApplication.focusWidget() is dialog.municipality
    type_and_tab(qtbot, "Hämeenlinna")
    qtbot.keyClicks(dialog.address, "Parolantie 1")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.address, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [saved] = employer_rows(store)
    assert (saved.name, saved.business_id, saved.municipality, saved.address) == (
        "Hämeenlinnan Kone Oy", "3914177-5", "Hämeenlinna", "Parolantie 1")
    wait_for_rows(qtbot, page.model, 1)
    assert cell(page.model, 0, "name") == "Hämeenlinnan Kone Oy"
    assert cell(page.model, 0, "business_id") == "3914177-5"
    qtbot.waitUntil(lambda: page.detail.facts["business_id"].text() == "3914177-5")
    assert page.detail.name.text() == "Hämeenlinnan Kone Oy"
    assert page.table.selectionModel().selectedRows()[0].row() == 0


def test_invalid_business_id_is_shown_beside_the_field_and_nothing_is_saved(qtbot, store, page):
    page.new_record()
    dialog = page.dialog
    qtbot.keyClicks(dialog.name, "Virheellinen Oy")
    qtbot.keyClicks(dialog.business_id, "3914177-6")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error_business_id")
    qtbot.waitUntil(error.isVisible)
    assert "check digit" in error.text() and "3914177-6" in error.text()
    assert dialog.isVisible() and employer_rows(store) == []

    dialog.business_id.clear()
    qtbot.keyClicks(dialog.business_id, "12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "form 1234567-8" in error.text())
    assert employer_rows(store) == []

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(qtbot, discard_question(qtbot), "discard_confirm")
    assert not dialog.isVisible() and employer_rows(store) == []


def test_empty_name_and_duplicate_business_id(qtbot, store, raahe_works, page):
    page.new_record()
    dialog = page.dialog
    qtbot.keyClicks(dialog.business_id, "3914177-5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.errors.labels["name"].isVisible)
    assert dialog.errors.labels["name"].text() == "This field is required."
    qtbot.keyClicks(dialog.name, "Toinen Oy")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already recorded" in dialog.errors.labels["business_id"].text())
    assert not dialog.errors.labels["name"].isVisible()
    assert len(employer_rows(store)) == 1


def test_filter_narrows_the_list_in_sql_as_you_type(qtbot, store, actor):
    for name in ("Hämeenlinnan Kone Oy", "Hämeenlinnan Leipomo", "Oulun Siivous Ky", "Raahen Satama Oy"):
        employers.create_employer(store, actor=actor, data={"name": name})
    from desktop.ui.context import UiContext
    from desktop.ui.employers.page import EmployersPage

    page = EmployersPage(UiContext(store, actor))
    qtbot.addWidget(page)
    wait_for_rows(qtbot, page.model, 4)
    type_text(qtbot, page.filter, "hämeen")
    wait_for_rows(qtbot, page.model, 2)
    assert [cell(page.model, r, "name") for r in range(2)] == ["Hämeenlinnan Kone Oy", "Hämeenlinnan Leipomo"]
    assert page.model.filter_text == "hämeen"  # one query after the typing, not one per key
    qtbot.waitUntil(lambda: page.count_label.text() == "2 employer(s)")
    qtbot.keyClicks(page.filter, " leip")
    wait_for_rows(qtbot, page.model, 1)
    page.filter.clear()
    wait_for_rows(qtbot, page.model, 4)


def test_edit_and_letter_of_intent(qtbot, store, raahe_works, page):
    show(qtbot, page, raahe_works)
    qtbot.keyClick(page.detail.edit_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, page.detail)
    assert dialog.business_id.text() == "3914177-5"
    dialog.industry.clear()
    qtbot.keyClicks(dialog.industry, "Konepajat")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.industry, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.detail.facts["industry"].text() == "Konepajat")

    qtbot.mouseClick(page.detail.letter_button, Qt.MouseButton.LeftButton)
    letter = page.detail.dialog
    assert letter.date.value() == dt.date.today()
    letter.date.edit.set_value(letter.date.edit.value() - dt.timedelta(days=7))
    with qtbot.waitSignal(letter.finished):
        qtbot.mouseClick(letter.save_button, Qt.MouseButton.LeftButton)
    signed = dt.date.today() - dt.timedelta(days=7)
    qtbot.waitUntil(lambda: page.detail.facts["letter_of_intent_date"].text()
                    == f"{signed.day}.{signed.month}.{signed.year}")
    [saved] = employer_rows(store)
    assert (saved.industry, saved.letter_of_intent_date) == ("Konepajat", signed)


def test_add_contact(qtbot, store, raahe_works, page):
    show(qtbot, page, raahe_works)
    qtbot.mouseClick(page.detail.add_contact_button, Qt.MouseButton.LeftButton)
    dialog = active(qtbot, page.detail)
    type_text(qtbot, dialog.name, "Maija Mäkelä")
    type_text(qtbot, dialog.title, "Tuotantopäällikkö")
    qtbot.keyClicks(dialog.phone, "040 123 4567")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_rows(qtbot, page.detail.contacts, 1)
    assert cell(page.detail.contacts, 0, "name") == "Maija Mäkelä"
    assert page.detail.contacts_box.title() == "Contacts (1)"
    with store.reader() as session:
        [contact] = session.exec(select(Contact)).all()
    assert (contact.employer_id, contact.title) == (raahe_works.id, "Tuotantopäällikkö")


def test_visits_listed_click_opens_visit_and_new_visit_asks_for_one(qtbot, store, actor, raahe_works, page):
    visit = visits.record_visit(store, actor=actor, employer_id=raahe_works.id,
                                data={"notes": "Kaksi hitsaajaa syksyllä."})
    show(qtbot, page, raahe_works)
    wait_for_rows(qtbot, page.detail.visits, 1)
    assert cell(page.detail.visits, 0, "staff") == "Testi Valmentaja"
    assert cell(page.detail.visits, 0, "notes") == "Kaksi hitsaajaa syksyllä."
    view = page.detail.visits_view
    with qtbot.waitSignal(page.ctx.bus.open_record) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(page.detail.visits.index(0, 1)).center())
    assert opened.args == ["visit", visit.id]
    with qtbot.waitSignal(page.ctx.bus.open_record) as asked:
        qtbot.mouseClick(page.detail.visit_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["new_visit", raahe_works.id]


def test_show_record_from_search(qtbot, store, actor, raahe_works, main_window):
    contact = employers.add_contact(store, actor=actor, employer_id=raahe_works.id, data={"name": "Pekka"})
    main_window.go_to("clients")
    main_window.show_record("contact", contact.id)
    page = main_window.pages["employers"]
    qtbot.waitUntil(lambda: page.detail.card is not None)
    assert main_window.current_page() is page
    assert page.detail.name.text() == "Raahen Konepaja Oy"
    qtbot.waitUntil(lambda: page.table.selectionModel().hasSelection())


def test_keyboard_from_filter_into_list_and_enter_edits(qtbot, store, raahe_works, page):
    page.filter.setFocus()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(page.filter, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    qtbot.waitUntil(lambda: page.detail.card is not None)
    assert page.detail.name.text() == "Raahen Konepaja Oy"
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = active(qtbot, page.detail)
    assert dialog.name.text() == "Raahen Konepaja Oy"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_editing_an_employer_far_down_the_list_keeps_the_list_where_it_was(qtbot, store, actor, page):
    from desktop.services import changes
    from desktop.ui.widgets.tables import selected_row

    with store.session() as session:
        made = [changes.create(session, Employer, {"name": f"Työnantaja {n:04d} Oy", "municipality": "Oulu"},
                               actor=actor) for n in range(450)]
    far = made[350]
    page.model.reload()
    scroll = page.table.verticalScrollBar()
    while page.model.rowCount() < 400:  # scrolled down as a person would, pages loading
        loaded = page.model.rowCount()
        scroll.setValue(scroll.maximum())
        qtbot.waitUntil(lambda: page.model.rowCount() > loaded)
    page.table.scrollTo(page.model.index(page.model.row_of(far.id), 0))
    show(qtbot, page, far)
    where, rows = scroll.value(), page.model.rowCount()
    assert where > 0

    qtbot.keyClick(page.detail.edit_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, page.detail)
    dialog.municipality.clear()
    qtbot.keyClicks(dialog.municipality, "Raahe")
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        with qtbot.waitSignal(dialog.finished):
            qtbot.keyClick(dialog.municipality, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    row = page.model.row_of(far.id)
    assert cell(page.model, row, "municipality") == "Raahe"  # the list shows the change...
    assert page.model.rowCount() == rows and scroll.value() == where  # ...where it was
    assert selected_row(page.table) == row and page.detail.card.employer.id == far.id


def test_the_count_is_written_with_digit_groups_in_finnish(qtbot, store, actor):
    from PySide6.QtCore import QLocale

    from desktop.services import changes
    from desktop.ui.context import UiContext
    from desktop.ui.employers.page import EmployersPage
    from desktop.ui.i18n import Translations
    from desktop.ui.qt import QApplication

    with store.session() as session:
        for n in range(1200):
            changes.create(session, Employer, {"name": f"Ryhmä {n:04d} Oy"}, actor=actor)
    translations = Translations(QApplication.instance())
    translations.use("fi")
    try:
        page = EmployersPage(UiContext(store, actor))
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.count_label.text() != "")
        grouped = QLocale("fi").toString(1200)
        assert grouped != "1200"  # a space of some kind between the thousands
        assert page.count_label.text() == f"{grouped} työnantajaa"
    finally:
        translations.use("en")


def test_the_detail_clears_when_the_filter_hides_the_employer_shown(qtbot, store, actor, raahe_works, page):
    employers.create_employer(store, actor=actor, data={"name": "Oulun Leipomo Oy", "municipality": "Oulu"})
    page.ctx.bus.changed.emit("employer", None)
    wait_for_rows(qtbot, page.model, 2)
    show(qtbot, page, raahe_works)
    assert page.right.currentWidget() is page.detail
    page.filter.setFocus()
    type_text(qtbot, page.filter, "Raahen")  # still listed: still shown
    qtbot.waitUntil(lambda: page.model.filter_text == "Raahen" and page.model.rowCount() == 1)
    wait_for_idle()
    QApplication.processEvents()
    assert page.right.currentWidget() is page.detail and page.detail.employer_id == raahe_works.id
    page.filter.selectAll()
    type_text(qtbot, page.filter, "Leipomo")  # hidden by the filter: nothing is shown
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.empty)
    assert page.current_id is None and page.empty.isVisible()
    assert page.model.rowCount() == 1 and page.model.record_id(0) != raahe_works.id
