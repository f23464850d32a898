"""The one FormDialog: saves in the background through a real service, shows
refusals beside the fields in the UI's words, and starts typing in the right field."""

from __future__ import annotations

from sqlmodel import select

from desktop.errors import FieldError, InvalidInput
from desktop.services import employers
from desktop.store.tables import Employer
from desktop.ui.forms.dialog import FormDialog
from desktop.ui.qt import QApplication, QLabel, Qt
from tests.ui.dialogs import answer, back_to, discard_question, no_question, opened

CTRL = Qt.KeyboardModifier.ControlModifier


class NewEmployer(FormDialog):
    def __init__(self, ctx, *, focus_business_id: bool = False) -> None:
        super().__init__(ctx, "New employer")
        self.name = self.line("name", "Name")
        self.business_id = self.line("business_id", "Business ID")
        self.refuse_here = False
        if focus_business_id:
            self.business_id.setFocus()

    def values(self):
        if self.refuse_here:
            raise InvalidInput([FieldError("name", "required", "checked before any work")])
        return {"name": self.name.text(), "business_id": self.business_id.text() or None}

    def perform(self, values):
        return employers.create_employer(self.ctx.store, actor=self.ctx.actor, data=values)


def employer_rows(store):
    with store.reader() as session:
        return list(session.exec(select(Employer)).all())


def test_typing_starts_in_the_first_field_or_where_the_dialog_chose(qtbot, ctx):
    first = opened(qtbot, NewEmployer(ctx))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first.name)
    first.close()
    chosen = opened(qtbot, NewEmployer(ctx, focus_business_id=True))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chosen.business_id)


def test_refusal_beside_the_fields_then_ctrl_s_saves_and_announces(qtbot, ctx, store):
    dialog = opened(qtbot, NewEmployer(ctx))
    qtbot.keyClicks(dialog.business_id, "3914177-6")
    qtbot.keyClick(dialog.business_id, Qt.Key.Key_S, CTRL)
    error = dialog.findChild(QLabel, "error_business_id")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "The business ID 3914177-6 has a wrong check digit: check the number."
    assert dialog.findChild(QLabel, "error_name").text() == "This field is required."
    assert QApplication.focusWidget() is dialog.name  # the first field refused
    assert dialog.isVisible() and dialog.save_button.isEnabled() and employer_rows(store) == []

    qtbot.keyClicks(dialog.name, "Raahen Konepaja Oy")
    dialog.business_id.setText("3914177-5")
    with qtbot.waitSignal(ctx.bus.changed) as changed, qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.name, Qt.Key.Key_S, CTRL)
    [employer] = employer_rows(store)
    assert changed.args == ["employer", {employer.id}]
    assert saved.args[0].id == employer.id and dialog.record.id == employer.id
    assert not dialog.isVisible() and dialog.result() == FormDialog.DialogCode.Accepted
    assert not dialog.findChild(QLabel, "error_business_id").isVisible()


def test_errors_of_fields_the_form_does_not_have_go_under_the_form(qtbot, ctx, store):
    dialog = opened(qtbot, NewEmployer(ctx))
    dialog.show_errors([FieldError("employer_id", "wrong_employer", "."),
                        FieldError("notes", "brand_new_code", "Something new, in English.")])
    general = dialog.findChild(QLabel, "error_form")
    assert general.isVisible()
    assert general.text() == "This contact works for another employer.\nSomething new, in English."


def test_a_refusal_before_any_work_runs_nothing(qtbot, ctx, store):
    dialog = opened(qtbot, NewEmployer(ctx))
    dialog.name.setText("Ei tallennu Oy")
    dialog.refuse_here = True
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.saving and dialog.save_button.isEnabled()
    assert dialog.findChild(QLabel, "error_name").text() == "This field is required."
    assert employer_rows(store) == []


def test_enter_in_a_field_saves(qtbot, ctx, store):
    dialog = opened(qtbot, NewEmployer(ctx))
    qtbot.keyClicks(dialog.name, "Enterin Oy")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == FormDialog.DialogCode.Accepted
    assert [e.name for e in employer_rows(store)] == ["Enterin Oy"]


def focus_after_tabs(qtbot, count: int):
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_from_the_last_field_reaches_save_before_cancel(qtbot, ctx, store):
    dialog = opened(qtbot, NewEmployer(ctx))
    qtbot.keyClicks(dialog.name, "Tabin Oy")
    assert focus_after_tabs(qtbot, 1) is dialog.business_id
    assert focus_after_tabs(qtbot, 1) is dialog.save_button
    assert focus_after_tabs(qtbot, 1).objectName() == "cancel"
    assert focus_after_tabs(qtbot, 1) is dialog.name  # round again


def test_enter_on_the_save_button_saves_and_enter_on_cancel_asks(qtbot, ctx, store):
    dialog = opened(qtbot, NewEmployer(ctx))
    qtbot.keyClicks(dialog.name, "Nappulan Oy")
    cancel = focus_after_tabs(qtbot, 3)
    assert cancel.objectName() == "cancel"
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    box = discard_question(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc on the question keeps the dialog
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.name.text() == "Nappulan Oy"

    back_to(qtbot, dialog)
    dialog.save_button.setFocus()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert dialog.result() == FormDialog.DialogCode.Accepted
    assert [e.name for e in employer_rows(store)] == ["Nappulan Oy"]


def test_esc_after_typing_asks_and_keep_editing_keeps_the_text(qtbot, ctx, store):
    dialog = opened(qtbot, NewEmployer(ctx))
    qtbot.keyClicks(dialog.name, "Kesken Oy")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    answer(qtbot, discard_question(qtbot), "discard_keep")
    assert dialog.isVisible() and dialog.name.text() == "Kesken Oy"

    back_to(qtbot, dialog)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    with qtbot.waitSignal(dialog.finished):
        answer(qtbot, discard_question(qtbot), "discard_confirm")
    assert dialog.result() == FormDialog.DialogCode.Rejected
    assert employer_rows(store) == []


def test_the_window_s_close_after_typing_asks_too(qtbot, ctx, store):
    dialog = opened(qtbot, NewEmployer(ctx))
    qtbot.keyClicks(dialog.business_id, "3914177-5")
    assert not dialog.close()  # the close button: refused while the question is open
    box = discard_question(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.business_id.text() == "3914177-5"


def test_untouched_or_typed_and_erased_closes_without_asking(qtbot, ctx, store):
    dialog = opened(qtbot, NewEmployer(ctx))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == FormDialog.DialogCode.Rejected

    again = opened(qtbot, NewEmployer(ctx))
    qtbot.keyClicks(again.name, "Ab")
    qtbot.keyClick(again.name, Qt.Key.Key_Backspace)
    qtbot.keyClick(again.name, Qt.Key.Key_Backspace)
    qtbot.keyClick(again.name, Qt.Key.Key_Escape)
    assert not again.isVisible() and no_question()
