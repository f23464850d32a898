"""The funder's (ESF+) participant data on the client's page and in its two dialogs, driven by
keys as a coach does: filled and saved, refused beside the field with nothing lost, optional
questions only where the organisation asks them, special-category answers hidden until shown
(and the showing audited)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from desktop.services import clients
from desktop.store.tables import AuditEvent, Client, Organisation
from desktop.ui.qt import QApplication, QComboBox, QLabel, QLineEdit, Qt
from tests.ui.clients.conftest import active, save

SHOTS = os.environ.get("KENTTA_SHOTS", "/tmp/esfui")


def stored(store, client_id) -> Client:
    with store.reader() as session:
        return session.get(Client, client_id)


def audits(store) -> list[AuditEvent]:
    with store.reader() as session:
        return list(session.exec(select(AuditEvent)).all())


def ask(store, *questions: str) -> None:
    """The organisation (as this laptop holds it) turns these optional questions on."""
    with store.session() as session:
        org = session.exec(select(Organisation)).one()
        org.esf_questions = list(questions)
        session.add(org)


def click(qtbot, parent, name: str) -> None:
    widget = parent.findChild(QPushButton, name)
    assert widget is not None and widget.isVisible() and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def down(qtbot, widget, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(widget, Qt.Key.Key_Down)


def tab(qtbot, dialog):
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    return dialog.focusWidget()


@pytest.fixture
def view(qtbot, ctx, client):
    from desktop.ui.clients.client_view import ClientView

    page = ClientView(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_client(client.id)
    qtbot.waitUntil(lambda: page.data is not None and page.name.text() == "Aino Asiakas")
    return page


def open_entry(qtbot, view):
    click(qtbot, view, "edit_entry_data")
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.objectName() == "entry_data_dialog")
    return active(qtbot, view.dialog)


def open_exit(qtbot, view):
    click(qtbot, view, "edit_exit_data")
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.objectName() == "exit_data_dialog")
    return active(qtbot, view.dialog)


def test_a_coach_fills_the_entry_data_by_keyboard_and_saves(qtbot, view, client, store):
    missing = view.findChild(QLabel, "funder_missing")
    assert "Gender" in missing.text() and "EURA entry data" in missing.text()
    dialog = open_entry(qtbot, view)
    # The birth date comes from the personal identity code: shown, not a field to type in.
    assert "13.10.1952" in dialog.findChild(QLabel, "birth_date").text()
    gender = dialog.focusWidget()
    assert gender is dialog.findChild(QComboBox, "gender") and gender.currentText() == "—"
    down(qtbot, gender)                       # Woman
    status = tab(qtbot, dialog)
    assert status.objectName() == "labour_status_at_entry"
    down(qtbot, status)                       # Unemployed
    long_term = tab(qtbot, dialog)
    assert long_term.objectName() == "long_term_unemployed" and long_term.isEnabled()
    down(qtbot, long_term)                    # Yes
    education = tab(qtbot, dialog)
    down(qtbot, education, 2)                 # ISCED 3-4
    eura = tab(qtbot, dialog)
    down(qtbot, eura, 3)                      # Entered by staff
    known = tab(qtbot, dialog)
    assert known.objectName() == "eura_entry_on_set"
    qtbot.keyClick(known, Qt.Key.Key_Space)
    day = tab(qtbot, dialog)
    assert isinstance(day, QLineEdit) and day.parentWidget().objectName() == "eura_entry_on"
    qtbot.keyClicks(day, "5.3.2025")
    qtbot.keyClick(day, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    row = stored(store, client.id)
    assert (row.gender, row.labour_status_at_entry, row.long_term_unemployed, row.education_level,
            row.eura_entry, row.eura_entry_on, row.birth_date) == (
        "woman", "unemployed", True, "isced_3_4", "by_staff", dt.date(2025, 3, 5), dt.date(1952, 10, 13))
    qtbot.waitUntil(lambda: view.findChild(QLabel, "funder_gender").text() == "Woman")
    assert view.findChild(QLabel, "funder_labour_status_at_entry").text() == (
        "Unemployed, long-term unemployed: yes")
    assert view.findChild(QLabel, "funder_eura_entry").text() == "Entered by staff 5.3.2025"
    assert missing.text() == "Everything the funder asks is recorded."


def test_long_term_without_unemployed_is_refused_beside_the_field_and_nothing_is_lost(qtbot, view, client, store):
    dialog = open_entry(qtbot, view)
    status = dialog.findChild(QComboBox, "labour_status_at_entry")
    long_term = dialog.findChild(QComboBox, "long_term_unemployed")
    assert not long_term.isEnabled()  # asked of the unemployed
    status.setFocus()
    down(qtbot, status)                       # Unemployed
    assert long_term.isEnabled()
    long_term.setFocus()
    down(qtbot, long_term)                    # Yes
    status.setFocus()
    down(qtbot, status)                       # Outside the labour force: the "yes" stays, to be refused
    assert status.currentData() == "inactive" and long_term.isEnabled()
    save(qtbot, status)
    error = dialog.findChild(QLabel, "error_long_term_unemployed")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Long-term unemployed needs the labour market status 'unemployed'."
    assert dialog.isVisible() and dialog.focusWidget() is long_term
    assert (status.currentData(), long_term.currentData()) == ("inactive", True)
    assert stored(store, client.id).labour_status_at_entry is None

    qtbot.keyClick(long_term, Qt.Key.Key_Up)  # back to "—": nothing long-term, and it saves
    assert not long_term.isEnabled()
    save(qtbot, status)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    row = stored(store, client.id)
    assert (row.labour_status_at_entry, row.long_term_unemployed) == ("inactive", None)


def test_exit_data_without_the_service_end_are_refused(qtbot, view, client, store, actor):
    dialog = open_exit(qtbot, view)
    assert "has not ended" in dialog.findChild(QLabel, "service_end").text()
    situation = dialog.focusWidget()
    assert situation.objectName() == "exit_situation"
    down(qtbot, situation, 3)                 # Employed
    save(qtbot, situation)
    error = dialog.findChild(QLabel, "error_exit_situation")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Data at exit needs the service's end date (the exit date)."
    assert situation.currentData() == "employed" and stored(store, client.id).exit_situation is None
    qtbot.keyClick(situation, Qt.Key.Key_Escape)  # typed: it asks before throwing the choice away
    qtbot.waitUntil(lambda: dialog.discard_question is not None and dialog.discard_question.isVisible())
    qtbot.keyClick(dialog.discard_question, Qt.Key.Key_Escape)  # keep editing
    assert dialog.isVisible() and situation.currentData() == "employed"
    dialog.reject()

    clients.end_service(store, actor=actor, client_id=client.id, end=dt.date(2025, 9, 30))
    view.reload()
    qtbot.waitUntil(lambda: view.findChild(QLabel, "funder_service_end").text() == "30.9.2025")
    assert "Situation within four weeks of leaving" in view.findChild(QLabel, "funder_missing").text()
    dialog = open_exit(qtbot, view)
    assert dialog.findChild(QLabel, "service_end").text() == "30.9.2025"
    situation = dialog.focusWidget()
    down(qtbot, situation, 3)                 # Employed
    qualification = tab(qtbot, dialog)
    down(qtbot, qualification, 2)             # No
    six = tab(qtbot, dialog)
    down(qtbot, six, 3)                       # Not known
    qtbot.keyClick(six, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    row = stored(store, client.id)
    assert (row.exit_situation, row.qualification_gained, row.situation_6_months, row.eura_exit) == (
        "employed", False, "unknown", None)


def test_optional_questions_appear_only_where_the_organisation_asks_them(qtbot, view, client, store):
    dialog = open_entry(qtbot, view)
    for name in ("homeless", "third_country_national", "foreign_background", "disability", "minority"):
        assert dialog.findChild(QComboBox, name) is None, name
    dialog.reject()
    assert not view.findChild(QLabel, "funder_homeless").isVisible()
    assert not view.funder.special.isVisible()

    ask(store, "homeless", "third_country_national")
    view.ctx.bus.changed.emit("organisation", None)
    qtbot.waitUntil(lambda: view.data.esf_questions == ["third_country_national", "homeless"])
    qtbot.waitUntil(lambda: view.findChild(QLabel, "funder_homeless").isVisible())
    assert "Homeless or excluded from housing" in view.findChild(QLabel, "funder_missing").text()
    dialog = open_entry(qtbot, view)
    assert dialog.findChild(QComboBox, "foreign_background") is None
    homeless = dialog.findChild(QComboBox, "homeless")
    homeless.setFocus()
    down(qtbot, homeless, 3)                  # Does not want to answer: an answer of its own
    assert homeless.currentText() == "Does not want to answer"
    save(qtbot, homeless)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stored(store, client.id).homeless == "declined"
    qtbot.waitUntil(lambda: view.findChild(QLabel, "funder_homeless").text() == "Does not want to answer")


def test_special_category_answers_are_hidden_until_shown_and_showing_is_audited(qtbot, view, client,
                                                                                store, actor):
    ask(store, "disability", "minority", "homeless")
    clients.update_client(store, actor=actor, client_id=client.id, fields={"disability": "yes"})
    view.reload()
    special = view.funder.special
    qtbot.waitUntil(lambda: special.isVisible() and special.summary.text() == "1 of 2 answered")
    assert view.data.client.disability is None  # not in the page's data at all
    assert not special.contents.isVisible() and audits(store) == []
    assert "Person with disabilities" not in view.findChild(QLabel, "funder_missing").text()
    assert "Belongs to a minority" in view.findChild(QLabel, "funder_missing").text()

    click(qtbot, view, "show_special_categories")
    qtbot.waitUntil(special.contents.isVisible)
    assert special.contents.text() == "Person with disabilities: Yes\nBelongs to a minority (incl. the Roma): —"
    assert [(e.action, e.record_kind, e.record_id, e.client_id, e.detail) for e in audits(store)] == [
        ("view", "client", client.id, client.id, "special_categories")]
    click(qtbot, view, "show_special_categories")  # Hide
    assert not special.contents.isVisible()

    # The entry dialog shows the answers too: read, and audited, before it opens.
    dialog = open_entry(qtbot, view)
    assert len(audits(store)) == 2
    disability, minority = (dialog.findChild(QComboBox, n) for n in ("disability", "minority"))
    assert (disability.currentData(), minority.currentData()) == ("yes", None)
    minority.setFocus()
    down(qtbot, minority, 2)                  # No
    save(qtbot, minority)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    row = stored(store, client.id)
    assert (row.disability, row.minority) == ("yes", "no")
    qtbot.waitUntil(lambda: special.summary.text() == "2 of 2 answered")
    assert not special.contents.isVisible()


def test_screenshots_in_finnish(qtbot, ctx, client, store, actor):
    from desktop.ui.clients.client_view import ClientView
    from desktop.ui.i18n import Translations

    ask(store, "disability", "minority", "homeless", "third_country_national")
    clients.update_client(store, actor=actor, client_id=client.id, fields={
        "gender": "woman", "labour_status_at_entry": "unemployed", "long_term_unemployed": True,
        "education_level": "isced_0_2", "homeless": "no", "disability": "declined",
        "eura_entry": "by_participant", "eura_entry_on": dt.date(2025, 3, 4),
        "service_end": dt.date(2025, 9, 30), "exit_situation": "job_searching"})
    translations = Translations(QApplication.instance())
    translations.use("fi")
    os.makedirs(SHOTS, exist_ok=True)
    try:
        view = ClientView(ctx)  # built in Finnish, as the app is after its language is chosen
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        view.show_client(client.id)
        qtbot.waitUntil(lambda: view.findChild(QLabel, "funder_gender").text() == "nainen")
        assert view.funder.title() == "Rahoittajan tiedot (ESR+)"
        qtbot.wait(50)  # the header's labels laid out again for their new texts
        view.grab().save(os.path.join(SHOTS, "client_page_fi.png"))
        view.scroll.ensureWidgetVisible(view.funder)
        qtbot.wait(50)
        view.grab().save(os.path.join(SHOTS, "client_page_funder_fi.png"))
        dialog = open_entry(qtbot, view)
        assert dialog.findChild(QComboBox, "disability").currentText() == "ei halua vastata"
        dialog.grab().save(os.path.join(SHOTS, "entry_data_dialog_fi.png"))
        dialog.reject()
        dialog = open_exit(qtbot, view)
        dialog.grab().save(os.path.join(SHOTS, "exit_data_dialog_fi.png"))
        dialog.reject()
    finally:
        translations.use("en")


def test_without_a_personal_identity_code_the_birth_date_is_typed(qtbot, ctx, store, actor):
    from desktop.ui.clients.client_view import ClientView

    client = clients.create_client(store, actor=actor, data={"name": "Koodi Ton", "service_start": dt.date(2025, 3, 1)})
    view = ClientView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_client(client.id)
    qtbot.waitUntil(lambda: view.data is not None and view.name.text() == "Koodi Ton")
    dialog = open_entry(qtbot, view)
    gender = dialog.focusWidget()
    known = tab(qtbot, dialog)
    assert known.objectName() == "birth_date_set" and not known.isChecked()
    qtbot.keyClick(known, Qt.Key.Key_Space)
    day = tab(qtbot, dialog)
    assert day.parentWidget().objectName() == "birth_date"
    qtbot.keyClicks(day, "31.2.1990")  # no such day: said beside the field, kept as typed
    qtbot.keyClick(day, Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "error_birth_date")
    qtbot.waitUntil(error.isVisible)
    assert day.text() == "31.2.1990" and dialog.isVisible()
    day.selectAll()
    qtbot.keyClicks(day, "28.2.1990")
    save(qtbot, gender)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stored(store, client.id).birth_date == dt.date(1990, 2, 28)
    qtbot.waitUntil(lambda: view.findChild(QLabel, "funder_birth_date").text() == "28.2.1990")
