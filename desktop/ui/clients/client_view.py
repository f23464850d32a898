"""The client's page: header with the masked personal identity code and its
Reveal button, and the sections (service, consent, sensitive assessment,
notes timeline, transitions).

Revealing the code, showing the assessment and showing the special-category
answers of the funder's data are audit events, written in the background
before anything is shown. The page reloads when records of
its client change.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtWidgets import QHBoxLayout, QScrollArea

from desktop.services import client_page
from desktop.services.client_page import ClientPageData
from desktop.ui.clients.assignment_requests import AssignmentRequestsPanel
from desktop.ui.clients.break_glass import BreakGlassPanel
from desktop.ui.clients.client_dialog import ClientDialog
from desktop.ui.clients.funder_section import FunderSection, entry_dialog
from desktop.ui.clients.sections import (
    AssessmentSection,
    ConsentSection,
    NotesSection,
    ServiceSection,
    TransitionsSection,
)
from desktop.ui.attachments.section import AttachmentsSection
from desktop.ui.background import show_error
from desktop.ui.client_codes import client_name
from desktop.ui.context import UiContext
from desktop.ui.forms.widgets import button
from desktop.ui.handover import open_handover_dialog
from desktop.ui.qt import QAction, QKeySequence, QLabel, QVBoxLayout, QWidget, Signal
from desktop.ui.summary_sheet import open_summary_dialog
from desktop.ui.widgets.delete_action import DeleteAction

logger = logging.getLogger(__name__)

CLIENT_KINDS = ("client", "consent", "assessment", "client_note", "transition")
# The page shows these too, inside the client's (a manager's opening of it): reloaded on them.
SHOWN_INSIDE = ("break_glass", "assignment_request")
# What the page shows changes with these too: the organisation's optional questions of the funder's data.
RELOADS_ON = (*CLIENT_KINDS, *SHOWN_INSIDE, "organisation")


class ClientView(QWidget):
    back = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_view")
        self.ctx = ctx
        self.client_id: uuid.UUID | None = None
        self.data: ClientPageData | None = None
        self.dialog = None
        self._generation = 0

        self.name = QLabel()
        self.name.setObjectName("client_name")
        self.name.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.personal_id = QLabel()
        self.personal_id.setObjectName("personal_id")
        self.personal_id.setStyleSheet("font-family: monospace; font-size: 12pt;")
        self.reveal_button = button(self.tr("&Reveal"), "reveal_personal_id", self.reveal)
        self.reveal_button.setToolTip(self.tr("Show the full code; this is recorded in the audit log."))
        back = button(self.tr("← &Clients"), "back_to_clients", self.back.emit)
        edit = button(self.tr("Edit &details…"), "edit_client", self.edit)
        handover_form = button(self.tr("Handover for&m…"), "handover_form", self.open_handover)
        summary = button(self.tr("Summar&y (PDF)…"), "summary_sheet", self.open_summary)
        summary.setToolTip(self.tr("One page of the service, consent, transitions and due dates, to print "
                                   "or save; no assessment or notes. Recorded in the audit log."))
        # Shown instead of the client's content when this laptop holds its figures only.
        self.content_elsewhere = QLabel(self.tr(
            "This laptop holds the figures of this client only: its name, identity code, "
            "consent, assessments, notes and handover forms are seen by the client's assigned "
            "staff."))
        self.content_elsewhere.setObjectName("content_elsewhere")
        self.content_elsewhere.setWordWrap(True)
        self.deleting = DeleteAction(ctx, self, self.delete_target, name="delete_in_client_view")
        self.deleting.deleted.connect(self._deleted)
        self.delete_button = self.deleting.button(self.tr("De&lete client…"), "delete_client", self._client_target)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addSpacing(12)
        header.addWidget(self.name)
        header.addSpacing(12)
        header.addWidget(self.personal_id)
        header.addWidget(self.reveal_button)
        header.addStretch(1)
        header.addWidget(handover_form)
        header.addWidget(summary)
        header.addWidget(edit)
        header.addWidget(self.delete_button)
        self.content_actions = (self.personal_id, self.reveal_button, handover_form, edit,
                                self.delete_button, summary)
        go_back = QAction(self)
        go_back.setShortcut(QKeySequence("Alt+Left"))
        go_back.triggered.connect(self.back.emit)
        self.addAction(go_back)

        self.service = ServiceSection(self)
        self.funder = FunderSection(self)
        self.consent = ConsentSection(self)
        self.assessment = AssessmentSection(self)
        self.transitions = TransitionsSection(self)
        self.notes = NotesSection(self)
        self.attachments = AttachmentsSection(ctx, "client", self)
        left = QVBoxLayout()
        # The funder's data last: the coach's daily work (consent, assessment, transitions, files) first.
        for section in (self.service, self.consent, self.assessment, self.transitions, self.attachments,
                        self.funder):
            left.addWidget(section)
        left.addStretch(1)
        # Who opened the client with break-glass access; a manager's way to open it.
        self.break_glass = BreakGlassPanel(ctx, self)
        # Colleagues asking to be assigned to this client too: accept or decline.
        self.requests = AssignmentRequestsPanel(ctx, self)
        right = QVBoxLayout()
        right.addWidget(self.requests)
        right.addWidget(self.break_glass)
        right.addWidget(self.content_elsewhere)
        right.addWidget(self.notes, 1)
        right.addStretch(0)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        ctx.bus.changed.connect(self._changed)

    # --- which client ------------------------------------------------------------

    def show_client(self, client_id) -> None:
        client_id = uuid.UUID(str(client_id))
        if client_id != self.client_id:
            self.client_id = client_id
            self.data = None
            self.name.setText("…")
            self.personal_id.clear()
            self.assessment.collapse()
            self.funder.collapse()
        self.reload()

    def reload(self) -> None:
        if self.client_id is None or self.ctx.store.locked:
            return
        self._generation += 1
        generation, store, client_id = self._generation, self.ctx.store, self.client_id
        self.ctx.run(lambda: client_page.load_client(store, client_id),
                     on_done=lambda data: self._loaded(generation, data), parent=self)

    def _loaded(self, generation: int, data: ClientPageData | None) -> None:
        if generation != self._generation:
            return
        if data is None:
            self.name.setText(self.tr("This client is no longer on this laptop."))
            return
        old = self.data
        self.data = data
        self.name.setText(client_name(data.client.name, data.client.id))
        self._show_content(not data.figures_only)
        if not data.figures_only and (old is None or old.figures_only
                                      or old.client.modified_at != data.client.modified_at):
            self._mask()  # a new client, or the client was edited: masked again
        for section in (self.service, self.funder, self.consent, self.assessment, self.transitions, self.notes):
            section.show_data(data)
        self.break_glass.show_data(data.client.id, data.grants, figures_only=data.figures_only)
        if data.figures_only:
            self.requests.hide()
        else:
            self.requests.load(data.client.id)
        if not data.figures_only:
            self.attachments.show_owner(data.client.id)
        self.attachments.set_read_only(self._opened_to_read(data))
        if self._opened_to_read(data):
            for widget in self._edit_actions():
                widget.hide()

    def _opened_to_read(self, data: ClientPageData) -> bool:
        """The client's content is here by a manager's break-glass access: to read, not change
        (the server refuses changes of its content, as for any client not assigned)."""
        actor = self.ctx.actor
        return (not data.figures_only and actor.role == "manager"
                and str(actor.staff_id) not in {str(s) for s in data.client.assigned_staff_ids})

    def _edit_actions(self):
        # The figures (assigned staff, service dates) a manager may change as without the access.
        return (self.content_actions[2:] + (self.transitions.add_button,)
                + (self.consent.record_button, self.consent.withdraw_button)
                + (self.assessment.new_button, self.assessment.edit_button,
                   self.assessment.delete_button)
                + (self.notes.add_button, self.notes.edit_button, self.notes.delete_button))

    def _show_content(self, shown: bool) -> None:
        """Everything about the client's content, or (its figures only) the word that its staff
        see it: no empty note list pretending there are none, no way to edit it."""
        for widget in (*self.content_actions, self.consent, self.assessment, self.notes,
                       self.attachments, self.transitions.add_button):
            widget.setVisible(shown)
        self.content_elsewhere.setVisible(not shown)

    def _changed(self, kind: str, ids) -> None:
        if self.client_id is None or kind not in RELOADS_ON:
            return
        if kind == "client" and ids is not None and self.client_id not in ids:
            return
        self.reload()

    # --- the personal identity code ------------------------------------------------

    def _mask(self) -> None:
        masked = self.data.masked_personal_id if self.data else ""
        self.personal_id.setText(masked or self.tr("no personal identity code"))
        self.reveal_button.setVisible(bool(masked))
        self.reveal_button.setEnabled(True)

    def reveal(self) -> None:
        if self.client_id is None:
            return
        self.reveal_button.setEnabled(False)
        ctx, client_id = self.ctx, self.client_id

        def work():
            return client_page.reveal_personal_id(ctx.store, actor=ctx.actor, client_id=client_id)

        def done(code: str) -> None:
            if client_id != self.client_id:
                return  # another client is shown now
            logger.info("personal identity code revealed for client %s", client_id)
            self.personal_id.setText(code)
            self.reveal_button.hide()
            self.ctx.bus.changed.emit("audit_event", None)

        def failed(error: Exception) -> None:
            self.reveal_button.setEnabled(True)
            show_error(self, error)

        ctx.run(work, on_done=done, on_failed=failed, parent=self)

    # --- the assessment ----------------------------------------------------------

    def show_assessments(self) -> None:
        ctx, client_id = self.ctx, self.client_id
        if client_id is None:
            return

        def done(rows) -> None:
            if client_id == self.client_id:
                self.assessment.show_contents(rows)
                self.ctx.bus.changed.emit("audit_event", None)

        ctx.run(lambda: client_page.show_assessments(ctx.store, actor=ctx.actor, client_id=client_id),
                on_done=done, parent=self)

    # --- the funder's data -------------------------------------------------------

    def _read_special(self, then) -> None:
        """The special-category answers, read with their audit event written first; ``then(answers)``."""
        ctx, client_id = self.ctx, self.client_id

        def done(answers) -> None:
            if client_id == self.client_id:
                self.ctx.bus.changed.emit("audit_event", None)
                then(answers)

        ctx.run(lambda: client_page.show_special_categories(ctx.store, actor=ctx.actor, client_id=client_id),
                on_done=done, on_failed=lambda error: show_error(self, error), parent=self)

    def show_special_categories(self) -> None:
        if self.client_id is not None:
            self._read_special(self.funder.special.show_answers)

    def edit_entry_data(self) -> None:
        """The entry data's dialog; with the special-category answers in it when the organisation
        asks one and the client has one (read, and audited, unless already shown)."""
        data = self.data
        if data is None or data.figures_only:
            return
        asked = [name for name in data.esf_questions if data.special_answered.get(name)]
        shown = self.funder.special.answers
        if not asked or shown is not None:
            self.open_dialog(entry_dialog(self, data, shown))
            return
        self._read_special(lambda answers: self.data is data and self.open_dialog(entry_dialog(self, data, answers)))

    # --- deleting ------------------------------------------------------------------

    def delete_target(self):
        """What the Delete key means here: the selected note or transition when the focus is in
        their list, the chosen assessment when it is on the assessment's chooser, else the client."""
        if self.client_id is None or self.data is None or self.data.figures_only:
            return None
        focus = self.focusWidget()
        if focus is self.notes.list and self.notes.selected() is not None:
            return self.notes.selected_target()
        if focus is self.assessment.choice and self.assessment.chosen() is not None:
            return self.assessment.chosen_target()
        rows = self.transitions.table.selectionModel().selectedRows()
        if focus is self.transitions.table and rows:
            return ("transition", self.transitions.model.rows[rows[0].row()].id)
        return ("client", self.client_id)

    def _client_target(self):
        if self.client_id is None or self.data is None or self.data.figures_only:
            return None
        return ("client", self.client_id)

    def _deleted(self, kind: str, record_id) -> None:
        if kind == "client" and record_id == self.client_id:
            self.client_id, self.data = None, None
            self.back.emit()

    # --- dialogs -----------------------------------------------------------------

    def open_dialog(self, dialog) -> None:
        self.dialog = dialog
        dialog.open()

    def open_handover(self) -> None:
        if self.client_id is not None:
            self.handover_dialog = open_handover_dialog(self.ctx, self.client_id, self)

    def open_summary(self) -> None:
        if self.client_id is not None:
            self.summary_dialog = open_summary_dialog(self.ctx, self.client_id, self)

    def edit(self) -> None:
        if self.data is not None:
            self.open_dialog(ClientDialog(self.ctx, self.data.client, self))
