"""The receipt of the last sync, in words."""

from __future__ import annotations

from desktop.ui.qt import QLabel, QVBoxLayout, QWidget
from desktop.ui.sync.labels import field_label, kind_label, local_time
from desktop.ui.sync.messages import error_text, refusal_text
from sync.client.receipt import Receipt


class ReceiptView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("receipt_title")
        self.summary = QLabel()
        self.summary.setObjectName("receipt_summary")
        self.summary.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("receipt_details")
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.show_receipt(None)

    def show_receipt(self, receipt: Receipt | None) -> None:
        if receipt is None:
            self.title.setText(self.tr("No sync yet."))
            self.summary.clear()
            self.details.clear()
            return
        when = local_time(receipt.finished_at or receipt.started_at)
        outcome = {
            "ok": self.tr("Sync finished at %1."),
            "cancelled": self.tr("Sync cancelled at %1. What was sent or received is kept."),
        }.get(receipt.outcome, self.tr("Sync stopped at %1."))
        self.title.setText("<b>" + outcome.replace("%1", when) + "</b>")
        parts = [
            self.tr("Sent: %1").replace("%1", str(receipt.sent)),
            self.tr("Received: %1").replace("%1", str(receipt.received)),
            self.tr("Refused: %1").replace("%1", str(len(receipt.refused))),
            self.tr("Conflicts: %1 new, %2 open").replace("%1", str(len(receipt.conflicts)))
            .replace("%2", str(receipt.open_conflicts)),
        ]
        lines = [" · ".join(parts)]
        if receipt.merged:
            lines.append(self.tr("%1 of the sent changes were merged with other devices' changes.")
                         .replace("%1", str(receipt.merged)))
        if receipt.dropped:
            lines.append(self.tr("%1 records were removed from this laptop: they were reassigned "
                                 "or purged.").replace("%1", str(receipt.dropped)))
        if receipt.set_aside:
            lines.append(self.tr("%1 refused records wait for you to edit them (see Set aside).")
                         .replace("%1", str(receipt.set_aside)))
        if receipt.files_sent or receipt.files_received:
            lines.append(self.tr("Files: %1 sent, %2 received.").replace("%1", str(receipt.files_sent))
                         .replace("%2", str(receipt.files_received)))
        if receipt.files_failed:
            lines.append(self.tr("%1 file transfers failed this time; they are tried again at the "
                                 "next sync.").replace("%1", str(receipt.files_failed)))
        if receipt.files_set_aside:
            lines.append(self.tr("%1 files could not be sent (see Files); records and other files "
                                 "were not held back.").replace("%1", str(receipt.files_set_aside)))
        if receipt.server_restored_at is not None and receipt.resent:
            lines.append(self.tr("The server was restored from a backup; %n of your change(s) made "
                                 "since then were sent again. This laptop now holds the "
                                 "server's copies of everything else.", "", receipt.resent))
        elif receipt.server_restored_at is not None:
            lines.append(self.tr("The server was restored from a backup; none of your changes "
                                 "needed sending again. This laptop now holds the server's "
                                 "copies of everything."))
        if receipt.not_on_server:
            lines.append(self.tr("%n record(s) that colleagues made or changed after the backup "
                                 "are not on the server; they are kept here until their laptops "
                                 "send them again.", "", receipt.not_on_server))
        if receipt.error:
            lines.append(error_text(receipt.error_code, receipt.error_params, receipt.error))
        self.summary.setText("\n".join(lines))
        details = [self.tr("Refused %1: %2").replace("%1", kind_label(item.kind))
                   .replace("%2", refusal_text(item.reason)) for item in receipt.refused[:20]]
        details += [self.tr("Conflict in %1, field %2").replace("%1", kind_label(item.kind))
                    .replace("%2", field_label(item.field)) for item in receipt.conflicts[:20]]
        self.details.setText("\n".join(details))
