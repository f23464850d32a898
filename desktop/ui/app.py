"""Start the GUI: create or unlock the profile, then run the main window."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from desktop.errors import KenttaError, PassphraseRequired, WrongPassphrase
from desktop.logsetup import configure_logging
from desktop.paths import resources_dir
from desktop.services import setup
from desktop.services.changes import Actor
from desktop.store import keys
from desktop.store.profile import ASK_KEYRING_MISSING, Store, create_profile, open_profile, profile_exists, set_pin
from desktop.ui import excepthook
from desktop.ui.context import UiContext
from desktop.ui.i18n import Translations, system_language
from desktop.ui.main_window import MainWindow
from desktop.ui.page_registry import page_specs
from desktop.ui.profile_dialogs import SetupDialog, UnlockDialog, role_labels
from desktop.ui.qt import QApplication, QCoreApplication, QDialog, QIcon, QMessageBox
from desktop.ui.settings_dialog import SettingsDialog, idle_minutes

logger = logging.getLogger(__name__)


def create_from_setup(data_dir: Path, dialog: SetupDialog) -> Store:
    """Create and set up the profile from an accepted setup dialog."""
    store = create_profile(data_dir, passphrase=dialog.passphrase.text() or None,
                           use_keyring=dialog.use_keyring.isChecked())
    configure_logging(data_dir)
    if dialog.pin.text():
        set_pin(store, dialog.pin.text())
    setup.set_up_profile(
        store,
        user_name=dialog.name.text(),
        role=dialog.role.currentData(),
        organisation_name=dialog.organisation.text(),
        localities=[dialog.locality.currentText()],
        language=dialog.language.currentData(),
    )
    return store


def _unlock(data_dir: Path, passphrase: str | None) -> Store | None:
    def ask(reason: str) -> str | None:
        message = (QCoreApplication.translate("Unlock", "The profile's key is missing from the OS keyring. "
                                              "Enter the recovery passphrase.")
                   if reason == ASK_KEYRING_MISSING
                   else QCoreApplication.translate("Unlock", "Enter the profile's passphrase."))
        dialog = UnlockDialog(message)
        return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    while True:
        try:
            return open_profile(data_dir, passphrase=passphrase, ask_passphrase=ask)
        except WrongPassphrase as error:
            QMessageBox.warning(None, "Kenttä", str(error))
            passphrase = None
        except PassphraseRequired:
            return None


class Application:
    """Owns the open store and the main window; rebuilds the window on a language change."""

    def __init__(self, app: QApplication, store: Store, translations: Translations) -> None:
        self.app = app
        self.store = store
        self.translations = translations
        self.window: MainWindow | None = None

    def user_label(self, actor: Actor) -> str:
        from desktop.store.tables import Staff

        if actor.staff_id is None:
            return ""
        with self.store.reader() as session:
            staff = session.get(Staff, actor.staff_id)
        if staff is None:
            return ""
        return f"{staff.name} · {role_labels().get(staff.role, staff.role)}"

    def show(self) -> MainWindow:
        language = setup.get_setting(self.store, setup.LANGUAGE) or system_language()
        self.translations.use(language)
        actor = setup.current_actor(self.store)
        ctx = UiContext(self.store, actor)
        window = MainWindow(ctx, page_specs(), idle_minutes=idle_minutes(self.store),
                            user_label=self.user_label(actor))
        window.settings_requested.connect(self.open_settings)
        previous, self.window = self.window, window
        if previous is not None:
            window.restoreGeometry(previous.saveGeometry())
            previous.close()
            previous.deleteLater()
        window.show()
        if previous is None:
            # What start-up made lives as long as the app: kept out of the cyclic
            # collector's sight, a full collection no longer walks it (~170 ms with
            # the GUI thread waiting, e.g. during the first handover preview).
            gc.freeze()
        visits = window.pages.get("visits")
        if visits is not None and hasattr(visits, "offer_drafts"):
            visits.offer_drafts()
        return window

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.store, language=self.translations.language,
                                idle_minutes=idle_minutes(self.store), parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.language.currentData() != self.translations.language:
            self.show()
        elif self.window is not None:
            self.window.idle.set_minutes(dialog.idle.value())


def run_app(data_dir: Path, *, passphrase: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kenttä")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kentta.svg")))
    excepthook.install()
    translations = Translations(app)
    translations.use(system_language())
    try:
        if profile_exists(data_dir):
            store = _unlock(data_dir, passphrase)
        else:
            dialog = SetupDialog(keyring_works=keys.keyring_usable(), language=translations.language)
            store = create_from_setup(data_dir, dialog) if dialog.exec() == QDialog.DialogCode.Accepted else None
    except KenttaError as error:
        QMessageBox.critical(None, "Kenttä", str(error))
        raise
    if store is None:
        return 0
    application = Application(app, store, translations)
    application.show()
    try:
        return app.exec()
    finally:
        store.close()
