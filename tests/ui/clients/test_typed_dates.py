"""Dates typed into the client dialogs by keyboard are saved as typed; a date that is no date is
said beside its field, in the UI's language, and nothing is saved until it is put right."""

from __future__ import annotations

import datetime as dt

from desktop.services import clients
from desktop.store.tables import Client, ClientNote
from desktop.ui.clients.client_dialog import ClientDialog
from desktop.ui.forms.dates import finnish_date
from desktop.ui.qt import QApplication, QLabel, Qt
from tests.support.records import rows
from tests.ui.clients.conftest import active, save
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name
from tests.ui.visits.conftest import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _back_to_the_date(qtbot, dialog) -> None:
    """Shift+Tab from the note's text until the date has the focus, as a person goes back."""
    for _ in range(6):
        if QApplication.focusWidget() is dialog.noted_on:
            return
        press(qtbot, Qt.Key.Key_Backtab, SHIFT)
    raise AssertionError(f"Shift+Tab never reached the date; focus is on {QApplication.focusWidget()!r}")


def test_shift_tab_into_the_note_date_and_type_it(qtbot, note_dialog, store):
    dialog = note_dialog
    assert QApplication.focusWidget() is dialog.text
    type_text(qtbot, "Tapaaminen.")
    _back_to_the_date(qtbot, dialog)
    type_text(qtbot, "17.11.2026")
    assert dialog.noted_on.text() == "17.11.2026"  # the old date edit showed 2.12.176
    save(qtbot, dialog.noted_on)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [note] = rows(store, ClientNote)
    assert note.noted_on == dt.date(2026, 11, 17)  # the old one saved today


def test_home_then_a_date_is_kept_as_typed_and_refused_until_put_right(qtbot, finnish, note_dialog, store):
    dialog = note_dialog
    type_text(qtbot, "Tapaaminen.")
    _back_to_the_date(qtbot, dialog)
    today = finnish_date(dt.date.today())
    press(qtbot, Qt.Key.Key_Home)
    type_text(qtbot, "24.11.2026")
    typed = f"24.11.2026{today}"
    assert dialog.noted_on.text() == typed  # typed in front of the date shown, as in any text field
    save(qtbot, dialog.noted_on)
    error = dialog.findChild(QLabel, "error_noted_on")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == (f"{typed} ei ole päivämäärä: kirjoita se muodossa päivä.kuukausi.vuosi, "
                            "esimerkiksi 22.11.2026.")
    assert dialog.isVisible() and rows(store, ClientNote) == []
    assert QApplication.focusWidget() is dialog.noted_on

    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "24.11.2026")
    save(qtbot, dialog.noted_on)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [note] = rows(store, ClientNote)
    assert note.noted_on == dt.date(2026, 11, 24)  # the old date edit saved 22.11.2026


def _client_dialog(qtbot, ctx, client) -> ClientDialog:
    dialog = ClientDialog(ctx, client)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    return active(qtbot, dialog)


def _tab_to(qtbot, widget) -> None:
    for _ in range(30):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the field; focus is on {QApplication.focusWidget()!r}")


def test_ctrl_a_then_a_date_over_the_service_start(qtbot, ctx, store, actor):
    client = clients.create_client(store, actor=actor, data={"name": "Aino Asiakas",
                                                             "service_start": dt.date(2026, 1, 1)})
    dialog = _client_dialog(qtbot, ctx, client)
    _tab_to(qtbot, dialog.service_start.edit)
    assert dialog.service_start.edit.text() == "1.1.2026"
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "10.3.2026")
    save(qtbot, dialog.service_start.edit)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [saved] = rows(store, Client)
    assert saved.service_start == dt.date(2026, 3, 10)  # the old date edit saved 1.3.2026


def test_an_impossible_date_is_said_beside_the_field_and_the_focus_goes_there(qtbot, finnish, ctx, store, actor):
    client = clients.create_client(store, actor=actor, data={"name": "Aino Asiakas",
                                                             "service_start": dt.date(2026, 1, 1)})
    dialog = _client_dialog(qtbot, ctx, client)
    _tab_to(qtbot, dialog.service_start.edit)
    type_text(qtbot, "31.2.2026")
    dialog.name.setFocus()
    save(qtbot, dialog.name)
    error = dialog.findChild(QLabel, "error_service_start")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "31.2.2026 ei ole päivämäärä."
    assert dialog.service_start.edit.text() == "31.2.2026"  # as typed, not 28.2.2026
    assert QApplication.focusWidget() is dialog.service_start.edit
    [kept] = rows(store, Client)
    assert kept.service_start == dt.date(2026, 1, 1)
