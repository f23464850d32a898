"""Break-glass on the client's page: the manager's "Open the client's details…" and its dialog,
and the notice that tells everyone holding the client who opened it, why and until when.

The request goes to the server off the GUI thread (``FormDialog`` runs it through ``ctx.run``);
the sync that brings the client's records is asked of the main window (``bus.sync_requested``),
which runs it on the Sync page's runner.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit

from desktop.errors import FieldError, InvalidInput, KenttaError
from desktop.i18n import error_message
from desktop.services import break_glass
from desktop.services.break_glass import Grant
from desktop.ui.context import UiContext
from desktop.ui.forms.dialog import FormDialog
from desktop.ui.forms.widgets import button
from desktop.ui.qt import QLabel, QVBoxLayout, QWidget, Signal
from desktop.ui.style import NOTICE, accent, tinted
from sync.client.errors import DeviceRevoked
from sync.records import BREAK_GLASS_REASON_MAX, break_glass_reason

logger = logging.getLogger(__name__)


def _day(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{local.day}.{local.month}.{local.year}"


def _time(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%H.%M")


class BreakGlassDialog(FormDialog):
    """Asks the reason, says how long the access lasts and who will see it; Open asks the server."""

    def __init__(self, ctx: UiContext, client_id, hours: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Open the client's details"), parent)
        self.setObjectName("break_glass_dialog")
        self.client_id = client_id
        self.grant = None
        self.explanation = QLabel(self.tr(
            "You are not assigned to this client. Opening its details lets you read them (not "
            "change them) for %n hour(s); then they leave this laptop and the figures stay. The "
            "client's assigned staff will see that you opened them and why, and so will the "
            "audit trail.", "", hours))
        self.explanation.setObjectName("break_glass_explanation")
        self.explanation.setWordWrap(True)
        self.form.insertRow(0, self.explanation)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("For example: a complaint to handle, the coach is "
                                               "on sick leave"))
        self.reason.setFixedHeight(90)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.save_button.setText(self.tr("&Open"))
        self.save_button.setToolTip(self.tr("Ask the server to open the details"))
        self.setMinimumWidth(520)

    def values(self):
        text = self.reason.toPlainText()
        if len(text) > BREAK_GLASS_REASON_MAX or break_glass_reason(text) is None:
            raise InvalidInput([FieldError("reason", "break_glass_reason", break_glass.TOO_SHORT)])
        return {"reason": text}

    def perform(self, values):
        store, client_id = self.ctx.store, self.client_id
        return break_glass.open_client(store, client_id=client_id, reason=values["reason"])

    def _saved(self, grant) -> None:
        self.grant = grant
        logger.info("break-glass granted for client %s", self.client_id)
        super()._saved(None)

    def _failed(self, error: Exception) -> None:
        """No network, or the server refused: said in the dialog, the reason kept for a retry."""
        if isinstance(error, KenttaError) and not isinstance(error, InvalidInput):
            self.saving = False
            self.save_button.setEnabled(True)
            self.general_error.show_message(error_message(error))
        elif isinstance(error, DeviceRevoked):
            # The Sync page's sync deletes the profile and says why.
            self.ctx.bus.sync_requested.emit()
            super().reject()
        else:
            super()._failed(error)


class BreakGlassPanel(QWidget):
    """On the client's page: the openings of the client, and a manager's way to open it."""

    opened = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("break_glass_panel")
        self.ctx = ctx
        self.client_id = None
        self.dialog: BreakGlassDialog | None = None
        self.notice = QLabel()
        self.notice.setObjectName("break_glass_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"background: {tinted(NOTICE, 0.15).name()}; "
                                  f"border: 1px solid {accent(NOTICE).name()}; padding: 6px;")
        self.state = QLabel()
        self.state.setObjectName("break_glass_state")
        self.state.setWordWrap(True)
        self.open_button = button(self.tr("Open the client's &details…"), "break_glass", self.ask)
        self.waiting = False  # opened here, the details not yet synced
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        for widget in (self.notice, self.state, self.open_button, self):
            widget.hide()  # until the client's data says otherwise

    def notice_text(self, grant: Grant) -> str:
        """One opening as the client's staff read it."""
        return (self.tr("Manager %1 opened the client's details on %2 at %3 — reason: %4 — "
                        "open until %5 at %6.")
                .replace("%1", grant.staff_name or "?").replace("%2", _day(grant.granted_at))
                .replace("%3", _time(grant.granted_at)).replace("%4", grant.reason)
                .replace("%5", _day(grant.expires_at)).replace("%6", _time(grant.expires_at)))

    def show_data(self, client_id, grants: list[Grant], *, figures_only: bool) -> None:
        self.client_id = client_id
        now = dt.datetime.now(dt.timezone.utc)
        me = self.ctx.actor.staff_id
        manager = self.ctx.actor.role == "manager"
        mine = next((g for g in grants if g.staff_id == me and g.open_at(now)), None)
        others = [g for g in grants if g.staff_id != me]
        self.notice.setText("\n".join(self.notice_text(g) for g in others))
        if mine is not None and not figures_only:
            self.waiting = False
            self.state.setText(self.tr("You have opened this client's details, to read only, "
                                       "until %1 at %2.").replace("%1", _day(mine.expires_at))
                               .replace("%2", _time(mine.expires_at)))
        elif not self.waiting:
            self.state.clear()
        shown = {self.notice: bool(others), self.state: bool(self.state.text()),
                 self.open_button: manager and figures_only and mine is None and not self.waiting}
        for widget, visible in shown.items():
            widget.setVisible(visible)
        self.setVisible(any(shown.values()))

    def ask(self) -> None:
        if self.client_id is None:
            return
        store, client_id = self.ctx.store, self.client_id
        self.ctx.run(lambda: break_glass.grant_hours(store),
                     on_done=lambda hours: self._ask(client_id, hours), parent=self)

    def _ask(self, client_id, hours: int) -> None:
        if client_id != self.client_id:
            return
        self.dialog = BreakGlassDialog(self.ctx, client_id, hours, self)
        self.dialog.saved.connect(self._granted)
        self.dialog.open()

    def _granted(self, _record) -> None:
        self.waiting = True
        self.open_button.hide()
        self.state.setText(self.tr("Opened: the client's details are coming with a sync…"))
        self.state.show()
        self.show()
        self.opened.emit()
        self.ctx.bus.sync_requested.emit()
