"""What an empty list says: how to add the first record, or that the filter matches nothing.

Laid over the table's viewport, so the table keeps its headers and its place in the tab order;
shown once a load has finished with no rows (not while the first page is on its way).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent

from desktop.ui.qt import QLabel, QObject, Qt, QTableView, QWidget


class EmptyState(QLabel):
    def __init__(self, table: QTableView, empty_text: str, *, no_match_text: str | None = None) -> None:
        super().__init__(table.viewport())
        self.setObjectName(f"{table.objectName()}_empty")
        self.table = table
        self.model = table.model()
        self.empty_text = empty_text
        self.no_match_text = no_match_text or self.tr("Nothing matches the filter. Change or clear it.")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        table.viewport().installEventFilter(self)
        self.model.loaded.connect(self.update_state)
        self.model.modelReset.connect(self.hide)  # a reload: the answer is on its way
        self.model.rowsInserted.connect(self.update_state)

    def update_state(self, *_args) -> None:
        if self.model.rowCount() > 0:
            self.hide()
            return
        self.setText(self.no_match_text if self.model.filter_text.strip() else self.empty_text)
        self._fit()
        self.show()

    def _fit(self) -> None:
        viewport = self.table.viewport()
        self.setGeometry(24, 0, max(0, viewport.width() - 48), viewport.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self._fit()
        return False
