"""On the client's page: colleagues who ask to be assigned to this client too, each with Accept
and Decline. Accepting adds the colleague to the client's staff (their next sync brings the
client); declining tells them at their next sync. The requests are read and decided off the GUI
thread (``desktop.services.assignment``)."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtWidgets import QFrame, QHBoxLayout

from desktop.services import assignment
from desktop.services.assignment import OpenRequest
from desktop.translation import fill
from desktop.ui.context import UiContext
from desktop.ui.forms.widgets import button
from desktop.ui.qt import QLabel, QVBoxLayout, QWidget
from desktop.ui.style import NOTICE, accent, tinted

logger = logging.getLogger(__name__)


def _day(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{local.day}.{local.month}.{local.year}"


class AssignmentRequestsPanel(QFrame):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignment_requests")
        self.setStyleSheet(f"#assignment_requests {{ background: {tinted(NOTICE, 0.15).name()}; "
                           f"border: 1px solid {accent(NOTICE).name()}; }}")
        self.ctx = ctx
        self.client_id = None
        self.requests: list[OpenRequest] = []
        self._generation = 0
        self.rows = QVBoxLayout(self)
        self.hide()

    def load(self, client_id) -> None:
        """Show the requests waiting on this client (none: the panel hides)."""
        self.client_id = client_id
        self._generation += 1
        generation, store, actor = self._generation, self.ctx.store, self.ctx.actor
        self.ctx.run(lambda: assignment.open_assignment_requests(store, actor, client_id=client_id),
                     on_done=lambda found: self._show(generation, found), parent=self)

    def _show(self, generation: int, found: list[OpenRequest]) -> None:
        if generation != self._generation:
            return
        self.requests = found
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                _clear(item.layout())
        for request in found:
            text = fill(self.tr("%1 asks to be assigned to this client too (%2)."),
                        (request.requester_name or self.tr("A colleague"), _day(request.requested_at)))
            if request.message:
                text += "\n" + fill(self.tr("Message: %1"), (request.message,))
            label = QLabel(text)
            label.setObjectName("assignment_request_text")
            label.setWordWrap(True)
            accept = button(self.tr("&Accept"), "accept_request",
                            lambda _checked=False, r=request: self.decide(r, True))
            accept.setToolTip(self.tr("Add the colleague to the client's staff; their next sync brings the client."))
            decline = button(self.tr("Decli&ne"), "decline_request",
                             lambda _checked=False, r=request: self.decide(r, False))
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(accept)
            row.addWidget(decline)
            self.rows.addLayout(row)
        self.setVisible(bool(found))

    def decide(self, request: OpenRequest, accept: bool) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        for widget in self.findChildren(QWidget):
            if widget.objectName() in ("accept_request", "decline_request"):
                widget.setEnabled(False)
        self.ctx.run(lambda: assignment.decide(store, actor=actor, request_id=request.id, accept=accept),
                     on_done=lambda _r: self._decided(request, accept), parent=self)

    def _decided(self, request: OpenRequest, accepted: bool) -> None:
        self.ctx.bus.status.emit(
            fill(self.tr("%1 was added to the client's staff: sync to send it."), (request.requester_name,))
            if accepted else
            fill(self.tr("The request of %1 was declined: sync to tell them."), (request.requester_name,)))
        self.ctx.bus.changed.emit("assignment_request", {request.id})
        if accepted:
            self.ctx.bus.changed.emit("client", {request.client_id})
        else:
            self.load(self.client_id)


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


RECENT_DAYS = 30  # a decision is told on the Clients page for this long


class MyRequestsNotice(QLabel):
    """On the Clients page of the one who asked: their requests waiting, and what was decided
    in the last ``RECENT_DAYS`` days (a declined request is told here)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("my_assignment_requests")
        self.setWordWrap(True)
        self.setStyleSheet(f"background: {tinted(NOTICE, 0.15).name()}; "
                           f"border: 1px solid {accent(NOTICE).name()}; padding: 6px;")
        self.ctx = ctx
        self.hide()
        ctx.bus.changed.connect(self._changed)
        self.load()

    def _changed(self, kind: str, _ids) -> None:
        if kind in ("assignment_request", "client"):
            self.load()

    def load(self) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        if store.locked:
            return
        self.ctx.run(lambda: assignment.my_requests(store, actor), on_done=self._show,
                     on_failed=lambda _error: None, parent=self)

    def line(self, request: OpenRequest) -> str:
        if request.status == "requested":
            return fill(self.tr("You asked on %1 to be assigned to a client of a colleague: waiting "
                                "for their decision."), (_day(request.requested_at),))
        who = request.decided_by_name or self.tr("A colleague")
        if request.status == "accepted" and request.client_name:
            return fill(self.tr("%1 accepted your request to be assigned to %2."), (who, request.client_name))
        if request.status == "accepted":
            return fill(self.tr("%1 accepted your request to be assigned to a client: the client "
                                "comes with the next sync."), (who,))
        return fill(self.tr("%1 declined your request of %2 to be assigned to a client."),
                    (who, _day(request.requested_at)))

    def _show(self, found: list[OpenRequest]) -> None:
        since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=RECENT_DAYS)
        shown = [r for r in found if r.status == "requested" or (r.decided_at or r.requested_at) >= since]
        self.setText("\n".join(self.line(r) for r in shown))
        self.setVisible(bool(shown))
