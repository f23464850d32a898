"""The funder's indicators by gender, and the participants whose funder's data are missing,
as table models for the Reports page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex

from desktop.reports import esf
from desktop.reports.completeness import MISSING, Incomplete
from desktop.reports.figures import QT_TRANSLATE_NOOP, Report
from desktop.reports.texts import date_text, due_text
from desktop.ui.client_codes import client_name
from desktop.ui.qt import Qt
from desktop.ui.reports.figures_model import translate
from desktop.ui.style import ERROR, accent

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ESF_HEADERS = (QT_TRANSLATE_NOOP("ReportFigures", "Code"), QT_TRANSLATE_NOOP("ReportFigures", "EU common indicator"),
               QT_TRANSLATE_NOOP("ReportFigures", "Women"), QT_TRANSLATE_NOOP("ReportFigures", "Men"),
               QT_TRANSLATE_NOOP("ReportFigures", "Non-binary"), QT_TRANSLATE_NOOP("ReportFigures", "Total"))
INCOMPLETE_HEADERS = (QT_TRANSLATE_NOOP("ReportFigures", "Participant"),
                      QT_TRANSLATE_NOOP("ReportFigures", "Staff member"),
                      QT_TRANSLATE_NOOP("ReportFigures", "Service start"),
                      QT_TRANSLATE_NOOP("ReportFigures", "Missing"),
                      QT_TRANSLATE_NOOP("ReportFigures", "Follow-up"))


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(self.headers[section])
        return None

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


class EsfModel(_Table):
    """Code, indicator, women, men, non-binary, total; the definition as the tooltip."""

    headers = ESF_HEADERS

    def set_report(self, report: Report | None) -> None:
        self.set_rows(list(report.esf.items()) if report else [])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name, counts = self.rows[index.row()]
        indicator = esf.BY_NAME[name]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return indicator.code
            if index.column() == 1:
                return translate(indicator.label)
            return str(counts[esf.BREAKDOWN[index.column() - 2]])
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(indicator.label) + "\n\n" + translate(indicator.definition)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return name
        return None


class IncompleteModel(_Table):
    """One participant a row: who, whose, since when, what is missing, which follow-up is due."""

    headers = INCOMPLETE_HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def set_incomplete(self, rows: list[Incomplete], today: dt.date) -> None:
        self.today = today
        self.set_rows(rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: Incomplete = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                client_name(row.name, row.client_id),
                ", ".join(row.staff),
                date_text(row.service_start),
                ", ".join(translate(MISSING[code]) for code in row.missing),
                "; ".join(due_text(item, self.today, translate) for item in row.due),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4 and row.overdue(self.today):
            return accent(ERROR)
        if role == Qt.ItemDataRole.UserRole:
            return row.client_id
        return None
