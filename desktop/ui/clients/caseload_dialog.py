"""Move clients to another staff member, or add one beside their staff: a manager's action on the
clients selected in the list, or on all of one staff member's clients.

The dialog reads the staff in the background (``caseload.choices``); Move… (or Add…) asks the
service what would change (``plan_transfer``) and then asks, with the count, before anything is
written (``caseload_question``); confirmed, ``transfer_caseload`` runs off the GUI thread and
the clients changed are announced on the bus. Everything can be done by keyboard: the radio
buttons and combo boxes are in the Tab order, Enter goes on, Esc cancels.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtWidgets import QButtonGroup, QRadioButton

from desktop.errors import FieldError, InvalidInput
from desktop.services import caseload
from desktop.services.caseload import Choices, Transfer
from desktop.ui.background import show_error
from desktop.ui.context import UiContext
from desktop.ui.forms.dialog import FormDialog
from desktop.ui.qt import QComboBox, QMessageBox, QVBoxLayout, QWidget
from desktop.ui.widgets.guarded_dialog import input_state
from desktop.ui.widgets.questions import ask

logger = logging.getLogger(__name__)


def _radios(*buttons: QRadioButton) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(box)
    for button in buttons:
        group.addButton(button)
        layout.addWidget(button)
    return box


class CaseloadDialog(FormDialog):
    """``client_ids``: the clients selected in the list (may be empty: then all of one staff
    member's clients move)."""

    def __init__(self, ctx: UiContext, client_ids: list[uuid.UUID], parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Move clients"), parent)
        self.setObjectName("caseload_dialog")
        self.client_ids = list(client_ids)
        self.question: QMessageBox | None = None
        self.choices: Choices | None = None

        self.selected = QRadioButton(self.tr("The %n selected client(s)", "", len(self.client_ids)))
        self.selected.setObjectName("scope_selected")
        self.all_of = QRadioButton(self.tr("All clients of the staff member below"))
        self.all_of.setObjectName("scope_all")
        self.add_field("client_ids", self.tr("Clients"), _radios(self.selected, self.all_of),
                       name="scope")
        self.from_staff = self.add_field("from_staff_id", self.tr("From"), QComboBox(), name="from_staff")
        self.to_staff = self.add_field("to_staff_id", self.tr("To"), QComboBox(), name="to_staff")
        self.mode_move = QRadioButton(self.tr("Move: the new staff member takes the place of the one above"))
        self.mode_move.setObjectName("mode_move")
        self.mode_add = QRadioButton(
            self.tr("Add: the new staff member is assigned beside the current staff"))
        self.mode_add.setObjectName("mode_add")
        self.add_field("mode", self.tr("Action"), _radios(self.mode_move, self.mode_add), name="mode")
        self.mode_move.setChecked(True)
        if self.client_ids:
            self.selected.setChecked(True)
        else:
            self.all_of.setChecked(True)
            self.selected.setEnabled(False)
        for button in (self.selected, self.all_of, self.mode_move, self.mode_add):
            button.toggled.connect(lambda _on: self._update())
        self.from_staff.currentIndexChanged.connect(lambda _i: self._update())
        self.save_button.setEnabled(False)  # until the staff are read
        self._update()

        store, ids = ctx.store, self.client_ids
        ctx.run(lambda: caseload.choices(store, ids), on_done=self._filled, parent=self)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        (self.selected if self.selected.isEnabled() else self.from_staff).setFocus()

    # --- the fields ------------------------------------------------------------------

    def _filled(self, choices: Choices) -> None:
        self.choices = choices
        self.from_staff.blockSignals(True)
        if self.client_ids:
            self.from_staff.addItem(self.tr("Their current staff"), None)
        for staff in choices.sources:
            self.from_staff.addItem(self.tr("%1 (%n client(s))", "", staff.clients).replace("%1", staff.name),
                                    staff.staff_id)
        if choices.common is not None:
            self.from_staff.setCurrentIndex(self.from_staff.findData(choices.common))
        self.from_staff.blockSignals(False)
        self.to_staff.blockSignals(True)
        for staff in choices.targets:
            self.to_staff.addItem(staff.name, staff.staff_id)
        self.to_staff.setCurrentIndex(-1)  # a choice to make, not a default to overlook
        self.to_staff.blockSignals(False)
        self.save_button.setEnabled(True)
        self._update()
        self.mark_clean()

    def _update(self) -> None:
        self.save_button.setText(self.tr("Add…") if self.mode_add.isChecked() else self.tr("Move…"))
        # "Their current staff" cannot be what all of someone's clients are chosen by.
        if self.all_of.isChecked() and self.from_staff.currentData() is None and self.from_staff.count() > 1:
            self.from_staff.setCurrentIndex(1 if self.client_ids else 0)
        self.from_staff.setEnabled(not (self.mode_add.isChecked() and self.selected.isChecked()))

    def mark_clean(self) -> None:
        """Filling the fields is not a change the person made (``GuardedDialog``)."""
        if self.typed.started:
            self.typed.initial = input_state(self)
            self.typed.touched = False

    def values(self) -> dict:
        mode = "add" if self.mode_add.isChecked() else "move"
        source = self.from_staff.currentData() if self.from_staff.isEnabled() else None
        target = self.to_staff.currentData()
        errors = []
        if target is None:
            errors.append(FieldError("to_staff_id", "required", "Choose the staff member the clients go to."))
        if self.all_of.isChecked() and source is None:
            errors.append(FieldError("from_staff_id", "required", "Choose whose clients move."))
        if errors:
            raise InvalidInput(errors)
        return {"client_ids": self.client_ids if self.selected.isChecked() else None,
                "from_staff_id": source, "to_staff_id": target, "mode": mode}

    # --- planning, asking, moving --------------------------------------------------------------

    def save(self) -> None:
        if self.saving or self.question is not None:
            return
        self.errors.clear()
        try:
            values = self.values()
        except InvalidInput as error:
            self.show_errors(error.errors)
            return
        self.saving = True
        self.save_button.setEnabled(False)
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.run(lambda: caseload.plan_transfer(store, actor=actor, **values),
                     on_done=lambda plan: self._planned(plan, values), on_failed=self._failed, parent=self)

    def _planned(self, plan: Transfer, values: dict) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if not plan.changed:
            self.show_errors([FieldError("form", "nothing_to_change",
                                         "Nothing to change: these clients already have this staff.")])
            return
        add = values["mode"] == "add"
        role = QMessageBox.ButtonRole
        self.question = ask(
            self, name="caseload_question", title=self.windowTitle(), text=self.text(plan, values),
            buttons=[("confirm", self.tr("Add") if add else self.tr("Move"), role.AcceptRole),
                     ("cancel", self.tr("Cancel"), role.RejectRole)],
            default="confirm", escape="cancel", on_answer=lambda answer: self._answered(answer, values))

    def _name(self, staff_id) -> str:
        if self.choices is None:
            return ""
        every = self.choices.targets + self.choices.sources
        return next((s.name for s in every if s.staff_id == staff_id), "")

    def text(self, plan: Transfer, values: dict) -> str:
        count = len(plan.changed)
        target = self._name(values["to_staff_id"])
        source = self._name(values["from_staff_id"])
        if values["mode"] == "add":
            first = self.tr("Add %1 to the staff of %n client(s)?", "", count).replace("%1", target)
        elif source:
            first = (self.tr("Move %n client(s) from %1 to %2?", "", count)
                     .replace("%1", source).replace("%2", target))
        else:
            first = self.tr("Make %1 the only staff member of %n client(s)?", "", count).replace("%1", target)
        parts = [first]
        if plan.unchanged:
            parts.append(self.tr("%n client(s) stay as they are: they already have this staff, or not the "
                                 "staff member moved from.", "", plan.unchanged))
        parts.append(self.tr("The change reaches the other laptops at the next sync. Staff taken off no "
                             "longer have these clients on their laptops; the staff added get them in full."))
        return "\n\n".join(parts)

    def _answered(self, answer: str, values: dict) -> None:
        self.question = None
        if answer != "confirm":
            logger.info("caseload %s cancelled", values["mode"])
            return
        self.saving = True
        self.save_button.setEnabled(False)
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.run(lambda: caseload.transfer_caseload(store, actor=actor, **values),
                     on_done=self._done, on_failed=self._failed, parent=self)

    def _done(self, done: Transfer) -> None:
        self.saving = False
        self.ctx.bus.changed.emit("client", set(done.changed))
        self.ctx.bus.status.emit(self.tr("Staff changed for %n client(s).", "", len(done.changed)))
        self.saved.emit(done)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            self.show_errors(error.errors)
        else:
            show_error(self, error)
