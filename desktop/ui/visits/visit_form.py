"""The visit form: the coordinator's field journey, all of it usable by keyboard.

Employer (find or create), when and where, the contact met, the topics
talked about, positions and hidden jobs found, notes, next step and
follow-up. Every change is autosaved as a draft (see ``drafts.py``); Ctrl+S
saves the visit, Esc cancels (asking first when something was typed).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import Any

from PySide6.QtWidgets import (QCheckBox, QGridLayout, QGroupBox, QHBoxLayout,
                               QPlainTextEdit, QPushButton, QScrollArea)
from PySide6.QtGui import QShortcut

from desktop.errors import FieldError, InvalidInput
from desktop.services import visits
from desktop.services.drafts import SavedDraft
from desktop.services.visit_state import CONTACT_FIELDS, empty_state
from desktop.ui.background import show_error
from desktop.ui.context import UiContext
from desktop.ui.forms.dates import DateEdit, DateTimeEdit
from desktop.ui.forms.errors import ErrorLabel, message_for
from desktop.ui.qt import (QComboBox, QFont, QFormLayout, QKeySequence, QLabel, QLineEdit, Qt,
                           QVBoxLayout, QWidget, Signal)
from desktop.ui.visits.contact_fields import ContactFields
from desktop.ui.visits.employer_picker import EmployerPicker
from desktop.ui.visits.positions_editor import PositionsEditor
from desktop.ui.visits.topics import TopicsBox
from desktop.ui.widgets.draft_keeper import DraftKeeper
from desktop.ui.widgets.questions import Role, ask

logger = logging.getLogger(__name__)

class VisitForm(QWidget):
    saved = Signal(object)  # visits.Saved
    closed = Signal()  # saved, cancelled or discarded: back to the list

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("visit_form")
        self.visit_id: str | None = None
        self.new_visit_id: str | None = None  # the id a new visit is recorded under
        self.staff_id: str | None = None  # who recorded an edited visit
        self.has_changes = False  # typed into since opened, or restored from a draft
        self.saving = False
        self._loading = False
        self._moment = dt.datetime.now().astimezone()  # the visit's time as last read
        self.keeper = DraftKeeper(ctx, "visit", self.state, parent=self)
        self.keeper.saved.connect(self._draft_saved)
        self._build()
        self._connect()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("visit_form_title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.draft_status = QLabel()
        self.draft_status.setObjectName("draft_status")
        self.form_error = ErrorLabel("form")

        self.employer = EmployerPicker(self.ctx)
        self.visited_at = DateTimeEdit()
        self.visited_at.setObjectName("visited_at")
        self.recorded_by = QLabel()
        self.recorded_by.setObjectName("recorded_by")
        self.place = QComboBox()
        self.place.setObjectName("place")
        for value, label in (("on_site", self.tr("On site")), ("remote", self.tr("Remote")),
                             ("event", self.tr("At an event"))):
            self.place.addItem(label, value)
        self.contact = ContactFields(self.ctx)

        self.topics = TopicsBox()
        self.checks = self.topics.checks
        self.positions = PositionsEditor()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What was talked about"))
        self.notes.setMinimumHeight(90)
        self.notes.setMaximumHeight(160)
        self.next_step = QLineEdit()
        self.next_step.setObjectName("next_step")
        self.follow_up_set = QCheckBox(self.tr("F&ollow up on"))
        self.follow_up_set.setObjectName("follow_up_set")
        self.follow_up = DateEdit()
        self.follow_up.setObjectName("follow_up_date")
        self.save_button = QPushButton(self.tr("Save visit (Ctrl+S)"))
        self.save_button.setObjectName("save_visit")
        self.save_button.setDefault(False)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setObjectName("cancel_visit")
        self.errors = {name: ErrorLabel(name) for name in
                       ("visited_at", "place", "contact_id", "notes", "next_step", "follow_up_date")}

        self._lay_out()
        self._tab_order()

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        employer_box = QGroupBox(self.tr("Employer"))
        QVBoxLayout(employer_box).addWidget(self.employer)
        left.addWidget(employer_box)
        when_box = QGroupBox(self.tr("When and where"))
        when = QFormLayout(when_box)
        when.addRow(self._label(self.tr("&Date and time"), self.visited_at), self.visited_at)
        when.addRow("", self.errors["visited_at"])
        when.addRow(self._label(self.tr("P&lace"), self.place), self.place)
        when.addRow(self.tr("Recorded by"), self.recorded_by)
        left.addWidget(when_box)
        contact_box = QGroupBox(self.tr("Contact met"))
        contact = QVBoxLayout(contact_box)
        contact.addWidget(self.contact)
        contact.addWidget(self.errors["contact_id"])
        left.addWidget(contact_box)
        left.addStretch(1)

        right = QVBoxLayout()
        right.addWidget(self.topics)
        positions_box = QGroupBox(self.tr("Open positions and hidden jobs"))
        QVBoxLayout(positions_box).addWidget(self.positions)
        right.addWidget(positions_box, 1)

        columns = QGridLayout()
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)

        bottom = QFormLayout()
        bottom.addRow(self._label(self.tr("&Notes"), self.notes), self.notes)
        bottom.addRow("", self.errors["notes"])
        bottom.addRow(self._label(self.tr("Ne&xt step"), self.next_step), self.next_step)
        bottom.addRow("", self.errors["next_step"])
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_set)
        follow.addWidget(self.follow_up)
        follow.addStretch(1)
        bottom.addRow("", follow)
        bottom.addRow("", self.errors["follow_up_date"])

        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.title)
        body.addWidget(self.form_error)
        body.addLayout(columns)
        body.addLayout(bottom)
        body.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll, 1)
        outer.addLayout(buttons)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _tab_order(self) -> None:
        picker = self.employer
        chain = [picker.search, picker.create_button, picker.new_name, picker.new_business_id,
                 picker.new_locality, picker.new_municipality, picker.cancel_new,
                 self.visited_at, self.place, *self.contact.widgets_in_tab_order(),
                 *self.topics.widgets_in_tab_order(),
                 self.positions.table, self.positions.add_button, self.positions.remove_button,
                 self.notes, self.next_step, self.follow_up_set, self.follow_up,
                 self.cancel_button, self.save_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.employer.changed.connect(self._changed)
        self.employer.picked.connect(self.contact.set_employer)
        self.contact.changed.connect(self._changed)
        self.visited_at.textChanged.connect(self._changed)
        self.place.currentIndexChanged.connect(self._changed)
        self.topics.changed.connect(self._changed)
        self.follow_up_set.toggled.connect(self._enable)
        self.next_step.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.positions.changed.connect(self._changed)
        self.follow_up_set.toggled.connect(self._changed)
        self.follow_up.textChanged.connect(self._changed)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)

    def _enable(self) -> None:
        self.follow_up.setEnabled(self.follow_up_set.isChecked())

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self.has_changes = True
        self.keeper.touch()

    # --- the form's state --------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """The form as a draft keeps it; a date that does not read is kept as typed (``typed_dates``)."""
        typed = {}
        moment = self._moment
        if self.visited_at.readable():
            moment = self.visited_at.value()
        else:
            typed["visited_at"] = self.visited_at.text()
        follow_up = None
        if self.follow_up_set.isChecked():
            if self.follow_up.readable():
                follow_up = self.follow_up.value().isoformat()
            else:
                typed["follow_up_date"] = self.follow_up.text()
        return {
            "visit_id": self.visit_id,
            "new_visit_id": self.new_visit_id,
            "staff_id": self.staff_id,
            **self.employer.state(),
            "visited_at": moment.isoformat(),
            "place": self.place.currentData(),
            **self.contact.state(),
            **self.topics.state(),
            "positions": self.positions.rows(),
            "notes": self.notes.toPlainText(),
            "next_step": self.next_step.text(),
            "follow_up_date": follow_up,
            "typed_dates": typed,
        }

    def set_state(self, state: dict[str, Any]) -> None:
        full = empty_state() | state
        self._loading = True
        try:
            self.visit_id = full["visit_id"]
            self.new_visit_id = None if self.visit_id else full["new_visit_id"]
            self.staff_id = full["staff_id"]
            self.contact.set_state(full)
            self.employer.set_state(full)
            self.employer.set_locked(bool(self.visit_id))
            self.contact.set_employer(full["employer_id"])
            moment = dt.datetime.fromisoformat(full["visited_at"]).astimezone()
            self._moment = moment
            self.visited_at.set_value(moment)
            self.place.setCurrentIndex(max(0, self.place.findData(full["place"])))
            self.topics.set_state(full)
            self.positions.set_rows(full["positions"], read_only=bool(self.visit_id))
            self.notes.setPlainText(full["notes"])
            self.next_step.setText(full["next_step"])
            follow_up = full["follow_up_date"]
            typed = full.get("typed_dates") or {}
            self.follow_up_set.setChecked(bool(follow_up) or "follow_up_date" in typed)
            day = dt.date.fromisoformat(follow_up) if follow_up else moment.date() + dt.timedelta(days=14)
            self.follow_up.set_value(day)
            for name, widget in (("visited_at", self.visited_at), ("follow_up_date", self.follow_up)):
                if name in typed:
                    widget.set_text_as_typed(typed[name])
            self._enable()
            self.show_errors([])
        finally:
            self._loading = False
        self.title.setText(self.tr("Edit visit") if self.visit_id else self.tr("New visit"))
        self.draft_status.clear()
        self.saving = False
        self._set_busy(False)
        store, staff_id = self.ctx.store, self.staff_id if self.visit_id else self.ctx.actor.staff_id
        self.ctx.run(lambda: visits.staff_name(store, staff_id), on_done=self.recorded_by.setText, parent=self)

    # --- opening ---------------------------------------------------------------------------

    def start_new(self, *, employer_id: str | None = None, employer_name: str = "") -> None:
        self.set_state(empty_state() | {"employer_id": employer_id, "employer_name": employer_name})
        self.keeper.start(f"visit:new:{uuid.uuid4().hex}")
        self.has_changes = False
        self.focus_first()

    def start_edit(self, state: dict[str, Any], *, draft: SavedDraft | None = None) -> None:
        self.set_state(draft.data if draft else state)
        self.keeper.start(draft.key if draft else f"visit:{state['visit_id']}")
        self.has_changes = draft is not None
        self.focus_first()

    def restore(self, draft: SavedDraft) -> None:
        """Continue an unsaved visit from its draft, under the same key."""
        self.set_state(draft.data)
        self.keeper.start(draft.key)
        self.has_changes = True
        self.focus_first()

    def focus_first(self) -> None:
        target = self.visited_at if self.visit_id or self.employer.employer_id else self.employer.focus_target()
        target.setFocus()

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        if self.saving:
            return
        self.positions.commit_edits()
        state = self.state()
        store, actor = self.ctx.store, self.ctx.actor
        work = self.keeper.save_job(
            lambda draft_key: visits.save_visit(store, actor=actor, state=state, draft_key=draft_key))
        self.saving = True
        self._set_busy(True)
        self.ctx.run(work, on_done=self._saved, on_failed=self._save_failed, parent=self)

    def _saved(self, saved: visits.Saved) -> None:
        self.saving = False
        self._set_busy(False)
        self.keeper.finish()
        self.has_changes = False
        self.saved.emit(saved)
        self.closed.emit()

    def _save_failed(self, error: Exception) -> None:
        self.saving = False
        self._set_busy(False)
        if self.keeper.dirty:
            self.keeper.touch()
        if isinstance(error, InvalidInput):
            self.show_errors(error.errors)
            return
        show_error(self, error)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def show_errors(self, errors: list[FieldError]) -> None:
        messages: dict[str, str] = {}
        rows: dict[int, str] = {}
        for error in errors:
            text = message_for(error)
            path = error.path
            if len(path) > 2 and path[0] == "positions" and isinstance(path[1], int):
                rows[path[1]] = text
            else:
                messages.setdefault(error.name, text)
        self.employer.show_errors(messages)
        self.contact.show_errors(messages)
        self.topics.show_errors(messages)
        for name, label in self.errors.items():
            label.show_message(messages.get(name, ""))
        self.positions.show_errors(rows)
        shown = {"employer_id", "employer_name", "business_id", *self.errors, *self.topics.errors,
                 *(f"contact_{name}" for name in CONTACT_FIELDS)}
        others = [text for field, text in messages.items() if field not in shown]
        self.form_error.show_message("\n".join(others))
        if errors:
            logger.info("visit form refused: %s", ", ".join(sorted({e.code for e in errors})))
            shown_labels = [label for label in self.findChildren(ErrorLabel) if label.text()]
            if shown_labels:
                first = min(shown_labels, key=lambda label: label.mapTo(self, label.rect().topLeft()).y())
                self.scroll.ensureWidgetVisible(first, 0, 80)

    # --- leaving ------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def cancel(self) -> None:
        if not self.has_changes:
            self.discard()
            return
        ask(self, name="discard_question", title=self.tr("Discard this visit?"),
            text=self.tr("What you typed in this visit will be lost."),
            buttons=[("discard_confirm", self.tr("Discard"), Role.DestructiveRole),
                     ("discard_keep", self.tr("Keep editing"), Role.RejectRole)],
            default="discard_keep", escape="discard_keep",
            on_answer=lambda answer: self.discard() if answer == "discard_confirm" else None)

    def discard(self) -> None:
        """Drop what was typed and its draft; back to the list."""
        close = self.keeper.close_job(delete=True)
        self.keeper.finish()
        self.has_changes = False
        self.ctx.run(close, parent=self)
        self.closed.emit()

    def keep_as_draft(self) -> bool:
        """Write the draft now, on this thread (the window is closing); True when one was written."""
        wrote = self.keeper.flush()
        self.keeper.finish()
        self.has_changes = False
        return wrote

    def _draft_saved(self, _key: str) -> None:
        now = dt.datetime.now()
        self.draft_status.setText(self.tr("Draft saved at %1").replace("%1", f"{now.hour}.{now.minute:02d}"))
