"""The lock screen, and the idle watcher that brings it up.

While locked the main window shows only the lock screen, every other window
of the app is hidden, and the store's engine is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication, QInputEvent, QWindow

from desktop.store.settings import IDLE_MINUTES
from desktop.ui.qt import QLabel, QLineEdit, QObject, Qt, QTimer, QVBoxLayout, QWidget, Signal
from desktop.ui.style import error_style
from PySide6.QtWidgets import QPushButton

DEFAULT_IDLE_MINUTES = IDLE_MINUTES.default
MAX_PIN_TRIES = 5


class LockScreen(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        heading = self.tr("Kenttä is locked")
        title = QLabel(f"<h2>{heading}</h2>")
        hint = QLabel(self.tr("Enter your PIN or passphrase to continue."))
        self.secret = QLineEdit()
        self.secret.setObjectName("lock_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaximumWidth(320)
        self.error = QLabel()
        self.error.setObjectName("lock_error")
        self.error.setStyleSheet(error_style())
        button = QPushButton(self.tr("Unlock"))
        button.setObjectName("lock_unlock")
        button.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, hint, self.secret, button, self.error):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.secret.returnPressed.connect(self._submit)
        button.clicked.connect(self._submit)

    def _submit(self) -> None:
        secret = self.secret.text()
        self.secret.clear()
        self.unlock_requested.emit(secret)

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def reset(self) -> None:
        self.error.clear()
        self.secret.clear()
        self.secret.setFocus()


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard or mouse input.

    It watches the app's windows (``QWindow``), not the application: the platform hands every
    key press, click and mouse move to a window first, which passes it on to its widget. An
    event filter on the application ran Python for every event of the app (each paint, layout
    and timer of every widget), and each of those calls waited for Python's lock while a worker
    thread held it: most of the GUI thread's waiting while a visit was saved (issue 22). A
    window's own events are few (input, and one update request per repaint). A new window is
    watched once it has the keyboard (``focusWindowChanged``: a dialog), or at the next look
    over all windows, every ``SCAN_MS``.
    """

    idle = Signal()
    SCAN_MS = 2000
    _INPUT = {
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
        QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    }

    def __init__(self, minutes: float = DEFAULT_IDLE_MINUTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self.scan = QTimer(self)
        self.scan.setInterval(self.SCAN_MS)
        self.scan.timeout.connect(self.watch_windows)
        self.scan.start()
        QGuiApplication.instance().focusWindowChanged.connect(self._watch)
        self.watch_windows()

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.start()

    def watch_windows(self) -> None:
        """Watch every top-level window there is now (installing a filter again only moves it first)."""
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # The class test turns away the window's other events before the event's type is read,
        # which makes a Python enum each time.
        if isinstance(event, QInputEvent) and event.type() in self._INPUT:
            self.timer.start()
        return False

    def stop(self) -> None:
        if self.scan.isActive():  # once: a second stop (a window closed again) has nothing to undo
            self.scan.stop()
            QGuiApplication.instance().focusWindowChanged.disconnect(self._watch)
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self)
        self.timer.stop()
