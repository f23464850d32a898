"""Conflicts and records set aside, as tables; choosing mine, theirs or a typed value.

A choice is an ordinary change (``desktop.services.conflicts.resolve_conflict``), made off the
GUI thread; the next sync sends it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QPushButton

from desktop.errors import InvalidInput, KenttaError, NotFound
from desktop.services.references import reference_choices, reference_names, referenced_kind
from desktop.services.conflicts import ConflictView, RefusedView, list_conflicts, list_refused, resolve_conflict
from desktop.ui.context import UiContext
from desktop.ui.qt import QLabel, QMessageBox, Qt, QTableView, QVBoxLayout, QWidget, Signal
from desktop.ui.sync.edit_value import EditValueDialog
from desktop.ui.sync.labels import field_label, kind_label, record_label, value_text
from desktop.ui.sync.messages import exception_text, refusal_text
from desktop.ui.widgets.tables import list_view, selected_row


class RowsModel(QAbstractTableModel):
    """Rows of plain values under translated headers; ``rows[n][0]`` is the row's object."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.headers = headers
        self.items: list = []
        self.cells: list[list[str]] = []

    def set_rows(self, items: list, cells: list[list[str]]) -> None:
        self.beginResetModel()
        self.items, self.cells = list(items), cells
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells[index.row()][index.column()]
        return None


def _table(model: RowsModel, name: str) -> QTableView:
    table = list_view(name, model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class ConflictPanel(QWidget):
    """The open conflicts: one row per field; buttons keep mine, theirs, or a typed value."""

    resolved = Signal(str, object)  # kind, record id
    loaded = Signal(int)  # how many conflicts are shown

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.names: dict[str, str] = {}  # id -> name of the records the values point to
        self._choose_after_load: str | None = None  # a conflict (or its record) asked for by id
        self.editor: EditValueDialog | None = None
        self.model = RowsModel([self.tr("Record"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs")])
        self.table = _table(self.model, "conflict_table")
        self.table.doubleClicked.connect(self._open_record)
        self.empty = QLabel(self.tr("No conflicts. When this laptop and another change the same "
                                    "field, both values are kept here for you to choose."))
        self.empty.setWordWrap(True)
        self.mine = QPushButton(self.tr("Use mine"))
        self.mine.setObjectName("use_mine")
        self.theirs = QPushButton(self.tr("Use theirs"))
        self.theirs.setObjectName("use_theirs")
        self.edit = QPushButton(self.tr("Edit value…"))
        self.edit.setObjectName("edit_value")
        # A notice (an edit lost to a delete) holds no values: it can only be closed.
        self.close_notice = QPushButton(self.tr("Close notice"))
        self.close_notice.setObjectName("close_notice")
        self.close_notice.clicked.connect(lambda: self.choose("theirs"))
        self.mine.clicked.connect(lambda: self.choose("mine"))
        self.theirs.clicked.connect(lambda: self.choose("theirs"))
        self.edit.clicked.connect(self.edit_value)
        buttons = QHBoxLayout()
        for widget in (self.mine, self.theirs, self.edit, self.close_notice):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    def reload(self) -> None:
        store = self.ctx.store

        def load() -> tuple[list[ConflictView], dict[str, str]]:
            conflicts = list_conflicts(store)
            return conflicts, reference_names(store, conflicts)

        self.ctx.run(load, on_done=lambda loaded: self._show(*loaded), parent=self)

    def choose_conflict(self, conflict_id) -> None:
        """Read the conflicts again and choose the one with this id (or on this record)."""
        self._choose_after_load = str(conflict_id)
        self.reload()

    def _value(self, value, field: str) -> str:
        """A value as text; a reference (or a list of them) by the names of the records."""
        if referenced_kind(field) is not None and value not in (None, "", []) and not isinstance(value, dict):
            items = value if isinstance(value, list) else [value]
            return ", ".join(record_label(self.names.get(str(item), str(item))) for item in items)
        return value_text(value, field)

    def _show(self, conflicts: list[ConflictView], names: dict[str, str] | None = None) -> None:
        self.names = dict(names or {})
        cells = [self._notice_cells(c) if c.notice else
                 [f"{kind_label(c.kind)}: {record_label(c.label)}", field_label(c.field),
                  self._value(c.mine, c.field) + (self.tr(" (current)") if c.mine_kept else ""),
                  self._value(c.theirs, c.field) + ("" if c.mine_kept else self.tr(" (current)"))]
                 for c in conflicts]
        self.model.set_rows(conflicts, cells)
        self.empty.setVisible(not conflicts)
        self.table.setVisible(bool(conflicts))
        if conflicts:
            wanted = self._choose_after_load
            rows = [row for row, c in enumerate(conflicts) if wanted in (str(c.id), str(c.record_id))]
            self.table.selectRow(rows[0] if rows else 0)
            if rows:
                self.table.setFocus()
        self._choose_after_load = None
        self._enable()
        self.loaded.emit(len(conflicts))

    def _notice_cells(self, c: ConflictView) -> list[str]:
        """An edit lost to a delete: whose, which fields; the record is gone, so only its kind."""
        lost = value_text(list(c.mine or []), "deleted")
        if c.origin == "local":
            whose = self.tr("Your edit")
        elif c.who:
            whose = self.tr("Edit by %1").replace("%1", c.who)
        else:
            whose = self.tr("Another person's edit")
        deleted = self.tr("deleted")  # outside the f-string, where lupdate finds it
        return [f"{kind_label(c.kind)}: {deleted}", field_label(c.field),
                f"{whose} — {lost}", self.tr("The record stays deleted")]

    def current(self) -> ConflictView | None:
        row = selected_row(self.table)
        return self.model.items[row] if row >= 0 else None

    def _enable(self) -> None:
        conflict = self.current()
        notice = conflict is not None and conflict.notice
        for button in (self.mine, self.theirs):
            button.setEnabled(conflict is not None and not notice)
            button.setVisible(not notice)
        self.edit.setVisible(not notice)
        self.close_notice.setVisible(notice)
        self.close_notice.setEnabled(notice)
        editable = conflict is not None and conflict.field != "deleted" and not isinstance(
            conflict.mine, (list, dict)) and not isinstance(conflict.theirs, (list, dict))
        self.edit.setEnabled(editable)

    def choose(self, choice: str, value=None, conflict: ConflictView | None = None) -> None:
        conflict = conflict or self.current()
        if conflict is None:
            return
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.run(
            lambda: resolve_conflict(store, actor=actor, conflict_id=conflict.id, choice=choice, value=value),
            on_done=lambda _r: self._done(conflict), on_failed=self._failed, parent=self,
        )

    def edit_value(self) -> None:
        """Open the editor for the selected conflict; a reference's choices are read first, off the
        GUI thread."""
        conflict = self.current()
        if conflict is None:
            return
        if referenced_kind(conflict.field) is None:
            self._open_editor(conflict, None)
            return
        store = self.ctx.store
        self.edit.setEnabled(False)
        self.ctx.run(lambda: reference_choices(store, kind=conflict.kind, record_id=conflict.record_id,
                                               field=conflict.field),
                     on_done=lambda choices: self._open_editor(conflict, choices),
                     on_failed=self._choices_failed, parent=self)

    def _choices_failed(self, error: Exception) -> None:
        self._enable()
        self._failed(error)

    def _open_editor(self, conflict: ConflictView, choices: list[tuple[str, str]] | None) -> None:
        self._enable()
        self.editor = EditValueDialog(conflict, choices=choices, names=self.names, parent=self)
        try:
            if self.editor.exec() == QDialog.DialogCode.Accepted:
                self.choose("value", self.editor.value(), conflict)
        finally:
            self.editor.deleteLater()
            self.editor = None

    def _done(self, conflict: ConflictView) -> None:
        self.resolved.emit(conflict.kind, conflict.record_id)
        self.reload()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, (InvalidInput, NotFound, KenttaError)):
            QMessageBox.warning(self, "Kenttä", exception_text(error))
            self.reload()
            return
        raise error

    def _open_record(self, index) -> None:
        conflict = self.model.items[index.row()]
        if not conflict.notice:  # a notice's record is gone from this laptop
            self.ctx.bus.open_record.emit(conflict.kind, conflict.record_id)


class RefusedPanel(QWidget):
    """Records the server refused, with the reason; they wait until edited."""

    loaded = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel([self.tr("Record"), self.tr("Why the server refused it")])
        self.table = _table(self.model, "refused_table")
        self.table.doubleClicked.connect(self._open_record)
        hint = QLabel(self.tr("These records stay on this laptop and are not sent again until you "
                              "edit them. Double-click one to open it."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        store = self.ctx.store
        self.ctx.run(lambda: list_refused(store), on_done=self._show, parent=self)

    def _show(self, refused: list[RefusedView]) -> None:
        cells = [[f"{kind_label(r.kind)}: {record_label(r.label)}", refusal_text(r.reason, r.field_errors)]
                 for r in refused]
        self.model.set_rows(refused, cells)
        self.loaded.emit(len(refused))

    def _open_record(self, index) -> None:
        item = self.model.items[index.row()]
        self.ctx.bus.open_record.emit(item.kind, item.record_id)
