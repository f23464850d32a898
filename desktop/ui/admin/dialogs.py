"""The dialogs of the staff tab: a staff account to add or edit, a password to reset, and the
generated password shown once.

Each dialog sends its change itself, off the GUI thread, and stays open until the server has
accepted it: a refusal is said in the dialog, with everything typed still there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QRadioButton

from desktop.ui.admin.messages import admin_error_text
from desktop.ui.profile_dialogs import role_labels, secret_field
from desktop.ui.qt import (
    QComboBox, QCoreApplication, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, Qt, QVBoxLayout,
    QWidget,
)
from desktop.ui.style import error_style
from desktop.ui.widgets.guarded_dialog import GuardedDialog
from sync.protocol import StaffAccount

# ``send(values, done, failed)``: runs the change in the background, then calls one of the two.
Send = Callable[[dict[str, Any], Callable[[Any], None], Callable[[Exception], None]], None]


def localities_text(localities: list[str]) -> str:
    return ", ".join(localities)


def parse_localities(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class _SendingDialog(GuardedDialog):
    """A guarded dialog whose OK sends ``values()`` and closes once the server accepted them."""

    def __init__(self, send: Send, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.send = send
        self.result_value: Any = None
        self.error = QLabel()
        self.error.setObjectName("admin_dialog_error")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def finish(self, layout: QVBoxLayout) -> None:
        """Put the error line and the buttons last; Enter sends (set once they are in the dialog)."""
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.guard_buttons(self.ok, self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _submit(self) -> None:
        if not self.ok.isEnabled():
            return
        self.ok.setEnabled(False)
        self.error.setText(self.tr("Sending to the server…"))
        self.send(self.values(), self._accepted, self._refused)

    def _accepted(self, value: Any) -> None:
        self.result_value = value
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.ok.setEnabled(True)
        self.error.setText(admin_error_text(error))


class StaffDialog(_SendingDialog):
    """A new staff account (``account`` None), or an account's role and localities."""

    def __init__(self, send: Send, account: StaffAccount | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(send, parent)
        self.setObjectName("staff_dialog")
        self.setWindowTitle(self.tr("New staff member") if account is None
                            else self.tr("Edit staff member"))
        self.account = account
        self.username = QLineEdit(account.username if account else "")
        self.username.setObjectName("staff_username")
        self.name = QLineEdit(account.name if account else "")
        self.name.setObjectName("staff_name")
        self.role = QComboBox()
        self.role.setObjectName("staff_role")
        for role, label in role_labels().items():
            self.role.addItem(label, role)
        self.role.setCurrentIndex(max(0, self.role.findData(account.role if account else "career_coach")))
        self.localities = QLineEdit(localities_text(account.localities) if account else "")
        self.localities.setObjectName("staff_localities")
        self.localities.setPlaceholderText(self.tr("For example: Oulu, Raahe"))
        form = QFormLayout()
        if account is None:
            form.addRow(self.tr("Username"), self.username)
            form.addRow(self.tr("Name"), self.name)
        else:
            form.addRow(self.tr("Username"), QLabel(account.username))
            form.addRow(self.tr("Name"), QLabel(account.name))
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Localities"), self.localities)
        self.password = secret_field("staff_password")
        if account is None:
            self.password.setPlaceholderText(self.tr("Leave empty to have one made"))
            form.addRow(self.tr("Initial password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if account is None:
            note = QLabel(self.tr("The person logs in with this username and password on the Sync "
                                  "page of their laptop. A password made by the server is shown "
                                  "once, for you to hand over."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.finish(layout)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"role": self.role.currentData(),
                                  "localities": parse_localities(self.localities.text())}
        if self.account is None:
            values.update(username=self.username.text().strip(), name=self.name.text().strip(),
                          password=self.password.text() or None)
        return values


class PasswordDialog(_SendingDialog):
    """A new password for an account: made by the server (shown once) or typed here."""

    def __init__(self, send: Send, account: StaffAccount, parent: QWidget | None = None) -> None:
        super().__init__(send, parent)
        self.setObjectName("password_dialog")
        self.setWindowTitle(self.tr("Reset password"))
        intro = QLabel(self.tr("A new password for %1 (%2). Every session of the account ends: its "
                               "laptops ask for the new password at their next sync.")
                       .replace("%1", account.name).replace("%2", account.username))
        intro.setWordWrap(True)
        self.generate = QRadioButton(self.tr("Let the server make a password (shown once)"))
        self.generate.setObjectName("password_generate")
        self.generate.setChecked(True)
        self.choose = QRadioButton(self.tr("Set this password:"))
        self.choose.setObjectName("password_typed")
        self.password = secret_field("password_new")
        self.password.setEnabled(False)
        self.choose.toggled.connect(self.password.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.generate)
        layout.addWidget(self.choose)
        layout.addWidget(self.password)
        self.finish(layout)

    def values(self) -> dict[str, Any]:
        return {"password": self.password.text() if self.choose.isChecked() else None}


def show_password_once(parent: QWidget, username: str, password: str) -> QMessageBox:
    """The password the server made, selectable, in a window that does not block."""
    box = QMessageBox(QMessageBox.Icon.Information, "Kenttä",
                      QCoreApplication.translate(
                          "AdminDialogs", "The password of %1 is shown only now: hand it over "
                          "safely. The server keeps no copy it could show again.").replace("%1", username),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("generated_password")
    box.setInformativeText(password)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
