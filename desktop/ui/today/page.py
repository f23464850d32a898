"""The Today page (Tänään): what is due for the user, grouped and counted — the start page.

Follow-ups from visits (overdue, today, this week, later), services and work trials or
wage-subsidised work ending, the funder's exit window and six-month follow-ups, clients with no
valid consent, colleagues asking to be assigned to the user's clients, purges within 30 days,
unfinished drafts, changes waiting and conflicts. The items come from ``desktop.services.today``
on a worker thread, again after every change on the bus (a moment after the last of a burst) and
whenever the page is shown.

By keyboard: the list takes the focus, the arrows move, Enter (or a double click) opens the
row's record on the page that opens it — the page itself opens no record. A follow-up is marked
done (Ctrl+D) or moved to another day (Ctrl+M): a synced change; the row goes or moves at once.
The navigation shows the count due today (overdue and today) beside the page's title.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QPushButton

from desktop.dates import finnish_date
from desktop.services import today as today_service
from desktop.services import today_texts
from desktop.ui.context import UiContext
from desktop.ui.pages import Page
from desktop.ui.style import ERROR, accent
from desktop.ui.qt import QAction, QCoreApplication, QKeySequence, QLabel, QLineEdit, Qt, QTimer, QVBoxLayout, QWidget
from desktop.ui.today import opening
from desktop.ui.today.groups import GROUPS, group_title, grouped
from desktop.ui.today.list_view import TodayList
from desktop.ui.today.model import GROUP, INDENT, ITEM, TodayModel
from desktop.ui.today.move_dialog import MoveFollowUpDialog
from desktop.ui.widgets.debounce import quiet_timer

logger = logging.getLogger(__name__)

DAYS = 14  # how far ahead the page looks
RELOAD_QUIET_MS = 200
__all__ = ["GROUP", "ITEM", "TodayPage"]


class TodayPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.items: list = []
        self.day = dt.date.today()
        self.loaded_once = False
        self.loading = False
        self._again = False
        self._shown_once = False
        self._build()
        self.reload_timer = quiet_timer(self, RELOAD_QUIET_MS, self.reload)
        ctx.bus.changed.connect(lambda _kind, _ids: self.reload_timer.start())
        self.reload()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("today_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("today_summary")
        self.summary.setWordWrap(True)
        self.calendar_button = QPushButton(self.tr("Export to &calendar…"))
        self.calendar_button.setObjectName("today_calendar")
        self.calendar_button.setToolTip(self.tr("Write your follow-ups, due dates and recruitment events "
                                                "as an .ics file for Outlook, Thunderbird or GNOME Calendar"))
        self.calendar_button.clicked.connect(self.ask_calendar_file)

        # Dates down the left, as an agenda.
        self.model = TodayModel([self.tr("Due"), self.tr("What")], self.texts, lambda: accent(ERROR), parent=self)
        self.tree = TodayList(self.model)
        self.tree.setObjectName("today_list")
        self.model.row_height = self.tree.fontMetrics().height() + 8
        rows = self.tree.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row is measured: all are this high
        rows.setDefaultSectionSize(self.model.row_height)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setShowGrid(False)
        self.tree.setWordWrap(False)
        header = self.tree.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # fitted to the rows' dates
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.activated.connect(self.open_index)
        self.tree.selectionModel().currentChanged.connect(lambda current, _previous: self._current_moved(current))
        self.setFocusProxy(self.tree)

        self.nothing = QLabel(self.tree.viewport())  # laid over the empty list, which keeps the keyboard
        self.nothing.setText(self.tr("Nothing due. No follow-ups, endings, consents, purges, drafts or "
                                      "conflicts need you in the next two weeks."))
        self.nothing.setObjectName("today_nothing")
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setStyleSheet("color: palette(placeholder-text); font-size: 12pt; padding: 32px;")
        self.nothing.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.nothing.hide()
        self.tree.viewport().installEventFilter(self)

        self.done_button = QPushButton(self.tr("Mark &done (Ctrl+D)"))
        self.done_button.setObjectName("today_done")
        self.done_button.clicked.connect(self.mark_done)
        self.move_button = QPushButton(self.tr("&Move to another day… (Ctrl+M)"))
        self.move_button.setObjectName("today_move")
        self.move_button.clicked.connect(self.ask_move)
        self.open_button = QPushButton(self.tr("&Open (Enter)"))
        self.open_button.setObjectName("today_open")
        self.open_button.clicked.connect(lambda: self.open_index(self.tree.currentIndex()))
        for name, keys, slot in (("today_done_action", "Ctrl+D", self.mark_done),
                                 ("today_move_action", "Ctrl+M", self.ask_move)):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.status = QLabel()
        self.status.setObjectName("today_status")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        top.addLayout(titles, 1)
        top.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        # The list first: Tab from the navigation reaches it before the buttons.
        QWidget.setTabOrder(self.tree, self.open_button)
        QWidget.setTabOrder(self.open_button, self.done_button)
        QWidget.setTabOrder(self.done_button, self.move_button)
        QWidget.setTabOrder(self.move_button, self.calendar_button)
        self._show_heading()
        self._enable()

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the items on a worker; one load at a time (a change meanwhile reads again after)."""
        self.reload_timer.stop()
        if self.loading:
            self._again = True
            return
        if self.ctx.store.locked:
            return
        self.loading = True
        store, actor = self.ctx.store, self.ctx.actor

        def work():  # read, grouped and sorted here: the GUI thread only shows it
            day = dt.date.today()
            items = today_service.items_for(store, actor, today=day, days=DAYS)
            return day, items, grouped(items, day)

        self.ctx.run(work, on_done=self._loaded, on_failed=self._load_failed, parent=self)

    def _loaded(self, loaded) -> None:
        self.loading = False
        self.day, self.items, groups = loaded
        self.loaded_once = True
        self._fill(groups)
        if self._again:
            self._again = False
            self.reload()

    def _load_failed(self, error: Exception) -> None:
        self.loading = False
        logger.warning("today's items not read: %s", type(error).__name__)
        self.status.setText(self.tr("The list could not be read. It is read again after the next change."))
        if self._again:
            self._again = False
            self.reload_timer.start()

    # --- the list ---------------------------------------------------------------------------

    def _fill(self, groups: dict[str, list] | None = None) -> None:
        """The groups with something in them, expanded, each titled with its count; a calm line
        when nothing at all is due. The row that had the keyboard keeps it when it is still there."""
        if groups is None:
            groups = grouped(self.items, self.day)
        current = self._current_key()
        had_focus = self.tree.hasFocus()
        # The changes waiting are one row: their number is in its text, the group counts rows.
        shown = [(key, f"{group_title(key)} ({len(groups[key])})", groups[key])
                 for key, _kind, _when in GROUPS if groups.get(key)]
        self.model.set_groups(shown)
        self.tree.span_titles()
        self._fit_dates()
        empty = not shown
        self.tree.horizontalHeader().setVisible(not empty)
        self._fit_nothing()
        self.nothing.setVisible(empty)
        target = self.model.find(lambda item: _key(item) == current) if current is not None else QModelIndex()
        if not target.isValid():
            target = self.model.first_row()
        if target.isValid():
            self.tree.setCurrentIndex(target)
        if had_focus:
            self.tree.setFocus()
        self._show_heading()
        self._enable()
        self.count_changed.emit(self.due_count())

    def texts(self, item) -> tuple[str, str, int]:
        """A row's (due, what, days late), for the model when the row is drawn."""
        return self.due_text(item), self.row_text(item), self._late(item)

    def due_text(self, item) -> str:
        """The day, and how late an overdue task is (drafts and sync rows are dated, not late)."""
        text = finnish_date(item.due)
        late = self._late(item)
        if late:
            text += "  " + self.tr("(%Ln day(s) late)", "", late)
        return text

    def _late(self, item) -> int:
        late = (self.day - item.due).days
        return late if late > 0 and item.kind not in ("draft", "conflict") else 0

    def _fit_dates(self) -> None:
        """The date column as wide as its widest date (the groups' titles span both columns):
        the latest task's text, or a two-digit day and month."""
        metrics = self.tree.fontMetrics()
        latest = max(self.items, key=self._late, default=None)
        samples = [self.tr("Due"), INDENT + "28.12.2026"] + ([INDENT + self.due_text(latest)] if latest else [])
        widest = max(metrics.horizontalAdvance(text) for text in samples)
        self.tree.horizontalHeader().resizeSection(0, widest + 24)

    def row_text(self, item) -> str:
        """What a row says: its title (an employer's or a client's name), what a draft is of,
        or what sync waits for."""
        waiting = _waiting(item)
        if waiting:
            return self.tr("%Ln change(s) waiting to be sent", "", waiting)
        if item.kind == "draft":
            of = str(item.record_id).partition(":")[0]
            name = item.title or self.tr("(no name)")
            if of == "visit":
                return self.tr("Visit to %1").replace("%1", name)
            if of == "handover":
                return self.tr("Handover form of %1").replace("%1", name)
        return today_texts.title_text(item, lambda text: QCoreApplication.translate(today_texts.CONTEXT, text))

    def due_count(self) -> int:
        """Overdue and due today: what the navigation shows. The changes waiting to be sent are
        listed, not counted: they are no task, and the next sync sends them."""
        return today_service.due_today([item for item in self.items if not _waiting(item)], self.day)

    def _fit_nothing(self) -> None:
        viewport = self.tree.viewport()
        self.nothing.setGeometry(0, 0, viewport.width(), max(viewport.height() // 2, 120))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is self.tree.viewport():
            self._fit_nothing()
        return False

    def _show_heading(self) -> None:
        self.heading.setText(self.tr("Today, %1").replace("%1", finnish_date(self.day)))
        if not self.loaded_once:
            self.summary.setText(self.tr("Reading what is due…"))
            return
        due = self.due_count()
        tasks = len([item for item in self.items if not _waiting(item)])
        self.summary.setText(self.tr("%Ln due today or overdue", "", due) + " · "
                             + self.tr("%Ln item(s) in the next two weeks", "", tasks))

    def _current_key(self):
        item = self.current_item()
        return _key(item) if item is not None else None

    def current_item(self):
        """The TodayItem of the row that has the keyboard, or None (a group's title, nothing)."""
        return self.model.item_at(self.tree.currentIndex())

    def _current_moved(self, current) -> None:
        """The row with the keyboard is the one selected (also when the list is entered with Tab)."""
        if current.isValid() and self.model.item_at(current) is not None \
                and not self.tree.selectionModel().isSelected(current):
            self.tree.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        self._enable()

    def _enable(self) -> None:
        item = self.current_item()
        follow_up = item is not None and item.kind == "follow_up"
        self.done_button.setEnabled(follow_up)
        self.move_button.setEnabled(follow_up)
        self.open_button.setEnabled(item is not None)

    # --- opening ----------------------------------------------------------------------------

    def open_index(self, index) -> None:
        """Enter or a double click: the record on its page; a group's title folds or unfolds."""
        if not index.isValid():
            return
        item = self.model.item_at(index)
        if item is None:
            self.tree.toggle(index.row())
            return
        opening.open_item(self, item)

    # --- follow-ups -------------------------------------------------------------------------

    def mark_done(self) -> None:
        item = self.current_item()
        if item is None or item.kind != "follow_up":
            return
        visit_id = uuid.UUID(str(item.record_id))
        self._drop(item)
        store, actor, day = self.ctx.store, self.ctx.actor, self.day
        self.ctx.run(lambda: today_service.mark_follow_up_done(store, actor=actor, visit_id=visit_id, done_on=day),
                     on_done=lambda _none: self._changed(visit_id, self.tr("Follow-up marked done.")),
                     on_failed=self._change_failed, parent=self)

    def ask_move(self) -> None:
        item = self.current_item()
        if item is None or item.kind != "follow_up":
            return
        dialog = MoveFollowUpDialog(item.title, item.due, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.moved.connect(lambda day: self.move(item, day))
        self.move_dialog = dialog
        dialog.open()

    def move(self, item, day: dt.date) -> None:
        visit_id = uuid.UUID(str(item.record_id))
        moved = dataclasses.replace(item, due=day)
        self.items = [moved if _key(other) == _key(item) else other for other in self.items]
        self._fill()
        store, actor = self.ctx.store, self.ctx.actor
        text = self.tr("Follow-up moved to %1.").replace("%1", finnish_date(day))
        self.ctx.run(lambda: today_service.move_follow_up(store, actor=actor, visit_id=visit_id, to=day),
                     on_done=lambda _none: self._changed(visit_id, text),
                     on_failed=self._change_failed, parent=self)
        self.tree.setFocus()

    def _drop(self, item) -> None:
        """The row goes at once; the keyboard moves to the next row (or the one before)."""
        here, rows = self.tree.currentIndex().row(), self.model.rows
        below = [found for _key_, found in rows[here + 1:] if found is not None]
        above = [found for _key_, found in rows[:max(here, 0)] if found is not None]
        neighbour = _key(below[0]) if below else (_key(above[-1]) if above else None)
        self.items = [other for other in self.items if _key(other) != _key(item)]
        self._fill()
        if neighbour is not None:
            target = self.model.find(lambda other: _key(other) == neighbour)
            if target.isValid():
                self.tree.setCurrentIndex(target)
        self.tree.setFocus()

    def _changed(self, visit_id: uuid.UUID, text: str) -> None:
        self.status.setText(text)
        self.ctx.bus.changed.emit("visit", {visit_id})
        self.ctx.bus.status.emit(text)

    def _change_failed(self, error: Exception) -> None:
        from desktop.ui.background import show_error

        self.reload()
        show_error(self, error)

    # --- calendar ---------------------------------------------------------------------------

    def ask_calendar_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Export to calendar"), str(Path.home() / "kentta.ics"),
                             self.tr("Calendar files (*.ics)"))
        dialog.setObjectName("today_calendar_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("ics")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.write_calendar(Path(path)))
        self.calendar_dialog = dialog
        dialog.open()

    def write_calendar(self, path: Path) -> None:
        from desktop.services import calendar_file

        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        store, actor = self.ctx.store, self.ctx.actor
        self.calendar_button.setEnabled(False)
        self.status.setText(self.tr("Writing the calendar file…"))

        def done(count: int) -> None:
            self.calendar_button.setEnabled(True)
            self.status.setText(self.tr("%Ln entry(ies) written to the calendar file", "", count)
                                + f": {path}")
            self.ctx.bus.changed.emit("audit_event", None)  # a file with names is audited per client

        def failed(error: Exception) -> None:
            from desktop.ui.background import show_error

            self.calendar_button.setEnabled(True)
            self.status.setText(self.tr("The calendar file was not written."))
            show_error(self, error)

        def translate(text: str) -> str:
            return QCoreApplication.translate(today_texts.CONTEXT, text)

        self.ctx.run(lambda: calendar_file.write_calendar(store, actor, path, translate=translate), on_done=done,
                     on_failed=failed, parent=self)

    # --- Page -------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._shown_once:
            self.reload_timer.start()  # a new day, or changes the bus did not tell
        else:
            self._shown_once = True
            QTimer.singleShot(0, self._take_focus)

    def _take_focus(self) -> None:
        """The list takes the keyboard at start, unless the person is already typing elsewhere."""
        focus = self.window().focusWidget()
        typing = isinstance(focus, QLineEdit) and bool(focus.text())
        if not typing:
            self.tree.setFocus()


def _waiting(item) -> int:
    """The count of changes waiting to be sent, for the service's one row that says it; else 0."""
    return int(item.title) if item.record_kind == "outbox" and item.title.isdigit() else 0


def _key(item) -> tuple[str, str, str]:
    return item.kind, item.record_kind, str(item.record_id)
