"""Table views of records: whole rows selected one at a time, no row numbers.

By keyboard: Tab moves on to the next field (never from cell to cell, which in a
table of whole rows would walk, unseen, through every row); the arrows move the
chosen row; the row that has the keyboard is the one selected, also when the
table is entered with Tab (Qt marks a row current then without selecting it, so
the buttons that act on the selected row stayed disabled and Enter did nothing).
"""

from __future__ import annotations

from collections.abc import Callable

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


# Rows measured below the first in sight: more than a tall window shows, so a resize seldom
# needs a fit of its own.
TEXT_FIT_ROWS = 60
TEXT_FIT_QUIET_MS = 50
TEXT_FIT_KEPT = 5000  # texts whose widths are kept; more, and they are measured afresh


class TextFitter(QObject):
    """Columns as wide as their title and the display texts of the rows in sight, as a header in
    ``ResizeToContents`` mode (with ``setResizeContentsPrecision(0)``) sizes them, but cheaper.

    Qt's own fitting draws on the delegate: for each cell in sight it asks the model for a
    dozen roles (each a call into Python that waits for Python's lock while a worker holds it),
    and it measures again whenever the view is shown, laid out or its rows change (a visit
    saved: over 4,000 calls of ``data()``, issue 22). Here the display text alone is measured,
    with the font's metrics, when the rows change or the list is scrolled, and the columns stay
    resizable by hand until the next change. ``skip``: columns left alone (one that stretches).
    A text's width is measured once and kept (until the view's font changes).
    """

    def __init__(self, view: QTableView, *, skip: frozenset[int] = frozenset(),
                 texts: Callable[[int, int], object] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.skip = skip
        model = view.model()
        self.texts = texts or (lambda row, column: model.data(model.index(row, column)))
        self._advances: dict[str, int] = {}  # a text's width in the view's font, measured once
        self._font = view.font()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TEXT_FIT_QUIET_MS)
        self.timer.timeout.connect(self.fit)
        header = view.horizontalHeader()
        model = view.model()
        for column in range(model.columnCount()):
            if column not in skip:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for change in (model.modelReset, model.layoutChanged):
            change.connect(self.fit)
        for change in (model.rowsInserted, model.rowsRemoved, model.dataChanged):
            change.connect(self.timer.start)
        view.verticalScrollBar().valueChanged.connect(self.timer.start)

    def widths(self) -> dict[int, int]:
        """The width each column fitted needs: its title's, or its widest text in sight and margins."""
        view, model = self.view, self.view.model()
        header = view.horizontalHeader()
        if view.font() != self._font or len(self._advances) > TEXT_FIT_KEPT:
            self._font, self._advances = view.font(), {}
        advances, advance = self._advances, view.fontMetrics().horizontalAdvance
        grid = 1 if view.showGrid() else 0
        first = max(view.rowAt(0), 0)
        rows = range(first, min(model.rowCount(), first + TEXT_FIT_ROWS))
        found = {}
        for column in range(model.columnCount()):
            if column in self.skip or header.isSectionHidden(column):
                continue
            widest, row = -1, -1
            for n in rows:
                text = self.texts(n, column)
                text = "" if text is None else str(text)
                width = advances.get(text)
                if width is None:
                    width = advances[text] = advance(text)
                if width > widest:
                    widest, row = width, n
            # The widest text's cell as the delegate sizes it (its margins, the grid line).
            cell = view.sizeHintForIndex(model.index(row, column)).width() + grid if row >= 0 else 0
            found[column] = max(cell, header.sectionSizeHint(column))
        return found

    def fit(self) -> None:
        self.timer.stop()
        header = self.view.horizontalHeader()
        for column, width in self.widths().items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)


def fit_to_text(view: QTableView, *, skip: frozenset[int] = frozenset(),
                texts: Callable[[int, int], object] | None = None) -> TextFitter:
    """Fit ``view``'s columns (but ``skip``) to their texts in sight as its rows change (``TextFitter``);
    ``texts(row, column)``: a cell's display text, when the model has it at hand without ``data()``."""
    return TextFitter(view, skip=skip, texts=texts)
