"""Table views as the employer page uses them: whole rows, read only."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from desktop.ui.qt import QTableView


def list_view(name: str, model, *, fit: bool = False) -> QTableView:
    """``fit``: columns as wide as their contents (for short lists only)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents if fit
                                else QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return view


def selected_row(view: QTableView) -> int:
    """The row of the current selection, or -1."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1
