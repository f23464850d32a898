"""The second factor's dialog: set up an authenticator app (QR code, the key as text, a code to
confirm), then the recovery codes once (copy, print, save to a file the person picks); or new
recovery codes for an account that has the second factor.

Opened by the login form when the server says the account must set it up first (the login's
password and enrolment token come with it, and confirming logs the profile in), and from the
Sync page for an optional setup, a new phone or new recovery codes. The network work runs on a
worker (``ctx.run``); the QR code is drawn into a QImage in memory, never written to a file.
"""

from __future__ import annotations

import logging
from pathlib import Path

import segno
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QPlainTextEdit, QPushButton, QRadioButton, QStackedWidget,
)

from desktop.services import second_factor
from desktop.services.second_factor import Enrolment
from desktop.ui.context import UiContext
from desktop.ui.qt import QApplication, QFormLayout, QLabel, QLineEdit, Qt, QVBoxLayout, QWidget
from desktop.ui.style import QR_DARK, QR_LIGHT, error_style
from desktop.ui.sync.messages import exception_text
from desktop.ui.widgets.guarded_dialog import GuardedDialog
from sync.client.errors import SyncError

logger = logging.getLogger(__name__)

QR_MODULE_PIXELS = 5


def qr_image(text: str, *, scale: int = QR_MODULE_PIXELS, border: int = 4) -> QImage:
    """``text`` as a QR code (error correction M), dark on light (``style.QR_*``), in memory."""
    code = segno.make(text, error="m", micro=False)
    size = (code.symbol_size(scale=1, border=border)[0]) * scale
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(QR_LIGHT))
    painter = QPainter(image)
    black = QColor(QR_DARK)
    for y, row in enumerate(code.matrix_iter(scale=1, border=border)):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, black)
    painter.end()
    return image


def grouped(secret: str) -> str:
    """The key in groups of four, easier to type into an app."""
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def code_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setPlaceholderText("123456")
    field.setMaxLength(40)
    return field


class SecondFactorDialog(GuardedDialog):
    """``enrolment``: a login that must set up the second factor first (with its ``password``).
    Otherwise the logged-in profile's: ``enabled`` says whether it has one already (then the
    person chooses new recovery codes or a new phone, giving a code)."""

    PASSWORD, SCAN, CODES = range(3)

    def __init__(self, ctx: UiContext, *, enrolment: Enrolment | None = None,
                 password: str | None = None, enabled: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.enrolment = enrolment
        self.enabled = enabled
        self.codes: list[str] = []
        self.setObjectName("second_factor_dialog")
        self.setWindowTitle(self.tr("Two-step verification"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._password_page())
        self.pages.addWidget(self._scan_page())
        self.pages.addWidget(self._codes_page())
        self.error = QLabel()
        self.error.setObjectName("second_factor_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.next_button = QPushButton(self.tr("Continue"))
        self.next_button.setObjectName("second_factor_next")
        self.next_button.clicked.connect(self._next)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("second_factor_cancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.guard_buttons(self.next_button, self.cancel_button)
        self.setMinimumWidth(560)
        if enrolment is not None and password is not None:
            self.pages.setCurrentIndex(self.SCAN)
            self._start(password, None)
        else:
            self.pages.setCurrentIndex(self.PASSWORD)

    # --- the pages --------------------------------------------------------------------

    def _password_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "With two-step verification, logging in needs a code from an authenticator app on "
            "your phone (for example Microsoft Authenticator or Google Authenticator) besides "
            "the password. Give your password to continue."))
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("second_factor_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_code = code_field("second_factor_current_code")
        self.current_code.setMaximumWidth(200)
        self.new_codes_choice = QRadioButton(self.tr("New recovery codes (the old ones stop working)"))
        self.new_codes_choice.setObjectName("second_factor_new_codes")
        self.new_codes_choice.setChecked(True)
        self.new_phone_choice = QRadioButton(self.tr("Set up a new phone"))
        self.new_phone_choice.setObjectName("second_factor_new_phone")
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        if self.enabled:
            intro.setText(self.tr("Two-step verification is on. Give your password and the code "
                                  "the authenticator app shows now (or a recovery code)."))
            form.addRow(self.tr("Code"), self.current_code)
            form.addRow("", self.new_codes_choice)
            form.addRow("", self.new_phone_choice)
        else:
            self.current_code.hide()
            self.new_codes_choice.hide()
            self.new_phone_choice.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _scan_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "1. Open the authenticator app on your phone and add an account by reading this QR "
            "code, or type the key below into it.\n2. Type the 6-digit code the app shows."))
        intro.setWordWrap(True)
        self.qr = QLabel(self.tr("Loading…"))
        self.qr.setObjectName("second_factor_qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(250, 250)
        self.secret = QLabel()
        self.secret.setObjectName("second_factor_secret")
        self.secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.secret.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.confirm_code = code_field("second_factor_code")
        self.confirm_code.setMaximumWidth(200)
        self.confirm_code.returnPressed.connect(self._next)
        form = QFormLayout()
        form.addRow(self.tr("Key"), self.secret)
        form.addRow(self.tr("Code from the app"), self.confirm_code)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.qr, 1)
        layout.addLayout(form)
        return page

    def _codes_page(self) -> QWidget:
        page = QWidget()
        warning = QLabel(self.tr(
            "Two-step verification is on. These recovery codes are shown only now. If you lose "
            "your phone, each code logs you in once in place of the app's code. Keep them safe, "
            "apart from this laptop (printed, or in a password manager), and do not share them."))
        warning.setObjectName("second_factor_warning")
        warning.setWordWrap(True)
        self.codes_view = QPlainTextEdit()
        self.codes_view.setObjectName("second_factor_codes")
        self.codes_view.setReadOnly(True)
        self.codes_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        lines = self.codes_view.fontMetrics().lineSpacing()
        self.codes_view.setFixedHeight(lines * 12)
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName("second_factor_copy")
        copy.clicked.connect(self._copy)
        printing = QPushButton(self.tr("Print…"))
        printing.setObjectName("second_factor_print")
        printing.clicked.connect(self._print)
        save = QPushButton(self.tr("Save to a file…"))
        save.setObjectName("second_factor_save")
        save.clicked.connect(self._save)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addWidget(printing)
        row.addWidget(save)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(warning)
        layout.addWidget(self.codes_view)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # --- the steps --------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.next_button.setEnabled(not busy)

    def _next(self) -> None:
        page = self.pages.currentIndex()
        self.error.clear()
        if page == self.CODES:
            self.accept()
        elif page == self.SCAN:
            self._confirm()
        elif not self.password.text():
            self.error.setText(self.tr("Give your password."))
        elif self.enabled and not self.current_code.text().strip():
            self.error.setText(self.tr("Type the code the authenticator app shows now, or a "
                                       "recovery code."))
        elif self.enabled and self.new_codes_choice.isChecked():
            self._new_codes()
        else:
            self._start(self.password.text(), self.current_code.text().strip() or None)

    def _start(self, password: str, code: str | None) -> None:
        store, enrolment = self.ctx.store, self.enrolment
        self._busy(True)
        self.ctx.run(lambda: second_factor.start(store, password=password, code=code,
                                                 enrolment=enrolment),
                     on_done=self._started, on_failed=self._failed, parent=self)

    def _started(self, secret) -> None:
        self._busy(False)
        self.pages.setCurrentIndex(self.SCAN)
        self.qr.setText("")
        self.qr.setPixmap(QPixmap.fromImage(qr_image(secret.provisioning_uri)))
        self.secret.setText(grouped(secret.secret))
        self.confirm_code.setFocus()

    def _confirm(self) -> None:
        code = self.confirm_code.text().strip()
        if not code:
            self.error.setText(self.tr("Type the 6-digit code the authenticator app shows."))
            return
        store, enrolment = self.ctx.store, self.enrolment
        self._busy(True)
        self.ctx.run(lambda: second_factor.confirm(store, code=code, enrolment=enrolment),
                     on_done=self._show_codes, on_failed=self._failed, parent=self)

    def _new_codes(self) -> None:
        store, password, code = self.ctx.store, self.password.text(), self.current_code.text().strip()
        self._busy(True)
        self.ctx.run(lambda: second_factor.new_recovery_codes(store, password=password, code=code),
                     on_done=self._show_codes, on_failed=self._failed, parent=self)

    def _show_codes(self, codes: list[str]) -> None:
        self._busy(False)
        self.codes = list(codes)
        self.codes_view.setPlainText("\n".join(self.codes))
        self.pages.setCurrentIndex(self.CODES)
        self.next_button.setText(self.tr("Done"))
        self.cancel_button.hide()
        self.next_button.setFocus()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        if not isinstance(error, SyncError):
            raise error
        self.error.setText(exception_text(error))
        if self.pages.currentIndex() == self.SCAN and not self.secret.text():
            self.pages.setCurrentIndex(self.PASSWORD)  # the setup did not start: try again
        field = self.confirm_code if self.pages.currentIndex() == self.SCAN else self.password
        if self.pages.currentIndex() == self.PASSWORD and self.enabled and \
                (getattr(error, "code", None) or "").startswith("totp"):
            field = self.current_code
        field.selectAll()
        field.setFocus()

    # --- the codes --------------------------------------------------------------------

    def codes_text(self) -> str:
        return second_factor.codes_text(self.codes, heading=self.tr(
            "Kenttä recovery codes: each logs in once in place of the authenticator app's code. "
            "Keep them safe."))

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.codes_text())

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self.codes_text())
        document.print_(printer)

    def _save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery codes"), "kentta-recovery-codes.txt",
            self.tr("Text files (*.txt)"))
        if not path:
            return
        text = self.codes_text()
        self.ctx.run(lambda: second_factor.save_codes(Path(path), text), parent=self)

    # --- leaving ------------------------------------------------------------------------

    def reject(self) -> None:
        """Once the codes are shown the setup is done: leaving is Done."""
        if self.pages.currentIndex() == self.CODES:
            self.accept()
            return
        super().reject()
