"""Start-up: the window's shell first, the profile opened into it, pages built on first visit."""

from __future__ import annotations

import json

import pytest

from desktop.services import employers, setup
from desktop.store.layout import UI_FILE
from desktop.store.settings import UI_LANGUAGE
from desktop.store.profile import PROFILE_FILE, create_profile
from desktop.ui.app import Starter
from desktop.ui import collector
from desktop.ui.background import wait_for_idle
from desktop.ui.profile_dialogs import UnlockDialog
from desktop.ui.qt import QApplication, QMessageBox, Qt, QTimer
from tests.conftest import PASSPHRASE
from tests.support.typing import type_text


def _make_profile(folder, *, language="fi", passphrase=None, use_keyring=True):
    store = create_profile(folder, passphrase=passphrase, use_keyring=use_keyring)
    actor = setup.set_up_profile(store, user_name="Testi Koordinaattori", role="employer_coordinator",
                                 organisation_name="Testihanke", localities=["Oulu"], language=language)
    employers.create_employer(store, actor=actor, data={"name": "Hämeenlinnan Kone Oy"})
    store.close()
    return folder


def when_shown(kind, act) -> None:
    """Call ``act(dialog)`` once a modal dialog of ``kind`` is shown (it runs its own event loop)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


@pytest.fixture
def starter(qapp, qtbot):
    made: list[Starter] = []

    def start(folder, passphrase=None) -> Starter:
        found = Starter(qapp, folder, passphrase)
        made.append(found)
        return found

    yield start
    for found in made:
        if found.window is not None:
            found.window.close()
    # Work still running (counts, the first page's rows) ends on the open store, as at quit.
    wait_for_idle()
    qtbot.wait(20)
    for found in made:
        found.close()
        found.translations.use("en")  # the tests after these ones read English


def test_the_shell_shows_before_the_profile_is_open_and_answers(qtbot, tmp_path, file_keyring, starter):
    folder = _make_profile(tmp_path / "profile")
    start = starter(folder)
    assert start.begin()
    shell = start.window
    assert shell.isVisible() and shell.ctx is None
    assert collector.held()  # no collection walks what the loader makes while the profile opens
    assert shell.stack.currentWidget().findChild(type(shell.user_label), "page_opening") is not None
    # What a person does in the first second is not lost: navigation moves, a search is typed.
    shell.nav.setCurrentRow(3)
    assert shell.stack.currentIndex() == 3
    shell.search.setFocus()
    type_text(shell.search, "hämeen")
    with qtbot.waitSignal(start.opened, timeout=20_000):
        pass
    assert start.window is shell and shell.ctx is not None
    assert not collector.held()
    assert shell.current_page() is shell.pages["clients"]  # the page the person moved to
    qtbot.waitUntil(lambda: shell.search.model.rowCount() == 1, timeout=5000)
    assert "Hämeenlinnan Kone Oy" in shell.search.model.data(shell.search.model.index(0))
    assert "Testi Koordinaattori" in shell.user_label.text()
    qtbot.waitUntil(lambda: shell.outbox_label.text() != "", timeout=5000)


def test_pages_are_built_on_their_first_visit(qtbot, main_window):
    assert set(main_window.pages.built()) == {"today"}  # the coach's start page
    main_window.go_to("reports")
    assert set(main_window.pages.built()) == {"today", "reports"}
    assert main_window.current_page() is main_window.pages["reports"]
    assert main_window.stack.count() == len(main_window.specs)
    # Asking for a page builds it without moving to it.
    events = main_window.pages["events"]
    assert main_window.current_page() is main_window.pages["reports"]
    main_window.nav.setCurrentRow(4)
    assert main_window.current_page() is events
    assert main_window.pages.get("no_such_page") is None
    with pytest.raises(KeyError):
        main_window.pages["no_such_page"]


def test_the_shell_speaks_the_language_the_profile_used_last(qtbot, tmp_path, file_keyring, starter):
    folder = _make_profile(tmp_path / "profile", language="sv")
    assert UI_LANGUAGE.get(folder) is None  # never opened in the app yet
    first = starter(folder)
    first.begin()
    with qtbot.waitSignal(first.opened, timeout=20_000):
        pass
    # The profile speaks Swedish: the window is rebuilt in it and the choice kept for the next start.
    assert first.translations.language == "sv"
    assert first.window.nav.item(1).text() == "Arbetsgivare"
    assert json.loads((folder / UI_FILE).read_text())["language"] == "sv"
    first.window.close()
    first.close()

    second = starter(folder)
    second.begin()
    assert second.window.nav.item(1).text() == "Arbetsgivare"  # before the profile is open
    shell = second.window
    with qtbot.waitSignal(second.opened, timeout=20_000):
        pass
    assert second.window is shell  # not rebuilt: the language was right from the start


def test_a_damaged_ui_file_falls_back_to_the_system_language(qtbot, tmp_path, file_keyring, starter):
    folder = _make_profile(tmp_path / "profile", language="fi")
    (folder / UI_FILE).write_bytes(b"\x00not json")
    start = starter(folder)
    assert start.begin()
    with qtbot.waitSignal(start.opened, timeout=20_000):
        pass
    assert start.translations.language == "fi"
    assert UI_LANGUAGE.get(folder) == "fi"


def test_the_passphrase_is_asked_over_the_shell(qtbot, tmp_path, no_keyring, starter):
    folder = _make_profile(tmp_path / "profile", passphrase=PASSPHRASE, use_keyring=False)
    start = starter(folder)
    asked = []

    def answer(dialog: UnlockDialog) -> None:
        asked.append(dialog.parent() is start.window)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.accept()

    when_shown(UnlockDialog, answer)
    start.begin()
    with qtbot.waitSignal(start.opened, timeout=20_000):
        pass
    assert asked == [True]
    assert start.window.ctx.store.locked is False


def test_a_wrong_passphrase_is_said_in_the_unlock_dialog_in_the_profile_s_language(qtbot, tmp_path, no_keyring,
                                                                                   starter):
    folder = _make_profile(tmp_path / "profile", language="fi", passphrase=PASSPHRASE, use_keyring=False)
    UI_LANGUAGE.set(folder, "fi")
    start = starter(folder)
    seen = []

    def type_into(dialog: UnlockDialog, secret: str) -> None:
        seen.append((dialog.windowTitle(), dialog.problem.isVisible(), dialog.problem.text(), dialog.width()))
        qtbot.keyClicks(dialog.passphrase, secret)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        if secret != PASSPHRASE:
            when_shown(UnlockDialog, lambda again: type_into(again, PASSPHRASE))

    when_shown(UnlockDialog, lambda dialog: type_into(dialog, "not the passphrase"))
    start.begin()
    with qtbot.waitSignal(start.opened, timeout=20_000):
        pass
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())
    (first_title, first_problem, _, _), (title, shown, problem, width) = seen
    assert first_title == title == "Kentän lukituksen avaus" and not first_problem
    assert shown and problem.startswith("Väärä tunnuslause: profiili pysyy lukittuna.")
    assert width >= 460  # the title and the message are read whole, not cut


def test_a_key_missing_from_the_keyring_asks_for_the_recovery_passphrase(qtbot, tmp_path, file_keyring,
                                                                           starter):
    folder = _make_profile(tmp_path / "profile", passphrase=PASSPHRASE, use_keyring=True)
    file_keyring.write_text("{}")  # the keyring lost the entry (a new OS account, a reset keyring)
    start = starter(folder)
    asked = []

    def answer(dialog: UnlockDialog) -> None:
        asked.append(dialog.findChild(type(start.window.user_label)).text())
        dialog.passphrase.setText(PASSPHRASE)
        dialog.accept()

    when_shown(UnlockDialog, answer)
    start.begin()
    with qtbot.waitSignal(start.opened, timeout=20_000):
        pass
    assert len(asked) == 1 and "avainnipusta" in asked[0]  # the keyring case, in the profile's Finnish


def test_a_cancelled_passphrase_closes_the_window_and_keeps_the_file(qtbot, tmp_path, no_keyring, starter):
    folder = _make_profile(tmp_path / "profile", passphrase=PASSPHRASE, use_keyring=False)
    before = (folder / "kentta.db").read_bytes()
    start = starter(folder)

    when_shown(UnlockDialog, lambda dialog: dialog.reject())
    start.begin()
    qtbot.waitUntil(lambda: not start.window.isVisible(), timeout=20_000)
    assert start.application is None and start.error is None
    assert not collector.held()  # collections resume when the start ends without a profile too
    assert (folder / "kentta.db").read_bytes() == before


def test_a_damaged_database_is_explained_and_the_start_fails(qtbot, tmp_path, file_keyring, starter):
    folder = _make_profile(tmp_path / "profile")
    database = folder / "kentta.db"
    data = bytearray(database.read_bytes())
    data[1000:1032] = bytes(32)  # inside the first page, which the key check reads
    database.write_bytes(bytes(data))
    shown = []

    def read_message(box: QMessageBox) -> None:
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_shown(QMessageBox, read_message)
    start = starter(folder)
    start.begin()
    qtbot.waitUntil(lambda: start.error is not None, timeout=20_000)
    assert shown and shown[0] == str(start.error)
    assert not collector.held()
    assert not start.window.isVisible()
    assert database.read_bytes() == bytes(data)  # nothing repaired or recreated over it


def test_the_lock_and_new_shortcuts_wait_for_the_profile(qtbot, tmp_path, file_keyring, starter):
    folder = _make_profile(tmp_path / "profile")
    start = starter(folder)
    start.begin()
    shell = start.window
    qtbot.keyClick(shell, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(shell, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shell.outer.currentWidget() is shell.content  # nothing to lock yet, and no error
    with qtbot.waitSignal(start.opened, timeout=20_000):
        pass
    qtbot.keyClick(shell, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.outer.currentWidget() is shell.lock_screen


def test_work_cut_short_by_the_lock_shows_no_dialog(qtbot, main_window, ctx):
    from desktop.services.overview import count_outbox

    store = ctx.store
    ctx.store.lock()
    dialogs = []
    before = set(QApplication.topLevelWidgets())  # an earlier test's dialog may still be open

    def close_dialogs() -> None:  # were one shown, the test reports it instead of waiting on it
        box = QApplication.activeModalWidget()
        if box is not None and box not in before:
            dialogs.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
            box.close()

    watch = QTimer()
    watch.timeout.connect(close_dialogs)
    watch.start(50)
    failures = []
    ctx.run(lambda: count_outbox(store), on_done=failures.append)
    ctx.run(lambda: count_outbox(store), on_failed=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    assert type(failures[0]).__name__ == "ProfileLocked"
    qtbot.wait(200)
    watch.stop()
    assert dialogs == []  # the first one, with no on_failed, failed silently


def test_locking_while_a_list_loads_shows_no_error(qtbot, main_window, ctx, caplog):
    import logging

    from desktop.services import listing

    store = ctx.store
    ctx.store.lock()  # as the idle lock does while a page is still loading
    failures = []
    with caplog.at_level(logging.INFO, logger="desktop.ui"):
        ctx.run(lambda: listing.fetch_page(store, listing.EMPLOYERS))
        ctx.run(lambda: listing.count(store, listing.EMPLOYERS))
        ctx.run(lambda: listing.count(store, listing.EMPLOYERS), on_failed=failures.append)
        qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
        wait_for_idle()
        qtbot.wait(50)
    assert type(failures[0]).__name__ == "ProfileLocked"
    assert "unhandled" not in caplog.text  # no error dialog: the lock screen says it all
    assert caplog.text.count("background work ended by the lock") == 2


def test_a_first_start_asks_for_the_setup_and_opens_the_new_profile(qtbot, tmp_path, file_keyring, starter):
    from desktop.ui.profile_dialogs import SetupDialog
    from desktop.ui.qt import QDialogButtonBox

    folder = tmp_path / "new"
    filled = []

    def fill(dialog: SetupDialog) -> None:
        dialog.name.setText("Testi Koordinaattori")
        dialog.organisation.setText("Testihanke")
        dialog.locality.setCurrentText("Oulu")
        dialog.language.setCurrentIndex(dialog.language.findData("fi"))
        dialog.pin.setText("2468")
        filled.append(True)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_shown(SetupDialog, fill)
    start = starter(folder)
    with qtbot.waitSignal(start.opened, timeout=20_000):
        assert start.begin()
    assert filled == [True]
    window = start.window
    assert window.isVisible() and window.ctx is not None
    assert window.nav.item(1).text() == "Työnantajat"
    assert "Testi Koordinaattori" in window.user_label.text()
    assert UI_LANGUAGE.get(folder) == "fi"  # the next start's shell speaks it at once


def test_a_first_start_cancelled_leaves_no_profile(qtbot, tmp_path, file_keyring, starter):
    from desktop.ui.profile_dialogs import SetupDialog

    folder = tmp_path / "new"

    when_shown(SetupDialog, lambda dialog: dialog.reject())
    start = starter(folder)
    assert not start.begin()
    assert not (folder / PROFILE_FILE).exists()
