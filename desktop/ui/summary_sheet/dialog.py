"""The summary sheet dialog: the one-page PDF previewed, its language, Print… and Save as PDF….

Opening the dialog makes the sheet in the client's language (``services.summary_sheet.
generate``: its audit event "generate"); another language makes it again. Print and
Save as print or save the very sheet shown, each an audit event. Rendering, saving and
the audit events run through ``ctx.run``, off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton

from desktop.services import summary_sheet
from desktop.ui.background import show_error
from desktop.ui.context import UiContext
from desktop.ui.handover.preview import PdfPreview
from desktop.ui.handover.printing import ask_printer, print_pdf
from desktop.ui.qt import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget


class SummaryDialog(QDialog):
    def __init__(self, ctx: UiContext, client_id, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_dialog")
        self.setWindowTitle(self.tr("Client summary"))
        self.ctx = ctx
        self.client_id = uuid.UUID(str(client_id))
        self.pdf: bytes | None = None  # the sheet shown, in ``self.pdf_language``
        self.pdf_language: str | None = None
        self.busy = False

        self.language = QComboBox(self)
        self.language.setObjectName("summary_language")
        for code, label in (("fi", self.tr("Finnish")), ("sv", self.tr("Swedish")), ("en", self.tr("English"))):
            self.language.addItem(label, code)
        self.language.setEnabled(False)
        self.language.currentIndexChanged.connect(self._language_changed)
        language_label = QLabel(self.tr("&Language of the summary"), self)
        language_label.setBuddy(self.language)
        options = QFormLayout()
        options.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        options.addRow(language_label, self.language)
        note = QLabel(self.tr("One page: the service, consent, transitions, next steps and due dates. "
                              "No assessment and no notes are printed."), self)
        note.setWordWrap(True)

        self.preview = PdfPreview(self)
        self.preview.placeholder.setText(self.tr("Making the summary…"))
        self.preview.view.setZoomMode(self.preview.view.ZoomMode.FitInView)
        self.status = QLabel(self)
        self.status.setObjectName("summary_status")
        self.status.setWordWrap(True)
        self.print_button = self._button(self.tr("P&rint…"), "summary_print", self.print_sheet)
        self.save_button = self._button(self.tr("&Save as PDF…"), "summary_save", self.save_sheet)
        close = self._button(self.tr("Close"), "summary_close", self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(620, 720)  # fits a 1366×768 screen
        self._set_busy(True, self.tr("Making the summary…"))
        store, wanted = ctx.store, self.client_id

        def first() -> tuple[str, bytes]:
            language = summary_sheet.client_language(store, client_id=wanted)
            return language, summary_sheet.generate(store, actor=ctx.actor, client_id=wanted, language=language)

        ctx.run(first, on_done=lambda made: self._made(*made), on_failed=self._failed, parent=self)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- state ---------------------------------------------------------------------

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        if message:
            self.status.setText(message)
        ready = self.pdf is not None and not busy
        for button in (self.print_button, self.save_button):
            button.setEnabled(ready)
        self.language.setEnabled(self.pdf_language is not None and not busy)

    def _made(self, language: str, pdf: bytes) -> None:
        self.pdf, self.pdf_language = pdf, language
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.blockSignals(False)
        self.preview.show_pdf(pdf)
        self._set_busy(False, self.tr("The summary is ready: print it or save it as a PDF."))
        self.ctx.bus.changed.emit("audit_event", None)

    def _failed(self, error: Exception) -> None:
        if self.pdf_language is not None:  # the sheet shown stays, in its own language
            self.language.blockSignals(True)
            self.language.setCurrentIndex(max(0, self.language.findData(self.pdf_language)))
            self.language.blockSignals(False)
        self._set_busy(False, self.tr("No summary was made."))
        show_error(self, error)

    def _language_changed(self) -> None:
        language = self.language.currentData()
        if language == self.pdf_language or self.busy:
            return
        ctx, client_id = self.ctx, self.client_id
        self._set_busy(True, self.tr("Making the summary…"))
        ctx.run(lambda: (language, summary_sheet.generate(ctx.store, actor=ctx.actor, client_id=client_id,
                                                          language=language)),
                on_done=lambda made: self._made(*made), on_failed=self._failed, parent=self)

    # --- printing and saving -------------------------------------------------------

    def _ask_printer(self, pages: int):
        return ask_printer(self, pages)

    def print_sheet(self) -> None:
        pdf = self.pdf
        if pdf is None:
            return
        printer = self._ask_printer(self.preview.page_count)
        if printer is None:
            return
        ctx, client_id = self.ctx, self.client_id
        self._set_busy(True, self.tr("Sending the summary to the printer…"))

        def work() -> int:  # the pages are rendered on a worker: a 300 dpi page takes a while
            pages = print_pdf(pdf, printer)
            summary_sheet.record_print(ctx.store, actor=ctx.actor, client_id=client_id, pages=pages)
            return pages

        def printed(_pages: int) -> None:
            self._set_busy(False, self.tr("The summary was sent to the printer."))
            ctx.bus.changed.emit("audit_event", None)

        def failed(error: Exception) -> None:
            self._set_busy(False, self.tr("The summary was not printed."))
            show_error(self, error)

        ctx.run(work, on_done=printed, on_failed=failed, parent=self)

    def _ask_save_path(self, suggested: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the summary"), suggested,
                                                    self.tr("PDF documents (*.pdf)"))
        return Path(path) if path else None

    def save_sheet(self) -> None:
        pdf = self.pdf
        if pdf is None:
            return
        # No name in the file's name: the folder it lands in may be shared.
        suggested = self.tr("client-summary-%1.pdf").replace("%1", dt.date.today().isoformat())
        path = self._ask_save_path(suggested)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        ctx, client_id = self.ctx, self.client_id
        self._set_busy(True, self.tr("Saving…"))

        def done(_digest: str) -> None:
            self._set_busy(False, self.tr("The summary was saved to %1.").replace("%1", str(path)))
            ctx.bus.changed.emit("audit_event", None)

        ctx.run(lambda: summary_sheet.save_pdf(ctx.store, actor=ctx.actor, client_id=client_id, pdf=pdf, path=path),
                on_done=done, on_failed=self._failed, parent=self)
