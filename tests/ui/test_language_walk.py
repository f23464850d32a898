"""The UI speaks one language: a walk through every page and the dialogs they offer, in Finnish
and in Swedish, on a demo profile, fails listing each English text left on screen.

What counts as English, and how the texts are collected: ``tests/ui/language.py``. A new page
is walked as it is (``page_specs``); a new dialog is one more step in ``STEPS``: a function that
opens it as a person would (keys, clicks), given the ``Walk``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPushButton

from desktop.services import clients as client_service
from desktop.services import setup
from desktop.ui.background import wait_for_idle
from desktop.ui.qt import QApplication, QCoreApplication, Qt, QTimer, QWidget
from tests.ui.language import EnglishTexts, Shown, open_windows, shown_texts

PASSPHRASE = "walk passphrase 1"
NO_CONSENT = "Veikko Suostumukseton"  # a client with no consent: the handover form is refused


@pytest.fixture(scope="module")
def demo_profile(tmp_path_factory):
    from desktop.demo import fill_demo
    from desktop.store.profile import create_profile

    folder = tmp_path_factory.mktemp("walk") / "profile"
    store = create_profile(folder, passphrase=PASSPHRASE, use_keyring=False)
    fill_demo(store, clients=12, employers=8, seed=4, today=dt.date(2026, 11, 20))
    actor = setup.current_actor(store)
    client_service.create_client(store, actor=actor, data={
        "name": NO_CONSENT, "municipality": "Oulu", "service_start": dt.date(2026, 3, 2)})
    yield store
    store.close()


@pytest.fixture(scope="module")
def english():
    """The judges, one per language, made once."""
    made: dict[str, EnglishTexts] = {}
    return lambda language: made.setdefault(language, EnglishTexts(language))


def settle() -> None:
    """Let the work started on workers finish and its results reach the widgets."""
    for _ in range(4):
        wait_for_idle()
        QCoreApplication.processEvents()


class Walk:
    """The main window being walked, and what it has shown so far."""

    def __init__(self, qtbot, window, application, data_dir) -> None:
        self.qtbot = qtbot
        self.window = window
        self.application = application
        self.data_dir = data_dir
        self.shown: list[Shown] = []
        self.where = "Main window"
        # Message boxes (a question, a refusal, About; some of them block) are looked at and
        # closed as they come, under the name of the step that brought them.
        self.boxes_closed = 0
        self.step = 0  # of dialog(): the windows open before it are marked with it
        self.watcher = QTimer()
        self.watcher.setInterval(30)
        self.watcher.timeout.connect(self._close_boxes)
        self.watcher.start()

    def _close_boxes(self) -> None:
        for box in [w for w in open_windows() if isinstance(w, QMessageBox)]:
            self.shown += shown_texts(box, f"{self.where} (message box)")
            box.close()
            self.boxes_closed += 1

    def look(self, where: str, widget: QWidget | None = None) -> None:
        settle()
        for window in [widget] if widget is not None else open_windows():
            self.shown += shown_texts(window, where)

    def page(self, key: str):
        self.where = f"page {key}"
        page = self.window.go_to(key)
        settle()
        return page

    def keys(self, key, modifier=Qt.KeyboardModifier.NoModifier, widget: QWidget | None = None) -> None:
        target = widget or QApplication.focusWidget() or self.window
        target.window().activateWindow()  # a window closed before may have left none active
        self.qtbot.waitUntil(target.window().isActiveWindow)
        self.qtbot.keyClick(target, key, modifier)

    def click(self, parent: QWidget, name: str) -> None:
        button = parent.findChild(QPushButton, name)
        assert button is not None and button.isVisible() and button.isEnabled(), name
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def dialog(self, where: str, open_it: Callable[[], None]) -> None:
        """Open a dialog (or a message box), look at it, close it."""
        self.where = where
        # The windows open before are marked in Qt, not kept in Python: a kept wrapper of a
        # window Qt deleted on its own (a static message box, a menu) can be handed back by
        # PySide for a new object at the same address, and calling it then crashes the process.
        self.step += 1
        for window in open_windows():
            window.setProperty("walk_step", self.step)
        boxes = self.boxes_closed
        open_it()

        def new_windows() -> list[QWidget]:
            # Message boxes are the watcher's: it may close one (and Qt delete it) while this
            # step settles, before the step would look at it.
            return [w for w in open_windows()
                    if w.property("walk_step") != self.step and not isinstance(w, QMessageBox)]

        self.qtbot.waitUntil(lambda: self.boxes_closed > boxes or bool(new_windows()))
        settle()
        for opened in new_windows():
            self.look(where, opened)
            if isinstance(opened, QDialog):
                opened.reject()
            else:
                opened.close()
        settle()

    def while_modal(self, where: str, kind: type, run: Callable[[], object], answer: Callable[[QWidget], None]):
        """Run something that shows a blocking dialog of ``kind``; look at it, then ``answer`` it."""
        self.where = where

        def inspect() -> None:
            modal = QApplication.activeModalWidget()
            if not isinstance(modal, kind):
                QTimer.singleShot(20, inspect)
                return
            self.look(where, modal)
            answer(modal)

        QTimer.singleShot(0, inspect)
        return run()

    def first_row(self, table, *, open_it: bool = False) -> None:
        """Make the table's first row current (and open it with Enter)."""
        self.qtbot.waitUntil(lambda: table.model().rowCount(QModelIndex()) > 0)
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
        if open_it:
            self.keys(Qt.Key.Key_Return, widget=table)

    def list_page(self, key: str, where: str, new: str):
        """Go to a page of records, look at it and at its Ctrl+N dialog; returns the page."""
        page = self.page(key)
        self.look(where)
        self.dialog(new, lambda: self.keys(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, page.filter))
        return page


# --- the steps: each opens what a page offers --------------------------------------------

def employers(walk: Walk) -> None:
    page = walk.list_page("employers", "Employers", "New employer")
    walk.first_row(page.table, open_it=True)
    detail = page.detail
    walk.qtbot.waitUntil(lambda: detail.name.text() != "")
    walk.look("Employer's card")
    for name, where in (("edit_employer", "Employer"), ("set_letter", "Letter of intent"),
                        ("add_contact", "Contact"), ("add_position", "Position")):
        walk.dialog(where, lambda name=name: walk.click(detail, name))
    positions = detail.positions_view
    if positions.model().rowCount(QModelIndex()):
        walk.first_row(positions)
        walk.dialog("Position filled", lambda: walk.click(detail, "mark_filled"))
        walk.dialog("Matching clients", lambda: walk.click(detail, "find_matches"))


def visits(walk: Walk) -> None:
    page = walk.page("visits")
    walk.look("Visits")
    walk.keys(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, page.filter)
    walk.look("Visit form")


def clients(walk: Walk) -> None:
    page = walk.list_page("clients", "Clients", "New client")
    for name in (NO_CONSENT, ""):
        page.filter.setFocus()
        page.filter.selectAll()
        walk.keys(Qt.Key.Key_Backspace, widget=page.filter)
        walk.qtbot.keyClicks(page.filter, name)
        settle()
        walk.first_row(page.table, open_it=True)
        view = page.view
        walk.qtbot.waitUntil(lambda: page.stack.currentWidget() is view and view.data is not None
                             and view.data.client.id == view.client_id)
        walk.look("Client's page")
        for button, where in (("edit_client", "Client"), ("edit_staff", "Assigned staff"),
                              ("end_service", "End of service"), ("record_consent", "Consent"),
                              ("withdraw_consent", "Withdraw consent"), ("new_assessment", "Assessment"),
                              ("add_note", "Note"), ("record_transition", "Transition"),
                              ("handover_form", "Handover form"), ("summary_sheet", "Client summary"),
                              ("delete_client", "Delete question")):
            found = view.findChild(QPushButton, button)
            if found is not None and found.isVisible() and found.isEnabled():
                walk.dialog(where, lambda button=button: walk.click(view, button))
        if view.findChild(QPushButton, "show_assessment").isEnabled():  # the client has assessments
            walk.click(view, "show_assessment")
            walk.look("Client's page, assessment shown")
        walk.click(view, "back_to_clients")
        settle()


def events(walk: Walk) -> None:
    page = walk.list_page("events", "Events", "New event")
    walk.first_row(page.table, open_it=True)
    walk.qtbot.waitUntil(lambda: page.view.title.text() != "")
    walk.look("Event")
    walk.dialog("Event", lambda: walk.click(page.view, "edit_event"))


def reports(walk: Walk) -> None:
    page = walk.page("reports")
    walk.qtbot.waitUntil(lambda: page.export_buttons["csv"].isEnabled())
    walk.look("Reports")
    walk.dialog("Export file dialog", lambda: walk.click(page, "export_csv"))


def sync(walk: Walk) -> None:
    walk.page("sync")
    walk.look("Sync (log in)")


def toolbar(walk: Walk) -> None:
    for name, where in (("action_settings", "Settings"), ("action_about", "About")):
        walk.dialog(where, lambda name=name: walk.window.findChild(QAction, name).trigger())


def lock_screen(walk: Walk) -> None:
    walk.keys(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier, walk.window.search)
    secret = walk.window.findChild(QLineEdit, "lock_secret")
    walk.qtbot.waitUntil(secret.isVisible)
    walk.qtbot.keyClicks(secret, "wrong one")
    walk.keys(Qt.Key.Key_Return, widget=secret)
    walk.look("Lock screen")
    walk.qtbot.keyClicks(secret, PASSPHRASE)
    walk.keys(Qt.Key.Key_Return, widget=secret)
    walk.qtbot.waitUntil(lambda: not secret.isVisible())


def passphrase_boxes(walk: Walk) -> None:
    from desktop.ui.app import _unlock
    from desktop.ui.profile_dialogs import DamagedProfileDialog, SetupDialog, UnlockDialog

    def right_passphrase(box: QWidget) -> None:
        field = box.findChild(QLineEdit, "unlock_passphrase")
        walk.qtbot.keyClicks(field, PASSPHRASE)
        walk.keys(Qt.Key.Key_Return, widget=field)

    opened = walk.while_modal("Unlock after a wrong passphrase", UnlockDialog,
                              lambda: _unlock(walk.data_dir, "wrong one", walk.window), right_passphrase)
    assert opened is not None
    opened.close()
    language = walk.application.translations.language
    for where, dialog in (
            ("First run", SetupDialog(keyring_works=False, language=language)),
            ("Damaged profile", DamagedProfileDialog(transactions=3, aside="/tmp/x", backup_time="1.1.2026 12.00",
                                                     parent=walk.window))):
        walk.qtbot.addWidget(dialog)
        dialog.show()
        walk.look(where, dialog)
        dialog.reject()


STEPS: list[Callable[[Walk], None]] = [
    employers, visits, clients, events, reports, sync, toolbar, lock_screen, passphrase_boxes,
]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_page_and_dialog_speaks_the_language(qtbot, qapp, file_keyring, demo_profile, english, language):
    from desktop.store.settings import LANGUAGE
    from desktop.ui.app import Application
    from desktop.ui.context import UiContext
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import MainWindow
    from desktop.ui.page_registry import page_specs

    store = demo_profile
    LANGUAGE.set(store, language)
    translations = Translations(qapp)
    application = Application(qapp, store, translations)
    try:
        translations.use(language)
        ctx = UiContext(store, setup.current_actor(store))
        window = MainWindow(ctx, page_specs(), user_label=application.user_label(ctx.actor))
        qtbot.addWidget(window)
        application.window = window
        window.settings_requested.connect(application.open_settings)
        window.resize(1280, 760)
        window.show()
        qtbot.waitUntil(window.isActiveWindow)
        walk = Walk(qtbot, window, application, store.data_dir)
        walk.look("Main window")
        for step in STEPS:
            step(walk)
        walk.watcher.stop()
        left = english(language).left(walk.shown)
        assert not left, f"{len(left)} English text(s) on screen in {language}:\n" + "\n".join(map(str, left))
        assert len(walk.shown) > 300  # the walk did see the pages and dialogs
    finally:
        translations.use("en")
