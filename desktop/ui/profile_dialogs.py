"""First-run setup and unlock dialogs."""

from __future__ import annotations

from desktop.store import keys
from desktop.roles import ROLE_LABELS
from desktop.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)


class SetupDialog(QDialog):
    """Who uses this laptop, and how the key is protected."""

    def __init__(self, *, keyring_works: bool, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kenttä – new profile"))
        self.keyring_works = keyring_works
        self.name = QLineEdit()
        self.role = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role.addItem(label, role)
        self.organisation = QLineEdit()
        self.locality = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Locality"), self.locality)
        hint = (self.tr("Recovery passphrase (optional)") if keyring_works
                else self.tr("Passphrase (required: no OS keyring)"))
        form.addRow(hint, self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.passphrase_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        problem = None
        if not self.name.text().strip():
            problem = self.tr("Give your name.")
        elif not self.organisation.text().strip():
            problem = self.tr("Give the organisation.")
        elif not self.locality.text().strip():
            problem = self.tr("Give the locality.")
        elif self.passphrase.text() != self.passphrase_again.text():
            problem = self.tr("The two passphrases differ.")
        elif (self.passphrase.text() or not self.keyring_works) and len(self.passphrase.text()) < keys.MIN_PASSPHRASE:
            problem = self.tr("The passphrase needs at least %n characters.", "", keys.MIN_PASSPHRASE)
        if problem:
            self.error.setText(problem)
            return
        self.accept()


class UnlockDialog(QDialog):
    def __init__(self, message: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kenttä – unlock"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(message)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(buttons)
