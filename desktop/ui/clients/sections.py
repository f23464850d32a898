"""The sections of the client's page. Each shows its part of
``ClientPageData`` and opens its dialogs through the page (``view``)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.services.client_page import ClientPageData
from desktop.ui import client_codes as labels
from desktop.ui.clients.record_dialogs import (
    AssessmentDialog,
    ConsentDialog,
    EndServiceDialog,
    NoteDialog,
    WithdrawConsentDialog,
)
from desktop.ui.clients.staff_dialog import StaffDialog
from desktop.ui.clients.timeline_model import NotesModel, TransitionsModel
from desktop.ui.clients.transition_dialog import TransitionDialog
from desktop.ui.forms.dates import finnish_date
from desktop.ui.forms.widgets import button
from desktop.ui.icons import lock_pixmap
from desktop.ui.qt import QFormLayout, QLabel, Qt, QVBoxLayout
from desktop.ui.style import SENSITIVE, accent, tinted


def sensitive_style(name: str = "assessment_section") -> str:
    """A sensitive part's marking (the widget named ``name``): a border in the accent, a
    background tinted with it (text in the palette's)."""
    return (f"#{name} {{ border: 2px solid {accent(SENSITIVE).name()}; border-radius: 6px; "
            f"background: {tinted(SENSITIVE).name()}; }}")


def value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class ServiceSection(QGroupBox):
    def __init__(self, view) -> None:
        super().__init__(self.tr("Service"))
        self.view = view
        self.path = value_label("service_path")
        self.staff = value_label("assigned_staff")
        self.start = value_label("service_start")
        self.end = value_label("service_end")
        form = QFormLayout()
        form.addRow(self.tr("Service path"), self.path)
        form.addRow(self.tr("Assigned staff"), self.staff)
        form.addRow(self.tr("Service start"), self.start)
        form.addRow(self.tr("Service end"), self.end)
        self.staff_button = button(self.tr("Assi&gned staff…"), "edit_staff", self.edit_staff)
        self.end_button = button(self.tr("End serv&ice…"), "end_service", self.end_service)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(button_row(self.staff_button, self.end_button))
        self.assigned: list[str] = []

    def show_data(self, data: ClientPageData) -> None:
        client = data.client
        self.assigned = list(client.assigned_staff_ids)
        self.path.setText(client.service_path or "—")
        self.staff.setText(", ".join(data.staff_names) or "—")
        self.start.setText(finnish_date(client.service_start) or self.tr("Not started"))
        self.end.setText(finnish_date(client.service_end) or "—")
        self.end_button.setEnabled(client.service_start is not None)

    def edit_staff(self) -> None:
        self.view.open_dialog(StaffDialog(self.view.ctx, self.view.client_id, self.assigned, self.view))

    def end_service(self) -> None:
        self.view.open_dialog(EndServiceDialog(self.view.ctx, self.view.client_id, self.view))


class ConsentSection(QGroupBox):
    def __init__(self, view) -> None:
        super().__init__(self.tr("Consent"))
        self.view = view
        self.consent_id = None
        self.summary = value_label("consent_summary")
        self.record_button = button(self.tr("Record co&nsent…"), "record_consent", self.record)
        self.withdraw_button = button(self.tr("&Withdraw…"), "withdraw_consent", self.withdraw)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(button_row(self.record_button, self.withdraw_button))

    def show_data(self, data: ClientPageData) -> None:
        consent = data.consent
        self.consent_id = consent.id if consent else None
        self.withdraw_button.setEnabled(consent is not None)
        if consent is None:
            self.summary.setText(self.tr("No consent in force."))
            return
        yes, no = self.tr("yes"), self.tr("no")
        lines = [
            self.tr("In force, given on %1").replace("%1", finnish_date(consent.given_on)),
            self.tr("Share with the employment authority: %1").replace(
                "%1", yes if consent.share_with_authority else no),
            self.tr("Share with partners: %1").replace("%1", yes if consent.share_with_partners else no),
            self.tr("Recorded: %1").replace("%1", labels.consent_methods().get(consent.recorded_how, "")),
        ]
        self.summary.setText("\n".join(lines))

    def record(self) -> None:
        self.view.open_dialog(ConsentDialog(self.view.ctx, self.view.client_id, self.view))

    def withdraw(self) -> None:
        if self.consent_id is not None:
            self.view.open_dialog(WithdrawConsentDialog(self.view.ctx, self.consent_id, self.view))


class AssessmentSection(QFrame):
    """Special-category data: marked, and its contents shown only on request."""

    def __init__(self, view) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("assessment_section")
        self.setStyleSheet(sensitive_style())
        lock = QLabel()
        lock.setPixmap(lock_pixmap(18, accent(SENSITIVE)))
        lock.setStyleSheet("border: none;")
        title = QLabel(self.tr("Sensitive: work and functional capacity"))
        title.setObjectName("assessment_sensitive")
        title.setStyleSheet(f"font-weight: bold; color: {accent(SENSITIVE).name()}; border: none;")
        heading = QHBoxLayout()
        heading.addWidget(lock)
        heading.addWidget(title, 1)
        self.summary = value_label("assessment_summary")
        self.contents = value_label("assessment_contents")
        self.contents.setTextFormat(Qt.TextFormat.RichText)
        self.contents.hide()
        self.show_button = button(self.tr("Sh&ow"), "show_assessment", self.toggle)
        self.new_button = button(self.tr("New a&ssessment…"), "new_assessment", self.new)
        # Shown with the contents: which assessment to correct or delete.
        self.choice = QComboBox()
        self.choice.setObjectName("assessment_choice")
        self.edit_button = button(self.tr("Edit…"), "edit_assessment", self.edit)
        self.delete_button = view.deleting.button(self.tr("Delete…"), "delete_assessment", self.chosen_target)
        self.choosing = QWidget()
        choosing = button_row(self.choice, self.edit_button, self.delete_button)
        choosing.setContentsMargins(0, 0, 0, 0)
        self.choosing.setLayout(choosing)
        self.choosing.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.contents)
        layout.addWidget(self.choosing)
        layout.addLayout(button_row(self.show_button, self.new_button))
        self.dates: list = []
        self.shown: list = []  # the assessments on screen (their view audited), newest first

    def show_data(self, data: ClientPageData) -> None:
        dates = data.assessment_dates
        if dates:
            self.summary.setText(self.tr("%n assessment(s), the latest on %1", "", len(dates))
                                 .replace("%1", finnish_date(dates[0])))
        else:
            self.summary.setText(self.tr("No assessment yet."))
        self.show_button.setEnabled(bool(dates))
        if dates != self.dates:
            self.collapse()  # what was shown is no longer all there is
        self.dates = list(dates)

    def collapse(self) -> None:
        self.contents.clear()
        self.contents.hide()
        self.shown = []
        self.choice.clear()
        self.choosing.hide()
        self.show_button.setText(self.tr("Sh&ow"))

    def toggle(self) -> None:
        if self.contents.isVisible():
            self.collapse()
        else:
            self.view.show_assessments()

    def show_contents(self, assessments) -> None:
        parts = []
        for row in assessments:
            fields = [(self.tr("Work capacity"), row.work_capacity),
                      (self.tr("Functional capacity"), row.functional_capacity),
                      (self.tr("Summary"), row.summary)]
            body = "".join(f"<br><i>{html.escape(name)}:</i> {html.escape(value or '—')}" for name, value in fields)
            parts.append(f"<p><b>{finnish_date(row.assessed_on)}</b>{body}</p>")
        self.contents.setText("".join(parts))
        self.contents.show()
        self.shown = list(assessments)
        self.choice.clear()
        for row in self.shown:
            self.choice.addItem(finnish_date(row.assessed_on), row.id)
        self.choosing.setVisible(bool(self.shown))
        self.show_button.setText(self.tr("Hi&de"))

    def new(self) -> None:
        self.view.open_dialog(AssessmentDialog(self.view.ctx, self.view.client_id, self.view))

    def chosen(self):
        index = self.choice.currentIndex()
        return self.shown[index] if 0 <= index < len(self.shown) else None

    def chosen_target(self):
        row = self.chosen()
        return ("assessment", row.id) if row is not None else None

    def edit(self) -> None:
        row = self.chosen()
        if row is None:
            return
        dialog = AssessmentDialog(self.view.ctx, self.view.client_id, self.view, assessment=row)
        dialog.saved.connect(self._edited)
        self.view.open_dialog(dialog)

    def _edited(self, _record) -> None:
        self.collapse()  # what was shown is no longer what is recorded; Show reads it again
        self.view.ctx.bus.changed.emit("audit_event", None)


class NotesSection(QGroupBox):
    def __init__(self, view) -> None:
        super().__init__(self.tr("Notes"))
        self.view = view
        self.model = NotesModel()
        self.list = QListView()
        self.list.setObjectName("note_timeline")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.activated.connect(lambda _index: self.edit())  # Enter or a double-click
        self.add_button = button(self.tr("&Add note…"), "add_note", self.add)
        self.edit_button = button(self.tr("Edit note…"), "edit_note", self.edit)
        self.delete_button = view.deleting.button(self.tr("Delete note…"), "delete_note", self.selected_target)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.add_button, self.edit_button, self.delete_button))
        layout.addWidget(self.list, 1)
        self.list.selectionModel().currentChanged.connect(lambda _c, _p: self._enable())
        self._enable()

    def show_data(self, data: ClientPageData) -> None:
        self.model.set_notes(data.notes)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self):
        index = self.list.currentIndex()
        return self.model.notes[index.row()] if index.isValid() and index.row() < len(self.model.notes) else None

    def selected_target(self):
        note = self.selected()
        return ("client_note", note.id) if note is not None else None

    def add(self) -> None:
        self.view.open_dialog(NoteDialog(self.view.ctx, self.view.client_id, self.view))

    def edit(self) -> None:
        note = self.selected()
        if note is not None:
            self.view.open_dialog(NoteDialog(self.view.ctx, self.view.client_id, self.view, note=note))


class TransitionsSection(QGroupBox):
    def __init__(self, view) -> None:
        super().__init__(self.tr("Transitions"))
        self.view = view
        self.model = TransitionsModel()
        self.table = QTableView()
        self.table.setObjectName("transition_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.add_button = button(self.tr("Record &transition…"), "record_transition", self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(button_row(self.add_button))

    def show_data(self, data: ClientPageData) -> None:
        self.model.set_rows(data.transitions)

    def add(self) -> None:
        self.view.open_dialog(TransitionDialog(self.view.ctx, self.view.client_id, self.view))

