"""The main window: a shell of navigation, pages, search, lock and status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QToolBar

from desktop import __version__
from desktop.ui.context import UiContext
from desktop.ui.lock import MAX_PIN_TRIES, IdleWatcher, LockScreen
from desktop.ui.pages import Page
from desktop.services.overview import count_outbox, count_records
from desktop.ui.qt import QAction, QKeySequence, QLabel, QMainWindow, QMessageBox, Qt, QWidget, Signal
from desktop.ui.search_box import SearchBox
from desktop.ui.sync.status import SyncStatusLabel

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    make: Callable[[UiContext], Page]
    kinds: tuple[str, ...] = ()  # record kinds this page shows


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    settings_requested = Signal()

    def __init__(self, ctx: UiContext, pages: list[PageSpec], *, idle_minutes: float = 10,
                 user_label: str = "") -> None:
        super().__init__()
        self.ctx = ctx
        self.specs = pages
        self.setWindowTitle("Kenttä")
        self.setObjectName("main_window")
        self.pages: dict[str, Page] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        for spec in pages:
            page = spec.make(ctx)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            self.nav.addItem(spec.title)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.nav.setFixedWidth(190)
        self.content = QWidget()
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.lock_screen = LockScreen()
        self.outer = QStackedWidget()
        self.outer.addWidget(self.content)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)

        self.search = SearchBox(ctx)
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)
        self._actions(toolbar)

        self.user_label = QLabel(user_label)
        self.outbox_label = QLabel()
        self.outbox_label.setObjectName("status_outbox")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.outbox_label)
        self.statusBar().addPermanentWidget(SyncStatusLabel(ctx))

        ctx.bus.open_record.connect(self.show_record)
        ctx.bus.changed.connect(lambda _kind, _ids: self.refresh_status())
        ctx.bus.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        self.lock_screen.unlock_requested.connect(self._try_unlock)
        self._pin_failures = 0
        self._hidden_windows: list[QWidget] = []
        self.nav.setCurrentRow(0)
        self.resize(1200, 780)
        self.refresh_status()

    def _actions(self, toolbar: QToolBar) -> None:
        def action(text: str, shortcut, slot, name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        find = action(self.tr("Search"), QKeySequence.StandardKey.Find, self.focus_search, "action_find")
        new = action(self.tr("New"), QKeySequence.StandardKey.New, self.new_record, "action_new")
        lock = action(self.tr("Lock"), "Ctrl+L", self.lock, "action_lock")
        settings = action(self.tr("Settings"), None, self.settings_requested.emit, "action_settings")
        about = action(self.tr("About Kenttä"), None, self.about, "action_about")
        for number, _spec in enumerate(self.specs[:9], start=1):
            action("", f"Ctrl+{number}", lambda _=False, row=number - 1: self.nav.setCurrentRow(row),
                   f"action_page_{number}")
        toolbar.addAction(new)
        toolbar.addAction(lock)
        toolbar.addAction(settings)
        toolbar.addAction(about)
        del find

    # --- navigation -------------------------------------------------------------

    def current_page(self) -> Page:
        return self.stack.currentWidget()

    def go_to(self, key: str) -> Page:
        index = [spec.key for spec in self.specs].index(key)
        self.nav.setCurrentRow(index)
        return self.pages[key]

    def show_record(self, kind: str, record_id) -> None:
        for spec in self.specs:
            if kind in spec.kinds and self.pages[spec.key].show_record(kind, record_id):
                self.go_to(spec.key)
                return
        logger.info("no page shows records of kind %s", kind)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_record(self) -> None:
        self.current_page().new_record()

    def refresh_status(self) -> None:
        if self.ctx.store.locked:
            return
        store = self.ctx.store
        self.ctx.run(lambda: count_outbox(store), on_done=self._show_outbox, parent=self)

    def _show_outbox(self, waiting: int) -> None:
        self.outbox_label.setText(self.tr("%n change(s) waiting to be sent", "", waiting))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Kenttä"),
                          self.tr("Kenttä %1\nOffline field work for employment projects.").replace("%1", __version__))

    # --- lock -------------------------------------------------------------------

    def lock(self) -> None:
        if self.ctx.store.locked:
            return
        self.search.popup.hide()
        self._hidden_windows = [w for w in self._other_windows() if w.isVisible()]
        for window in self._hidden_windows:
            window.hide()
        self.ctx.store.lock()
        self.outer.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        logger.info("locked")

    def _other_windows(self) -> list[QWidget]:
        from desktop.ui.qt import QApplication

        return [w for w in QApplication.topLevelWidgets() if w is not self and w.isWindow()]

    def _try_unlock(self, secret: str) -> None:
        if self._pin_failures >= MAX_PIN_TRIES and secret.isdigit():
            self.lock_screen.show_error(self.tr("Too many wrong PINs: enter the passphrase."))
            return
        if self.ctx.store.unlock(secret):
            self._pin_failures = 0
            self.outer.setCurrentWidget(self.content)
            for window in self._hidden_windows:
                window.show()
            self._hidden_windows = []
            self.idle.set_minutes(self.idle.timer.interval() / 60_000)
            self.refresh_status()
            logger.info("unlocked")
            return
        self._pin_failures += 1
        self.lock_screen.show_error(self.tr("Wrong PIN or passphrase."))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not all(page.can_close() for page in self.pages.values()):
            event.ignore()
            return
        self.idle.stop()
        super().closeEvent(event)
