"""The main window shell: navigation, search as you type, lock and unlock."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from desktop.services import employers, setup
from desktop.store.profile import create_profile
from desktop.store.profile import set_pin
from desktop.ui.qt import QApplication, Qt
from tests.support.typing import type_text


def test_navigation_by_click_and_keyboard(qtbot, main_window):
    assert main_window.nav.count() == 8  # Administration among them, hidden from a coach
    assert [spec.key for spec in main_window.specs] == ["today", "employers", "visits", "clients", "events",
                                                        "reports", "sync", "admin"]
    assert main_window.nav.item(7).isHidden() and "admin" not in main_window.pages
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() is main_window.pages["clients"]
    main_window.nav.setCurrentRow(4)
    assert main_window.current_page() is main_window.pages["events"]


def test_search_shows_results_as_you_type_and_opens_one(qtbot, main_window, ctx):
    employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Hämeenlinnan Kone Oy"})
    opened = []
    ctx.bus.open_record.connect(lambda kind, record_id: opened.append(kind))
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is main_window.search
    type_text(main_window.search, "hämeen")
    qtbot.waitUntil(lambda: main_window.search.model.rowCount() == 1)
    assert "Hämeenlinnan Kone Oy" in main_window.search.model.data(main_window.search.model.index(0))
    qtbot.keyClick(main_window.search, Qt.Key.Key_Return)
    assert opened == ["employer"]


def test_status_bar_counts_changes_waiting(qtbot, main_window, ctx):
    qtbot.waitUntil(lambda: main_window.outbox_label.text() != "")
    before = main_window.outbox_label.text()
    employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Uusi Oy"})
    ctx.bus.changed.emit("employer", None)
    qtbot.waitUntil(lambda: main_window.outbox_label.text() != before)
    assert any(ch.isdigit() for ch in main_window.outbox_label.text())


def test_lock_on_demand_closes_the_engine_and_pin_unlocks(qtbot, main_window, ctx):
    set_pin(ctx.store, "4321")
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.locked and ctx.store.engine is None
    assert main_window.outer.currentWidget() is main_window.lock_screen
    qtbot.keyClicks(main_window.lock_screen.secret, "0000")
    qtbot.keyClick(main_window.lock_screen.secret, Qt.Key.Key_Return)
    assert ctx.store.locked
    assert main_window.lock_screen.error.text()
    qtbot.keyClicks(main_window.lock_screen.secret, "4321")
    qtbot.keyClick(main_window.lock_screen.secret, Qt.Key.Key_Return)
    assert not ctx.store.locked
    assert main_window.outer.currentWidget() is main_window.content
    employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Lukituksen jälkeen Oy"})


def test_idle_time_locks_and_too_many_wrong_pins_need_the_passphrase(qtbot, main_window, ctx):
    set_pin(ctx.store, "4321")
    main_window.idle.set_minutes(0.001)  # 60 ms
    qtbot.waitUntil(lambda: ctx.store.locked, timeout=3000)
    for _ in range(5):
        main_window.lock_screen.unlock_requested.emit("0000")
    main_window.lock_screen.unlock_requested.emit("4321")
    assert ctx.store.locked  # the PIN no longer opens it
    assert main_window.lock_screen.error.text()


def test_typing_and_the_mouse_put_off_the_idle_lock_other_events_do_not(qtbot, main_window):
    from PySide6.QtCore import QEvent

    from desktop.ui.qt import QApplication

    idle, target = main_window.idle.timer, main_window.search
    idle.stop()
    target.repaint()  # painting and layout: nobody at the keyboard
    QApplication.sendEvent(target, QEvent(QEvent.Type.LayoutRequest))
    assert not idle.isActive()
    qtbot.mouseMove(target)
    assert idle.isActive()
    idle.stop()
    # A key as the platform hands it over: to the window with the keyboard, which passes it on
    # to the widget with the focus (``qtbot.keyClicks(widget)`` skips the window).
    main_window.activateWindow()
    target.setFocus()
    QTest.keyClick(main_window.windowHandle(), Qt.Key.Key_O, Qt.KeyboardModifier.NoModifier)
    assert target.text() == "o"
    assert idle.isActive()


def test_typing_in_a_dialog_opened_later_puts_off_the_idle_lock(qtbot, main_window):
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    dialog = QDialog(main_window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.isActiveWindow())
    field.setFocus()
    main_window.idle.timer.stop()
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    assert field.text() == "a"
    assert main_window.idle.timer.isActive()


@pytest.fixture
def window_for(qtbot, tmp_path, file_keyring):
    """The main window on a new profile whose user has ``role``."""
    from desktop.ui.context import UiContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.page_registry import page_specs

    opened = []

    def make(role: str) -> MainWindow:
        store = create_profile(tmp_path / role)
        opened.append(store)
        actor = setup.set_up_profile(store, user_name="Testi Käyttäjä", role=role,
                                     organisation_name="Testihanke", localities=["Oulu"])
        window = MainWindow(UiContext(store, actor), page_specs(), user_label="Testi Käyttäjä")
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield make
    from desktop.ui.background import wait_for_idle

    wait_for_idle()
    for store in opened:
        store.close()


@pytest.mark.parametrize(("role", "page"), [("career_coach", "today"), ("employer_coordinator", "today"),
                                            ("manager", "today"), ("admin", "sync")])
def test_each_role_starts_on_its_own_page(qtbot, window_for, role, page):
    """Staff start on Today, what is due for them; an administrator, who has no client data, on Sync."""
    window = window_for(role)
    assert window.current_page() is window.pages[page]
    assert window.nav.currentItem().text() == window.specs[window.nav.currentRow()].title
    assert ("today" in window.pages) == (role != "admin")
    assert window.nav.item(0).isHidden() == (role == "admin")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # and every page is a key away
    assert window.current_page() is window.pages["employers"]


def test_a_new_profile_has_no_changes_waiting(qtbot, window_for):
    """The setup's organisation, locality and user are placeholders for the server's: they never travel."""
    window = window_for("career_coach")
    qtbot.waitUntil(lambda: window.outbox_label.text() != "")
    assert window.outbox_label.text().startswith("0 change")
