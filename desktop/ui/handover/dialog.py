"""The handover form dialog: the records' data read-only, the coach's four texts,
language, "for the authority", an optional password, and a preview.

Preview renders a draft (no document number, marked as a draft). Print and
Save as first make the form (``services.handover.generate``: a number, the
record and its audit event), once for the same texts and choices, and then
print or save that very form; each print and save is an audit event. The
service gives a form unchanged since it was made (in this dialog or an
earlier one) its own number again. All
rendering and database work runs through ``ctx.run``, off the GUI thread.
What the coach types is kept as a draft a moment after each change and when
the dialog closes (the shared ``DraftKeeper``); making the form takes the draft.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QHBoxLayout, QPlainTextEdit, QPushButton, QScrollArea, QSplitter,
)

from desktop.errors import InvalidInput
from desktop.services import handover
from desktop.services.handover import GeneratedHandover, HandoverPrefill, HandoverTexts
from desktop.ui.background import show_error
from desktop.ui.context import UiContext
from desktop.ui.handover.preview import PdfPreview
from desktop.ui.handover.printing import ask_printer, print_pdf
from desktop.ui.handover.summary import PrefillSummary, problem_style
from desktop.ui.i18n import error_message
from desktop.ui.qt import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.widgets.draft_keeper import DraftKeeper

logger = logging.getLogger(__name__)

DRAFT_DELAY_MS = 800
TEXT_FIELDS = ("work_done", "strengths", "further_plan", "further_support_need")


class _TextBox(QPlainTextEdit):
    """A text field about five lines high that grows with the dialog."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, 5 * self.fontMetrics().lineSpacing() + 12)


class HandoverDialog(QDialog):
    def __init__(self, ctx: UiContext, client_id, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_dialog")
        self.setWindowTitle(self.tr("Handover form"))
        self.ctx = ctx
        self.client_id = uuid.UUID(str(client_id))
        self.prefill: HandoverPrefill | None = None
        self.generated: GeneratedHandover | None = None
        self._generated_for: tuple | None = None
        self.busy = False

        self.summary = PrefillSummary(self)
        self.consent_problem = QLabel(self)
        self.consent_problem.setObjectName("consent_problem")
        self.consent_problem.setWordWrap(True)
        self.consent_problem.setStyleSheet(problem_style())
        self.consent_problem.hide()

        self.edits: dict[str, QPlainTextEdit] = {}
        texts_form = QFormLayout()
        for name, label in zip(TEXT_FIELDS, (self.tr("Work done during the service"), self.tr("Strengths"),
                                              self.tr("Further plan"), self.tr("Need for further support"))):
            edit = _TextBox(self)
            edit.setObjectName(name)
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._texts_changed)
            self.edits[name] = edit
            texts_form.addRow(label, edit)

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, label in (("fi", self.tr("Finnish")), ("sv", self.tr("Swedish")), ("en", self.tr("English"))):
            self.language.addItem(label, code)
        self.language.currentIndexChanged.connect(self._choices_changed)
        self.for_authority = QCheckBox(self.tr("For the employment authority"))
        self.for_authority.setObjectName("for_authority")
        self.for_authority.setToolTip(self.tr("The form is addressed to the employment authority and prints the "
                                              "full personal identity code; otherwise the code is masked."))
        self.for_authority.toggled.connect(self._choices_changed)
        # Since 2025 the authority is the client's employment area, named on the form: one the
        # organisation works with, or one typed (it becomes the client's when the form is made).
        self.employment_area = QComboBox(self)
        self.employment_area.setObjectName("employment_area")
        self.employment_area.setEditable(True)
        self.employment_area.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.employment_area.lineEdit().setPlaceholderText(self.tr("for example: Oulun seudun työllisyysalue"))
        self.employment_area.setToolTip(self.tr("The employment area the form is addressed to: since 1 January "
                                                "2025 the municipalities' employment areas provide the services."))
        self.employment_area.setEnabled(False)
        self.employment_area.currentTextChanged.connect(lambda _text: self._area_problem.hide())
        self._area_problem = QLabel(self)
        self._area_problem.setObjectName("error_employment_area")
        self._area_problem.setWordWrap(True)
        self._area_problem.setStyleSheet(problem_style())
        self._area_problem.hide()
        self.password = QLineEdit(self)
        self.password.setObjectName("pdf_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional: protects the saved PDF"))
        self.password.setToolTip(self.tr("For sending the form by e-mail: the saved PDF opens only with this "
                                         "password (at least 8 characters). Give the password another way."))
        options = QFormLayout()
        options.addRow(self.tr("Language of the form"), self.language)
        options.addRow("", self.for_authority)
        area_label = QLabel(self.tr("E&mployment area"), self)
        area_label.setBuddy(self.employment_area)
        options.addRow(area_label, self.employment_area)
        options.addRow("", self._area_problem)
        options.addRow(self.tr("PDF password"), self.password)

        self.preview_button = self._button(self.tr("&Preview"), "preview", self.show_preview)
        self.print_button = self._button(self.tr("P&rint…"), "print", self.print_form)
        self.save_button = self._button(self.tr("&Save as…"), "save_as", self.save_form)
        close = self._button(self.tr("Close"), "close", self.reject)
        self.status = QLabel(self)
        self.status.setObjectName("handover_status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.consent_problem)
        left_layout.addLayout(options)
        left_layout.addLayout(texts_form, 1)
        # In a scroll area: wrapped texts get their height, and a small screen still reaches everything.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # texts wrap instead
        scroll.setWidget(left)
        self.preview = PdfPreview(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([640, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1180, 760)

        # What the coach types is kept as a draft, and written at once when the dialog closes.
        self.keeper = DraftKeeper(ctx, handover.DRAFT_KIND, lambda: self.texts().as_dict(),
                                  quiet_ms=DRAFT_DELAY_MS, parent=self)
        self._set_enabled(False)
        self.status.setText(self.tr("Reading the client's records…"))
        self.ctx.run(lambda: handover.load_prefill(ctx.store, actor=ctx.actor, client_id=self.client_id),
                     on_done=self._prefilled, on_failed=self._failed, parent=self)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- state ---------------------------------------------------------------------

    def texts(self) -> HandoverTexts:
        return HandoverTexts(**{name: edit.toPlainText() for name, edit in self.edits.items()})

    def _choices(self) -> tuple:
        area = self.employment_area.currentText().strip() if self.for_authority.isChecked() else None
        return (self.texts(), self.language.currentData(), self.for_authority.isChecked(), area)

    def _area_missing(self) -> bool:
        """A form for the authority needs its employment area: said beside the field."""
        if self.for_authority.isChecked() and not self.employment_area.currentText().strip():
            self._area_problem.setText(self.tr("Choose or type the client's employment area: "
                                               "the form is addressed to it."))
            self._area_problem.show()
            self.employment_area.setFocus()
            return True
        return False

    def _current(self) -> GeneratedHandover | None:
        """The form made for exactly what the dialog holds now, if any."""
        return self.generated if self._generated_for == self._choices() else None

    def _set_enabled(self, enabled: bool) -> None:
        allowed = enabled and self.prefill is not None and not self.prefill.consent_problem
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(allowed and not self.busy)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        if message:
            self.status.setText(message)
        self._set_enabled(True)

    def _prefilled(self, prefill: HandoverPrefill) -> None:
        self.prefill = prefill
        for name, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setPlainText(getattr(prefill.texts, name))
            edit.blockSignals(False)
        self.keeper.start(handover.draft_key(self.client_id))
        index = self.language.findData(prefill.language)
        self.language.setCurrentIndex(max(0, index))
        self.employment_area.addItems(list(prefill.employment_areas))
        self.employment_area.setCurrentText(prefill.employment_area)
        self.summary.show_prefill(prefill, for_authority=self.for_authority.isChecked())
        if prefill.consent_problem:
            self.consent_problem.setText(error_message(prefill.consent_problem))
            self.consent_problem.show()
            self.status.setText(self.tr("No form can be made until the consent is recorded."))
        else:
            latest = prefill.latest_document
            self.status.setText(self.tr("Latest form made for this client: %1.").replace("%1", latest)
                                if latest else "")
        self._set_enabled(True)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False, self.tr("Nothing was made."))
        show_error(self, error)

    def _texts_changed(self) -> None:
        if self.prefill is not None:
            self.keeper.touch()

    def _choices_changed(self) -> None:
        self.employment_area.setEnabled(self.for_authority.isChecked())
        self._area_problem.hide()
        self.summary.show_assessment(for_authority=self.for_authority.isChecked())

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name; every way of closing ends here
        """Nothing typed is lost: what changed since the last draft is written now."""
        self.keeper.flush()
        self.keeper.finish()
        super().done(result)

    # --- preview -------------------------------------------------------------------

    def show_preview(self) -> None:
        current = self._current()
        if current is not None:
            self.preview.show_pdf(current.pdf)
            return
        if self._area_missing():
            return
        ctx, client_id = self.ctx, self.client_id
        texts, language, for_authority, area = self._choices()
        self._set_busy(True, self.tr("Making the preview…"))

        def done(pdf: bytes) -> None:
            self.preview.show_pdf(pdf)
            self._set_busy(False, self.tr("Preview: a draft without a document number, not for signing."))

        ctx.run(lambda: handover.preview_pdf(ctx.store, actor=ctx.actor, client_id=client_id, texts=texts,
                                             language=language, for_authority=for_authority,
                                             employment_area=area),
                on_done=done, on_failed=self._failed, parent=self)

    # --- making, printing and saving the form ------------------------------------------

    def _with_form(self, then) -> None:
        """Call ``then(form)`` with the form for what the dialog holds, making it first if needed."""
        current = self._current()
        if current is not None:
            then(current)
            return
        if self._area_missing():
            return
        ctx, client_id = self.ctx, self.client_id
        choices = self._choices()
        texts, language, for_authority, area = choices
        self._set_busy(True, self.tr("Making the form…"))

        def done(form: GeneratedHandover) -> None:
            # The form took the draft away; what is typed from now on is a new draft.
            typed_meanwhile = self.keeper.dirty
            self.keeper.start(handover.draft_key(client_id))
            if typed_meanwhile:
                self.keeper.touch()
            self.generated, self._generated_for = form, choices
            self.preview.show_pdf(form.pdf)
            if form.made_before:  # nothing it prints has changed since: the same form, the same number
                self._set_busy(False, self.tr("Form %1 is unchanged; it keeps its number.")
                               .replace("%1", form.document_number))
            else:
                self._set_busy(False, self.tr("Form %1 made.").replace("%1", form.document_number))
                ctx.bus.changed.emit("handover_form", {form.form_id})
                ctx.bus.changed.emit("audit_event", None)
            then(form)

        # Made holding the keeper's lock: no draft write slips in beside the form taking it.
        make = self.keeper.save_job(lambda _key: handover.generate(
            ctx.store, actor=ctx.actor, client_id=client_id, texts=texts, language=language,
            for_authority=for_authority, employment_area=area))
        ctx.run(make, on_done=done, on_failed=self._failed, parent=self)

    def print_form(self) -> None:
        self._with_form(self._print)

    def _ask_printer(self, pages: int):
        return ask_printer(self, pages)

    def _print(self, form: GeneratedHandover) -> None:
        printer = self._ask_printer(self.preview.page_count)
        if printer is None:
            return
        ctx = self.ctx
        self._set_busy(True, self.tr("Sending form %1 to the printer…").replace("%1", form.document_number))

        def work() -> int:  # the pages are rendered on a worker: a 300 dpi page takes a while
            pages = print_pdf(form.pdf, printer)
            handover.record_print(ctx.store, actor=ctx.actor, generated=form, pages=pages)
            return pages

        def printed(_pages: int) -> None:
            self._set_busy(False, self.tr("Form %1 sent to the printer.").replace("%1", form.document_number))
            ctx.bus.changed.emit("audit_event", None)

        def failed(error: Exception) -> None:
            self._set_busy(False, self.tr("The form was not printed."))
            show_error(self, error)

        ctx.run(work, on_done=printed, on_failed=failed, parent=self)

    def save_form(self) -> None:
        password = self.password.text() or None
        try:
            handover.check_password(password)
        except InvalidInput as error:
            self.status.setText(self.tr("The PDF password needs at least 8 characters; nothing was saved."))
            show_error(self, error)
            return
        self._with_form(lambda form: self._save(form, password))

    def _ask_save_path(self, suggested: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the handover form"), suggested,
                                                    self.tr("PDF documents (*.pdf)"))
        return Path(path) if path else None

    def _save(self, form: GeneratedHandover, password: str | None) -> None:
        path = self._ask_save_path(f"{form.document_number}.pdf")
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        ctx = self.ctx
        self._set_busy(True, self.tr("Saving…"))

        def done(_digest: str) -> None:
            self._set_busy(False, self.tr("Form %1 saved to %2.").replace("%1", form.document_number)
                           .replace("%2", str(path)))
            ctx.bus.changed.emit("audit_event", None)

        ctx.run(lambda: handover.save_pdf(ctx.store, actor=ctx.actor, generated=form, path=path, password=password),
                on_done=done, on_failed=self._failed, parent=self)
