"""The Administration page ("Ylläpito"), for administrators and project managers only.

An administrator gets the staff accounts and the devices of the organisation; a project
manager a client's audit trail (an administrator sees no client data, a manager no accounts).
Everything is read from and changed on the sync server, off the GUI thread, so the page needs
the laptop's sync login: without it the page says so and offers the Sync page.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QTabWidget

from desktop.services import administration, sync_session
from desktop.services.sync_session import NotLoggedIn
from desktop.ui.admin.devices import DevicesTab
from desktop.ui.admin.messages import admin_error_text
from desktop.ui.admin.staff import StaffTab
from desktop.ui.admin.tab import AdminTab
from desktop.ui.admin.trail import TrailTab
from desktop.ui.context import UiContext
from desktop.ui.pages import Page
from desktop.ui.qt import QLabel, Qt, QVBoxLayout, QWidget
from desktop.ui.style import error_style


class AdminPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("admin_tabs")
        self.staff: StaffTab | None = None
        self.devices: DevicesTab | None = None
        self.trail: TrailTab | None = None
        if ctx.actor.role == "admin":
            self.staff, self.devices = StaffTab(ctx), DevicesTab(ctx)
            self.tabs.addTab(self.staff, self.tr("Staff"))
            self.tabs.addTab(self.devices, self.tr("Devices"))
        elif ctx.actor.role == "manager":
            self.trail = TrailTab(ctx)
            self.tabs.addTab(self.trail, self.tr("Client audit trail"))
        for tab in self._tabs():
            tab.said.connect(self._say)
            tab.failed.connect(self._failed)
            tab.busy.connect(self._busy)
        self.tabs.currentChanged.connect(lambda _index: self.refresh())

        self.state = QLabel()
        self.state.setObjectName("admin_state")
        self.state.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refre&sh"))
        self.refresh_button.setObjectName("admin_refresh")
        self.refresh_button.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)

        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())  # while the login is checked
        self.signed_out = self._signed_out_panel()
        self.stack.addWidget(self.signed_out)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._running = 0
        self._checking = False
        self.load()

    def _signed_out_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("admin_signed_out")
        text = QLabel(self.tr("Administration is done on your organisation's Kenttä server, so this "
                              "laptop must be logged in to it first: log in on the Sync page, then "
                              "come back here."))
        text.setWordWrap(True)
        go = QPushButton(self.tr("&Open the Sync page"))
        go.setObjectName("admin_open_sync")
        go.clicked.connect(self._open_sync)
        column = QVBoxLayout(panel)
        column.addWidget(text)
        column.addWidget(go, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return panel

    def _tabs(self) -> list[AdminTab]:
        return [tab for tab in (self.staff, self.devices, self.trail) if tab is not None]

    def _open_sync(self) -> None:
        window = self.window()
        if hasattr(window, "go_to") and "sync" in window.pages:
            window.go_to("sync")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stack.currentWidget() is self.signed_out and not self._checking:
            self.load()  # back from the Sync page, perhaps logged in now

    # --- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Check the sync login (off the GUI thread), then read the current tab."""
        store = self.ctx.store

        def check() -> tuple[bool, str | None]:
            return administration.signed_in(store), sync_session.DEVICE_ID.get(store)

        self._checking = True
        self.state.setStyleSheet("")
        self.state.setText(self.tr("Checking the login to the server…"))
        self.ctx.run(check, on_done=self._checked, parent=self)

    def _checked(self, answer: tuple[bool, str | None]) -> None:
        self._checking = False
        signed_in, device_id = answer
        if self.devices is not None and device_id:
            self.devices.own_device = uuid.UUID(device_id)
        if not signed_in:
            self._show_signed_out()
            return
        self.stack.setCurrentWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, AdminTab) and self.stack.currentWidget() is self.tabs:
            self.state.setStyleSheet("")
            self.state.setText(self.tr("Reading from the server…"))
            tab.refresh()

    def _show_signed_out(self) -> None:
        self.stack.setCurrentWidget(self.signed_out)
        self.state.setStyleSheet("")
        self.state.setText(self.tr("Not logged in to the sync server."))

    def _say(self, text: str) -> None:
        self.state.setStyleSheet("")
        self.state.setText(text)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, NotLoggedIn) or getattr(error, "code", None) in (
                "not_logged_in", "session_ended"):
            self._show_signed_out()
            if getattr(error, "code", None) == "session_ended":
                self.state.setText(admin_error_text(error))
            return
        self.state.setStyleSheet(error_style())
        self.state.setText(admin_error_text(error))

    def _busy(self, busy: bool) -> None:
        self._running += 1 if busy else -1
        self.refresh_button.setEnabled(self._running <= 0)
