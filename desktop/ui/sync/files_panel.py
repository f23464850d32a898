"""Attachments the sync could not send, with the reason, and a way to try them again; the
setting that downloads the user's clients' attachments during sync."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QPushButton

from desktop.store.settings import DOWNLOAD_ATTACHMENTS_AHEAD
from desktop.sync import files
from desktop.ui.context import UiContext
from desktop.ui.qt import QLabel, QVBoxLayout, QWidget, Signal
from desktop.ui.sync.conflicts import RowsModel, _table


class FilesPanel(QWidget):
    """File uploads set aside: each waits here, never holding back records or other files."""

    loaded = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel([self.tr("File"), self.tr("Size"), self.tr("Why it was not sent")])
        self.table = _table(self.model, "files_table")
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        hint = QLabel(self.tr("These files stay on this laptop; their records were sent. Records "
                              "and other files go on syncing. When the cause is fixed, try again."))
        hint.setWordWrap(True)
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.setObjectName("files_retry")
        self.retry.clicked.connect(self.try_again)
        self.ahead = QCheckBox(self.tr("Download my clients' attachments during sync (otherwise "
                                       "when a file is first opened)"))
        self.ahead.setObjectName("download_ahead")
        self.ahead.toggled.connect(self._ahead_toggled)
        row = QHBoxLayout()
        row.addWidget(self.retry)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ahead)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def reload(self) -> None:
        store = self.ctx.store

        def work():
            return files.set_aside_files(store), bool(DOWNLOAD_ATTACHMENTS_AHEAD.get(store))

        self.ctx.run(work, on_done=self._show, parent=self)

    def _show(self, loaded) -> None:
        aside, ahead = loaded
        self.ahead.blockSignals(True)
        self.ahead.setChecked(ahead)
        self.ahead.blockSignals(False)
        cells = [[item.file_name or item.sha256[:12], self.megabytes(item.size), self.reason_text(item)]
                 for item in aside]
        self.model.set_rows(aside, cells)
        self.table.resizeRowsToContents()
        self.retry.setEnabled(bool(aside))
        self.loaded.emit(len(aside))

    def megabytes(self, size: int) -> str:
        return self.tr("%1 MB").replace("%1", QLocale().toString(size / (1024 * 1024), "f", 1))

    def reason_text(self, item: files.SetAsideFile) -> str:
        code, detail = item.code, item.detail
        if code == files.GAVE_UP:
            code, _, detail = detail.partition(":")
            code, detail = code.strip(), detail.strip()
            prefix = self.tr("Not sent after %1 tries.").replace("%1", str(files.MAX_ATTEMPTS)) + " "
        else:
            prefix = ""
        texts = {
            files.TOO_LARGE: self.tr("The server refused it: larger than the organisation's limit. "
                                     "Server's message: %1"),
            files.REFUSED: self.tr("The server refused it. Server's message: %1"),
            files.NOT_ON_SERVER: self.tr("The server does not have its record (yet): sync again, or "
                                         "check that the record was not refused."),
            files.UNREACHABLE: self.tr("The connection was lost during the transfer."),
            files.SERVER_ERROR: self.tr("The server could not take it now (%1)."),
            files.HASH_MISMATCH: self.tr("The content arrived damaged and was discarded."),
        }
        if code == files.TOO_LARGE and detail.isdigit():
            texts[code] = self.tr("Larger than the organisation's limit of %1 MB, so the server "
                                  "refused it. Make the file smaller and attach it again.")
        text = texts.get(code, self.tr("Not sent: %1"))
        return prefix + text.replace("%1", detail or code)

    def try_again(self) -> None:
        store = self.ctx.store
        self.ctx.run(lambda: files.retry_set_aside(store), on_done=lambda _n: self.reload(),
                     parent=self)

    def _ahead_toggled(self, enabled: bool) -> None:
        store = self.ctx.store
        self.ctx.run(lambda: DOWNLOAD_ATTACHMENTS_AHEAD.set(store, bool(enabled)), parent=self)
