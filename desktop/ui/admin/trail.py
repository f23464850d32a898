"""The audit trail tab (managers): pick a client from this laptop's client list, read from the
server who saw, revealed, printed, saved, exported or changed its data, when and from which
device; export it as CSV for a data subject's request. The trail is never stored here."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QSplitter

from desktop.services import administration, listing
from desktop.translation import QT_TRANSLATE_NOOP
from desktop.ui.admin.tab import AdminTab, rows_table
from desktop.ui.context import UiContext
from desktop.ui.lists.lazy_model import LazyTableModel
from desktop.ui.qt import QCoreApplication, QLabel, Qt, QVBoxLayout, QWidget
from desktop.ui.sync.conflicts import RowsModel
from desktop.ui.sync.labels import field_label, kind_label
from desktop.ui.widgets.record_picker import RecordPicker
from sync.protocol import ClientAuditTrail

KINDS = {"audit_trail": QT_TRANSLATE_NOOP("AuditTrail", "Audit trail"),
         "summary_sheet": QT_TRANSLATE_NOOP("AuditTrail", "Client summary")}  # not a record: audited only


def record_kind(kind: str) -> str:
    return translate("AuditTrail", KINDS[kind]) if kind in KINDS else kind_label(kind)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class TrailTab(AdminTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.trail: ClientAuditTrail | None = None
        self.client_id: uuid.UUID | None = None
        self.client_label = ""
        self.clients = LazyTableModel(ctx, listing.CLIENTS)
        self.picker = RecordPicker(self.clients, name="trail_client",
                                   placeholder=self.tr("Search clients; Enter shows the trail"))
        self.picker.picked.connect(self.show_client)
        self.title = QLabel(self.tr("Choose a client on the left."))
        self.title.setObjectName("trail_title")
        self.title.setWordWrap(True)
        self.model = RowsModel([translate(administration.TRAIL_CONTEXT, c)
                                for c in administration.TRAIL_COLUMNS])
        self.table = rows_table(self.model, "trail_table")
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("trail_export")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.ask_export)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(heading)
        column.addWidget(self.table, 1)
        split = QSplitter()
        split.addWidget(self.picker)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def refresh(self) -> None:
        self.clients.reload()
        if self.client_id is not None:
            self.show_client(self.client_id)

    def show_client(self, client_id: uuid.UUID) -> None:
        if client_id != self.client_id:
            self.client_label = self.picker.current_label()
        self.client_id = client_id
        self.title.setText(self.tr("Reading the trail of %1 from the server…").replace("%1", self.client_label))
        store = self.ctx.store
        self.call(lambda: administration.client_trail(store, client_id), self._show)

    def _show(self, trail: ClientAuditTrail) -> None:
        if trail.client_id != self.client_id:
            return  # another client was chosen meanwhile
        self.trail = trail
        self.model.set_rows(trail.entries, [
            administration.trail_row(e, translate, record_kind, field_label) for e in trail.entries])
        self.title.setText(self.tr("%1: %2 entries, oldest first.")
                           .replace("%1", self.client_label).replace("%2", str(len(trail.entries))))
        self.export_button.setEnabled(True)
        self.report(self.tr("The trail was read from the server."))

    # --- export ---------------------------------------------------------------------------

    def ask_export(self) -> None:
        if self.trail is None:
            return
        name = f"kentta-audit-trail-{self.trail.client_id.hex[:8]}.csv"
        dialog = QFileDialog(self, self.tr("Export the audit trail"), str(Path.home() / name),
                             self.tr("CSV files (*.csv)"))
        dialog.setObjectName("trail_export_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export(Path(path)))
        dialog.open()

    def export(self, path: Path) -> None:
        trail, store, actor = self.trail, self.ctx.store, self.ctx.actor
        if trail is None:
            return
        self.call(lambda: administration.export_trail(store, actor=actor, trail=trail, path=path,
                                                      translate=translate, kind_label=record_kind,
                                                      field_label=field_label),
                  lambda written: self.said.emit(
                      self.tr("Saved the audit trail to %1.").replace("%1", str(written))))
