"""A table model that loads its rows page by page, off the GUI thread.

The view asks ``canFetchMore``/``fetchMore`` as it scrolls; each page is a
query in the background. Changing the filter drops what is loaded and starts
again; an answer to an older filter is thrown away. After a record changed,
``refresh`` loads the same rows again in place (scroll position and selection kept).
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex

from desktop.services import listing
from desktop.services.listing import ListSpec
from desktop.translation import QT_TRANSLATE_NOOP
from desktop.ui.client_codes import client_name
from desktop.ui.context import UiContext
from desktop.ui.qt import QCoreApplication, Qt, Signal

PAGE = 200
STATUS_LABELS = {
    "not_started": QT_TRANSLATE_NOOP("Columns", "Not started"),
    "active": QT_TRANSLATE_NOOP("Columns", "In service"),
    "ended": QT_TRANSLATE_NOOP("Columns", "Ended"),
}
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_USER = Qt.ItemDataRole.UserRole
_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _USER})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class LazyTableModel(QAbstractTableModel):
    loaded = Signal()  # a page arrived

    def __init__(self, ctx: UiContext, spec: ListSpec, *, page_size: int = PAGE) -> None:
        super().__init__()
        self.ctx = ctx
        self.spec = spec
        self.page_size = page_size
        self.rows: list[tuple] = []
        # Each row's text as shown, made on the worker thread with the page: a
        # view sized to its contents asks data() for every cell and role, and
        # formatting dates there stalled the GUI thread ~100 ms per page.
        self.shown: list[tuple[str, ...]] = []
        self.filter_text = ""
        self.extra_where: str | None = None
        self.extra_params: dict[str, Any] = {}
        self.sorting: tuple[str, bool] | None = None  # (column key, descending); None: the list's own order
        self._more = True
        self._loading = False
        self._generation = 0

    # --- what the page sets -----------------------------------------------------

    def set_filter(self, text: str, *, extra_where: str | None = None,
                   extra_params: dict[str, Any] | None = None) -> None:
        self.filter_text = text
        self.extra_where = extra_where
        self.extra_params = extra_params or {}
        self.reload()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the rows again from the first, sorted by the database (not here:
        only a page of them is loaded)."""
        if not 0 <= column < len(self.spec.columns):
            return
        sorting = (self.spec.columns[column].key, order == Qt.SortOrder.DescendingOrder)
        if sorting != self.sorting:
            self.sorting = sorting
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self.shown = []
        self._more = True
        self._loading = False
        self.endResetModel()
        self._fetch()

    def refresh(self) -> None:
        """Load again the rows loaded now, after a record changed: the rows are replaced in one
        layout change, so the view keeps its scroll position, and the selection follows its
        records (a record that left the list loses it). ``reload`` starts from the top."""
        if not self.rows:
            self.reload()
            return
        if not self.ctx.store.locked:
            self._generation += 1
            wanted = max(len(self.rows), self.page_size)
            self._load(0, wanted, lambda generation, rows, shown: self._replaced(generation, wanted, rows, shown))

    def _replaced(self, generation: int, wanted: int, rows: list[tuple], shown: list[tuple[str, ...]]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(rows) == wanted
        self.layoutAboutToBeChanged.emit()
        was = [row[0] for row in self.rows]
        now = {row[0]: n for n, row in enumerate(rows)}
        self.rows, self.shown = rows, shown
        kept = self.persistentIndexList()
        moved = []
        for index in kept:
            n = now.get(was[index.row()], -1) if index.row() < len(was) else -1
            moved.append(self.index(n, index.column()) if n >= 0 else QModelIndex())
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()
        self.loaded.emit()

    def record_id(self, row: int) -> uuid.UUID | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def record_ids(self, rows) -> list[uuid.UUID]:
        """The ids of the rows loaded among ``rows`` (a selection's), in that order."""
        return [i for i in (self.record_id(row) for row in rows) if i is not None]

    def row_of(self, record_id) -> int:
        for n, row in enumerate(self.rows):
            if row[0] == record_id:
                return n
        return -1

    # --- Qt's model interface ---------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", self.spec.columns[section].title)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # The role first: a painted cell is asked for a dozen roles, most of them answered None
        # at once, without asking the index anything (each a call into Qt).
        if role not in _ROLES or not index.isValid():
            return None
        if role == _DISPLAY:
            return self.shown[index.row()][index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if self.spec.columns[index.column()].format == "count" else None
        return self.rows[index.row()][0]

    def _display(self, row: tuple) -> tuple[str, ...]:
        """A row's values as shown (any thread: ``translate`` is thread-safe)."""
        return tuple(
            QCoreApplication.translate("Columns", STATUS_LABELS.get(value, str(value)))
            if column.key == "status"
            else client_name(value, row[0]) if column.format == "client_name"
            else listing.format_value(value, column.format)
            for column, value in zip(self.spec.columns, row[1:]))

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._fetch()

    # --- background loading ------------------------------------------------------

    def _fetch(self) -> None:
        if not self.ctx.store.locked:
            self._load(len(self.rows), self.page_size, self._arrived)

    def _load(self, offset: int, limit: int, arrived) -> None:
        """Rows ``offset``.. of the current filter on a worker; ``arrived(generation, rows, shown)``."""
        self._loading = True
        generation = self._generation
        store, spec = self.ctx.store, self.spec
        text, where, params, sort = self.filter_text, self.extra_where, dict(self.extra_params), self.sorting

        def work():
            rows = listing.fetch_page(store, spec, filter_text=text, offset=offset, limit=limit,
                                      extra_where=where, extra_params=params, sort=sort)
            return rows, [self._display(row) for row in rows]

        self.ctx.run(work, on_done=lambda page: arrived(generation, *page))

    def _arrived(self, generation: int, rows: list[tuple], shown: list[tuple[str, ...]]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(rows) == self.page_size
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.shown.extend(shown)
            self.endInsertRows()
        self.loaded.emit()
