"""The participants of an event: client, a "Hired" check box and which
employer hired (a combo of the event's employers). Edits are not written
here: the model asks for them with ``hire_requested`` and the view runs the
service in the background."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QModelIndex
from PySide6.QtWidgets import QStyledItemDelegate

from desktop.services.events import ParticipantRow
from desktop.ui.client_codes import client_name
from desktop.ui.forms.widgets import select_data
from desktop.ui.qt import QComboBox, Qt, Signal

CLIENT, HIRED, HIRED_BY = range(3)


class ParticipantsModel(QAbstractTableModel):
    # participant id, hired, employer id or None
    hire_requested = Signal(object, bool, object)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ParticipantRow] = []
        self.employers: list[tuple[uuid.UUID, str]] = []
        self.names: dict[uuid.UUID, str] = {}

    def set_rows(self, rows: list[ParticipantRow], employers, names) -> None:
        self.beginResetModel()
        self.rows, self.employers, self.names = list(rows), list(employers), dict(names)
        self.endResetModel()

    def participant_id(self, row: int) -> uuid.UUID | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Participant"), self.tr("Hired"), self.tr("Hired by"))[section]
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.column() == HIRED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == HIRED_BY and self.employers:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CLIENT:
                return client_name(row.client_name, row.client_id)
            if column == HIRED_BY:
                return self.names.get(row.hired_by_employer_id, "")
        if role == Qt.ItemDataRole.CheckStateRole and column == HIRED:
            return Qt.CheckState.Checked if row.hired else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column == HIRED_BY:
            return row.hired_by_employer_id
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        if index.column() == HIRED and role == Qt.ItemDataRole.CheckStateRole:
            hired = Qt.CheckState(value) == Qt.CheckState.Checked
            self.hire_requested.emit(row.id, hired, row.hired_by_employer_id if hired else None)
            return True
        if index.column() == HIRED_BY and role == Qt.ItemDataRole.EditRole:
            if value == row.hired_by_employer_id:
                return False
            # choosing who hired means hired; no employer keeps the tick as it is
            self.hire_requested.emit(row.id, row.hired or value is not None, value)
            return True
        return False


class EmployerDelegate(QStyledItemDelegate):
    """The "Hired by" cell: a combo of the event's employers."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("hired_by_editor")
        combo.addItem("—", None)
        for employer_id, name in index.model().employers:
            combo.addItem(name, employer_id)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        select_data(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
