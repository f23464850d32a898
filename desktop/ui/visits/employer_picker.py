"""Find the employer by name or business ID as you type, or create it inline.

Typing searches in the background (the full-text index through the
employers list); Down/Up move in the results and Enter picks one. When none
fits, "Create employer" opens a name, business ID, project locality (the
user's own, to begin with) and municipality in place; the business ID is
checked as soon as the field is left.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QListView, QPushButton

from desktop.errors import FieldError
from desktop.services import employers
from desktop.services.employers import EmployerHit
from desktop.services.visit_state import NEW_EMPLOYER_LOCALITY
from desktop.ui.context import UiContext
from desktop.ui.forms.errors import ErrorLabel, message_for
from desktop.ui.forms.widgets import MINE, fill_localities, select_data
from desktop.ui.qt import QComboBox, QFormLayout, QLabel, QLineEdit, Qt, QVBoxLayout, QWidget, Signal
from desktop.ui.widgets.debounce import quiet_timer
from sync.identifiers import normalise_business_id

DEBOUNCE_MS = 150


def hit_label(hit: EmployerHit) -> str:
    return " · ".join(part for part in (hit.name, hit.business_id, hit.municipality) if part)


class HitModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.hits: list[EmployerHit] = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit_label(self.hits[index.row()])
        return None

    def set_hits(self, hits: list[EmployerHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()


class EmployerPicker(QWidget):
    changed = Signal()  # anything the person did here
    picked = Signal(str)  # employer id (hex), or "" when the pick is cleared or a new one is made

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.employer_id: str | None = None
        self.employer_name = ""
        self.creating = False
        self._generation = 0
        self._searched = ""  # the text the shown results answer

        self.search = QLineEdit()
        self.search.setObjectName("employer_search")
        self.search.setPlaceholderText(self.tr("Type the employer's name or business ID"))
        self.search.installEventFilter(self)
        self.model = HitModel()
        self.results = QListView()
        self.results.setObjectName("employer_results")
        self.results.setModel(self.model)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setMaximumHeight(150)
        self.results.clicked.connect(lambda index: self.pick_row(index.row()))
        self.picked_label = QLabel()
        self.picked_label.setObjectName("employer_picked")
        self.none_label = QLabel(self.tr("No employer found."))
        self.none_label.setObjectName("employer_none_found")
        self.create_button = QPushButton()
        self.create_button.setObjectName("create_employer")
        self.create_button.clicked.connect(self.start_creating)
        self.error = ErrorLabel("employer_id")

        self.new_box = QWidget()
        self.new_name = QLineEdit()
        self.new_name.setObjectName("new_employer_name")
        self.new_business_id = QLineEdit()
        self.new_business_id.setObjectName("new_employer_business_id")
        self.new_business_id.setPlaceholderText("1234567-8")
        self.new_business_id.editingFinished.connect(self.check_business_id)
        self.new_locality = QComboBox()
        self.new_locality.setObjectName("new_employer_locality")
        self.new_locality.addItem(self.tr("(no project locality)"), None)
        self.new_municipality = QLineEdit()
        self.new_municipality.setObjectName("new_employer_municipality")
        self.new_municipality.setMaxLength(100)
        self._localities_loaded = False
        self._wanted_locality: Any = MINE  # until the localities are read: the state's choice
        self._my_locality: uuid.UUID | None = None
        self.name_error = ErrorLabel("employer_name")
        self.business_id_error = ErrorLabel("business_id")
        self.cancel_new = QPushButton(self.tr("Search instead"))
        self.cancel_new.setObjectName("cancel_new_employer")
        self.cancel_new.clicked.connect(self.stop_creating)
        form = QFormLayout(self.new_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("New employer's name"), self.new_name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Business ID"), self.new_business_id)
        form.addRow("", self.business_id_error)
        form.addRow(self.tr("Project locality"), self.new_locality)
        form.addRow(self.tr("Municipality"), self.new_municipality)
        form.addRow("", self.cancel_new)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.error)
        layout.addWidget(self.results)
        row = QHBoxLayout()
        row.addWidget(self.none_label)
        row.addWidget(self.create_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.picked_label)
        layout.addWidget(self.new_box)

        self.timer = quiet_timer(self, DEBOUNCE_MS, self._run_search)
        self.search.textEdited.connect(self._typed)
        self.new_name.textEdited.connect(lambda _t: self.changed.emit())
        self.new_business_id.textEdited.connect(lambda _t: (self.business_id_error.clear_message(),
                                                            self.changed.emit()))
        self.new_locality.currentIndexChanged.connect(self._locality_chosen)
        self.new_municipality.textEdited.connect(lambda _t: self.changed.emit())
        fill_localities(ctx, self.new_locality, MINE, on_filled=self._localities_filled)
        self._update_visibility()

    # --- searching ----------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        if self.employer_id is not None:
            self.employer_id = None
            self.employer_name = ""
            self.picked.emit("")
        self.error.clear_message()
        self.timer.start()
        self._update_visibility()
        self.changed.emit()

    def _run_search(self) -> None:
        text = self.search.text()
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self._show_hits(generation, text, [])
            return
        store = self.ctx.store
        self.ctx.run(lambda: employers.find_employers(store, text),
                     on_done=lambda hits: self._show_hits(generation, text, hits), parent=self)

    def _show_hits(self, generation: int, text: str, hits: list[EmployerHit]) -> None:
        if generation != self._generation or self.employer_id is not None:
            return  # an older search, or the person already picked
        self._searched = text
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        self._update_visibility()

    @property
    def searching(self) -> bool:
        """A search is waiting or running for what is in the box."""
        return self.timer.isActive() or self._searched != self.search.text()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.hits:
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(len(self.model.hits) - 1, self.results.currentIndex().row() + step))
                self.results.setCurrentIndex(self.model.index(row))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.employer_id is None:
                if self.model.hits and not self.results.isHidden():
                    self.pick_row(max(0, self.results.currentIndex().row()))
                elif self.search.text().strip() and not self.searching:
                    self.start_creating()
                return True
        return super().eventFilter(watched, event)

    def pick_row(self, row: int) -> None:
        if 0 <= row < len(self.model.hits):
            hit = self.model.hits[row]
            self.set_picked(hit.id.hex, hit.name, detail=hit_label(hit))
            self.changed.emit()

    # --- picking and creating -------------------------------------------------------

    def set_picked(self, employer_id: str | None, name: str, *, detail: str | None = None) -> None:
        self.timer.stop()
        self._generation += 1
        self.employer_id = employer_id
        self.employer_name = name
        self.creating = False
        self.search.setText(name)
        self._searched = name
        self.model.set_hits([])
        self.picked_label.setText("✓ " + (detail or name))
        self.error.clear_message()
        self._update_visibility()
        self.picked.emit(employer_id or "")

    def start_creating(self) -> None:
        text = self.search.text().strip()
        self.creating = True
        self.timer.stop()
        self.model.set_hits([])
        if text and not self.new_name.text() and not self.new_business_id.text():
            if _looks_like_business_id(text):
                self.new_business_id.setText(text)
            else:
                self.new_name.setText(text)
        self.error.clear_message()
        self._update_visibility()
        (self.new_business_id if self.new_name.text() else self.new_name).setFocus()
        self.picked.emit("")
        self.changed.emit()

    def stop_creating(self) -> None:
        self.creating = False
        self.name_error.clear_message()
        self.business_id_error.clear_message()
        self._update_visibility()
        self.search.setFocus()
        self.timer.start()
        self.changed.emit()

    def check_business_id(self) -> bool:
        """Show at once whether the business ID typed is valid."""
        text = self.new_business_id.text().strip()
        if not text:
            self.business_id_error.clear_message()
            return True
        try:
            normalised = normalise_business_id(text)
        except ValueError as error:
            self.business_id_error.show_message(
                message_for(FieldError("business_id", error.type, str(error)), text))
            return False
        self.business_id_error.clear_message()
        if normalised != text:
            self.new_business_id.setText(normalised)
        return True

    def _localities_filled(self) -> None:
        self._localities_loaded = True
        if self._wanted_locality is MINE:
            self._my_locality = self.new_locality.currentData()
        self._choose_locality(self._wanted_locality)

    def _choose_locality(self, wanted: Any) -> None:
        """Choose a state's locality: a hex id, None for none, or ``MINE``."""
        self._wanted_locality = wanted
        if not self._localities_loaded:
            return
        self.new_locality.blockSignals(True)
        chosen = self._my_locality if wanted is MINE else uuid.UUID(str(wanted)) if wanted else None
        if not select_data(self.new_locality, chosen):
            self.new_locality.setCurrentIndex(0)
        self.new_locality.blockSignals(False)
        self._show_municipality_default()

    def _locality_chosen(self, _index: int) -> None:
        self._show_municipality_default()
        self.changed.emit()

    def _show_municipality_default(self) -> None:
        """The municipality, left empty, is the locality's (as the visits service records it)."""
        self.new_municipality.setPlaceholderText(
            self.new_locality.currentText() if self.new_locality.currentData() else "")

    def _update_visibility(self) -> None:
        picked = self.employer_id is not None
        text = self.search.text().strip()
        self.search.setVisible(not self.creating)
        self.results.setVisible(bool(self.model.hits) and not picked and not self.creating)
        found_none = bool(text) and not self.model.hits and self._searched == self.search.text()
        self.none_label.setVisible(found_none and not picked and not self.creating)
        self.create_button.setVisible(bool(text) and not picked and not self.creating)
        self.create_button.setText(self.tr("Create employer “%1”").replace("%1", text)
                                   if not _looks_like_business_id(text) else self.tr("Create employer"))
        self.picked_label.setVisible(picked)
        self.new_box.setVisible(self.creating)

    # --- the form's state -------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {
            "employer_id": self.employer_id,
            "employer_name": self.employer_name,
            "employer_query": self.search.text(),
            "employer_new": self.creating,
            "new_employer_name": self.new_name.text(),
            "new_employer_business_id": self.new_business_id.text(),
            "new_employer_municipality": self.new_municipality.text(),
        } | self._locality_state()

    def _locality_state(self) -> dict[str, Any]:
        """The chosen locality; none said while the localities are read and the user's is meant."""
        if self._localities_loaded:
            chosen = self.new_locality.currentData()
            return {NEW_EMPLOYER_LOCALITY: chosen.hex if chosen else None}
        if self._wanted_locality is MINE:
            return {}
        return {NEW_EMPLOYER_LOCALITY: self._wanted_locality}

    def set_state(self, state: dict[str, Any]) -> None:
        self.new_name.setText(state.get("new_employer_name", ""))
        self.new_business_id.setText(state.get("new_employer_business_id", ""))
        self.new_municipality.setText(state.get("new_employer_municipality", ""))
        self._choose_locality(state.get(NEW_EMPLOYER_LOCALITY, MINE))
        for label in (self.error, self.name_error, self.business_id_error):
            label.clear_message()
        if state.get("employer_id"):
            self.set_picked(state["employer_id"], state.get("employer_name", ""))
            return
        self.employer_id = None
        self.employer_name = ""
        self.creating = bool(state.get("employer_new"))
        self.model.set_hits([])
        self.search.setText(state.get("employer_query", ""))
        self._searched = ""
        if self.search.text().strip() and not self.creating:
            self.timer.start()
        self._update_visibility()

    def set_locked(self, locked: bool) -> None:
        """An edited visit keeps its employer."""
        self.search.setReadOnly(locked)

    def show_errors(self, messages: dict[str, str]) -> None:
        self.error.show_message(messages.get("employer_id", ""))
        self.name_error.show_message(messages.get("employer_name", ""))
        self.business_id_error.show_message(messages.get("business_id", ""))

    def focus_target(self) -> QWidget:
        return self.new_name if self.creating else self.search


def _looks_like_business_id(text: str) -> bool:
    return bool(text) and all(ch.isdigit() or ch in "- " for ch in text) and any(ch.isdigit() for ch in text)
