"""A quiet timer: the callback runs once things stop changing for a moment."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from desktop.ui.qt import QLineEdit, QObject, QTimer

DEBOUNCE_MS = 150


def quiet_timer(parent: QObject, ms: int, callback: Callable[[], Any], *,
                restarted_by: Iterable[Any] = ()) -> QTimer:
    """A single-shot timer calling ``callback`` ``ms`` after its last start; each signal
    of ``restarted_by`` (whatever it carries) starts it again."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(callback)
    for signal in restarted_by:
        signal.connect(lambda *_args: timer.start())
    return timer


def debounce(edit: QLineEdit, callback: Callable[[str], None], ms: int = DEBOUNCE_MS) -> QTimer:
    """Call ``callback(text)`` once typing in ``edit`` pauses."""
    return quiet_timer(edit, ms, lambda: callback(edit.text()), restarted_by=[edit.textChanged])
