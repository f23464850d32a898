"""Logging the profile in to the sync server: address, username, password."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desktop.errors import KenttaError
from desktop.services import sync_session
from desktop.ui.context import UiContext
from desktop.ui.qt import QFormLayout, QLabel, QLineEdit, Qt, QVBoxLayout, QWidget, Signal
from desktop.ui.sync.messages import exception_text
from desktop.ui.sync.revoked import is_revoked
from desktop.ui.style import error_style
from sync.client.errors import SyncError


class LoginForm(QWidget):
    logged_in = Signal(object)  # TokenPair
    revoked = Signal()  # the server says this device is revoked: the profile was deleted

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        intro = QLabel(self.tr("Log in to your organisation's Kenttä server to send your work and "
                               "receive your colleagues'. The first sync downloads everything you "
                               "may see."))
        intro.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setObjectName("login_server")
        self.server.setPlaceholderText("https://kentta.example.fi")
        self.username = QLineEdit()
        self.username.setObjectName("login_username")
        self.password = QLineEdit()
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("login_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.button = QPushButton(self.tr("Log in"))
        self.button.setObjectName("login_button")
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        box = QWidget()
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        self.setFocusProxy(self.server)

    def prefill(self, server_url: str | None, username: str | None) -> None:
        if server_url:
            self.server.setText(server_url)
        if username:
            self.username.setText(username)
        (self.password if server_url and username else self.server).setFocus()

    def submit(self) -> None:
        server, username, password = self.server.text().strip(), self.username.text().strip(), self.password.text()
        if not (server and username and password):
            self.error.setText(self.tr("Give the server address, your username and your password."))
            return
        self.error.clear()
        self.button.setEnabled(False)
        self.button.setText(self.tr("Logging in…"))
        store = self.ctx.store
        self.ctx.run(
            lambda: sync_session.login(store, server_url=server, username=username, password=password),
            on_done=self._done, on_failed=self._failed, parent=self,
        )

    def _reset_button(self) -> None:
        self.button.setEnabled(True)
        self.button.setText(self.tr("Log in"))

    def _done(self, tokens) -> None:
        self._reset_button()
        self.password.clear()
        self.logged_in.emit(tokens)

    def _failed(self, error: Exception) -> None:
        self._reset_button()
        if isinstance(error, (SyncError, KenttaError)):
            self.error.setText(exception_text(error))
            if is_revoked(error):
                self.revoked.emit()
        else:
            raise error
