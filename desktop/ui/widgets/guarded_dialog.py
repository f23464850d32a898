"""A dialog that never throws typing away: the keys of every record form and of the first-run setup.

``GuardedDialog`` is a QDialog told its accept button (Save, OK) and its Cancel button with
``guard_buttons(accept, cancel)``. Once shown:

- Tab reaches the accept button before Cancel, after the last field.
- Enter accepts, wherever the focus is, except in a multi-line text (a new line there) and on
  Cancel; Ctrl+Enter accepts from anywhere (Ctrl+S too, in the forms that bind it). The other
  buttons of the dialog (Clear, …) react to Space and clicks, not to Enter.
- Esc, Cancel and the window's close button leave at once when nothing was typed; after typing
  they ask first (``discard_question``: Discard, or Keep editing, the default and the answer to
  Esc), as the visit form does.

"Typed" is what ``TypedInput`` sees: a change of an input widget made after the dialog was
first shown (what the dialog filled in itself, before or in the background with its signals
blocked, is not), that still stands when the dialog is left (typed and erased again is nothing).
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit, QPushButton, QTextEdit

from desktop.ui.qt import QComboBox, QDialog, QKeySequence, QLineEdit, QMessageBox, QObject, Qt, QWidget
from desktop.ui.widgets.questions import ask

logger = logging.getLogger(__name__)

Role = QMessageBox.ButtonRole
ACCEPT_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def input_state(root: QWidget) -> list:
    """What the input widgets of ``root``'s window hold, in a fixed order."""
    state: list = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root:
            continue  # a question or a popup of the dialog
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentText())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
    return state


class TypedInput(QObject):
    """Whether the person changed the input widgets of ``root`` since ``start()``."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self.started = False
        self.touched = False
        self.initial: list = []

    def start(self) -> None:
        """Note what the widgets hold now, and watch them from here on."""
        self.started = True
        self.touched = False
        self.initial = input_state(self.root)
        for widget in self.root.findChildren(QWidget):
            if widget.window() is not self.root:
                continue
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                widget.textChanged.connect(self._touch)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._touch)
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                widget.toggled.connect(self._touch)

    def _touch(self, *_args) -> None:
        self.touched = True

    @property
    def present(self) -> bool:
        return self.started and self.touched and input_state(self.root) != self.initial


class GuardedDialog(QDialog):
    """Subclasses call ``guard_buttons`` once their buttons exist."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = TypedInput(self)
        self.accept_button: QPushButton | None = None
        self.cancel_button: QPushButton | None = None
        self.discard_question: QMessageBox | None = None
        self._guarded = False
        for keys in ACCEPT_KEYS:
            QShortcut(QKeySequence(keys), self, activated=self._accept_key)

    def guard_buttons(self, accept: QPushButton, cancel: QPushButton) -> None:
        self.accept_button, self.cancel_button = accept, cancel
        accept.setDefault(True)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._guarded:
            self._guarded = True
            self._arrange_buttons()
            self.typed.start()

    def _arrange_buttons(self) -> None:
        accept, cancel = self.accept_button, self.cancel_button
        if accept is None or cancel is None:
            return
        for other in self.findChildren(QPushButton):
            if other is not cancel:
                other.setAutoDefault(False)  # Enter there goes to the dialog: the default button
        accept.setDefault(True)
        last = self._last_field()
        if last is not None:
            QWidget.setTabOrder(last, accept)
        QWidget.setTabOrder(accept, cancel)

    def _last_field(self) -> QWidget | None:
        """The last widget Tab reaches before the accept and Cancel buttons."""
        buttons = {self.accept_button, self.cancel_button}
        last, widget = None, self.nextInFocusChain()
        while widget is not None and widget is not self:
            if widget not in buttons and widget.window() is self and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget
            widget = widget.nextInFocusChain()
        return last

    def _accept_key(self) -> None:
        if self.accept_button is not None and self.accept_button.isEnabled():
            self.accept_button.click()

    # --- leaving ----------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel or the window's close: at once when nothing was typed, else after asking."""
        if self.discard_question is not None:
            return
        if not self.typed.present:
            super().reject()
            return
        title, text, confirm = self.discard_words()
        self.discard_question = ask(
            self, name="discard_question", title=title, text=text,
            buttons=[("discard_confirm", confirm, Role.DestructiveRole),
                     ("discard_keep", self.tr("Keep editing"), Role.RejectRole)],
            default="discard_keep", escape="discard_keep", on_answer=self._answered)

    def discard_words(self) -> tuple[str, str, str]:
        """The question's title, its text and the label of the button that throws the typing away."""
        return (self.tr("Discard what you typed?"), self.tr("What you typed in this window will be lost."),
                self.tr("Discard"))

    def _answered(self, answer: str) -> None:
        self.discard_question = None
        if answer == "discard_confirm":
            logger.info("%s: typed input discarded", self.objectName() or type(self).__name__)
            super().reject()
