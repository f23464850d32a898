"""Logging the profile in to the sync server: address, username, password, and the second
factor's code when the server asks for it (or a recovery code); an account that must set up
its second factor first is led through it (``desktop.ui.sync.second_factor``)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPushButton

from desktop.errors import KenttaError
from desktop.services import sync_session
from desktop.ui.context import UiContext
from desktop.ui.qt import QFormLayout, QLabel, QLineEdit, Qt, QVBoxLayout, QWidget, Signal
from desktop.ui.sync.messages import exception_text
from desktop.ui.sync.revoked import is_revoked
from desktop.ui.style import error_style
from sync.client.errors import EnrolmentRequired, SyncError
from sync.protocol import TOTP_INVALID, TOTP_REQUIRED, TOTP_REUSED

CODE_ERRORS = (TOTP_REQUIRED, TOTP_INVALID, TOTP_REUSED)


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
        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code.setObjectName("login_code")
        self.code.setMaxLength(40)
        self.recovery = QCheckBox(self.tr("Use a recovery code"))
        self.recovery.setObjectName("login_use_recovery")
        self.recovery.toggled.connect(self._code_kind)
        self._code_kind(False)
        self.error = QLabel()
        self.error.setObjectName("login_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.button = QPushButton(self.tr("Log in"))
        self.button.setObjectName("login_button")
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.code.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.code_label, self.code)
        form.addRow("", self.recovery)
        self._show_code(False)
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

    def _code_kind(self, recovery: bool) -> None:
        self.code_label.setText(self.tr("Recovery code") if recovery else self.tr("Code"))
        self.code.setPlaceholderText("abcd-efgh-jkmn" if recovery else "123456")

    def _show_code(self, shown: bool) -> None:
        for widget in (self.code_label, self.code, self.recovery):
            widget.setVisible(shown)

    def submit(self) -> None:
        server, username, password = self.server.text().strip(), self.username.text().strip(), self.password.text()
        if not (server and username and password):
            self.error.setText(self.tr("Give the server address, your username and your password."))
            return
        asked = not self.code.isHidden()
        code = self.code.text().strip() if asked else ""
        if asked and not code:
            self.error.setText(self.code_request())
            self.code.setFocus()
            return
        self.error.clear()
        self.button.setEnabled(False)
        self.button.setText(self.tr("Logging in…"))
        store = self.ctx.store
        self.ctx.run(
            lambda: sync_session.login(store, server_url=server, username=username, password=password,
                                       code=code or None),
            on_done=self._done, on_failed=self._failed, parent=self,
        )

    def code_request(self) -> str:
        if self.recovery.isChecked():
            return self.tr("Type one of your recovery codes. Each works once.")
        return self.tr("This account uses two-step verification: type the 6-digit code that the "
                       "authenticator app on your phone shows now.")

    def _reset_button(self) -> None:
        self.button.setEnabled(True)
        self.button.setText(self.tr("Log in"))

    def _done(self, tokens) -> None:
        self._reset_button()
        self.password.clear()
        self.code.clear()
        self.recovery.setChecked(False)
        self._show_code(False)
        self.logged_in.emit(tokens)

    def _failed(self, error: Exception) -> None:
        self._reset_button()
        if isinstance(error, EnrolmentRequired):
            self._enrol(error)
        elif isinstance(error, (SyncError, KenttaError)):
            code = getattr(error, "code", None)
            if code == TOTP_REQUIRED:
                self._show_code(True)
                self.error.setText(self.code_request())
            else:
                self.error.setText(exception_text(error))
            if code in CODE_ERRORS:
                self.code.selectAll()
                self.code.setFocus()
            if is_revoked(error):
                self.revoked.emit()
        else:
            raise error

    def _enrol(self, error: EnrolmentRequired) -> None:
        """The account must set up its second factor before it may log in: the dialog does it,
        and its confirmation logs the profile in."""
        from desktop.services.second_factor import Enrolment
        from desktop.ui.sync.second_factor import SecondFactorDialog

        self.error.setText(exception_text(error))
        enrolment = Enrolment(server_url=self.server.text().strip(),
                              username=self.username.text().strip(), token=error.token)
        dialog = SecondFactorDialog(self.ctx, enrolment=enrolment, password=self.password.text(),
                                    parent=self)
        self.enrolment_dialog = dialog
        dialog.accepted.connect(lambda: self._done(None))
        dialog.finished.connect(lambda _result: setattr(self, "enrolment_dialog", None))
        dialog.open()
