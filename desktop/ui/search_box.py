"""The search box: results from the full-text index as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint

from desktop.ui.qt import QLineEdit, Qt, QWidget
from desktop.ui.widgets.debounce import quiet_timer
from PySide6.QtWidgets import QFrame, QListView, QVBoxLayout

if TYPE_CHECKING:
    from desktop.services.search import SearchHit
    from desktop.ui.context import UiContext

DEBOUNCE_MS = 120


class HitModel(QAbstractListModel):
    KIND_LABELS = {}

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kind_label(hit.kind)}: {hit_label(hit)} — {hit.snippet.replace('[', '').replace(']', '')}"
        if role == Qt.ItemDataRole.UserRole:
            return hit
        return None

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()


def hit_label(hit: SearchHit) -> str:
    """A hit's label with its date as the lists write it: a note's day, a visit's local time."""
    from desktop.services.listing import format_value

    if not hit.when:
        return hit.label
    when = format_value(hit.when, "datetime" if hit.kind == "visit" else "date")
    return f"{hit.label} · {when}" if hit.label else when


def kind_label(kind: str) -> str:
    from desktop.ui.qt import QCoreApplication

    labels = {
        "employer": QCoreApplication.translate("Search", "Employer"),
        "client": QCoreApplication.translate("Search", "Client"),
        "visit": QCoreApplication.translate("Search", "Visit"),
        "position": QCoreApplication.translate("Search", "Position"),
        "client_note": QCoreApplication.translate("Search", "Note"),
    }
    return labels.get(kind, kind)


class SearchBox(QLineEdit):
    """Type to search; Down moves into the results, Enter opens one."""

    def __init__(self, ctx: UiContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx  # None until the profile is open: what is typed meanwhile is searched then
        self.setObjectName("global_search")
        self.setPlaceholderText(self.tr("Search employers, clients, visits and notes (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.model = HitModel()
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setObjectName("search_popup")
        self.results = QListView(self.popup)
        self.results.setObjectName("search_results")
        self.results.setModel(self.model)
        self.results.setUniformItemSizes(True)
        layout = QVBoxLayout(self.popup)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.results)
        self.results.activated.connect(self._open)
        self.results.clicked.connect(self._open)
        self.timer = quiet_timer(self, DEBOUNCE_MS, self._run, restarted_by=[self.textEdited])
        self.returnPressed.connect(self._open_first)
        self._generation = 0

    def attach(self, ctx: UiContext) -> None:
        self.ctx = ctx
        if self.text().strip():
            self.timer.start()

    def _run(self) -> None:
        from desktop.services.search import search

        text = self.text()
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self.model.set_hits([])
            self.popup.hide()
            return
        if self.ctx is None:
            return  # searched once the profile is open (attach)
        store = self.ctx.store
        self.ctx.run(lambda: search(store, text, limit=30),
                     on_done=lambda hits: self._show(generation, hits), parent=self)

    def _show(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # an older query finished after a newer one started
        self.model.set_hits(hits)
        if not hits:
            self.popup.hide()
            return
        width = max(self.width(), 480)
        self.popup.resize(width, min(400, 24 * len(hits) + 8))
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Down and self.model.hits:
            self.popup.show()
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0))
            return
        if event.key() == Qt.Key.Key_Escape:
            self.popup.hide()
        super().keyPressEvent(event)

    def _open_first(self) -> None:
        if self.model.hits:
            self._open(self.model.index(0))

    def _open(self, index) -> None:
        hit = self.model.data(index, Qt.ItemDataRole.UserRole)
        self.popup.hide()
        if hit is not None:
            self.ctx.bus.open_record.emit(hit.kind, hit.record_id)
