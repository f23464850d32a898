"""A small status-bar widget: when the last sync was, and what needs attention."""

from __future__ import annotations

from desktop.services.sync_status import SyncStatus, sync_status
from desktop.ui.context import UiContext
from desktop.ui.qt import QLabel, Qt, QWidget, Signal
from desktop.ui.sync.labels import local_time
from desktop.ui.widgets.debounce import quiet_timer


class SyncStatusLabel(QLabel):
    """Read once things stop changing for a moment (the several records one save announces
    make one read); ``read(status)`` hands it to the status bar's other labels."""

    read = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, read_now: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("status_sync")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setContentsMargins(12, 0, 4, 0)
        self._timer = quiet_timer(self, 300, self.refresh, restarted_by=[ctx.bus.changed])
        if read_now:  # else the owner calls refresh() (the window: once the first page has its rows)
            self.refresh()

    def refresh(self) -> None:
        if self.ctx.store.locked:
            return
        store = self.ctx.store
        self.ctx.run(lambda: sync_status(store), on_done=self._show, parent=self)

    def _show(self, status: SyncStatus) -> None:
        text = self.tr("Last sync: %1").replace("%1", local_time(status.last_sync))
        if status.conflicts:
            text += " · " + self.tr("%n conflict(s)", "", status.conflicts)
        if status.set_aside:
            text += " · " + self.tr("%n set aside", "", status.set_aside)
        tip = self.tr("%n record(s) with changes waiting to be sent", "", status.waiting)
        if status.error or status.error_code:
            from desktop.ui.sync.messages import error_text  # only when there is one to show

            text += " · " + self.tr("the last sync stopped")
            tip = error_text(status.error_code, status.error_params, status.error) + "\n" + tip
        self.setText(text)
        self.setToolTip(tip)
        self.read.emit(status)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        window = self.window()
        if hasattr(window, "go_to"):
            window.go_to("sync")
        super().mousePressEvent(event)
