"""Type any text into a widget as key events.

QTest.keyClicks aborts the process on characters outside ASCII (ä, ö, å)
because Qt's test library maps characters to keys; this sends each
character as a key press and release carrying its text, which is what a
keyboard with a Finnish layout produces.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown if not char.isascii() else _key(char),
                              Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def _key(char: str) -> int:
    if char == " ":
        return Qt.Key.Key_Space
    if char.isalnum():
        return getattr(Qt.Key, f"Key_{char.upper()}")
    return Qt.Key.Key_unknown


def keys_to_window(window, text: str = "", *, key: Qt.Key | None = None) -> None:
    """Type ``text`` (or press ``key``) as the window system delivers it: to the window,
    where Qt gives it to whatever holds the keyboard (an open popup first), not
    straight to a widget chosen by the test."""
    from PySide6.QtTest import QTest

    handle = window.windowHandle()
    if key is not None:
        QTest.keyClick(handle, key)
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, handle, _key(char) if char.isascii() else Qt.Key.Key_unknown,
                           char, Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()
