"""The Today page's list as a flat table model: each group's title row, then its rows.

A model over the page's lists rather than an item per row, and flat rather than a tree: a
caseload of thousands of due items is filled in one reset, and only the rows on screen are ever
asked for (a tree view lays out every row of an unfolded group: 180 ms on the GUI thread for
the large benchmark profile's 7,000 items; filling widget items, 160 ms).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize

from desktop.ui.qt import QFont, Qt

ITEM = Qt.ItemDataRole.UserRole  # a row's TodayItem (None on a group's title)
GROUP = Qt.ItemDataRole.UserRole + 1  # the group key of a title or of a row
_TITLE_FLAGS = Qt.ItemFlag.ItemIsEnabled  # the arrows pass over a title to the rows
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_INDEX = QModelIndex()
INDENT = "    "  # a row's date under its group's title, past the title's fold mark


class TodayModel(QAbstractTableModel):
    """Groups as (key, title, [items]); columns: due, what. ``texts(item) -> (due, what, late)``;
    ``late_colour`` paints an overdue task's date. A folded group shows its title only."""

    def __init__(self, headers: list[str], texts: Callable, late_colour: Callable, parent=None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.texts = texts
        self.late_colour = late_colour
        self.groups: list[tuple[str, str, list]] = []
        self.folded: set[str] = set()
        self.rows: list[tuple[str, object]] = []  # (group key, item) or (group key, None) for a title
        self.title_rows: list[int] = []
        self.row_height = 24
        self._bold = QFont()
        self._bold.setBold(True)

    def set_groups(self, groups: list[tuple[str, str, list]]) -> None:
        self.beginResetModel()
        self.groups = groups
        self.folded &= {key for key, _title, _items in groups}
        self._lay_out()
        self.endResetModel()

    def toggle(self, key: str) -> None:
        """Fold or unfold a group."""
        self.beginResetModel()
        self.folded ^= {key}
        self._lay_out()
        self.endResetModel()

    def _lay_out(self) -> None:
        rows: list[tuple[str, object]] = []
        titles = []
        for key, _title, items in self.groups:
            titles.append(len(rows))
            rows.append((key, None))
            if key not in self.folded:
                rows.extend((key, item) for item in items)
        self.rows, self.title_rows = rows, titles

    # --- finding ----------------------------------------------------------------------------

    def item_at(self, index: QModelIndex):
        return self.rows[index.row()][1] if index.isValid() else None

    def group_of(self, index: QModelIndex) -> str | None:
        return self.rows[index.row()][0] if index.isValid() else None

    def is_title(self, row: int) -> bool:
        return 0 <= row < len(self.rows) and self.rows[row][1] is None

    def first_row(self) -> QModelIndex:
        for row, (_key, item) in enumerate(self.rows):
            if item is not None:
                return self.index(row, 0)
        return _NO_INDEX

    def find(self, wanted: Callable[[object], bool]) -> QModelIndex:
        for row, (_key, item) in enumerate(self.rows):
            if item is not None and wanted(item):
                return self.index(row, 0)
        return _NO_INDEX

    def row_of(self, group_key: str, number: int = 0) -> QModelIndex:
        """The ``number``-th row of a group (tests and the keyboard's landing place)."""
        rows = [row for row, (key, item) in enumerate(self.rows) if key == group_key and item is not None]
        return self.index(rows[number], 0) if number < len(rows) else _NO_INDEX

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return _TITLE_FLAGS if self.rows[index.row()][1] is None else _ROW_FLAGS

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key, item = self.rows[index.row()]
        if role == GROUP:
            return key
        if role == ITEM:
            return item
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(1, self.row_height)
        if item is None:  # a group's title, spanning both columns
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                title = next(title for group, title, _items in self.groups if group == key)
                return ("▸ " if key in self.folded else "▾ ") + title
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            due, what, _late = self.texts(item)
            return INDENT + due if index.column() == 0 else what
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and self.texts(item)[2]:
            return self.late_colour()
        return None
