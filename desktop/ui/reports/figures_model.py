"""The report's figures as a small table model: figure, value, share of.

Every cell's tooltip is the figure's definition; a share's value reads
"47 % (98 / 208)" and the third column names what it is a share of.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex

from desktop.reports.figures import BY_NAME, CONTEXT, FIGURES, Report
from desktop.ui.qt import QCoreApplication, Qt

FIGURE, VALUE, SHARE_OF = range(3)


def translate(text: str) -> str:
    """Report texts in the UI's language (thread-safe: also used by exports)."""
    return QCoreApplication.translate(CONTEXT, text)


class FiguresModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: Report | None = None

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() or self.report is None else len(FIGURES)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Figure"), self.tr("Value"), self.tr("Share of"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.report is None:
            return None
        figure = FIGURES[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == FIGURE:
                return figure.shown_label(translate)
            if index.column() == VALUE:
                share = self.report.share(figure.name)
                return share.text() if share else str(self.report.values[figure.name])
            return BY_NAME[figure.denominator].shown_label(translate) if figure.denominator else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            text = figure.shown_definition(translate)
            if figure.denominator:
                text += "\n\n" + self.tr("Share of: %1").replace(
                    "%1", BY_NAME[figure.denominator].shown_label(translate))
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return figure.name
        return None
