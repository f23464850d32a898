"""A search field over a lazily loaded list of records: type to narrow it in
SQL, off the GUI thread; Down or Enter moves into it; Enter or double-click
picks a row."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QListView

from desktop.ui.lists.lazy_model import LazyTableModel
from desktop.ui.qt import QLineEdit, Qt, QVBoxLayout, QWidget, Signal
from desktop.ui.widgets.debounce import debounce


class _SearchEdit(QLineEdit):
    down = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.down.emit()
            return
        super().keyPressEvent(event)


class _ListView(QListView):
    enter = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter.emit()
            return
        super().keyPressEvent(event)


class RecordPicker(QWidget):
    """``picked(id)`` when the user chooses a row of ``model``."""

    picked = Signal(object)

    def __init__(self, model: LazyTableModel, *, name: str, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = _SearchEdit()
        self.search.setObjectName(f"{name}_search")
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.list = _ListView()
        self.list.setObjectName(f"{name}_list")
        self.list.setModel(model)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.timer = debounce(self.search, lambda text: model.set_filter(text))
        self.search.down.connect(self._into_list)
        self.list.enter.connect(self._pick_current)
        self.list.doubleClicked.connect(lambda _index: self._pick_current())
        self.setFocusProxy(self.search)

    def _into_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.list.setFocus()
        if not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _pick_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.picked.emit(record_id)

    def current_id(self) -> uuid.UUID | None:
        index = self.list.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def current_label(self) -> str:
        index = self.list.currentIndex()
        return index.data() if index.isValid() else ""
