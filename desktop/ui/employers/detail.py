"""One employer: its facts, contacts, open positions and visits, and what can
be done with them. Everything is read in the background; every change goes
through a form dialog that saves in the background."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QSplitter

from desktop.errors import NotFound
from desktop.services import employer_lists as lists
from desktop.services.employers import EmployerCard, load_employer, load_record
from desktop.services.listing import format_value
from desktop.ui.attachments.section import AttachmentsSection
from desktop.ui.background import show_error
from desktop.ui.context import UiContext
from desktop.ui.employers.employer_dialog import EmployerDialog
from desktop.ui.employers.matching_view import MatchDialog
from desktop.ui.employers.record_dialogs import (
    ContactDialog,
    FilledDialog,
    LetterOfIntentDialog,
    PositionDialog,
)
from desktop.ui.lists.lazy_model import LazyTableModel
from desktop.ui.qt import QDialog, QFont, QFormLayout, QKeySequence, QLabel, Qt, QVBoxLayout, QWidget
from desktop.ui.widgets.delete_action import DeleteAction
from desktop.ui.widgets.tables import list_view, selected_row

logger = logging.getLogger(__name__)

FACTS = ("business_id", "industry", "municipality", "locality", "address", "letter_of_intent_date")


class _EnterOpens(QObject):
    """Enter on a view opens its current row (a click is handled apart)."""

    def __init__(self, view, open_row) -> None:
        super().__init__(view)
        self.view, self.open_row = view, open_row
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.view.currentIndex().isValid():
                self.open_row(self.view.currentIndex())
                return True
        return False


class EmployerDetail(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.employer_id: uuid.UUID | None = None
        self.card: EmployerCard | None = None
        self.dialog: QDialog | None = None
        self.match_dialog: MatchDialog | None = None
        self._pending_position: uuid.UUID | None = None

        self.name = QLabel()
        self.name.setObjectName("detail_name")
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QFormLayout()
        titles = (self.tr("Business ID"), self.tr("Industry"), self.tr("Municipality"),
                  self.tr("Project locality"), self.tr("Address"), self.tr("Letter of intent"))
        self.facts: dict[str, QLabel] = {}
        for key, title in zip(FACTS, titles):
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(title, value)
            self.facts[key] = value

        self.edit_button = self._button("edit_employer", self.tr("Ed&it…"), self.edit_employer)
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setToolTip(self.tr("Edit the employer (Ctrl+E)"))
        self.letter_button = self._button("set_letter", self.tr("Letter of in&tent…"), self.set_letter)
        self.visit_button = self._button("new_visit", self.tr("New vi&sit"), self.new_visit)
        self.deleting = DeleteAction(ctx, self, self.delete_target, name="delete_in_employer")
        self.delete_button = self.deleting.button(self.tr("De&lete employer…"), "delete_employer",
                                                  self._employer_target)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.letter_button, self.visit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.contacts = LazyTableModel(ctx, lists.CONTACTS)
        self.positions = LazyTableModel(ctx, lists.OPEN_POSITIONS)
        self.visits = LazyTableModel(ctx, lists.EMPLOYER_VISITS)
        self.contacts_view = list_view("contacts_table", self.contacts, fit=True)
        self.positions_view = list_view("positions_table", self.positions, fit=True)
        self.visits_view = list_view("visits_table", self.visits, fit=True)
        self.contacts_view.activated.connect(self.edit_contact)
        self.visits_view.clicked.connect(self.open_visit)
        _EnterOpens(self.visits_view, self.open_visit)
        self.positions_view.activated.connect(lambda _index: self.find_matches())
        self.positions.loaded.connect(self._positions_loaded)
        self.contacts.loaded.connect(self._contacts_loaded)
        self.visits.loaded.connect(self._visits_loaded)

        self.add_contact_button = self._button("add_contact", self.tr("Add &contact…"), self.add_contact)
        self.add_position_button = self._button("add_position", self.tr("Add &position…"), self.add_position)
        self.filled_button = self._button("mark_filled", self.tr("Mar&k filled…"), self.mark_filled)
        self.match_button = self._button("find_matches", self.tr("Find &matching clients"), self.find_matches)
        self.positions_view.selectionModel().selectionChanged.connect(lambda *_: self._position_buttons())
        self.positions.modelReset.connect(self._position_buttons)

        self.contacts_box = self._group(self.contacts_view, [self.add_contact_button])
        self.positions_box = self._group(self.positions_view,
                                         [self.add_position_button, self.filled_button, self.match_button])
        self.visits_box = self._group(self.visits_view, [])
        self.attachments = AttachmentsSection(ctx, "employer", self)
        lists_split = QSplitter(Qt.Orientation.Vertical)
        lists_split.setChildrenCollapsible(False)
        for box, stretch in ((self.contacts_box, 2), (self.positions_box, 3), (self.visits_box, 3),
                             (self.attachments, 2)):
            lists_split.addWidget(box)
            lists_split.setStretchFactor(lists_split.count() - 1, stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addLayout(facts)
        layout.addLayout(actions)
        layout.addWidget(lists_split, 1)
        self._contacts_loaded()
        self._positions_loaded()
        self._visits_loaded()
        self._position_buttons()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _group(self, view, buttons: list[QPushButton]) -> QGroupBox:
        box = QGroupBox()
        layout = QVBoxLayout(box)
        layout.addWidget(view, 1)
        if buttons:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        return box

    # --- showing ------------------------------------------------------------------

    def show_employer(self, employer_id, *, position_id=None) -> None:
        employer_id = uuid.UUID(str(employer_id))
        self._pending_position = uuid.UUID(str(position_id)) if position_id else None
        if employer_id != self.employer_id:
            self.employer_id = employer_id
            self.card = None
            where, params = lists.of_employer(employer_id)
            for model in (self.contacts, self.positions, self.visits):
                model.set_filter("", extra_where=where, extra_params=params)
        elif self._pending_position is not None:
            self._positions_loaded()
        self.attachments.show_owner(employer_id)
        self.reload_card()

    def reload_card(self) -> None:
        store, employer_id = self.ctx.store, self.employer_id
        if employer_id is None or store.locked:
            return
        self.ctx.run(lambda: load_employer(store, employer_id), on_done=self._show_card,
                     on_failed=lambda error: self._card_failed(employer_id, error), parent=self)

    def _card_failed(self, employer_id, error: Exception) -> None:
        if not isinstance(error, NotFound):
            show_error(self, error)
        elif employer_id == self.employer_id:  # deleted meanwhile
            self.card = None
            self.name.setText(self.tr("This employer is no longer on this laptop."))

    def _show_card(self, card: EmployerCard) -> None:
        if card.employer.id != self.employer_id:
            return  # an answer for an employer no longer shown
        self.card = card
        e = card.employer
        self.name.setText(e.name)
        values = {"business_id": e.business_id, "industry": e.industry, "municipality": e.municipality,
                  "locality": card.locality_name, "address": e.address,
                  "letter_of_intent_date": format_value(e.letter_of_intent_date, "date")}
        for key, label in self.facts.items():
            label.setText(values[key] or "–")

    def on_changed(self, kind: str, ids) -> None:
        if self.employer_id is None:
            return
        if kind == "employer" and (ids is None or self.employer_id in ids):
            self.reload_card()
        model = {"contact": self.contacts, "position": self.positions, "visit": self.visits}.get(kind)
        if model is not None:
            model.refresh()  # in place: one update of the rows shown, not emptied and filled again

    def _contacts_loaded(self) -> None:
        self.contacts_box.setTitle(self.tr("Contacts (%n)", "", self.contacts.rowCount()))

    def _visits_loaded(self) -> None:
        self.visits_box.setTitle(self.tr("Visits (%n)", "", self.visits.rowCount()))

    def _positions_loaded(self) -> None:
        self.positions_box.setTitle(self.tr("Open positions (%n)", "", self.positions.rowCount()))
        if self._pending_position is not None:
            row = self.positions.row_of(self._pending_position)
            if row >= 0:
                self.positions_view.selectRow(row)
                self._pending_position = None

    def _position_buttons(self) -> None:
        chosen = selected_row(self.positions_view) >= 0
        self.filled_button.setEnabled(chosen)
        self.match_button.setEnabled(chosen)

    def selected_position(self) -> tuple[uuid.UUID, str] | None:
        row = selected_row(self.positions_view)
        if row < 0:
            return None
        return self.positions.record_id(row), str(self.positions.rows[row][1])

    # --- deleting -----------------------------------------------------------------

    def delete_target(self):
        """The Delete key: the selected contact, position or visit when the focus is in its list,
        else the employer shown."""
        focus = self.focusWidget()
        for view, model, kind in ((self.contacts_view, self.contacts, "contact"),
                                  (self.positions_view, self.positions, "position"),
                                  (self.visits_view, self.visits, "visit")):
            if focus is view:
                record_id = model.record_id(selected_row(view))
                return (kind, record_id) if record_id is not None else None
        return self._employer_target()

    def _employer_target(self):
        return ("employer", self.employer_id) if self.card is not None else None

    # --- doing ----------------------------------------------------------------------

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Open a form, window-modal; one at a time."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_employer(self) -> None:
        if self.card is not None:
            self.open_dialog(EmployerDialog(self.ctx, self.card.employer, self))

    def set_letter(self) -> None:
        if self.card is not None:
            self.open_dialog(LetterOfIntentDialog(self.ctx, self.employer_id,
                                                  self.card.employer.letter_of_intent_date, self))

    def new_visit(self) -> None:
        if self.employer_id is not None:
            self.ctx.bus.open_record.emit("new_visit", self.employer_id)

    def add_contact(self) -> None:
        if self.employer_id is not None:
            self.open_dialog(ContactDialog(self.ctx, self.employer_id, parent=self))

    def edit_contact(self, index) -> None:
        contact_id, store = self.contacts.record_id(index.row()), self.ctx.store
        if contact_id is not None:
            self.ctx.run(lambda: load_record(store, "contact", contact_id), parent=self,
                         on_done=lambda c: self.open_dialog(ContactDialog(self.ctx, c.employer_id, c, self)))

    def add_position(self) -> None:
        if self.employer_id is not None:
            self.open_dialog(PositionDialog(self.ctx, self.employer_id, self))

    def mark_filled(self) -> None:
        chosen = self.selected_position()
        if chosen is not None:
            self.open_dialog(FilledDialog(self.ctx, chosen[0], chosen[1], self))

    def find_matches(self) -> None:
        chosen = self.selected_position()
        if chosen is not None:
            if self.match_dialog is not None:
                self.match_dialog.close()
                self.match_dialog.deleteLater()
            # Beside the window, not modal: the coordinator opens clients from it.
            self.match_dialog = MatchDialog(self.ctx, chosen[0], chosen[1], self)
            self.match_dialog.show()

    def open_visit(self, index) -> None:
        visit_id = self.visits.record_id(index.row())
        if visit_id is not None:
            self.ctx.bus.open_record.emit("visit", visit_id)
