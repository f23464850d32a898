"""A lazily loaded, filterable list whose rows can be ticked (model/view).

The ticks live in the model as a set of ids, so rows filtered away keep
their tick; ``checked`` is what the user chose.
"""

from __future__ import annotations

import uuid

from desktop.services.listing import ListSpec
from desktop.ui.context import UiContext
from desktop.ui.lists.lazy_model import LazyTableModel
from desktop.ui.qt import Qt


class CheckListModel(LazyTableModel):
    def __init__(self, ctx: UiContext, spec: ListSpec, checked=()) -> None:
        super().__init__(ctx, spec)
        self.checked: set[uuid.UUID] = {uuid.UUID(str(i)) for i in checked}

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            ticked = self.record_id(index.row()) in self.checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        record_id = self.record_id(index.row())
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(record_id)
        else:
            self.checked.discard(record_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked_ids(self) -> list[str]:
        return sorted(str(i) for i in self.checked)

    def toggle(self, record_id) -> None:
        """Tick or untick the row of ``record_id`` (Enter in a check list)."""
        row = self.row_of(record_id)
        if row >= 0:
            state = Qt.CheckState.Unchecked if record_id in self.checked else Qt.CheckState.Checked
            self.setData(self.index(row, 0), state.value, Qt.ItemDataRole.CheckStateRole)
