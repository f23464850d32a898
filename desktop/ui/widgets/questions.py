"""A question that does not block: a window-modal QMessageBox whose answer comes by callback.

Tests find it with ``QApplication.activeModalWidget()`` (or by its object
name) and press one of its buttons, each named; Esc gives the escape answer.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.ui.qt import QMessageBox, QWidget

Role = QMessageBox.ButtonRole


def ask(parent: QWidget, *, name: str, title: str, text: str, buttons: list[tuple[str, str, Role]],
        default: str, escape: str, on_answer: Callable[[str], None]) -> QMessageBox:
    """Show the question; ``on_answer`` gets the object name of the button pressed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName(name)
    made = {}
    for button_name, label, role in buttons:
        button = box.addButton(label, role)
        button.setObjectName(button_name)
        made[button_name] = button
    box.setDefaultButton(made[default])
    box.setEscapeButton(made[escape])

    def finished(_result: int) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        on_answer(clicked.objectName() if clicked is not None else escape)

    box.finished.connect(finished)
    box.open()
    return box
