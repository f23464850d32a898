"""Test helpers for dialogs: open one as a person finds it (active, typing in it), and find and
answer the question it asks before typed input is thrown away."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desktop.ui.qt import QApplication, QMessageBox, Qt


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def discard_question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert box.objectName() == "discard_question"
    assert box.defaultButton().objectName() == "discard_keep"
    return box


def answer(qtbot, box: QMessageBox, button: str) -> None:
    """Click ``discard_confirm`` or ``discard_keep``."""
    qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def no_question() -> bool:
    return not isinstance(QApplication.activeModalWidget(), QMessageBox)


def back_to(qtbot, dialog) -> None:
    """The dialog active again after a question."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
