"""Employers: a list filtered in SQL as you type, and the chosen employer's
detail beside it (contacts, open positions, visits).

Keys: Ctrl+N new employer, Ctrl+E edit the shown one, Enter in the list
edits, Down in the filter moves into the list; the buttons have Alt
mnemonics.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QSplitter, QStackedWidget

from desktop.services import listing
from desktop.services.employers import employer_of
from desktop.ui.context import UiContext
from desktop.ui.employers.detail import EmployerDetail
from desktop.ui.employers.employer_dialog import EmployerDialog
from desktop.ui.lists.lazy_model import LazyTableModel
from desktop.ui.pages import Page
from desktop.ui.qt import QLabel, QLineEdit, Qt, QVBoxLayout, QWidget
from desktop.ui.widgets.debounce import quiet_timer
from desktop.ui.widgets.delete_action import DeleteAction
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.tables import list_view, selected_row, sortable

logger = logging.getLogger(__name__)

FILTER_DELAY_MS = 150
SHOWN_KINDS = ("employer", "contact", "position")


class _DownMovesInto(QObject):
    """Down in the filter box moves the focus into the list."""

    def __init__(self, edit: QLineEdit, view) -> None:
        super().__init__(edit)
        self.view = view
        edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.view.setFocus()
            if not self.view.currentIndex().isValid() and self.view.model().rowCount() > 0:
                self.view.selectRow(0)
            return True
        return False


class EmployersPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current_id: uuid.UUID | None = None
        self.dialog: EmployerDialog | None = None
        self._count_generation = 0

        self.filter = QLineEdit()
        self.filter.setObjectName("employer_filter")
        self.filter.setPlaceholderText(self.tr("Filter by name, business ID, municipality or industry"))
        self.filter.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New employer…"))
        self.new_button.setObjectName("new_employer")
        self.new_button.setToolTip(self.tr("Add an employer (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.count_label = QLabel()
        self.count_label.setObjectName("employer_count")

        self.model = LazyTableModel(ctx, listing.EMPLOYERS)
        self.table = sortable(list_view("employer_table", self.model))
        self.empty_state = EmptyState(self.table, self.tr("No employers yet. Add the first one: New employer (Ctrl+N)"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes what is left
        for column, width in enumerate((200, 80, 95, 150, 120), start=0):
            header.resizeSection(column, width)
        header.resizeSection(5, header.sectionSizeHint(5))
        # The industry is in the detail pane (and the filter finds it); the list
        # keeps room for the last visit and the open positions.
        self.table.setColumnHidden([c.key for c in listing.EMPLOYERS.columns].index("industry"), True)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.activated.connect(self._row_activated)
        self.deleting = DeleteAction(ctx, self.table, self._selected_employer, name="delete_employer_row")
        self.deleting.deleted.connect(self._deleted)
        self.model.loaded.connect(self._loaded)
        _DownMovesInto(self.filter, self.table)

        self.detail = EmployerDetail(ctx)
        self.detail.deleting.deleted.connect(self._deleted)
        self.empty = QLabel(self.tr("Choose an employer from the list, or press Ctrl+N to add one."))
        self.empty.setObjectName("employer_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.detail)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([600, 440])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.setTabOrder(self.filter, self.new_button)
        self.setTabOrder(self.new_button, self.table)

        self.timer = quiet_timer(self, FILTER_DELAY_MS, self.apply_filter, restarted_by=[self.filter.textChanged])
        ctx.bus.changed.connect(self._changed)
        if not ctx.store.locked:
            self.model.reload()
            self._count()

    # --- the list ---------------------------------------------------------------------

    def apply_filter(self) -> None:
        self.timer.stop()
        self.model.set_filter(self.filter.text().strip())
        self._count()
        self._keep_shown_if_listed()

    def _keep_shown_if_listed(self) -> None:
        """The employer shown stays only while the filter lists it; otherwise the pane clears."""
        shown, store, text = self.current_id, self.ctx.store, self.model.filter_text
        if shown is None:
            return

        def listed(found: bool) -> None:
            if not found and self.current_id == shown and self.model.filter_text == text:
                self._show_nothing()

        self.ctx.run(lambda: listing.contains(store, listing.EMPLOYERS, shown, filter_text=text),
                     on_done=listed, parent=self)

    def _count(self) -> None:
        self._count_generation += 1
        generation, store, text = self._count_generation, self.ctx.store, self.model.filter_text
        self.ctx.run(lambda: listing.count(store, listing.EMPLOYERS, filter_text=text), parent=self,
                     on_done=lambda n: self._show_count(generation, n))

    def _show_count(self, generation: int, count: int) -> None:
        if generation == self._count_generation:
            self.count_label.setText(self.tr("%Ln employer(s)", "", count))

    def _loaded(self) -> None:
        """Keep the shown employer selected when its row is loaded again."""
        if self.current_id is None or selected_row(self.table) >= 0:
            return
        row = self.model.row_of(self.current_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        employer_id = self.model.record_id(current.row()) if current.isValid() else None
        if employer_id is not None and employer_id != self.current_id:
            self._show(employer_id)

    def _row_activated(self, index: QModelIndex) -> None:
        if self.model.record_id(index.row()) == self.detail.employer_id:
            self.detail.edit_employer()

    def _changed(self, kind: str, ids) -> None:
        if kind in ("employer", "position", "visit"):
            self.model.refresh()  # names, open positions and last visits are in the list
            if kind == "employer":
                self._count()
        self.detail.on_changed(kind, ids)

    def _selected_employer(self):
        record_id = self.model.record_id(selected_row(self.table))
        return ("employer", record_id) if record_id is not None else None

    def _deleted(self, kind: str, record_id) -> None:
        """The employer shown was deleted here: its pane closes."""
        if kind == "employer" and record_id == self.current_id:
            self._show_nothing()

    def _show_nothing(self) -> None:
        self.current_id = None
        self.detail.employer_id = None
        self.detail.card = None
        self.right.setCurrentWidget(self.empty)

    # --- showing one ----------------------------------------------------------------

    def _show(self, employer_id, *, position_id=None) -> None:
        self.current_id = uuid.UUID(str(employer_id))
        self.right.setCurrentWidget(self.detail)
        self.detail.show_employer(self.current_id, position_id=position_id)
        row = self.model.row_of(self.current_id)
        if row >= 0 and selected_row(self.table) != row:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        logger.debug("showing employer %s", self.current_id)

    def show_record(self, kind: str, record_id) -> bool:
        if kind == "employer":
            self._show(record_id)
            return True
        if kind in SHOWN_KINDS:
            store = self.ctx.store
            position_id = record_id if kind == "position" else None
            self.ctx.run(lambda: employer_of(store, kind, record_id), parent=self,
                         on_done=lambda employer_id: self._show(employer_id, position_id=position_id))
            return True
        return False

    def new_record(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = EmployerDialog(self.ctx, parent=self)
        self.dialog.saved.connect(lambda employer: self._show(employer.id))
        self.dialog.open()
