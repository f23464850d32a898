"""First-run setup and unlock dialogs (Finnish; translations come with the UI issue)."""

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
        self.setWindowTitle("Kenttä – uusi profiili")
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
        form.addRow("Nimesi", self.name)
        form.addRow("Rooli", self.role)
        form.addRow("Organisaatio", self.organisation)
        form.addRow("Paikkakunta", self.locality)
        hint = ("Palautussalasana (vapaaehtoinen)" if keyring_works
                else "Salasana (pakollinen: avainnippua ei ole)")
        form.addRow(hint, self.passphrase)
        form.addRow("Salasana uudelleen", self.passphrase_again)
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
            problem = "Anna nimesi."
        elif not self.organisation.text().strip():
            problem = "Anna organisaatio."
        elif not self.locality.text().strip():
            problem = "Anna paikkakunta."
        elif self.passphrase.text() != self.passphrase_again.text():
            problem = "Salasanat eivät täsmää."
        elif (self.passphrase.text() or not self.keyring_works) and len(self.passphrase.text()) < keys.MIN_PASSPHRASE:
            problem = f"Salasanassa on oltava vähintään {keys.MIN_PASSPHRASE} merkkiä."
        if problem:
            self.error.setText(problem)
            return
        self.accept()


class UnlockDialog(QDialog):
    def __init__(self, message: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kenttä – avaa profiili")
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
