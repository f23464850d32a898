"""The Visits page: the list of company visits and, in its place, the visit form.

The list filters in SQL as you type; "Only mine" keeps the user's own
visits. Ctrl+N starts a new visit, Enter or a double click opens one. The
form replaces the list until it is saved or cancelled. Unsaved visits kept
as drafts are offered when the app starts and when the page is first shown.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QPushButton, QStackedWidget

from desktop.services import drafts, employers, listing, visit_state, visits
from desktop.services.drafts import SavedDraft
from desktop.ui.context import UiContext
from desktop.ui.lists.lazy_model import LazyTableModel
from desktop.ui.pages import Page
from desktop.ui.qt import QLineEdit, QMessageBox, QVBoxLayout, QWidget
from desktop.ui.visits.visit_form import VisitForm
from desktop.ui.widgets.debounce import quiet_timer
from desktop.ui.widgets.questions import Role, ask
from desktop.ui.widgets.delete_action import DeleteAction
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.tables import fit_to_text, record_table, sortable

logger = logging.getLogger(__name__)

FILTER_DEBOUNCE_MS = 150


class VisitsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._build_list()
        self.form = VisitForm(ctx)
        self.form.saved.connect(self._visit_saved)
        self.form.closed.connect(self._form_closed)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.draft_offer: QMessageBox | None = None
        self._offering = False
        self._answered: set[str] = set()  # drafts offered in this session
        self._shown_once = False
        self._select_after_load: uuid.UUID | None = None
        ctx.bus.changed.connect(self._records_changed)
        ctx.bus.open_record.connect(self._open_requested)
        self._apply_filter()

    def _build_list(self) -> None:
        self.list_page = QWidget()
        self.filter = QLineEdit()
        self.filter.setObjectName("visit_filter")
        self.filter.setPlaceholderText(self.tr("Filter visits by notes, needs, positions or next step"))
        self.filter.setClearButtonEnabled(True)
        self.only_mine = QCheckBox(self.tr("&Only mine"))
        self.only_mine.setObjectName("visit_only_mine")
        self.new_button = QPushButton(self.tr("New visit (Ctrl+N)"))
        self.new_button.setObjectName("new_visit")
        self.new_button.clicked.connect(self.new_record)
        self.model = LazyTableModel(self.ctx, listing.VISITS)
        self.model.loaded.connect(self._loaded)
        self.table = sortable(record_table(self.model, "visit_table"))
        self.empty_state = EmptyState(self.table, self.tr("No visits yet. Record the first one: New visit (Ctrl+N)"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The other columns as wide as the texts of the rows on screen, measured from the texts
        # alone when the rows change (Qt's ResizeToContents asked for every cell's roles each
        # time the list was shown or laid out again: a stall after each visit saved).
        self.fitter = fit_to_text(self.table, skip=frozenset({1}),
                                  texts=lambda row, column: self.model.shown[row][column])
        self.table.activated.connect(self._open_index)
        self.deleting = DeleteAction(self.ctx, self.table, self._selected_visit, name="delete_visit_row")
        self.timer = quiet_timer(self, FILTER_DEBOUNCE_MS, self._apply_filter, restarted_by=[self.filter.textChanged])
        self.only_mine.toggled.connect(lambda _on: self._apply_filter())
        self.filter.returnPressed.connect(self._focus_table)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.only_mine)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self.list_page)
        layout.addLayout(top)
        layout.addWidget(self.table)

    # --- the list ---------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self.timer.stop()
        mine = self.only_mine.isChecked() and self.ctx.actor.staff_id is not None
        self.model.set_filter(self.filter.text(),
                              extra_where="t.staff_id = :me" if mine else None,
                              extra_params={"me": self.ctx.actor.staff_id.hex} if mine else None)

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _selected_visit(self):
        rows = self.table.selectionModel().selectedRows()
        visit_id = self.model.record_id(rows[0].row()) if rows else None
        return ("visit", visit_id) if visit_id is not None else None

    def _open_index(self, index) -> None:
        visit_id = self.model.record_id(index.row())
        if visit_id is not None:
            self.show_record("visit", visit_id)

    def _records_changed(self, kind: str, _ids) -> None:
        if kind in ("visit", "employer", "staff"):
            self.model.refresh()

    def _loaded(self) -> None:
        if self._select_after_load is None:
            return
        row = self.model.row_of(self._select_after_load)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._select_after_load = None
        elif not self.model.canFetchMore():
            self._select_after_load = None

    # --- Page ----------------------------------------------------------------------------------

    def new_record(self) -> None:
        self._keep_unsaved()
        self.form.start_new()
        self.stack.setCurrentWidget(self.form)

    def show_record(self, kind: str, record_id) -> bool:
        if kind == "new_visit":
            self._keep_unsaved()
            employer_id = uuid.UUID(str(record_id)).hex
            self.form.start_new(employer_id=employer_id)
            self.stack.setCurrentWidget(self.form)
            store = self.ctx.store
            self.ctx.run(lambda: employers.employer_name(store, employer_id),
                         on_done=lambda name: self._employer_named(employer_id, name), parent=self)
            return True
        if kind != "visit":
            return False
        self._keep_unsaved()
        visit_id = uuid.UUID(str(record_id))
        store = self.ctx.store

        def work():
            return visit_state.load_visit(store, visit_id), drafts.load_draft(store, f"visit:{visit_id.hex}")

        self.ctx.run(work, on_done=self._visit_loaded, parent=self)
        return True

    def show_draft(self, key: str) -> None:
        """Open the form of the visit draft under ``key`` (from the Today page): an edit's draft
        with its visit, a new visit's as it was left."""
        kind, _sep, rest = key.partition(":")
        if kind != "visit":
            return
        if not rest.startswith("new:"):  # an edit's draft, "visit:<hex>": the visit with its draft
            self.show_record("visit", uuid.UUID(rest))
            return
        store = self.ctx.store

        def restore(draft: SavedDraft | None) -> None:
            if draft is None:
                return
            self._keep_unsaved()
            self._answered.add(draft.key)
            self.stack.setCurrentWidget(self.form)
            self.bring_forward()
            self.form.restore(draft)

        self.ctx.run(lambda: drafts.load_draft(store, key), on_done=restore, parent=self)

    def _open_requested(self, kind: str, record_id) -> None:
        """"New visit" from the Employers page: the main window routes only the kinds a page lists."""
        routed = any(kind in spec.kinds for spec in getattr(self.window(), "specs", ()))
        if kind == "new_visit" and not routed and self.show_record(kind, record_id):
            self.bring_forward()

    def _employer_named(self, employer_id: str, name: str) -> None:
        if self.form.employer.employer_id == employer_id:
            self.form.employer.set_picked(employer_id, name)
            self.form.focus_first()

    def _visit_loaded(self, loaded) -> None:
        state, draft = loaded
        self.form.start_edit(state, draft=draft)
        if draft is not None:
            self._answered.add(draft.key)
            self.ctx.bus.status.emit(self.tr("Your unsaved changes to this visit were restored."))
        self.stack.setCurrentWidget(self.form)

    def can_close(self) -> bool:
        """Nothing typed is lost: an unsaved form is written as a draft now."""
        if self.stack.currentWidget() is self.form and self.form.has_changes:
            self.form.keep_as_draft()
        return True

    def _keep_unsaved(self) -> None:
        if self.stack.currentWidget() is self.form and self.form.has_changes:
            self.form.keep_as_draft()
            self.ctx.bus.status.emit(self.tr("The visit you were writing was kept as a draft."))

    # --- after the form -------------------------------------------------------------------------

    def _visit_saved(self, saved: visits.Saved) -> None:
        self._select_after_load = saved.visit_id
        if saved.employer_created:
            self.ctx.bus.changed.emit("employer", {saved.employer_id})
        if saved.contact_created:
            self.ctx.bus.changed.emit("contact", {saved.contact_created})
        if saved.positions_created:
            self.ctx.bus.changed.emit("position", None)
        self.ctx.bus.changed.emit("visit", {saved.visit_id})
        self.ctx.bus.status.emit(self.tr("Visit saved."))

    def _form_closed(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.table.setFocus()
        self.offer_drafts()

    # --- drafts -------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.offer_drafts()

    def offer_drafts(self) -> None:
        """Offer the unsaved visits kept as drafts, one at a time: Continue, Discard or Later."""
        if self._offering or self.ctx.store.locked:
            return
        self._offering = True
        store = self.ctx.store

        def failed(error: Exception) -> None:
            self._offering = False
            logger.warning("drafts not read: %s", type(error).__name__)

        self.ctx.run(lambda: drafts.load_drafts(store, kind="visit"), on_done=self._offer_next,
                     on_failed=failed, parent=self)

    def _offer_next(self, found: list[SavedDraft]) -> None:
        waiting = [d for d in found if d.key not in self._answered and d.key != self.form.keeper.key]
        busy = self.stack.currentWidget() is self.form and self.form.has_changes
        if not waiting or busy:
            self._offering = False
            return
        draft = waiting[0]
        self._answered.add(draft.key)
        self.draft_offer = ask(
            self, name="draft_offer", title=self.tr("Unsaved visit"), text=self._offer_text(draft),
            buttons=[("draft_continue", self.tr("Continue"), Role.AcceptRole),
                     ("draft_discard", self.tr("Discard"), Role.DestructiveRole),
                     ("draft_later", self.tr("Later"), Role.RejectRole)],
            default="draft_continue", escape="draft_later",
            on_answer=lambda answer: self._answered_offer(answer, draft, waiting[1:]))

    def _offer_text(self, draft: SavedDraft) -> str:
        data = draft.data
        employer = (data.get("employer_name") or data.get("new_employer_name")
                    or data.get("employer_query") or "").strip()
        moment = draft.updated_at.astimezone()
        when = f"{moment.day}.{moment.month}.{moment.year} {moment.hour}.{moment.minute:02d}"
        if employer:
            return self.tr("You have an unsaved visit to %1 from %2.").replace("%1", employer).replace("%2", when)
        return self.tr("You have an unsaved visit from %1.").replace("%1", when)

    def _answered_offer(self, answer: str, draft: SavedDraft, rest: list[SavedDraft]) -> None:
        self.draft_offer = None
        if answer == "draft_continue":
            self._keep_unsaved()
            # Shown first, so that the form is on screen and takes the keyboard as it is filled.
            self.stack.setCurrentWidget(self.form)
            self.bring_forward()
            self.form.restore(draft)
            self._offering = False
            return
        if answer == "draft_discard":
            store = self.ctx.store
            self.ctx.run(lambda: drafts.delete_draft(store, draft.key), parent=self)
            logger.info("draft %s discarded", draft.key)
        self._offer_next(rest)
