"""Dialogs that add a record under a client: a note, a consent, an
assessment (a note and an assessment are corrected in the same dialogs); and
the dated actions: withdraw a consent, end the service."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

from desktop.services import clients
from desktop.ui import client_codes as labels
from desktop.ui.context import UiContext
from desktop.ui.forms.dates import DateEdit
from desktop.ui.forms.dialog import FormDialog
from desktop.ui.forms.widgets import select_data
from desktop.ui.qt import QComboBox, QLineEdit, QWidget


def text_area(height: int = 110) -> QPlainTextEdit:
    area = QPlainTextEdit()
    area.setTabChangesFocus(True)
    area.setMinimumHeight(height)
    return area


def code_combo(choices: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    for code, label in choices.items():
        combo.addItem(label, code)
    return combo


class ClientRecordDialog(FormDialog):
    """A dialog about one client (``client_id``)."""

    def __init__(self, ctx: UiContext, client_id, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self.client_id = client_id
        self.setObjectName(name)


class NoteDialog(ClientRecordDialog):
    """A new note, or the correction of ``note`` (a ``NoteRow`` of the client's page)."""

    def __init__(self, ctx: UiContext, client_id, parent: QWidget | None = None, *, note=None) -> None:
        title = self.tr("Add note") if note is None else self.tr("Edit note")
        super().__init__(ctx, client_id, title, "note_dialog", parent)
        self.note = note
        self.noted_on = self.add_field("noted_on", self.tr("Date"), DateEdit(note.noted_on if note else None))
        self.kind = self.add_field("note_kind", self.tr("Kind"), code_combo(labels.note_kinds()))
        self.partners = self.add_field("partners", self.tr("Partners"), QLineEdit())
        self.partners.setPlaceholderText(self.tr("Who took part in the joint meeting"))
        self.text = self.add_field("text", self.tr("Note"), text_area(160))
        if note is not None:
            select_data(self.kind, note.note_kind)
            self.partners.setText(note.partners or "")
            self.text.setPlainText(note.text)
            self.text.moveCursor(QTextCursor.MoveOperation.End)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.text.setFocus()

    def _kind_changed(self) -> None:
        self.partners.setEnabled(self.kind.currentData() == "joint_meeting")

    def values(self) -> dict[str, Any]:
        joint = self.kind.currentData() == "joint_meeting"
        return {
            "noted_on": self.noted_on.value(),
            "note_kind": self.kind.currentData(),
            "partners": (self.partners.text().strip() or None) if joint else None,
            "text": self.text.toPlainText(),
        }

    def perform(self, values):
        store, actor = self.ctx.store, self.ctx.actor
        if self.note is None:
            return clients.add_note(store, actor=actor, client_id=self.client_id, data=values)
        return clients.update_record(store, actor=actor, kind="client_note", record_id=self.note.id, fields=values)


class ConsentDialog(ClientRecordDialog):
    def __init__(self, ctx: UiContext, client_id, parent: QWidget | None = None) -> None:
        super().__init__(ctx, client_id, self.tr("Record consent"), "consent_dialog", parent)
        self.authority = self.add_field("share_with_authority", self.tr("Sharing"),
                                        QCheckBox(self.tr("Share with the employment authority")))
        self.partners = self.add_field("share_with_partners", "", QCheckBox(self.tr("Share with partners")))
        self.given_on = self.add_field("given_on", self.tr("Given on"), DateEdit())
        self.how = self.add_field("recorded_how", self.tr("Recorded"), code_combo(labels.consent_methods()))
        self.notes = self.add_field("notes", self.tr("Notes"), text_area(60))
        self.authority.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "share_with_authority": self.authority.isChecked(),
            "share_with_partners": self.partners.isChecked(),
            "given_on": self.given_on.value(),
            "recorded_how": self.how.currentData(),
            "notes": self.notes.toPlainText().strip() or None,
        }

    def perform(self, values):
        return clients.record_consent(self.ctx.store, actor=self.ctx.actor, client_id=self.client_id, data=values)


class AssessmentDialog(ClientRecordDialog):
    """A new assessment, or the correction of ``assessment`` (one shown on the client's page,
    so its view is already audited; the edit is audited by the service)."""

    def __init__(self, ctx: UiContext, client_id, parent: QWidget | None = None, *, assessment=None) -> None:
        title = self.tr("New assessment") if assessment is None else self.tr("Edit assessment")
        super().__init__(ctx, client_id, title, "assessment_dialog", parent)
        self.assessment = a = assessment
        self.assessed_on = self.add_field("assessed_on", self.tr("Date"), DateEdit(a.assessed_on if a else None))
        self.work = self.add_field("work_capacity", self.tr("Work capacity"), text_area(70))
        self.functional = self.add_field("functional_capacity", self.tr("Functional capacity"), text_area(70))
        self.summary = self.add_field("summary", self.tr("Summary"), text_area(70))
        if a is not None:
            for area, value in ((self.work, a.work_capacity), (self.functional, a.functional_capacity),
                                (self.summary, a.summary)):
                area.setPlainText(value or "")
        self.work.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "assessed_on": self.assessed_on.value(),
            "work_capacity": self.work.toPlainText().strip() or None,
            "functional_capacity": self.functional.toPlainText().strip() or None,
            "summary": self.summary.toPlainText().strip() or None,
        }

    def perform(self, values):
        store, actor = self.ctx.store, self.ctx.actor
        if self.assessment is None:
            return clients.record_assessment(store, actor=actor, client_id=self.client_id, data=values)
        return clients.update_assessment(store, actor=actor, assessment_id=self.assessment.id, fields=values)


class DateActionDialog(FormDialog):
    """One date, for an action such as ending the service."""

    def __init__(self, ctx: UiContext, *, title: str, name: str, field: str, label: str,
                 value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self.setObjectName(name)
        self.date = self.add_field(field, label, DateEdit(value))
        self.date.setFocus()

    def values(self) -> dict[str, Any]:
        return {"date": self.date.value()}


class EndServiceDialog(DateActionDialog):
    def __init__(self, ctx: UiContext, client_id, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title=self.tr("End service"), name="end_service_dialog", field="service_end",
                         label=self.tr("Service ends on"), parent=parent)
        self.client_id = client_id

    def perform(self, values):
        return clients.end_service(self.ctx.store, actor=self.ctx.actor, client_id=self.client_id,
                                   end=values["date"])


class WithdrawConsentDialog(DateActionDialog):
    def __init__(self, ctx: UiContext, consent_id, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title=self.tr("Withdraw consent"), name="withdraw_consent_dialog",
                         field="withdrawn_on", label=self.tr("Withdrawn on"), parent=parent)
        self.consent_id = consent_id

    def perform(self, values):
        return clients.withdraw_consent(self.ctx.store, actor=self.ctx.actor, consent_id=self.consent_id,
                                        withdrawn_on=values["date"])
