"""Start the GUI: create or unlock the profile, then show its window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from desktop.errors import KenttaError, PassphraseRequired, WrongPassphrase
from desktop.logsetup import configure_logging
from desktop.services import setup
from desktop.store import keys
from desktop.store.profile import ASK_KEYRING_MISSING, Store, create_profile, open_profile, profile_exists
from desktop.ui.profile_dialogs import SetupDialog, UnlockDialog
from desktop.ui.profile_window import ProfileWindow
from desktop.paths import resources_dir
from desktop.ui.qt import QApplication, QDialog, QIcon, QMessageBox

logger = logging.getLogger(__name__)


def _create(data_dir: Path) -> Store | None:
    dialog = SetupDialog(keyring_works=keys.keyring_usable())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return create_from_setup(data_dir, dialog)


def create_from_setup(data_dir: Path, dialog: SetupDialog) -> Store:
    """Create and set up the profile from an accepted setup dialog."""
    store = create_profile(data_dir, passphrase=dialog.passphrase.text() or None,
                           use_keyring=dialog.keyring_works)
    configure_logging(data_dir)
    setup.set_up_profile(
        store,
        user_name=dialog.name.text(),
        role=dialog.role.currentData(),
        organisation_name=dialog.organisation.text(),
        localities=[dialog.locality.text()],
    )
    return store


def _unlock(data_dir: Path, passphrase: str | None) -> Store | None:
    def ask(reason: str) -> str | None:
        message = ("Profiilin avain puuttuu käyttöjärjestelmän avainnipusta. Anna palautussalasana."
                   if reason == ASK_KEYRING_MISSING else "Anna profiilin salasana.")
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


def run_app(data_dir: Path, *, passphrase: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kenttä")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kentta.svg")))
    try:
        store = _unlock(data_dir, passphrase) if profile_exists(data_dir) else _create(data_dir)
    except KenttaError as error:
        QMessageBox.critical(None, "Kenttä", str(error))
        raise
    if store is None:
        return 0
    window = ProfileWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
