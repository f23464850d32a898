"""The menu bar: File (with Quit, Ctrl+Q), Edit, View (the pages) and Help; icons on
the navigation and the main actions."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from desktop.ui.qt import QAction, Qt


def test_the_menu_bar_has_the_usual_menus_and_the_pages(main_window):
    menus = [action.menu() for action in main_window.menuBar().actions()]
    assert [menu.objectName() for menu in menus] == ["menu_file", "menu_edit", "menu_view", "menu_help"]
    view = main_window.findChild(QMenu, "menu_view")
    assert [action.text() for action in view.actions()] == [spec.title for spec in main_window.specs]
    assert [action.shortcut().toString() for action in view.actions()] == [f"Ctrl+{n}" for n in range(1, 9)]
    # A coach's window has no Administration page: its menu entry is not shown either.
    assert [action.isVisible() for action in view.actions()] == [True] * 7 + [False]
    view.actions()[5].trigger()
    assert main_window.current_page() is main_window.pages["reports"]


def test_ctrl_q_quits(qtbot, main_window):
    quit_action = main_window.findChild(QAction, "action_quit")
    assert quit_action in main_window.findChild(QMenu, "menu_file").actions()
    main_window.activateWindow()
    main_window.nav.setFocus()
    qtbot.keyClick(main_window.nav, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not main_window.isVisible()


def test_the_navigation_and_the_main_actions_have_icons(main_window):
    assert all(not main_window.nav.item(row).icon().isNull() for row in range(main_window.nav.count()))
    for name in ("action_new", "action_find", "action_lock", "action_settings", "action_quit", "action_about"):
        assert not main_window.findChild(QAction, name).icon().isNull(), name
