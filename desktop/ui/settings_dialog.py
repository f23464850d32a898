"""Settings a user changes: language, lock time, PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from desktop.errors import WeakPassphrase
from desktop.services import setup
from desktop.store.profile import Store, set_pin
from desktop.ui.i18n import LANGUAGES
from desktop.ui.lock import DEFAULT_IDLE_MINUTES
from desktop.ui.qt import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

IDLE_MINUTES = "idle_minutes"


class SettingsDialog(QDialog):
    def __init__(self, store: Store, *, language: str, idle_minutes: int, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings_dialog")
        self.language = QComboBox()
        self.language.setObjectName("settings_language")
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.idle = QSpinBox()
        self.idle.setObjectName("settings_idle")
        self.idle.setRange(1, 120)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(idle_minutes)
        self.pin = QLineEdit()
        self.pin.setObjectName("settings_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("leave empty to keep the current PIN"))
        self.error = QLabel()
        self.error.setObjectName("error_pin")
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock after idle time"), self.idle)
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _save(self) -> None:
        if self.pin.text():
            try:
                set_pin(self.store, self.pin.text())
            except WeakPassphrase:
                self.error.setText(self.tr("The PIN needs at least 4 digits."))
                return
        setup.set_setting(self.store, setup.LANGUAGE, self.language.currentData())
        setup.set_setting(self.store, IDLE_MINUTES, self.idle.value())
        self.accept()


def idle_minutes(store: Store) -> int:
    return int(setup.get_setting(store, IDLE_MINUTES, DEFAULT_IDLE_MINUTES))
