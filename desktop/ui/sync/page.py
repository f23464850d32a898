"""The Sync page: log in, sync with progress and Cancel, the receipt, conflicts to choose,
records set aside, attachments that could not be sent, the changes waiting to be sent (counted as the status bar counts them), and
the automatic sync when the server can be reached."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QProgressBar, QPushButton, QStackedWidget, QTabWidget

from desktop.services import sync_session
from desktop.services.setup import current_actor
from desktop.store.tables import TABLES
from desktop.services.sync_status import last_receipt, sync_status
from desktop.ui.context import UiContext
from desktop.ui.pages import Page
from desktop.ui.qt import QCoreApplication, QLabel, QVBoxLayout, QWidget
from desktop.ui.sync.conflicts import ConflictPanel, RefusedPanel
from desktop.ui.sync.files_panel import FilesPanel
from desktop.ui.sync.login_form import LoginForm
from desktop.ui.sync.messages import exception_text
from desktop.ui.sync.receipt_view import ReceiptView
from desktop.ui.sync.revoked import end_revoked_session, is_revoked
from desktop.ui.sync.runner import AutoSync, SyncRunner

logger = logging.getLogger(__name__)


class SyncPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.runner = SyncRunner(ctx, self)
        self.auto = AutoSync(ctx, self.runner, self)
        self.login = LoginForm(ctx)
        self.login.revoked.connect(lambda: end_revoked_session(self))
        self.login.logged_in.connect(self._logged_in)
        self.panel = self._build_panel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.panel)
        self.waiting = QLabel()
        self.waiting.setObjectName("sync_waiting")
        layout = QVBoxLayout(self)
        layout.addWidget(self.waiting)
        layout.addWidget(self.stack)

        self.runner.started.connect(self._started)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.conflicts.resolved.connect(lambda kind, rid: self.ctx.bus.changed.emit(kind, {rid}))
        self.conflicts.resolved.connect(lambda *_: self.ctx.bus.changed.emit("sync", None))
        self.ctx.bus.changed.connect(lambda _kind, _ids: self.refresh_waiting())
        self.load()

    def _build_panel(self) -> QWidget:
        self.account = QLabel()
        self.account.setObjectName("sync_account")
        self.account.setWordWrap(True)
        logout = QPushButton(self.tr("Log out"))
        logout.setObjectName("logout")
        logout.clicked.connect(self.logout)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync_now")
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        self.bar = QProgressBar()
        self.bar.setObjectName("sync_progress")
        self.bar.setTextVisible(True)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("sync_cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.state = QLabel()
        self.state.setObjectName("sync_state")
        self.state.setWordWrap(True)
        self.auto_box = QCheckBox(self.tr("Sync automatically when the server can be reached "
                                          "(checked every minute)"))
        self.auto_box.setObjectName("auto_sync")
        self.auto_box.toggled.connect(self._auto_toggled)

        self.receipt = ReceiptView()
        self.conflicts = ConflictPanel(self.ctx)
        self.refused = RefusedPanel(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sync_tabs")
        self.tabs.addTab(self.receipt, self.tr("Receipt"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.refused, self.tr("Set aside"))
        self.files = FilesPanel(self.ctx)
        self.tabs.addTab(self.files, self.tr("Files"))
        self.conflicts.loaded.connect(
            lambda n: self.tabs.setTabText(1, self.tr("Conflicts (%1)").replace("%1", str(n))))
        self.refused.loaded.connect(
            lambda n: self.tabs.setTabText(2, self.tr("Set aside (%1)").replace("%1", str(n))))
        self.files.loaded.connect(
            lambda n: self.tabs.setTabText(3, self.tr("Files (%1)").replace("%1", str(n))))

        second_factor = QPushButton(self.tr("Two-step verification…"))
        second_factor.setObjectName("second_factor")
        second_factor.clicked.connect(self.open_second_factor)
        top = QHBoxLayout()
        top.addWidget(self.account, 1)
        top.addWidget(second_factor)
        top.addWidget(logout)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addWidget(self.auto_box)
        layout.addWidget(self.tabs, 1)
        return panel

    # --- loading ----------------------------------------------------------------------

    def load(self) -> None:
        store = self.ctx.store

        def work():
            return sync_session.session_info(store), last_receipt(store)

        self.ctx.run(work, on_done=self._show_session, parent=self)
        self.refresh_waiting()

    def refresh_waiting(self) -> None:
        if self.ctx.store.locked:
            return
        store = self.ctx.store
        self.ctx.run(lambda: sync_status(store).waiting, on_done=self._show_waiting, parent=self)

    def _show_waiting(self, waiting: int) -> None:
        # the status bar's own text (MainWindow), so both say the same in every language
        self.waiting.setText(QCoreApplication.translate("MainWindow", "%Ln change(s) waiting to be sent", "", waiting))

    def _show_session(self, loaded) -> None:
        info, receipt = loaded
        if not info.logged_in:
            self.login.prefill(info.server_url, info.username)
            self.stack.setCurrentWidget(self.login)
            self.auto.set_enabled(False)
            return
        self.account.setText(self.tr("Logged in to %1 as %2.").replace("%1", info.server_url or "")
                             .replace("%2", info.username or ""))
        self.stack.setCurrentWidget(self.panel)
        self.receipt.show_receipt(receipt)
        self._reload_lists()
        self.auto_box.blockSignals(True)
        self.auto_box.setChecked(info.auto_sync)
        self.auto_box.blockSignals(False)
        self.auto.set_enabled(info.auto_sync)

    def show_conflict(self, conflict_id) -> None:
        """The Conflicts tab with this conflict chosen (from the Today page)."""
        self.tabs.setCurrentWidget(self.conflicts)
        self.conflicts.choose_conflict(conflict_id)

    def _reload_lists(self) -> None:
        self.conflicts.reload()
        self.refused.reload()
        self.files.reload()

    # --- doing --------------------------------------------------------------------------

    def sync_now(self) -> None:
        if not self.runner.start():
            self.state.setText(self.tr("A sync is running already."))

    def _logged_in(self, _tokens) -> None:
        store = self.ctx.store
        self.ctx.run(lambda: current_actor(store), on_done=self._actor_known, parent=self)

    def _actor_known(self, actor) -> None:
        self.ctx.actor = actor  # the server account's staff id from now on
        self.load()
        self.runner.start()  # the first sync

    def open_second_factor(self) -> None:
        """The account's second factor: ask the server whether it has one, then the dialog."""
        from desktop.services import second_factor

        store = self.ctx.store
        self.ctx.run(lambda: second_factor.status(store), on_done=self._second_factor_dialog,
                     on_failed=lambda error: self.state.setText(exception_text(error)), parent=self)

    def _second_factor_dialog(self, status) -> None:
        from desktop.ui.sync.second_factor import SecondFactorDialog

        self.second_factor_dialog = SecondFactorDialog(self.ctx, enabled=status.enabled, parent=self)
        self.second_factor_dialog.open()

    def logout(self) -> None:
        self.auto.set_enabled(False)
        store = self.ctx.store
        self.ctx.run(lambda: sync_session.logout(store), on_done=lambda _r: self.load(), parent=self)

    def _auto_toggled(self, enabled: bool) -> None:
        store = self.ctx.store
        self.ctx.run(lambda: sync_session.set_auto_sync(store, enabled), parent=self)
        self.auto.set_enabled(enabled)

    # --- the runner's signals ----------------------------------------------------------

    def _started(self) -> None:
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)
        self.state.setText(self.tr("Starting…"))

    def _progressed(self, snap) -> None:
        if snap.phase == "sending" and snap.to_send:
            self.bar.setRange(0, snap.to_send)
            self.bar.setValue(snap.sent)
            text = self.tr("Sending: %1 of %2").replace("%1", str(snap.sent)).replace("%2", str(snap.to_send))
        elif snap.phase == "files" and snap.to_send:
            self.bar.setRange(0, snap.to_send)
            self.bar.setValue(max(0, snap.sent - 1))
            text = self.tr("Files: %1 of %2").replace("%1", str(min(snap.sent, snap.to_send))) \
                .replace("%2", str(snap.to_send))
        elif snap.phase == "receiving":
            self.bar.setRange(0, 0)
            text = self.tr("Receiving: %1 changes").replace("%1", str(snap.received))
        else:
            text = self.tr("Connecting…")
        if snap.retrying:
            text += " " + self.tr("(the server does not answer; trying again)")
        if snap.cancel_requested:
            text = self.tr("Cancelling…")
        self.state.setText(text)

    def _idle(self) -> None:
        self.sync_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)

    def _finished(self, receipt) -> None:
        self._idle()
        self.state.clear()
        self.receipt.show_receipt(receipt)
        self.tabs.setCurrentWidget(self.conflicts if receipt.conflicts else self.receipt)
        self._reload_lists()
        if receipt.error_type == "LoginRequired":
            self.load()
        if receipt.received or receipt.dropped:
            for kind in TABLES:
                self.ctx.bus.changed.emit(kind, None)
        self.ctx.bus.changed.emit("sync", None)
        store = self.ctx.store
        self.ctx.run(lambda: current_actor(store), on_done=self._set_actor, parent=self)

    def _set_actor(self, actor) -> None:
        self.ctx.actor = actor

    def _failed(self, error: Exception) -> None:
        self._idle()
        self.state.setText(exception_text(error))
        if is_revoked(error):  # the profile was deleted
            self.auto.set_enabled(False)
            end_revoked_session(self)
            return
        self.ctx.bus.changed.emit("sync", None)

    def can_close(self) -> bool:
        self.auto.set_enabled(False)
        self.runner.wait(10)
        return True

