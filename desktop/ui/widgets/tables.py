"""Table views of records: whole rows selected one at a time, no row numbers.

By keyboard: Tab moves on to the next field (never from cell to cell, which in a
table of whole rows would walk, unseen, through every row); the arrows move the
chosen row; the row that has the keyboard is the one selected, also when the
table is entered with Tab (Qt marks a row current then without selecting it, so
the buttons that act on the selected row stayed disabled and Enter did nothing).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from desktop.ui.qt import Qt, QTableView, QTimer


def record_table(model, name: str, *, alternating: bool = True) -> QTableView:
    """A table of records: whole rows selected one at a time, no row numbers."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(alternating)
    table.setTabKeyNavigation(False)
    selection = table.selectionModel()
    selection.currentChanged.connect(
        lambda current, _previous: table.selectRow(current.row())
        if current.isValid() and not selection.hasSelection() else None)
    return table


def sortable(table: QTableView) -> QTableView:
    """A header click sorts by that column (the model sorts: a lazy list in its SQL); the
    list starts in its own order, with no column marked."""
    header = table.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorShown(True)
    table.setSortingEnabled(True)
    return table


def list_view(name: str, model, *, fit: bool = False) -> QTableView:
    """A read-only record table, one line a row; ``fit``: columns fitted to their
    contents whenever its rows change, while it is on screen (short lists only)."""
    view = record_table(model, name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    if fit:
        header.setStretchLastSection(False)
        _ColumnFitter(view)
    return view


class _ColumnFitter(QObject):
    """Fits a short list's columns when its rows change and when the view is resized or shown.

    Only a view on screen is fitted: a list on a page not shown (the employer pane while a
    visit is saved on the Visits page) is fitted once when it is next shown, not for each
    change meanwhile; a hidden view's contents are measured over every row, not the rows
    in sight."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.fit)
        model = view.model()
        for change in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            change.connect(self.timer.start)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.timer.start()
        return False

    def fit(self) -> None:
        if self.view.isVisible():
            fit_columns(self.view)


def fit_columns(view: QTableView) -> None:
    """Every column but the last as wide as its contents, the first narrowed when
    they would not fit; the last takes the rest."""
    header = view.horizontalHeader()
    columns = view.model().columnCount()
    for column in range(columns - 1):
        view.resizeColumnToContents(column)
    if columns < 2:
        return
    room = view.viewport().width()
    spare = room - sum(header.sectionSize(c) for c in range(columns - 1)) - 60
    if spare < 0:
        header.resizeSection(0, max(100, header.sectionSize(0) + spare))
    used = sum(header.sectionSize(c) for c in range(columns - 1))
    header.resizeSection(columns - 1, max(60, room - used))


def selected_row(view: QTableView) -> int:
    """The row of the current selection, or -1."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1
