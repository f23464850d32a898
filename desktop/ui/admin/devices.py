"""The devices tab (administrators): every laptop of the organisation's accounts, its owner,
when it was last seen and whether it is revoked; revoking a lost one."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from desktop.services import administration
from desktop.ui.admin.tab import AdminTab, rows_table, selected, when
from desktop.ui.context import UiContext
from desktop.ui.qt import QLabel, QMessageBox, QVBoxLayout, QWidget
from desktop.ui.sync.conflicts import RowsModel
from desktop.ui.widgets.questions import ask
from sync.protocol import DeviceInfo

Role = QMessageBox.ButtonRole


class DevicesTab(AdminTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.own_device: uuid.UUID | None = None  # this laptop: not revoked from here
        self.model = RowsModel([self.tr("Device"), self.tr("Owner"), self.tr("Username"),
                                self.tr("Added"), self.tr("Last seen"), self.tr("Revoked")])
        self.table = rows_table(self.model, "device_table")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.setObjectName("admin_revoke_device")
        self.revoke_button.clicked.connect(self.revoke)
        note = QLabel(self.tr("A lost or stolen laptop: revoke it. Its sync stops at once, and the "
                              "laptop deletes its profile the next time it reaches the server."))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._enable()

    def current(self) -> DeviceInfo | None:
        return selected(self.table, self.model)

    def _enable(self) -> None:
        device = self.current()
        self.revoke_button.setEnabled(device is not None and device.revoked_at is None
                                      and device.id != self.own_device)

    def refresh(self) -> None:
        store = self.ctx.store
        self.call(lambda: administration.devices(store), self._show)

    def _show(self, devices: list[DeviceInfo]) -> None:
        self.show_rows(self.table, self.model, devices, [[
            d.name + (self.tr(" (this laptop)") if d.id == self.own_device else ""),
            d.owner_name or "", d.username or "", when(d.created_at), when(d.last_seen_at),
            when(d.revoked_at),
        ] for d in devices], key=lambda d: d.id)
        self._enable()
        self.report(self.tr("Devices: %1.").replace("%1", str(len(devices))))

    def revoke(self) -> None:
        device = self.current()
        if device is None or not self.revoke_button.isEnabled():
            return
        owner = device.owner_name or device.username or ""
        ask(self, name="revoke_question", title=self.tr("Revoke the device?"),
            text=self.tr("%1 (%2) can no longer sync: its sessions stop at once. The next time the "
                         "laptop reaches the server it deletes its profile, the data on that "
                         "computer included, and says why. This cannot be undone: the owner logs "
                         "in again on a new profile.\n\nIf the laptop may never come back, also "
                         "reset %2's password: its data is encrypted, but the laptop holds the key.")
            .replace("%1", device.name).replace("%2", owner),
            buttons=[("revoke_confirm", self.tr("Revoke"), Role.DestructiveRole),
                     ("revoke_cancel", self.tr("Cancel"), Role.RejectRole)],
            default="revoke_cancel", escape="revoke_cancel",
            on_answer=lambda answer: answer == "revoke_confirm" and self._revoke(device))

    def _revoke(self, device: DeviceInfo) -> None:
        store = self.ctx.store
        self.call(lambda: administration.revoke_device(store, device.id), self._revoked)

    def _revoked(self, device: DeviceInfo) -> None:
        self.after_change(self.tr("Revoked: %1.").replace("%1", device.name))
