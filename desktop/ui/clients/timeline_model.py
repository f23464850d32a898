"""Models of the client's page: the notes timeline (newest first) and the
transitions table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex

from desktop.services.client_page import NoteRow, TransitionRow
from desktop.ui import client_codes as labels
from desktop.ui.forms.dates import finnish_date
from desktop.ui.qt import Qt


class NotesModel(QAbstractListModel):
    """One row a note: "d.m.yyyy · kind · staff" and the text under it."""

    def __init__(self) -> None:
        super().__init__()
        self.notes: list[NoteRow] = []

    def set_notes(self, notes: list[NoteRow]) -> None:
        self.beginResetModel()
        self.notes = list(notes)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.notes)

    def heading(self, note: NoteRow) -> str:
        parts = [finnish_date(note.noted_on), labels.note_kinds().get(note.note_kind, note.note_kind)]
        if note.staff_name:
            parts.append(note.staff_name)
        if note.partners:
            parts.append(note.partners)
        return " · ".join(parts)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        note = self.notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.heading(note)}\n{note.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return note.text
        if role == Qt.ItemDataRole.UserRole:
            return note.id
        return None


class TransitionsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[TransitionRow] = []

    def set_rows(self, rows: list[TransitionRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Kind"), self.tr("Employer"), self.tr("Start"), self.tr("End"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = labels.transition_kinds().get(row.transition_kind, row.transition_kind)
            return (kind, row.employer_name, finnish_date(row.start_date), finnish_date(row.end_date))[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
