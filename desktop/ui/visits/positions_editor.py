"""Open positions and hidden jobs found on a visit: rows of title, count and a hidden flag.

An editable table model under a QTableView. By keyboard: Insert (or the
"Add position" button) adds a row and starts typing its title, Tab moves
between cells, Space ticks "Hidden job", Delete removes the current row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QSpinBox, \
    QStyledItemDelegate

from desktop.ui.qt import QCoreApplication, QLabel, QLineEdit, Qt, QTableView, QVBoxLayout, QWidget, Signal
from desktop.ui.forms.errors import ErrorLabel
from desktop.ui.style import ERROR, tinted

TITLE, COUNT, HIDDEN = range(3)


class PositionsModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []
        self.read_only = False
        self.bad_rows: set[int] = set()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = (QCoreApplication.translate("Positions", "Title"),
                  QCoreApplication.translate("Positions", "Count"),
                  QCoreApplication.translate("Positions", "Hidden job"))
        return titles[section]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if index.column() == HIDDEN:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TITLE:
                return row["title"]
            if column == COUNT:
                return row["count"]
        if role == Qt.ItemDataRole.CheckStateRole and column == HIDDEN:
            return Qt.CheckState.Checked if row["hidden"] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.bad_rows:
            return tinted(ERROR, 0.2)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.read_only:
            return False
        row = self.rows[index.row()]
        column = index.column()
        if column == HIDDEN and role == Qt.ItemDataRole.CheckStateRole:
            row["hidden"] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column == TITLE and role == Qt.ItemDataRole.EditRole:
            row["title"] = str(value)
        elif column == COUNT and role == Qt.ItemDataRole.EditRole:
            try:
                row["count"] = max(1, int(value))
            except (TypeError, ValueError):
                return False
        else:
            return False
        self.bad_rows.discard(index.row())
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add_row(self) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append({"title": "", "count": 1, "hidden": False})
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.bad_rows.clear()
            self.edited.emit()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = [{"title": str(r.get("title", "")), "count": max(1, int(r.get("count") or 1)),
                      "hidden": bool(r.get("hidden"))} for r in rows]
        self.bad_rows = set()
        self.endResetModel()


class TitleDelegate(QStyledItemDelegate):
    """Keeps hold of the title being typed, so that a draft has it before the cell is left."""

    typed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor: QLineEdit | None = None
        self.row = -1

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.textEdited.connect(lambda _t: self.typed.emit())
        editor.destroyed.connect(lambda _o=None: self._forget(editor))
        self.editor, self.row = editor, index.row()
        return editor

    def destroyEditor(self, editor, index) -> None:  # noqa: N802
        self._forget(editor)
        super().destroyEditor(editor, index)

    def _forget(self, editor) -> None:
        if self.editor is editor:
            self.editor, self.row = None, -1

    def typing(self) -> tuple[int, str] | None:
        """(row, text) of the title cell being edited, if any."""
        try:
            return (self.row, self.editor.text()) if self.editor is not None else None
        except RuntimeError:  # the editor was deleted under us
            return None


class CountDelegate(QStyledItemDelegate):
    """A spin box from 1 up for the count."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = QSpinBox(parent)
        editor.setRange(1, 999)
        editor.setFrame(False)
        return editor


class PositionsTable(QTableView):
    """Insert adds a row, Delete removes the current one; Tab leaves the table from its last cell."""

    insert_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Insert:
            self.insert_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        current = self.currentIndex()
        model = self.model()
        last = model.rowCount() - 1
        at_end = forward and (not current.isValid() or (current.row() == last and current.column() == HIDDEN))
        at_start = not forward and (not current.isValid() or (current.row() == 0 and current.column() == TITLE))
        if at_end or at_start or model.rowCount() == 0:
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)


class PositionsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PositionsModel()
        self.model.edited.connect(self.changed)
        self.table = PositionsTable()
        self.table.setObjectName("positions_table")
        self.table.setModel(self.model)
        self.titles = TitleDelegate(self.table)
        self.titles.typed.connect(self.changed)
        self.table.setItemDelegateForColumn(TITLE, self.titles)
        self.table.setItemDelegateForColumn(COUNT, CountDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HIDDEN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        self.table.insert_requested.connect(self.add_row)
        self.table.delete_requested.connect(self.remove_current)

        self.add_button = QPushButton(self.tr("Add position"))
        self.add_button.setObjectName("add_position")
        self.add_button.setToolTip(self.tr("Add a row (Insert in the table)"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove position"))
        self.remove_button.setObjectName("remove_position")
        self.remove_button.setToolTip(self.tr("Remove the current row (Delete in the table)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.note = QLabel(self.tr("Positions found on this visit are kept with the employer."))
        self.note.setObjectName("positions_read_only_note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.error = ErrorLabel("positions")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def add_row(self) -> None:
        if self.model.read_only:
            return
        row = self.model.add_row()
        index = self.model.index(row, TITLE)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_current(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0 and self.model.rows:
            row = len(self.model.rows) - 1
        self.model.remove_row(row)
        self.error.clear_message()

    def rows(self) -> list[dict[str, Any]]:
        """The rows, with a title still being typed in its cell."""
        rows = [dict(row) for row in self.model.rows]
        typing = self.titles.typing()
        if typing is not None and 0 <= typing[0] < len(rows):
            rows[typing[0]]["title"] = typing[1]
        return rows

    def commit_edits(self) -> None:
        """Put what is being typed in a cell into the model (before saving)."""
        current = self.table.currentIndex()
        if current.isValid():
            self.table.setCurrentIndex(QModelIndex())
            self.table.setCurrentIndex(current)

    def set_rows(self, rows: list[dict[str, Any]], *, read_only: bool = False) -> None:
        self.model.read_only = read_only
        self.model.set_rows(rows)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        self.note.setVisible(read_only)
        self.error.clear_message()

    def show_errors(self, errors: dict[int, str]) -> None:
        """Mark the rows in error and say what is wrong under the table."""
        self.model.bad_rows = set(errors)
        if self.model.rows:
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(len(self.model.rows) - 1, 2))
        lines = [self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", text)
                 for row, text in sorted(errors.items())]
        self.error.show_message("\n".join(lines))
