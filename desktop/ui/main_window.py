"""The main window: a shell of navigation, pages, search, lock and status bar.

The shell is built before the profile is open, so that the window shows at
once: the data layer (SQLAlchemy, the record schemas) loads on a worker thread
meanwhile, and ``attach`` gives the window the open profile. Each page is built
on its first visit: a placeholder holds its place in the stack until then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QScrollArea, QStackedWidget, QToolBar

import desktop
from desktop.ui import icons, window_geometry
from desktop.ui.background import when_idle
from desktop.ui.lock import MAX_PIN_TRIES, IdleWatcher, LockScreen
from desktop.ui.pages import Page
from desktop.ui.qt import QAction, QKeySequence, QLabel, QMainWindow, QMessageBox, Qt, QWidget, Signal
from desktop.ui.search_box import SearchBox

if TYPE_CHECKING:
    from desktop.ui.context import UiContext

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    make: Callable[[UiContext], Page]
    kinds: tuple[str, ...] = ()  # record kinds this page shows
    starts_for: tuple[str, ...] = ()  # the staff roles whose work starts on this page
    shown_for: tuple[str, ...] = ()  # the only roles that see the page (empty: every role)
    counts: bool = False  # the navigation shows a count beside the title (the page is built at start)

    def shown_to(self, role: str) -> bool:
        return not self.shown_for or role in self.shown_for


class PageSet:
    """The window's pages by key; a page is built the first time it is asked for."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            if key not in self:
                raise KeyError(key)
            page = self._window._build_page(key)
        return page

    def get(self, key: str, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        """Whether the window has the page (for the profile's role, once it is open)."""
        ctx = self._window.ctx
        return any(spec.key == key and (ctx is None or spec.shown_to(ctx.actor.role))
                   for spec in self._window.specs)

    def built(self) -> dict[str, Page]:
        """The pages built so far (the others have nothing to close or save)."""
        return dict(self._built)

    def values(self) -> Iterator[Page]:
        return iter(list(self._built.values()))


class _Opening(QWidget):
    """Holds a page's place until the page is built."""

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        self.label = QLabel(self.tr("Opening the profile…"))
        self.label.setObjectName("page_opening")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)


class _PageFrame(QScrollArea):
    """Holds a page in the stack: a page wider or taller than the window scrolls,
    rather than growing the window past the screen."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.setObjectName(f"frame_{page.objectName()}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(page)


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    settings_requested = Signal()
    # The profile is attached and the current page built: the window shows data.
    opened = Signal()

    def __init__(self, ctx: UiContext | None, pages: list[PageSpec], *, idle_minutes: float = 10,
                 user_label: str = "") -> None:
        super().__init__()
        self.ctx: UiContext | None = None
        self.specs = pages
        self.setWindowTitle("Kenttä")
        self.setObjectName("main_window")
        self.pages = PageSet(self)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        for spec in pages:
            self.stack.addWidget(_Opening())
            self.nav.addItem(spec.title)
        self.nav.currentRowChanged.connect(self._show_row)

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

        self.search = SearchBox(None)
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
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        self.lock_screen.unlock_requested.connect(self._try_unlock)
        self._pin_failures = 0
        self._hidden_windows: list[QWidget] = []
        self.nav.setCurrentRow(0)
        self._navigated = False  # moved to a page before the profile opened: stay there
        self.nav.currentRowChanged.connect(lambda _row: setattr(self, "_navigated", True))
        self._geometry_dir: Path | None = None
        window_geometry.fit_to_screen(self)
        if ctx is not None:
            self.attach(ctx, user_label=user_label)

    def attach(self, ctx: UiContext, *, user_label: str | None = None, idle_minutes: float | None = None) -> None:
        """Give the window the open profile: the current page is built and the status bar filled."""
        from desktop.ui.sync.status import SyncStatusLabel

        self.ctx = ctx
        if user_label is not None:
            self.user_label.setText(user_label)
        if idle_minutes is not None:
            self.idle.set_minutes(idle_minutes)
        # Read once the current page's first rows are in, and after each change.
        self.sync_label = SyncStatusLabel(ctx, read_now=False)
        self.sync_label.read.connect(lambda status: self._show_outbox(status.waiting))
        self.statusBar().addPermanentWidget(self.sync_label)
        ctx.bus.open_record.connect(self.show_record)
        ctx.bus.sync_requested.connect(self.sync_now)
        ctx.bus.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        for row, spec in enumerate(self.specs):  # a page not for this role is not there at all
            self.nav.item(row).setHidden(not spec.shown_to(ctx.actor.role))
            if row < len(self.page_actions):
                self.page_actions[row].setVisible(spec.shown_to(ctx.actor.role))
        if not self.specs[max(0, self.nav.currentRow())].shown_to(ctx.actor.role):
            self.nav.setCurrentRow(0)
        starts = [row for row, spec in enumerate(self.specs) if ctx.actor.role in spec.starts_for]
        if starts and not self._navigated:
            self.nav.setCurrentRow(starts[0])  # the user's role's page, built
        self._show_row(self.nav.currentRow())
        for spec in self.specs:  # a page that counts tells its count from the start
            if spec.counts and spec.shown_to(ctx.actor.role):
                self.pages[spec.key]  # noqa: B018 - built now
        self.search.attach(ctx)
        label = self.sync_label
        when_idle(lambda: shiboken6.isValid(label) and label.refresh())
        self.opened.emit()

    def _build_page(self, key: str) -> Page:
        if self.ctx is None:
            raise RuntimeError("the profile is not open yet")
        index = [spec.key for spec in self.specs].index(key)
        spec = self.specs[index]
        page = spec.make(self.ctx)
        page.setObjectName(f"page_{spec.key}")
        page.count_changed.connect(lambda count, row=index: self._show_count(row, count))
        self.pages._built[key] = page
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, _PageFrame(page))
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        return page

    def _show_row(self, row: int) -> None:
        if row < 0 or (self.ctx is not None and not self.specs[row].shown_to(self.ctx.actor.role)):
            return
        if self.ctx is not None:
            self.pages[self.specs[row].key]  # noqa: B018 - built on its first visit
        self.stack.setCurrentIndex(row)

    def _show_count(self, row: int, count: int) -> None:
        """The page's title in the navigation and the View menu, with its count when there is one."""
        title = self.specs[row].title
        text = f"{title} ({count})" if count else title
        self.nav.item(row).setText(text)
        if row < len(self.page_actions):
            self.page_actions[row].setText(text)

    def _actions(self, toolbar: QToolBar) -> None:
        def action(text: str, shortcut, slot, name: str, icon_name: str | None = None) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if icon_name is not None:
                act.setIcon(icons.icon(icon_name))
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        find = action(self.tr("&Search"), QKeySequence.StandardKey.Find, self.focus_search, "action_find", "find")
        new = action(self.tr("&New"), QKeySequence.StandardKey.New, self.new_record, "action_new", "new")
        lock = action(self.tr("&Lock"), "Ctrl+L", self.lock, "action_lock", "lock")
        settings = action(self.tr("S&ettings…"), None, self.settings_requested.emit, "action_settings", "settings")
        quit_ = action(self.tr("&Quit"), "Ctrl+Q", self.close, "action_quit", "quit")
        quit_.setMenuRole(QAction.MenuRole.QuitRole)
        about = action(self.tr("&About Kenttä"), None, self.about, "action_about", "about")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        pages = []
        for number, spec in enumerate(self.specs[:9], start=1):
            page = action(spec.title, f"Ctrl+{number}", lambda _=False, row=number - 1: self.nav.setCurrentRow(row),
                          f"action_page_{number}", spec.key)
            pages.append(page)
            self.nav.item(number - 1).setIcon(page.icon())
        self.page_actions = pages
        for act in (new, lock, settings):
            toolbar.addAction(act)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._menus(file=[settings, lock, None, quit_], edit=[new, find], view=pages, help_=[about])

    def _menus(self, *, file: list, edit: list, view: list, help_: list) -> None:
        """The menu bar: File, Edit, View (the pages) and Help; ``None`` is a separator."""
        bar = self.menuBar()
        bar.setObjectName("menu_bar")
        for title, name, actions in ((self.tr("&File"), "menu_file", file), (self.tr("&Edit"), "menu_edit", edit),
                                     (self.tr("&View"), "menu_view", view), (self.tr("&Help"), "menu_help", help_)):
            menu = bar.addMenu(title)
            menu.setObjectName(name)
            for act in actions:
                if act is None:
                    menu.addSeparator()
                else:
                    menu.addAction(act)

    # --- navigation -------------------------------------------------------------

    def current_page(self) -> Page | None:
        frame = self.stack.currentWidget()
        return frame.widget() if isinstance(frame, _PageFrame) else None

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

    def sync_now(self) -> None:
        """A sync, as the Sync page's button starts it (the page is built when it is not yet)."""
        if "sync" in {spec.key for spec in self.specs}:
            self.pages["sync"].sync_now()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_record(self) -> None:
        page = self.current_page()
        if page is not None:
            page.new_record()

    def refresh_status(self) -> None:
        if self.ctx is not None:
            self.sync_label.refresh()

    def _show_outbox(self, waiting: int) -> None:
        self.outbox_label.setText(self.tr("%Ln change(s) waiting to be sent", "", waiting))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Kenttä"),
                          self.tr("Kenttä %1\nOffline field work for employment projects.").replace("%1", desktop.__version__))

    # --- lock -------------------------------------------------------------------

    def lock(self) -> None:
        if self.ctx is None or self.ctx.store.locked:
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

    # --- size and place -----------------------------------------------------------

    def place_on_screen(self, data_dir: Path) -> None:
        """The size and place this profile's window had on this screen (kept at close), or fitted to it."""
        self._geometry_dir = Path(data_dir)
        window_geometry.restore(self, self._geometry_dir)

    def _keep_geometry(self) -> None:
        if self._geometry_dir is not None:
            window_geometry.save(self, self._geometry_dir)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.idle.watch_windows()  # the window exists from its first show on: watched at once

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not all(page.can_close() for page in self.pages.values()):
            event.ignore()
            return
        self._keep_geometry()
        self.idle.stop()
        super().closeEvent(event)
