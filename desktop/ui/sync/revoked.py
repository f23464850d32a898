"""This device was revoked (a lost laptop): the message, and the end of the running session.

The sync that heard it has deleted the profile on its own thread
(``desktop.services.revoked``); the window says why and closes. The next start says it
again, in the same language, and offers the first-run setup.
"""

from __future__ import annotations

from desktop.ui.qt import QMessageBox, QWidget
from desktop.ui.sync.messages import error_text
from sync.protocol import DEVICE_REVOKED


def is_revoked(error: BaseException) -> bool:
    return getattr(error, "code", None) == DEVICE_REVOKED


def show_revoked(parent: QWidget | None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Kenttä", error_text(DEVICE_REVOKED),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("device_revoked")
    box.exec()


def end_revoked_session(widget: QWidget) -> None:
    """The profile is gone: say why, then close the window (the app ends)."""
    window = widget.window()
    show_revoked(window)
    window.close()
