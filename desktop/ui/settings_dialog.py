"""Settings a user changes: language, lock time, PIN and passphrase, client names in calendar files.

The dialog maps its widgets to ``desktop.services.preferences``; what it reads
and writes runs on a worker through ``ctx.run``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QSpinBox

from desktop.errors import WeakPassphrase, WrongPassphrase
from desktop.services.preferences import Preferences, save_preferences
from desktop.store import keys
from desktop.store.profile import MIN_PIN, check_new_pin
from desktop.store.settings import CALENDAR_WITH_NAMES, IDLE_MINUTES, LANGUAGE
from desktop.ui.background import show_error
from desktop.ui.context import UiContext
from desktop.ui.i18n import LANGUAGES
from desktop.ui.profile_dialogs import secret_field
from desktop.ui.qt import (
    QCoreApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, Qt, QVBoxLayout,
)
from desktop.ui.style import error_style


class SettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, preferences: Preferences, *, language: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
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
        self.idle.setValue(preferences.idle_minutes)
        self.calendar_names = QCheckBox(QCoreApplication.translate("Settings", CALENDAR_WITH_NAMES.label))
        self.calendar_names.setObjectName("settings_calendar_with_names")
        self.calendar_names.setChecked(preferences.calendar_with_names)
        self.calendar_names.setToolTip(self.tr("Calendar files leave the encrypted profile: without this, "
                                               "a client is shown by a short code only."))
        self.pin = secret_field("settings_pin")
        self.pin.setPlaceholderText(self.tr("leave empty to keep the current PIN"))
        self.has_passphrase = preferences.has_passphrase
        self.current_passphrase = secret_field("settings_current_passphrase")
        self.new_passphrase = secret_field("settings_new_passphrase")
        self.new_passphrase.setPlaceholderText(self.tr("leave empty to keep the current passphrase"))
        self.new_passphrase_again = secret_field("settings_new_passphrase_again")
        self.error = QLabel()
        self.error.setObjectName("settings_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Settings", LANGUAGE.label), self.language)
        form.addRow(QCoreApplication.translate("Settings", IDLE_MINUTES.label), self.idle)
        form.addRow("", self.calendar_names)
        form.addRow(self.tr("New PIN"), self.pin)
        if self.has_passphrase:
            form.addRow(self.tr("Current passphrase"), self.current_passphrase)
        else:
            self.current_passphrase.hide()
        form.addRow(self.tr("New passphrase") if self.has_passphrase else self.tr("Recovery passphrase"),
                    self.new_passphrase)
        form.addRow(self.tr("New passphrase again"), self.new_passphrase_again)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def problem(self) -> str | None:
        """What stops saving, checked before any work starts; None when nothing does."""
        if self.pin.text():
            try:
                check_new_pin(self.pin.text())
            except WeakPassphrase:
                return self.tr("The PIN needs at least %1 digits.").replace("%1", str(MIN_PIN))
        new, again = self.new_passphrase.text(), self.new_passphrase_again.text()
        if new or again:
            try:
                keys.check_new_passphrase(new)
            except WeakPassphrase:
                return self.tr("The passphrase needs at least %1 characters.").replace(
                    "%1", str(keys.MIN_PASSPHRASE))
            if new != again:
                return self.tr("The two passphrases differ.")
            if self.has_passphrase and not self.current_passphrase.text():
                return self.tr("Give the current passphrase to change it.")
        return None

    def _save(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        self.error.clear()
        store = self.ctx.store
        language, idle, pin = self.language.currentData(), self.idle.value(), self.pin.text() or None
        with_names = self.calendar_names.isChecked()
        new, current = self.new_passphrase.text() or None, self.current_passphrase.text() or None
        # Checking and wrapping a passphrase (Argon2) takes a moment: the dialog says it is busy.
        (self.ctx.operation(lambda: save_preferences(store=store, language=language, idle_minutes=idle, pin=pin,
                                                     new_passphrase=new, current_passphrase=current,
                                                     calendar_with_names=with_names), parent=self)
         .with_progress(self._busy)
         .success(lambda _: self._saved(passphrase_changed=new is not None))
         .failure(self._failed)
         .run_in_background())

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _saved(self, *, passphrase_changed: bool) -> None:
        if passphrase_changed:
            self.ctx.bus.status.emit(self.tr("The passphrase was changed. Use the new one from now on."))
        self.accept()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, WrongPassphrase):
            self.error.setText(self.tr("The current passphrase is wrong. Nothing was changed."))
            self.current_passphrase.selectAll()
            self.current_passphrase.setFocus()
            return
        show_error(self, error)
