"""The contact met on a visit: one of the employer's contacts, or a new one typed in."""

from __future__ import annotations

from typing import Any

from desktop.services import visits
from desktop.services.visit_state import CONTACT_FIELDS
from desktop.ui.context import UiContext
from desktop.ui.qt import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget, Signal
from desktop.ui.forms.errors import ErrorLabel

NEW = "new"


class ContactFields(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._wanted: str | None = None  # contact id to choose when the list arrives
        self.choice = QComboBox()
        self.choice.setObjectName("contact_choice")
        self.choice.currentIndexChanged.connect(self._chosen)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.new_box = QWidget()
        form = QFormLayout(self.new_box)
        form.setContentsMargins(0, 0, 0, 0)
        labels = {"name": self.tr("Name"), "title": self.tr("Title"),
                  "phone": self.tr("Phone"), "email": self.tr("Email")}
        for name in CONTACT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"contact_{name}")
            edit.textEdited.connect(lambda _t: self.changed.emit())
            error = ErrorLabel(f"contact_{name}")
            form.addRow(labels[name], edit)
            form.addRow("", error)
            self.fields[name], self.errors[name] = edit, error
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.new_box)
        self.set_contacts([])

    def widgets_in_tab_order(self) -> list[QWidget]:
        return [self.choice, *self.fields.values()]

    # --- the employer's contacts ----------------------------------------------------------

    def set_employer(self, employer_id: str | None) -> None:
        """Load the contacts of the employer picked (none for a new employer)."""
        self._generation += 1
        generation = self._generation
        if not employer_id:
            self.set_contacts([])
            return
        store = self.ctx.store
        self.ctx.run(lambda: visits.contact_choices(store, employer_id),
                     on_done=lambda rows: self._arrived(generation, rows), parent=self)

    def _arrived(self, generation: int, rows: list[tuple[str, str]]) -> None:
        if generation == self._generation:
            self.set_contacts(rows)

    def set_contacts(self, rows: list[tuple[str, str]], *, keep: bool = True) -> None:
        """Fill the choice; keep what is chosen (or still wanted) when ``keep``."""
        wanted = self._wanted if self._wanted is not None or not keep else self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("— not recorded —"), None)
        for contact_id, label in rows:
            self.choice.addItem(label, contact_id)
        self.choice.addItem(self.tr("New contact…"), NEW)
        index = self.choice.findData(wanted) if wanted else 0
        self.choice.setCurrentIndex(max(0, index))
        if wanted and index >= 0:
            self._wanted = None
        self.choice.blockSignals(False)
        self.new_box.setVisible(self.choice.currentData() == NEW)

    def _chosen(self, _index: int) -> None:
        self._wanted = None
        self.new_box.setVisible(self.choice.currentData() == NEW)
        self.changed.emit()

    # --- the form's state ----------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        data = self.choice.currentData()
        if data is None and self._wanted:
            data = self._wanted  # the list has not arrived yet
        return {
            "contact_id": data if data not in (None, NEW) else None,
            "contact_new": data == NEW,
            **{f"contact_{name}": edit.text() for name, edit in self.fields.items()},
        }

    def set_state(self, state: dict[str, Any]) -> None:
        for name, edit in self.fields.items():
            edit.setText(state.get(f"contact_{name}", ""))
        self._wanted = NEW if state.get("contact_new") else state.get("contact_id")
        self.set_contacts([(self.choice.itemData(i), self.choice.itemText(i))
                           for i in range(1, self.choice.count() - 1)], keep=False)
        self.show_errors({})

    def show_errors(self, messages: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_message(messages.get(f"contact_{name}", ""))
