"""The Clients page: the list of clients with their service status, and the
client's page when one is opened (Enter or double-click)."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
)

from desktop.services import client_page, listing
from desktop.ui.clients.assignment_requests import MyRequestsNotice
from desktop.ui.clients.caseload_dialog import CaseloadDialog
from desktop.ui.clients.client_dialog import ClientDialog
from desktop.ui.clients.client_view import CLIENT_KINDS, ClientView
from desktop.ui.context import UiContext
from desktop.ui.lists.lazy_model import LazyTableModel
from desktop.ui.pages import Page
from desktop.ui.qt import QAction, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget
from desktop.ui.widgets.debounce import debounce
from desktop.ui.widgets.delete_action import DeleteAction
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.tables import record_table, sortable

logger = logging.getLogger(__name__)

STATUS_SQL = next(column.sql for column in listing.CLIENTS.columns if column.key == "status")


class ClientsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: ClientDialog | None = None
        self.caseload_dialog: CaseloadDialog | None = None
        self.model = LazyTableModel(ctx, listing.CLIENTS)

        self.filter = QLineEdit()
        self.filter.setObjectName("client_filter")
        self.filter.setPlaceholderText(self.tr("Filter by name or municipality"))
        self.filter.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("client_status")
        for text, code in ((self.tr("All clients"), None), (self.tr("Not started"), "not_started"),
                           (self.tr("In service"), "active"), (self.tr("Service ended"), "ended")):
            self.status.addItem(text, code)
        self.only_mine = QCheckBox(self.tr("Only my clients"))
        self.only_mine.setObjectName("only_my_clients")
        new = QPushButton(self.tr("New client…"))
        new.setObjectName("new_client")
        new.setToolTip(self.tr("New client (Ctrl+N)"))
        new.clicked.connect(self.new_record)
        self.count = QLabel()
        self.count.setObjectName("client_count")
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.only_mine)
        bar.addWidget(self.count)
        self.move_button: QPushButton | None = None
        if ctx.actor.role == "manager":  # a manager moves caseloads: many rows at a time
            self.move_button = QPushButton(self.tr("Move to staff…"))
            self.move_button.setObjectName("move_clients")
            self.move_button.setToolTip(self.tr("Move the selected clients, or all of one staff "
                                                "member's clients, to another staff member"))
            self.move_button.clicked.connect(self.move_clients)
            bar.addWidget(self.move_button)
        bar.addWidget(new)

        self.table = sortable(record_table(self.model, "client_table"))
        self.empty_state = EmptyState(self.table, self.tr("No clients yet. Add the first one: New client (Ctrl+N)"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 150)
        self.table.activated.connect(lambda index: self.open_client(self.model.record_id(index.row())))
        self.deleting = DeleteAction(ctx, self.table, self._selected_client, name="delete_client_row")
        if self.move_button is not None:
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            moving = QAction(self.tr("Move to staff…"), self.table)
            moving.setObjectName("move_clients_action")
            moving.triggered.connect(self.move_clients)
            self.table.addAction(moving)  # in the list's context menu, beside Delete

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        self.my_requests = MyRequestsNotice(ctx)  # asked to be assigned to others' clients
        list_layout.addWidget(self.my_requests)
        list_layout.addWidget(self.table, 1)
        self.view = ClientView(ctx)
        self.view.back.connect(self.show_list)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.filter)

        self.timer = debounce(self.filter, lambda _text: self.apply_filter())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.only_mine.toggled.connect(lambda _on: self.apply_filter())
        self.model.loaded.connect(self._select_pending)
        ctx.bus.changed.connect(self._changed)
        self._pending: uuid.UUID | None = None
        self.apply_filter()

    # --- the list ---------------------------------------------------------------

    def where(self) -> tuple[str | None, dict]:
        clauses, params = [], {}
        status = self.status.currentData()
        if status:
            clauses.append(f"({STATUS_SQL}) = :status")
            params["status"] = status
        if self.only_mine.isChecked() and self.ctx.actor.staff_id:
            clauses.append("t.assigned_staff_ids LIKE :me")
            params["me"] = "%" + str(self.ctx.actor.staff_id) + "%"
        return (" AND ".join(clauses) or None), params

    def apply_filter(self) -> None:
        where, params = self.where()
        self.model.set_filter(self.filter.text(), extra_where=where, extra_params=params)
        self._count()

    def _count(self) -> None:
        store, model = self.ctx.store, self.model
        if store.locked:
            return
        text, where, params = model.filter_text, model.extra_where, dict(model.extra_params)
        self.ctx.run(lambda: listing.count(store, listing.CLIENTS, filter_text=text, extra_where=where,
                                           extra_params=params),
                     on_done=self._counted, on_failed=lambda _error: None, parent=self)

    def _counted(self, number: int) -> None:
        self.count.setText(self.tr("%Ln client(s)", "", number))

    def _changed(self, kind: str, ids) -> None:
        if kind != "client":
            return
        if ids and len(ids) == 1 and self.model.row_of(next(iter(ids))) < 0:
            self._pending = next(iter(ids))  # a new client: select it once listed
            self.apply_filter()
            return
        self.model.refresh()  # the list stays where it was, for the way back from the client
        self._count()

    def _select_pending(self) -> None:
        if self._pending is None:
            return
        row = self.model.row_of(self._pending)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._pending = None

    def _selected_client(self):
        """The one client selected (none when several are: Delete is for one at a time)."""
        rows = self.table.selectionModel().selectedRows()
        record_id = self.model.record_id(rows[0].row()) if len(rows) == 1 else None
        return ("client", record_id) if record_id is not None else None

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return self.model.record_ids(rows)

    def move_clients(self) -> None:
        if self.caseload_dialog is not None and self.caseload_dialog.isVisible():
            return
        self.caseload_dialog = CaseloadDialog(self.ctx, self.selected_ids(), parent=self)
        self.caseload_dialog.saved.connect(lambda _done: self.table.setFocus())
        self.caseload_dialog.open()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    # --- opening a client -----------------------------------------------------------

    def open_client(self, client_id) -> None:
        if client_id is None:
            return
        self.view.show_client(client_id)
        self.stack.setCurrentWidget(self.view)
        self.view.notes.add_button.setFocus()

    def show_handover(self, client_id) -> None:
        """The client's page with its handover dialog over it (a draft is taken up there)."""
        self.open_client(client_id)
        self.view.open_handover()

    def new_record(self) -> None:
        self.dialog = ClientDialog(self.ctx, parent=self)
        # the keyboard goes back to the list, where the new client is selected: Enter opens it
        self.dialog.saved.connect(lambda _client: self.table.setFocus())
        self.dialog.open()

    def show_record(self, kind: str, record_id) -> bool:
        if kind not in CLIENT_KINDS:
            return False
        if kind == "client":
            self.open_client(record_id)
            return True
        store = self.ctx.store
        self.ctx.run(lambda: client_page.owning_client(store, kind, record_id),
                     on_done=self.open_client, parent=self)
        return True
