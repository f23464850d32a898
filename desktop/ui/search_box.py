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
    from desktop.ui.client_codes import client_name

    if hit.kind == "client":
        return client_name(hit.label, hit.record_id)
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
    """Type to search; the results show below the box while typing goes on.

    The keyboard never leaves the box: the results are a list laid over the
    window that takes no focus and grabs nothing (a popup window would take
    every key). The box moves through them: Down and Up (Up from the first
    result is back in the box), Page Down and Page Up; Enter opens the chosen
    result, or the first one (of what is typed, once its results came); Esc
    goes back to the box, a second Esc closes the results.
    """

    def __init__(self, ctx: UiContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx  # None until the profile is open: what is typed meanwhile is searched then
        self.setObjectName("global_search")
        self.setPlaceholderText(self.tr("Search employers, clients, visits and notes (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.model = HitModel()
        # Laid over the window once the box is in one (``_place``); a box on its own floats them
        # in a window that never takes the keyboard.
        self.popup = QFrame(self, Qt.WindowType.ToolTip | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.popup.setObjectName("search_popup")
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results = QListView(self.popup)
        self.results.setObjectName("search_results")
        self.results.setModel(self.model)
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setSelectionMode(QListView.SelectionMode.SingleSelection)
        layout = QVBoxLayout(self.popup)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.results)
        self.results.clicked.connect(self._open)
        self.timer = quiet_timer(self, DEBOUNCE_MS, self._run, restarted_by=[self.textEdited])
        self._generation = 0  # of the newest query asked for
        self._shown = 0  # the generation whose results are in the model
        self._open_when_shown = False  # Enter came before the results of what was typed

    def attach(self, ctx: UiContext) -> None:
        self.ctx = ctx
        if self.text().strip():
            self.timer.start()

    def _run(self) -> None:
        from desktop.services.search import search

        self.timer.stop()
        text = self.text()
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self._show(generation, [])
            return
        if self.ctx is None:
            return  # searched once the profile is open (attach)
        store = self.ctx.store
        self.ctx.run(lambda: search(store, text, limit=30),
                     on_done=lambda hits: self._show(generation, hits), parent=self)

    def _show(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # an older query finished after a newer one started
        self._shown = generation
        self.model.set_hits(hits)
        if self._open_when_shown:
            self._open_when_shown = False
            self._open_first()
            return
        if hits and self.hasFocus():
            self._place()
        else:
            self.popup.hide()

    def _place(self) -> None:
        """Show the results just below the box, over whatever the window has there."""
        host = self.window()
        if host is not self and self.popup.parentWidget() is not host:
            self.popup.setParent(host)  # a child widget now: no window of its own, no focus to take
        rows = max(1, self.model.rowCount())
        height = min(400, self.results.sizeHintForRow(0) * rows + 2 * self.popup.frameWidth() + 4)
        if self.popup.isWindow():
            self.popup.resize(max(self.width(), 480), height)
            self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        else:
            top_left = self.mapTo(host, QPoint(0, self.height()))
            room = host.height() - top_left.y()
            self.popup.setGeometry(top_left.x(), top_left.y(), max(self.width(), 480), min(height, room))
        self.popup.show()
        self.popup.raise_()

    def hide_results(self) -> None:
        self._choose(-1)
        self.popup.hide()

    def _move(self, step: int) -> None:
        """Move the chosen result by ``step`` rows; before the first one is back in the box."""
        if not self.popup.isVisible():
            if not self.model.hits:
                return
            self._place()
        current = self.results.currentIndex()
        self._choose((current.row() if current.isValid() else -1) + step)

    def _choose(self, row: int) -> None:
        """Choose the result in ``row`` (the last one past the end); none when ``row`` < 0."""
        if row < 0:
            self.results.setCurrentIndex(QModelIndex())
            self.results.clearSelection()
            return
        index = self.model.index(min(row, self.model.rowCount() - 1))
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)

    def _page(self) -> int:
        return max(1, self.results.viewport().height() // max(1, self.results.sizeHintForRow(0)) - 1)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                 Qt.Key.Key_PageDown: self._page(), Qt.Key.Key_PageUp: -self._page()}
        if key in steps and (self.model.hits or self.popup.isVisible()):
            self._move(steps[key])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
            return
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            if self.results.currentIndex().isValid():
                self._choose(-1)  # back to the box
            else:
                self.hide_results()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the box's own context menu keeps them
            self.hide_results()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.popup.isVisible():
            self._place()

    def _enter(self) -> None:
        current = self.results.currentIndex()
        if current.isValid() and self.popup.isVisible():
            self._open(current)
        elif self.timer.isActive() or self._shown != self._generation:
            self._open_when_shown = True  # the results of what was typed are on their way
            if self.timer.isActive():
                self._run()
        else:
            self._open_first()

    def _open_first(self) -> None:
        if self.model.hits:
            self._open(self.model.index(0))

    def _open(self, index) -> None:
        hit = self.model.data(index, Qt.ItemDataRole.UserRole)
        self.hide_results()
        if hit is not None and self.ctx is not None:
            self.ctx.bus.open_record.emit(hit.kind, hit.record_id)
