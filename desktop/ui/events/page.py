"""The Events page: recruitment events (Työkohtaamo) listed on the left,
the chosen event with its employers and participants on the right."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QSplitter

from desktop.services import listing
from desktop.services.events import event_of_participant
from desktop.ui.context import UiContext
from desktop.ui.events.event_dialog import EventDialog
from desktop.ui.events.event_view import EVENT_KINDS, EventView
from desktop.ui.lists.lazy_model import LazyTableModel
from desktop.ui.pages import Page
from desktop.ui.qt import QLineEdit, QVBoxLayout, QWidget
from desktop.ui.widgets.debounce import debounce
from desktop.ui.widgets.delete_action import DeleteAction
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.tables import record_table, sortable

logger = logging.getLogger(__name__)


class EventsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: EventDialog | None = None
        self._pending: uuid.UUID | None = None
        self.model = LazyTableModel(ctx, listing.EVENTS)

        self.filter = QLineEdit()
        self.filter.setObjectName("event_filter")
        self.filter.setPlaceholderText(self.tr("Filter by name or place"))
        self.filter.setClearButtonEnabled(True)
        new = QPushButton(self.tr("New event…"))
        new.setObjectName("new_event")
        new.setToolTip(self.tr("New event (Ctrl+N)"))
        new.clicked.connect(self.new_record)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(new)

        self.table = sortable(record_table(self.model, "event_table"))
        self.empty_state = EmptyState(self.table, self.tr("No events yet. Add the first one: New event (Ctrl+N)"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 120)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self.view.picker.setFocus())
        self.deleting = DeleteAction(ctx, self.table, self._selected_event, name="delete_event_row")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        self.view = EventView(ctx)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.filter)

        self.timer = debounce(self.filter, lambda text: self.model.set_filter(text))
        self.model.loaded.connect(self._select_current)
        ctx.bus.changed.connect(self._changed)
        self.model.reload()

    def _current_changed(self, current, _previous) -> None:
        event_id = self.model.record_id(current.row())
        if event_id is not None and event_id != self.view.event_id:
            self.view.show_event(event_id)

    def _selected_event(self):
        rows = self.table.selectionModel().selectedRows()
        event_id = self.model.record_id(rows[0].row()) if rows else None
        return ("recruitment_event", event_id) if event_id is not None else None

    def _changed(self, kind: str, _ids) -> None:
        if kind in EVENT_KINDS:
            self.model.refresh()  # the counts of participants and hires change too

    def _select_current(self) -> None:
        """After a reload, select the new event or the one shown."""
        wanted = self._pending or self.view.event_id
        row = self.model.row_of(wanted) if wanted else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            if self._pending is not None:
                self.view.show_event(self._pending)
            self._pending = None

    def new_record(self) -> None:
        self.dialog = EventDialog(self.ctx, parent=self)
        self.dialog.saved.connect(lambda event: self.show_record("recruitment_event", event.id))
        self.dialog.open()

    def show_record(self, kind: str, record_id) -> bool:
        if kind == "recruitment_event":
            self._pending = uuid.UUID(str(record_id))
            self.view.show_event(record_id)
            self._select_current()
            return True
        if kind == "event_participant":
            store = self.ctx.store
            self.ctx.run(lambda: event_of_participant(store, record_id),
                         on_done=lambda event_id: event_id and self.show_record("recruitment_event", event_id),
                         parent=self)
            return True
        return False
