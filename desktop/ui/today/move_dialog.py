"""Move a follow-up to another day: a small dialog with one date field (typed or from the calendar)."""

from __future__ import annotations

import datetime as dt

from desktop.errors import InvalidInput
from desktop.ui.forms.dates import DateEdit
from desktop.ui.qt import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget, Signal
from desktop.ui.widgets.guarded_dialog import GuardedDialog


class MoveFollowUpDialog(GuardedDialog):
    """``moved(date)`` once a readable date is accepted; Esc or Cancel leave it as it was."""

    moved = Signal(object)

    def __init__(self, title: str, current: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("move_follow_up_dialog")
        self.setWindowTitle(self.tr("Move the follow-up"))
        what = QLabel(title)
        what.setWordWrap(True)
        # The next working day after today, or a day after the current date when it is later.
        suggested = max(dt.date.today(), current) + dt.timedelta(days=1)
        while suggested.weekday() >= 5:
            suggested += dt.timedelta(days=1)
        self.date = DateEdit(suggested)
        self.date.setObjectName("follow_up_new_date")
        self.error = QLabel()
        self.error.setObjectName("move_follow_up_error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("New follow-up date"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Enter moves: set once the buttons are in the dialog.
        self.guard_buttons(buttons.button(QDialogButtonBox.StandardButton.Ok),
                           buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self.date.setFocus()
        self.date.selectAll()
        self.resize(380, self.sizeHint().height())

    def discard_words(self) -> tuple[str, str, str]:
        return (self.tr("Leave the follow-up where it is?"),
                self.tr("The new date you typed is not used."),
                self.tr("Leave"))

    def _accept(self) -> None:
        try:
            day = self.date.value()
        except InvalidInput:
            self.error.setText(self.tr("Type a date as 24.12.2026, or pick one from the calendar (Alt+Down)."))
            self.error.show()
            self.date.setFocus()
            return
        self.moved.emit(day)
        self.accept()
