"""One recruitment event: what, when and where, the employers, and the
participants — chosen from clients with a picker, ticked when hired."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QStackedWidget, QTableView

from desktop.services import events, listing
from desktop.services.events import EventData, load_event
from desktop.ui.background import show_error
from desktop.ui.context import UiContext
from desktop.ui.events.event_dialog import EventDialog, event_kinds
from desktop.ui.events.participants_model import HIRED, HIRED_BY, EmployerDelegate, ParticipantsModel
from desktop.ui.forms.dates import finnish_date
from desktop.ui.forms.errors import FieldErrors, show_field_errors
from desktop.ui.forms.widgets import button, field_box
from desktop.ui.lists.lazy_model import LazyTableModel
from desktop.ui.qt import QLabel, Qt, QVBoxLayout, QWidget
from desktop.ui.widgets.record_picker import RecordPicker
from desktop.ui.widgets.delete_action import DeleteAction
from desktop.ui.widgets.tables import record_table

logger = logging.getLogger(__name__)

EVENT_KINDS = ("recruitment_event", "event_participant")


class EventView(QStackedWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("event_view")
        self.ctx = ctx
        self.event_id: uuid.UUID | None = None
        self.data: EventData | None = None
        self.dialog = None
        self._generation = 0
        hint = QLabel(self.tr("Choose an event from the list, or make a new one with Ctrl+N."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.addWidget(hint)
        self.addWidget(self._details())
        ctx.bus.changed.connect(self._changed)

    def _details(self) -> QWidget:
        self.title = QLabel()
        self.title.setObjectName("event_title")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("event_facts")
        self.employers = QLabel()
        self.employers.setObjectName("event_employers")
        self.employers.setWordWrap(True)
        edit = button(self.tr("Ed&it event…"), "edit_event", self.edit)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        employers_box = QGroupBox(self.tr("Employers"))
        QVBoxLayout(employers_box).addWidget(self.employers)

        self.errors = FieldErrors()
        self.clients = LazyTableModel(self.ctx, listing.CLIENTS)
        self.picker = RecordPicker(self.clients, name="participant",
                                   placeholder=self.tr("Search clients by name; Enter adds"))
        self.picker.list.setMaximumHeight(110)
        self.picker.picked.connect(self.add_participant)
        self.picker.search.textEdited.connect(lambda _text: self.errors.clear())
        add = button(self.tr("&Add participant"), "add_participant",
                          lambda: self.add_participant(self.picker.current_id()))
        self.model = ParticipantsModel()
        self.model.hire_requested.connect(self.set_hired)
        self.table = record_table(self.model, "participant_table", alternating=False)
        self.table.setItemDelegateForColumn(HIRED_BY, EmployerDelegate(self.table))
        self.table.setEditTriggers(QTableView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HIRED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HIRED_BY, QHeaderView.ResizeMode.Stretch)
        self.deleting = DeleteAction(self.ctx, self, self.delete_target, name="delete_in_event")
        remove = self.deleting.button(self.tr("&Remove participant…"), "remove_participant",
                                      self._participant_target)
        self.count = QLabel()
        self.count.setObjectName("participant_count")

        self.delete_button = self.deleting.button(self.tr("De&lete event…"), "delete_event", self._event_target)
        heading.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        participants = QGroupBox(self.tr("Participants"))
        box = QVBoxLayout(participants)
        picker_row = QHBoxLayout()
        picker_row.addWidget(field_box(self.picker, self.errors.label("client_id")), 1)
        picker_row.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(picker_row)
        box.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(remove)
        box.addLayout(bottom)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(heading)
        layout.addWidget(self.facts)
        layout.addWidget(employers_box)
        layout.addWidget(participants, 1)
        return page

    # --- which event ------------------------------------------------------------

    def show_event(self, event_id) -> None:
        event_id = uuid.UUID(str(event_id))
        if event_id != self.event_id:
            self.event_id = event_id
            self.errors.clear()
            self.picker.search.clear()
            self.clients.reload()
        self.reload()

    def reload(self) -> None:
        if self.event_id is None or self.ctx.store.locked:
            return
        self._generation += 1
        generation, store, event_id = self._generation, self.ctx.store, self.event_id
        self.ctx.run(lambda: load_event(store, event_id), on_done=lambda data: self._loaded(generation, data),
                     parent=self)

    def _loaded(self, generation: int, data: EventData | None) -> None:
        if generation != self._generation:
            return
        self.data = data
        if data is None:
            self.event_id = None
            self.setCurrentIndex(0)
            return
        event = data.event
        self.title.setText(event.name)
        facts = [event_kinds().get(event.event_kind, event.event_kind), finnish_date(event.held_on)]
        facts += [part for part in (event.place, data.locality_name) if part]
        self.facts.setText(" · ".join(facts))
        self.employers.setText(", ".join(name for _id, name in data.employers) or self.tr("No employers yet."))
        self.model.set_rows(data.participants, data.employers, data.employer_names)
        hired = sum(1 for row in data.participants if row.hired)
        counts = [self.tr("%n participant(s)", "", len(data.participants)), self.tr("%n hired", "", hired)]
        if event.other_participants:
            counts.append(self.tr("others: %n, of them hired %1", "", event.other_participants)
                          .replace("%1", str(event.other_participants_employed)))
        self.count.setText(" · ".join(counts))
        self.setCurrentIndex(1)

    def _changed(self, kind: str, ids) -> None:
        if self.event_id is None or kind not in EVENT_KINDS:
            return
        if kind == "recruitment_event" and ids is not None and self.event_id not in ids:
            return
        self.reload()

    # --- participants -------------------------------------------------------------

    def add_participant(self, client_id) -> None:
        if client_id is None or self.event_id is None:
            return
        self.errors.clear()
        ctx, event_id = self.ctx, self.event_id

        def done(participant) -> None:
            logger.info("participant %s added to event %s", participant.id, event_id)
            self.picker.search.selectAll()
            self.picker.search.setFocus()
            ctx.bus.changed.emit("event_participant", {participant.id})

        ctx.run(lambda: events.add_participant(ctx.store, actor=ctx.actor, event_id=event_id, client_id=client_id),
                on_done=done, on_failed=lambda error: show_field_errors(self, self.errors, error), parent=self)

    def set_hired(self, participant_id, hired: bool, employer_id) -> None:
        ctx = self.ctx

        def failed(error: Exception) -> None:
            self.reload()
            show_error(self, error)

        ctx.run(lambda: events.set_hired(ctx.store, actor=ctx.actor, participant_id=participant_id, hired=hired,
                                         employer_id=employer_id),
                on_done=lambda row: ctx.bus.changed.emit("event_participant", {row.id}), on_failed=failed,
                parent=self)

    # --- deleting ------------------------------------------------------------------

    def delete_target(self):
        """The Delete key: the selected participant in their table; nothing in the client
        search; else the event shown."""
        focus = self.focusWidget()
        if focus is not None and (focus is self.table or self.table.isAncestorOf(focus)):
            return self._participant_target()
        if focus is not None and self.picker.isAncestorOf(focus):
            return None
        return self._event_target()

    def _participant_target(self):
        participant_id = self.model.participant_id(self.table.currentIndex().row())
        return ("event_participant", participant_id) if participant_id is not None else None

    def _event_target(self):
        return ("recruitment_event", self.event_id) if self.data is not None else None

    def edit(self) -> None:
        if self.data is not None:
            self.dialog = EventDialog(self.ctx, self.data.event, self)
            self.dialog.open()
