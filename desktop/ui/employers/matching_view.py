"""Clients who fit a position, ranked, with the reasons in words.

The ranking runs in the background (``desktop.services.matching``); the
clients are those on this laptop, whoever they are assigned to. Double-click
or Enter opens a client.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractTableModel, QModelIndex

from desktop.services.matching import Match, match_clients
from desktop.ui.context import UiContext
from desktop.ui.employers.messages import reasons_text
from desktop.ui.qt import QDialog, QDialogButtonBox, QLabel, Qt, QVBoxLayout, QWidget
from desktop.ui.widgets.tables import list_view

logger = logging.getLogger(__name__)


class MatchModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.matches: list[Match] = []

    def set_matches(self, matches: list[Match]) -> None:
        self.beginResetModel()
        self.matches = matches
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("#"), self.tr("Client"), self.tr("Score"), self.tr("Why"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        match = self.matches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (str(index.row() + 1), match.name, str(match.score), reasons_text(match.reasons))
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return match.client_id
        return None


class MatchDialog(QDialog):
    """Opened from a selected position; stays open while clients are looked at."""

    def __init__(self, ctx: UiContext, position_id, position_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.position_id = position_id
        self.setObjectName("match_dialog")
        self.setWindowTitle(self.tr("Matching clients: %1").replace("%1", position_title))
        self.resize(720, 420)
        intro = QLabel(self.tr("Clients in service on this laptop whose job goals or locality fit "
                               "“%1”, best first. Double-click or press Enter to open a client.")
                       .replace("%1", position_title))
        intro.setWordWrap(True)
        self.summary = QLabel(self.tr("Looking for matching clients…"))
        self.summary.setObjectName("match_summary")
        self.model = MatchModel()
        self.table = list_view("match_table", self.model, fit=True)
        self.table.activated.connect(self.open_client)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        store, position_id = self.ctx.store, self.position_id
        self.ctx.run(lambda: match_clients(store, position_id), on_done=self._show, parent=self)

    def _show(self, matches: list[Match]) -> None:
        self.model.set_matches(matches)
        if matches:
            self.summary.setText(self.tr("%n client(s) fit this position.", "", len(matches)))
            self.table.selectRow(0)
            self.table.setFocus()
        else:
            self.summary.setText(self.tr("No client in service fits this position."))

    def open_client(self, index: QModelIndex) -> None:
        client_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if client_id is not None:
            logger.info("opening matched client %s", client_id)
            self.ctx.bus.open_record.emit("client", client_id)
