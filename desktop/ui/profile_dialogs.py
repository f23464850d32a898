"""First-run setup and unlock dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from desktop.store import keys
from desktop.store.profile import MIN_PIN
from desktop.ui.i18n import LANGUAGES
from desktop.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)
from desktop.ui.widgets.guarded_dialog import GuardedDialog
from desktop.ui.style import error_style

LOCALITIES = ("Oulu", "Raahe", "Haapavesi", "Ylivieska")


def role_labels() -> dict[str, str]:
    return {
        "employer_coordinator": QCoreApplication.translate("Roles", "Employer coordinator"),
        "career_coach": QCoreApplication.translate("Roles", "Career coach"),
        "manager": QCoreApplication.translate("Roles", "Project manager"),
        "admin": QCoreApplication.translate("Roles", "Administrator"),
    }


def secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SetupDialog(GuardedDialog):
    """Who uses this laptop, in which language, and how the key is protected.

    Cancel or Esc quits Kenttä: after typing, only once the question is answered."""

    def __init__(self, *, keyring_works: bool, language: str = "fi", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kenttä – new profile"))
        self.setObjectName("setup_dialog")
        self.keyring_works = keyring_works
        self.name = QLineEdit()
        self.name.setObjectName("setup_name")
        self.role = QComboBox()
        self.role.setObjectName("setup_role")
        for role, label in role_labels().items():
            self.role.addItem(label, role)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("setup_organisation")
        self.locality = QComboBox()
        self.locality.setObjectName("setup_locality")
        self.locality.setEditable(True)
        self.locality.addItems(LOCALITIES)
        self.language = QComboBox()
        self.language.setObjectName("setup_language")
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.use_keyring = QCheckBox(self.tr("Keep the key in the OS keyring"))
        self.use_keyring.setObjectName("setup_use_keyring")
        self.use_keyring.setChecked(keyring_works)
        self.use_keyring.setEnabled(keyring_works)
        self.passphrase = secret_field("setup_passphrase")
        self.passphrase_again = secret_field("setup_passphrase_again")
        self.pin = secret_field("setup_pin")
        self.error = QLabel()
        self.error.setObjectName("setup_error")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Locality"), self.locality)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.use_keyring)
        self.passphrase_label = QLabel()
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.passphrase_again)
        form.addRow(self.tr("PIN for the lock screen"), self.pin)
        self.note = QLabel()
        self.note.setObjectName("setup_note")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.guard_buttons(buttons.button(QDialogButtonBox.StandardButton.Ok),
                           buttons.button(QDialogButtonBox.StandardButton.Cancel))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.use_keyring.toggled.connect(self._update_hint)
        self._update_hint()
        self.resize(520, self.sizeHint().height())

    def _update_hint(self) -> None:
        """The passphrase is a recovery one beside the keyring, and the only key without it:
        its label and the note under the form say which."""
        if self.use_keyring.isChecked():
            self.passphrase_label.setText(self.tr("Recovery passphrase"))
            note = self.tr("The recovery passphrase opens the profile if the keyring is lost, and "
                           "unlocks the lock screen. The PIN (at least %1 digits) only unlocks the lock screen.")
        else:
            self.passphrase_label.setText(self.tr("Passphrase (required)"))
            note = self.tr("The passphrase opens the profile at every start, and unlocks the lock screen. "
                           "The PIN (at least %1 digits) only unlocks the lock screen.")
        self.note.setText(note.replace("%1", str(MIN_PIN)))

    def discard_words(self) -> tuple[str, str, str]:
        return (self.tr("Quit without a profile?"),
                self.tr("What you typed will be lost, and Kenttä closes without creating a profile."),
                self.tr("Quit"))

    def problem(self) -> str | None:
        passphrase, pin = self.passphrase.text(), self.pin.text()
        if not self.name.text().strip():
            return self.tr("Give your name.")
        if not self.organisation.text().strip():
            return self.tr("Give the organisation.")
        if not self.locality.currentText().strip():
            return self.tr("Give the locality.")
        if not self.use_keyring.isChecked() and not passphrase:
            return self.tr("No OS keyring is used, so a passphrase is required.")
        if passphrase and len(passphrase) < keys.MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least %1 characters.").replace("%1", str(keys.MIN_PASSPHRASE))
        if passphrase != self.passphrase_again.text():
            return self.tr("The two passphrases differ.")
        if pin and (len(pin) < MIN_PIN or not pin.isdigit()):
            return self.tr("The PIN needs at least %1 digits.").replace("%1", str(MIN_PIN))
        if not passphrase and not pin:
            return self.tr("Set a recovery passphrase or a PIN, so that the lock screen can be opened.")
        return None

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        self.accept()


class UnlockDialog(QDialog):
    """Asks for the profile's passphrase; ``problem`` says why the last one did not open it."""

    def __init__(self, message: str, parent=None, *, problem: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("Unlock Kenttä"))
        self.passphrase = secret_field("unlock_passphrase")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(message)
        label.setWordWrap(True)
        self.problem = QLabel(problem)
        self.problem.setObjectName("unlock_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setVisible(bool(problem))
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # Wide enough for the title and a two-line message, whatever the language.
        self.setMinimumWidth(460)
        self.resize(460, self.sizeHint().height())


class DamagedProfileDialog(QDialog):
    """The profile's change log (WAL) is damaged: restore the last backup, or quit leaving everything as it is.

    ``accepted`` means restore; the dialog offers it only when there is a backup.
    """

    def __init__(self, *, transactions: int, aside: str, backup_time: str | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kenttä – the profile needs attention"))
        self.setObjectName("damaged_profile_dialog")
        text = self.tr(
            "The database's change log is damaged: %1 recent saved changes would be lost if Kenttä "
            "opened the database now. Nothing has been changed, and copies of the files are kept in %2."
        ).replace("%1", str(transactions)).replace("%2", aside)
        if backup_time is not None:
            advice = self.tr(
                "You can restore the profile from its last backup (%1). What was synced to the server "
                "comes back with the next sync; changes made after the last sync may be lost."
            ).replace("%1", backup_time)
        else:
            advice = self.tr(
                "The profile has no backup. Quit and leave everything as it is, and ask for support; "
                "or log in on a new profile to download your synced data."
            )
        self.message = QLabel(text + "\n\n" + advice)
        self.message.setObjectName("damaged_message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore = buttons.addButton(self.tr("Restore the last backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore.setObjectName("damaged_restore")
        self.restore.setVisible(backup_time is not None)
        self.quit = buttons.addButton(self.tr("Quit and leave everything as it is"),
                                      QDialogButtonBox.ButtonRole.RejectRole)
        self.quit.setObjectName("damaged_quit")
        self.quit.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
