"""Record a transition: paid work, studies, … with an optional employer."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from desktop.services import clients, listing
from desktop.ui import client_codes as labels
from desktop.ui.clients.record_dialogs import ClientRecordDialog, code_combo, text_area
from desktop.ui.context import UiContext
from desktop.ui.forms.dates import DateEdit, OptionalDate
from desktop.ui.lists.lazy_model import LazyTableModel
from desktop.ui.qt import QLabel, QVBoxLayout, QWidget
from desktop.ui.widgets.record_picker import RecordPicker


class EmployerChoice(QWidget):
    """An optional employer: search, pick from the list, or clear."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.employer_id = None
        self.model = LazyTableModel(ctx, listing.EMPLOYERS)
        self.picker = RecordPicker(self.model, name="employer", placeholder=self.tr("Search employers"))
        self.picker.list.setMaximumHeight(120)
        self.chosen = QLabel(self.tr("No employer"))
        self.chosen.setObjectName("employer_chosen")
        clear = QPushButton(self.tr("Clear"))
        clear.setObjectName("employer_clear")
        clear.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addLayout(row)
        self.picker.list.selectionModel().currentChanged.connect(lambda _c, _p: self._choose())
        self.picker.picked.connect(lambda _id: self._choose())
        self.setFocusProxy(self.picker)
        self.model.reload()

    def _choose(self) -> None:
        self.employer_id = self.picker.current_id()
        self.chosen.setText(self.picker.current_label() or self.tr("No employer"))

    def clear(self) -> None:
        self.picker.list.clearSelection()
        self.picker.list.setCurrentIndex(self.model.index(-1, -1))
        self.employer_id = None
        self.chosen.setText(self.tr("No employer"))


class TransitionDialog(ClientRecordDialog):
    def __init__(self, ctx: UiContext, client_id, parent: QWidget | None = None) -> None:
        super().__init__(ctx, client_id, self.tr("Record transition"), "transition_dialog", parent)
        self.kind = self.add_field("transition_kind", self.tr("Kind"), code_combo(labels.transition_kinds()))
        self.employer = self.add_field("employer_id", self.tr("Employer"), EmployerChoice(ctx), name="employer")
        self.start = self.add_field("start_date", self.tr("Start"), DateEdit())
        self.end = self.add_field("end_date", self.tr("End"), OptionalDate(self.tr("Ended")))
        self.notes = self.add_field("notes", self.tr("Notes"), text_area(60))
        self.kind.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "transition_kind": self.kind.currentData(),
            "employer_id": self.employer.employer_id,
            "start_date": self.start.value(),
            "end_date": self.end.value(),
            "notes": self.notes.toPlainText().strip() or None,
        }

    def perform(self, values):
        return clients.record_transition(self.ctx.store, actor=self.ctx.actor, client_id=self.client_id,
                                         data=values)
