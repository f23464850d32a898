"""Test helpers: press Delete as a person does, and find and answer the question it asks."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desktop.ui.qt import QApplication, QMessageBox, Qt


def question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert box.objectName() == "delete_question"
    return box


def press_delete(qtbot, widget) -> QMessageBox:
    """Delete pressed in ``widget`` (its window active again after an earlier question)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    return question(qtbot)


def confirm(qtbot, box: QMessageBox) -> None:
    qtbot.mouseClick(box.findChild(QPushButton, "delete"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def press_delete_in_text(qtbot, field, typed: str) -> None:
    """Type into a text field, go to its start and press Delete: the field's own editing key."""
    field.setFocus()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == typed[1:]
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
