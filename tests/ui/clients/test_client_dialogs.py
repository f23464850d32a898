"""The client's dialogs keep what was typed: Tab reaches Save before Cancel, Enter saves
(a new line in a multi-line text, where Ctrl+Enter saves), and Esc after typing asks first."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPushButton
from sqlmodel import select

from desktop.store.tables import Assessment, Client, ClientNote
from desktop.ui.clients.client_dialog import ClientDialog
from desktop.ui.clients.record_dialogs import AssessmentDialog, ConsentDialog, NoteDialog
from desktop.ui.qt import QApplication, QLabel, Qt
from tests.ui.dialogs import answer, back_to, discard_question, no_question, opened

CTRL = Qt.KeyboardModifier.ControlModifier


def rows(store, table):
    with store.reader() as session:
        return list(session.exec(select(table)).all())


def tab(qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_client_form_typed_tabbed_to_the_end_and_enter_saves(qtbot, ctx, store):
    dialog = opened(qtbot, ClientDialog(ctx))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    qtbot.keyClicks(dialog.name, "Ville Virtanen")
    seen = [dialog.name]
    while len(seen) < 40:
        widget = tab(qtbot)
        if isinstance(widget, QPushButton):
            break
        seen.append(widget)
        if widget is dialog.job_goals:
            qtbot.keyClicks(widget, "Hitsaaja")
    assert dialog.job_goals in seen and dialog.target_group in seen
    assert seen[-1] is dialog.service_start.findChild(QCheckBox)  # the last field
    assert QApplication.focusWidget() is dialog.save_button  # after the last field: Save, not Cancel
    assert tab(qtbot).objectName() == "cancel"
    assert tab(qtbot) is dialog.name

    dialog.save_button.setFocus()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert [(c.name, c.job_goals) for c in rows(store, Client)] == [("Ville Virtanen", "Hitsaaja")]


def test_enter_in_a_client_field_saves(qtbot, ctx, store):
    dialog = opened(qtbot, ClientDialog(ctx))
    qtbot.keyClicks(dialog.name, "Enni Enter")
    qtbot.keyClicks(dialog.municipality, "Raahe")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.municipality, Qt.Key.Key_Return)
    assert [(c.name, c.municipality) for c in rows(store, Client)] == [("Enni Enter", "Raahe")]


def test_esc_on_a_typed_client_form_asks_and_no_keeps_it(qtbot, ctx, store):
    dialog = opened(qtbot, ClientDialog(ctx))
    qtbot.keyClicks(dialog.name, "Kesken Jaanyt")
    qtbot.keyClicks(dialog.phone, "040 123 4567")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
    box = discard_question(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: keep editing
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible()
    assert (dialog.name.text(), dialog.phone.text()) == ("Kesken Jaanyt", "040 123 4567")
    assert rows(store, Client) == []


def test_an_untouched_client_form_closes_on_esc(qtbot, ctx, store, actor):
    from desktop.services import clients

    client = clients.create_client(store, actor=actor, data={"name": "Aino Asiakas", "municipality": "Raahe"})
    dialog = opened(qtbot, ClientDialog(ctx, client))  # filled in: nothing typed yet
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == ClientDialog.DialogCode.Rejected
    assert no_question()


def test_a_note_takes_new_lines_and_ctrl_enter_saves(qtbot, ctx, store, client):
    dialog = opened(qtbot, NoteDialog(ctx, client.id))
    qtbot.keyClicks(dialog.text, "Ensimmainen rivi")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "Toinen rivi")
    assert dialog.isVisible() and dialog.text.toPlainText() == "Ensimmainen rivi\nToinen rivi"
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)
    assert [n.text for n in rows(store, ClientNote)] == ["Ensimmainen rivi\nToinen rivi"]


def test_esc_on_an_assessment_with_two_sections_typed_asks(qtbot, ctx, store, client):
    dialog = opened(qtbot, AssessmentDialog(ctx, client.id))
    qtbot.keyClicks(dialog.work, "Tyokyky riittaa osa-aikatyohon.")
    qtbot.keyClick(dialog.work, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.functional
    qtbot.keyClicks(dialog.functional, "Nostorajoitus 10 kg.")
    qtbot.keyClick(dialog.functional, Qt.Key.Key_Escape)
    answer(qtbot, discard_question(qtbot), "discard_keep")
    assert dialog.work.toPlainText() == "Tyokyky riittaa osa-aikatyohon."
    back_to(qtbot, dialog)
    dialog.summary.setFocus()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.summary, Qt.Key.Key_S, CTRL)
    assert [(a.work_capacity, a.functional_capacity) for a in rows(store, Assessment)] == [
        ("Tyokyky riittaa osa-aikatyohon.", "Nostorajoitus 10 kg.")]


def test_a_ticked_consent_asks_before_cancel_throws_it_away(qtbot, ctx, store, client):
    dialog = opened(qtbot, ConsentDialog(ctx, client.id))
    qtbot.keyClick(dialog.authority, Qt.Key.Key_Space)
    assert dialog.authority.isChecked()
    cancel = dialog.findChild(QPushButton, "cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    box = discard_question(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.authority.isChecked()


def test_a_corrected_identity_code_clears_its_error_as_typed(qtbot, ctx, store):
    dialog = opened(qtbot, ClientDialog(ctx))
    qtbot.keyClicks(dialog.name, "Ville Virtanen")
    qtbot.keyClicks(dialog.personal_id, "131052-308X")
    qtbot.keyClick(dialog.personal_id, Qt.Key.Key_S, CTRL)
    error = dialog.findChild(QLabel, "error_personal_id")
    qtbot.waitUntil(error.isVisible)
    assert "check character" in error.text()

    qtbot.keyClick(dialog.personal_id, Qt.Key.Key_Backspace)
    assert error.isVisible()  # 131052-308 is no code yet
    qtbot.keyClicks(dialog.personal_id, "T")
    assert not error.isVisible()  # valid again: the error goes before any save
    assert dialog.isVisible() and rows(store, Client) == []


def test_enter_on_another_button_of_the_dialog_saves(qtbot, ctx, store, client):
    from desktop.store.tables import Transition
    from desktop.ui.clients.transition_dialog import TransitionDialog

    dialog = opened(qtbot, TransitionDialog(ctx, client.id))
    clear = dialog.findChild(QPushButton, "employer_clear")
    clear.setFocus()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(clear, Qt.Key.Key_Return)
    assert dialog.result() == TransitionDialog.DialogCode.Accepted
    assert [(t.client_id, t.employer_id) for t in rows(store, Transition)] == [(client.id, None)]
