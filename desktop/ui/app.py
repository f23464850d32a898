"""Start the GUI: show the window, then create or unlock the profile.

With a profile in place, the window's shell (navigation, search box, status
bar) is shown first, in the language the profile used last; the data layer
(SQLAlchemy, the record schemas, the pages' modules) is imported on a worker
thread meanwhile, and the profile is unlocked and attached to the window
when that is done. Without a profile, the first-run setup dialog comes first.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6

from desktop.errors import KenttaError, PassphraseRequired, WalDamaged, WrongPassphrase
from desktop.logsetup import configure_logging
from desktop.services.revoked import revoked_notice
from desktop.paths import resources_dir
from desktop.store.layout import profile_exists
from desktop.store.settings import UI_LANGUAGE
from desktop.ui import collector, excepthook
from desktop.ui.background import operation, when_idle
from desktop.ui.collector import collect_on_gui_thread
from desktop.ui.i18n import Translations, error_message, system_language
from desktop.ui.main_window import MainWindow
from desktop.ui.page_registry import PAGE_MODULES, page_specs
from desktop.ui.style import apply_app_style
from desktop.ui.qt import QApplication, QCoreApplication, QDialog, QIcon, QMessageBox, QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from desktop.services.changes import Actor
    from desktop.store.profile import Store
    from desktop.ui.profile_dialogs import SetupDialog

logger = logging.getLogger(__name__)

# What unlocking the profile and building the first page need, loaded on a
# worker thread while the window's shell is on screen.
DATA_MODULES = (
    "desktop.store.profile",
    "desktop.services.setup",
    "desktop.services.overview",
    "desktop.services.search",
    "desktop.ui.context",
    "desktop.ui.profile_dialogs",
    "desktop.ui.settings_dialog",
    "desktop.ui.sync.status",
    PAGE_MODULES[0],
)


def create_from_setup(data_dir: Path, dialog: SetupDialog) -> Store:
    """Create and set up the profile from an accepted setup dialog."""
    from desktop.services import setup
    from desktop.store.profile import create_profile, set_pin

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


def _unlock(data_dir: Path, passphrase: str | None, parent=None) -> Store | None:
    from desktop.store.profile import ASK_KEYRING_MISSING, open_profile
    from desktop.ui.profile_dialogs import UnlockDialog

    problem = ""  # why the passphrase typed last did not open the profile

    def ask(reason: str) -> str | None:
        message = (QCoreApplication.translate("Unlock", "The profile's key is missing from the OS keyring. "
                                              "Enter the recovery passphrase.")
                   if reason == ASK_KEYRING_MISSING
                   else QCoreApplication.translate("Unlock", "Enter the profile's passphrase."))
        dialog = UnlockDialog(message, parent, problem=problem)
        return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    while True:
        try:
            return open_profile(data_dir, passphrase=passphrase, ask_passphrase=ask)
        except WrongPassphrase as error:
            problem = error_message(error)
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
        self.settings_dialog = None  # the Settings dialog while it is open

    def user_label(self, actor: Actor) -> str:
        from desktop.store.tables import Staff
        from desktop.ui.profile_dialogs import role_labels

        if actor.staff_id is None:
            return ""
        with self.store.reader() as session:
            staff = session.get(Staff, actor.staff_id)
        if staff is None:
            return ""
        return f"{staff.name} · {role_labels().get(staff.role, staff.role)}"

    def _language(self) -> str:
        from desktop.store.settings import LANGUAGE

        language = LANGUAGE.get(self.store) or system_language()
        UI_LANGUAGE.set(self.store.data_dir, language)
        return language

    def _context(self):
        from desktop.services import setup
        from desktop.ui.context import UiContext

        actor = setup.current_actor(self.store)
        return UiContext(self.store, actor), actor

    def show(self) -> MainWindow:
        """Build the window on the open profile (at first run and after a change of language)."""
        from desktop.store.settings import IDLE_MINUTES

        self.translations.use(self._language())
        ctx, actor = self._context()
        window = MainWindow(ctx, page_specs(), idle_minutes=IDLE_MINUTES.get(self.store),
                            user_label=self.user_label(actor))
        previous, self.window = self.window, window
        window.place_on_screen(self.store.data_dir)
        if previous is not None:
            window.restoreGeometry(previous.saveGeometry())
            previous.close()
            previous.deleteLater()
        window.show()
        self._started(window)
        return window

    def attach(self, shell: MainWindow) -> MainWindow:
        """Give the shown shell the open profile; rebuilt if the profile speaks another language."""
        from desktop.store.settings import IDLE_MINUTES

        if self._language() != self.translations.language:
            self.window = shell
            return self.show()
        self.window = shell
        ctx, actor = self._context()
        shell.attach(ctx, user_label=self.user_label(actor), idle_minutes=IDLE_MINUTES.get(self.store))
        self._started(shell)
        return shell

    def _started(self, window: MainWindow) -> None:
        window.settings_requested.connect(self.open_settings)
        # What start-up made lives as long as the app: kept out of the cyclic
        # collector's sight, a full collection no longer walks it (~170 ms with
        # the GUI thread waiting, e.g. during the first handover preview).
        gc.freeze()
        when_idle(lambda: shiboken6.isValid(window) and self._offer_drafts(window))  # after the first page's rows

    def _offer_drafts(self, window: MainWindow) -> None:
        """Unsaved visits kept as drafts are offered at start, from the Visits page."""
        from desktop.services import drafts

        store = self.store

        def offer(found) -> None:
            if found:
                window.pages["visits"].offer_drafts()

        window.ctx.run(lambda: drafts.load_drafts(store, kind="visit"), on_done=offer, parent=window)

    def open_settings(self) -> None:
        """Read the settings on a worker, then show the dialog; it writes them on a worker too."""
        from desktop.services.preferences import read_preferences

        store, window = self.store, self.window
        window.ctx.run(lambda: read_preferences(store=store), on_done=self._show_settings, parent=window)

    def _show_settings(self, preferences) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        window = self.window
        dialog = SettingsDialog(window.ctx, preferences, language=self.translations.language, parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog

        def saved() -> None:
            self.settings_dialog = None
            if dialog.language.currentData() != self.translations.language:
                self.show()
            elif self.window is not None:
                self.window.idle.set_minutes(dialog.idle.value())

        dialog.accepted.connect(saved)
        dialog.rejected.connect(lambda: setattr(self, "settings_dialog", None))
        dialog.open()


def _load(modules: tuple[str, ...], then: Callable[[], object] | None = None) -> object:
    """Import ``modules``, then run ``then`` (on a worker: start-up keeps the window responsive)."""
    for name in modules:
        importlib.import_module(name)
    return then() if then is not None else None


def _open_without_asking(data_dir: Path, passphrase: str | None) -> Store | None:
    """Open the profile if nothing must be asked (key in the keyring, or the passphrase given);
    None when the person must be asked for a passphrase, which the GUI thread does.

    Runs on a background worker: unlocking, checking and, after an update, migrating the
    database happen while the window stays responsive. The first queries of start-up
    run here too, so the GUI thread finds SQLAlchemy's statement caches warm.
    """
    from desktop.errors import KeyringEntryMissing
    from desktop.services import setup
    from desktop.store.profile import open_profile
    from desktop.store.settings import LANGUAGE

    try:
        store = open_profile(data_dir, passphrase=passphrase)
    except (PassphraseRequired, KeyringEntryMissing):
        if passphrase is not None:
            raise
        return None  # the GUI thread asks, or says why it cannot
    try:
        LANGUAGE.get(store)
        setup.current_actor(store)
    except Exception:
        store.close()
        raise
    return store


def _preload(modules: tuple[str, ...]) -> None:
    """Import the other pages' modules on a thread of their own, before their first visit
    (why not on a background worker: ``desktop.ui.background``).

    A failure is left to the page's first visit, which imports the module
    again on the GUI thread and reports what went wrong.
    """

    def load() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception as error:  # noqa: BLE001 - reported again at the first visit
                logger.warning("page module not preloaded: %s", type(error).__name__)

    threading.Thread(target=load, name="kentta-preload", daemon=True).start()


class Starter(QObject):
    """Start-up on a running QApplication: ``shown`` once the window is on screen,
    ``opened`` once the profile is open in it. When it cannot be opened, the reason is
    shown, the window closes and ``error`` holds it (``run_app`` raises it)."""

    shown = Signal()
    opened = Signal()

    def __init__(self, app: QApplication, data_dir: Path, passphrase: str | None = None) -> None:
        super().__init__()
        self.app = app
        self.data_dir = Path(data_dir)
        self.passphrase = passphrase
        self.translations = Translations(app)
        self.application: Application | None = None
        self.window: MainWindow | None = None
        self.error: BaseException | None = None

    def begin(self) -> bool:
        """Show the window (or the first-run dialog); False when there is nothing to run."""
        if not profile_exists(self.data_dir):
            return self._first_run()
        self.translations.use(UI_LANGUAGE.get(self.data_dir) or system_language())
        self.window = MainWindow(None, page_specs())
        self.window.place_on_screen(self.data_dir)
        self.window.show()
        self.shown.emit()
        # Started once the window is painted: an import holds the GIL, which the
        # GUI thread needs for every virtual call into a Python widget.
        data_dir, passphrase = self.data_dir, self.passphrase
        collector.hold(True)  # until the profile is open: what the loader makes is kept (_loaded)
        QTimer.singleShot(0, lambda: self._open_in_background(
            lambda: _load(DATA_MODULES, then=lambda: _open_without_asking(data_dir, passphrase))))
        return True

    def _first_run(self) -> bool:
        from desktop.store import keys
        from desktop.ui.profile_dialogs import SetupDialog

        # The language used last here, if any: the notice of a deleted profile is in it.
        self.translations.use(UI_LANGUAGE.get(self.data_dir) or system_language())
        if revoked_notice(self.data_dir):
            from desktop.ui.sync.revoked import show_revoked

            show_revoked(None)
        dialog = SetupDialog(keyring_works=keys.keyring_usable(), language=self.translations.language)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            store = create_from_setup(self.data_dir, dialog)
        except KenttaError as error:
            QMessageBox.critical(None, "Kenttä", error_message(error))
            raise
        self.application = Application(self.app, store, self.translations)
        self.window = self.application.show()
        self.shown.emit()
        self.opened.emit()
        return True

    def _loaded(self, store: Store | None, error: Exception | None) -> None:
        try:
            self._attach_loaded(store, error)
        finally:
            collector.hold(False)  # after gc.freeze() of what start-up made, when it opened

    def _attach_loaded(self, store: Store | None, error: Exception | None) -> None:
        if error is not None and not isinstance(error, KenttaError):
            raise error  # a broken installation: the excepthook reports it
        try:
            if error is not None:
                raise error
            if store is None:  # a passphrase must be asked
                store = _unlock(self.data_dir, self.passphrase, self.window)
        except WalDamaged as damaged:
            self._offer_restore(damaged)
            return
        except KenttaError as failure:
            QMessageBox.critical(self.window, "Kenttä", error_message(failure))
            self.error = failure  # raised again by run_app once the event loop has ended
            self.window.close()  # the last window: the event loop ends
            return
        if store is None:  # the passphrase was not given
            self.window.close()
            return
        self.application = Application(self.app, store, self.translations)
        if not self.window.isVisible():  # closed while the profile was opening
            return
        self.window = self.application.attach(self.window)
        self.opened.emit()
        # The other pages' modules, loaded before their first visit (after the first page's rows).
        when_idle(lambda: QTimer.singleShot(500, lambda: _preload(PAGE_MODULES[1:])))

    def _offer_restore(self, damaged: WalDamaged) -> None:
        """A damaged WAL: restore the last backup (on a background worker), or quit leaving the files as they are."""
        from desktop.store import recovery
        from desktop.ui.profile_dialogs import DamagedProfileDialog
        from PySide6.QtCore import QDateTime, QLocale

        backup = recovery.latest_backup(self.data_dir)
        when = None
        if backup is not None:
            stamp = QDateTime.fromSecsSinceEpoch(int(backup.stat().st_mtime))
            when = QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
        dialog = DamagedProfileDialog(transactions=damaged.transactions, aside=str(damaged.aside),
                                      backup_time=when, parent=self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if backup is None or not accepted:
            logger.warning("damaged profile left as it is")
            self.error = damaged
            self.window.close()
            return
        data_dir, passphrase = self.data_dir, self.passphrase

        def restore():
            recovery.restore_backup(data_dir, backup)
            return _open_without_asking(data_dir, passphrase)

        self._open_in_background(restore)

    def _open_in_background(self, work: Callable[[], Store | None]) -> None:
        """Open the profile on a worker; ``_loaded`` gets the store, or the error, on the GUI thread."""
        (operation(work)
         .success(lambda store: self._loaded(store, None))
         .failure(lambda error: self._loaded(None, error))
         .run_in_background())

    def close(self) -> None:
        if self.application is not None:
            self.application.store.close()


def prepare_application() -> QApplication:
    """The QApplication with the app's name and icon, and the excepthook installed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kenttä")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kentta.svg")))
    apply_app_style(app)
    excepthook.install()
    collect_on_gui_thread()  # before the preload thread and the workers start
    return app


def _remove_temporary_copies() -> None:
    """The plaintext copies of attachments opened in another program go when the app closes."""
    attachments = sys.modules.get("desktop.services.attachments")
    if attachments is not None:
        attachments.remove_temporary_copies()


def run_app(data_dir: Path, *, passphrase: str | None = None) -> int:
    app = prepare_application()
    starter = Starter(app, data_dir, passphrase)
    if not starter.begin():
        return 0
    try:
        code = app.exec()
    finally:
        starter.close()
        _remove_temporary_copies()
    if starter.error is not None:
        raise starter.error
    return code
