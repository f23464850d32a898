"""The Today page's list view: whole rows, the groups' titles passed over by the arrows, and
groups folded and unfolded from the keyboard, as in a tree."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.ui.qt import Qt


class TodayList(QTableView):
    """The list: whole rows, one at a time; the arrows, Page Up/Down, Home and End move from row
    to row over the groups' titles (a title is no row to act on; a folded group's title stays a
    stop, to unfold it); Left folds the group the keyboard is in, Right unfolds, as in a tree."""

    def __init__(self, model) -> None:
        super().__init__()
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()

    def span_titles(self) -> None:
        self.clearSpans()
        for row in self.model().title_rows:
            self.setSpan(row, 0, 1, 2)

    def toggle(self, row: int) -> None:
        """Fold or unfold the group of ``row``; the keyboard stays on its title."""
        model = self.model()
        key = model.rows[row][0]
        model.toggle(key)
        self.span_titles()
        title = model.title_rows[[k for k, _t, _i in model.groups].index(key)]
        self.setCurrentIndex(model.index(title, 0))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        model, row = self.model(), self.currentIndex().row()
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and 0 <= row < len(model.rows) \
                and not event.modifiers():
            folded = model.rows[row][0] in model.folded
            if (event.key() == Qt.Key.Key_Left) != folded:
                self.toggle(row)
            return
        super().keyPressEvent(event)

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt's name
        moves = QAbstractItemView.CursorAction
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or not self._open_title(index.row()):
            return index
        model = self.model()
        upwards = action in (moves.MoveUp, moves.MovePrevious, moves.MovePageUp)
        for step in ((-1, 1) if upwards else (1, -1)):
            row = index.row()
            while 0 <= row < model.rowCount() and self._open_title(row):
                row += step
            if 0 <= row < model.rowCount():
                return model.index(row, index.column())
        return self.currentIndex()

    def _open_title(self, row: int) -> bool:
        model = self.model()
        return model.is_title(row) and model.rows[row][0] not in model.folded
