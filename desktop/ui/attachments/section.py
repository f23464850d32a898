"""The "Attachments" section of a client's or an employer's page.

Files are added with the file dialog ("Add file…") or dropped on the section; a small dialog
asks what the file is (for a signed handover form, which form). The list shows each file's name,
kind, size, date and state (which form it signs; not on this laptop yet). "View" opens the
in-app preview (PDF, JPEG, PNG); "Open in another program…" asks first, then writes a temporary
copy (removed when the app closes at the latest); "Save a copy…" exports it. Viewing, opening and
saving are audit events. For a client, the handover forms made are listed with their signed
state. Every read and write of a file runs off the GUI thread.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
)

from desktop.services import attachments
from desktop.services.attachments import Listing
from desktop.translation import QT_TRANSLATE_NOOP
from desktop.ui.attachments.preview import PreviewDialog
from desktop.i18n import error_message
from desktop.ui.background import show_error
from desktop.ui.forms.dates import finnish_date
from desktop.ui.forms.widgets import button
from desktop.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.widgets.delete_action import DeleteAction
from desktop.ui.widgets.questions import ask
from sync.attachments import ALLOWED_TYPES, PREVIEWABLE_TYPES
from sync.records import CLIENT_ATTACHMENT_KINDS, EMPLOYER_ATTACHMENT_KINDS

logger = logging.getLogger(__name__)

CONTEXT = "Attachments"
KIND_LABELS = {
    "signed_handover": QT_TRANSLATE_NOOP("Attachments", "Signed handover form"),
    "consent_form": QT_TRANSLATE_NOOP("Attachments", "Consent form"),
    "cv": QT_TRANSLATE_NOOP("Attachments", "CV"),
    "letter_of_intent": QT_TRANSLATE_NOOP("Attachments", "Letter of intent"),
    "other": QT_TRANSLATE_NOOP("Attachments", "Other"),
}
KINDS = {"client": CLIENT_ATTACHMENT_KINDS, "employer": EMPLOYER_ATTACHMENT_KINDS}
RECORD_KINDS = {"client": "client_attachment", "employer": "employer_attachment"}
COLUMNS = (
    QT_TRANSLATE_NOOP("Attachments", "Name"),
    QT_TRANSLATE_NOOP("Attachments", "Kind"),
    QT_TRANSLATE_NOOP("Attachments", "Size"),
    QT_TRANSLATE_NOOP("Attachments", "Attached"),
    QT_TRANSLATE_NOOP("Attachments", "State"),
)


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    return translate(text) if text else kind


def size_text(size: int) -> str:
    locale = QLocale()
    if size < 1024 * 1024:
        kilobytes = locale.toString(max(1, round(size / 1024)))
        return QCoreApplication.translate("Attachments", "%1 kB").replace("%1", kilobytes)
    megabytes = locale.toString(size / (1024 * 1024), "f", 1)
    return QCoreApplication.translate("Attachments", "%1 MB").replace("%1", megabytes)


def dropped_files(mime) -> list[Path]:
    """The local files of a drag (folders and remote URLs left out)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


class AttachDialog(QDialog):
    """What the file(s) about to be attached are: the kind, the form signed, a description."""

    chosen = Signal(str, object, object)  # kind, document number or None, description or None

    def __init__(self, owner: str, paths: list[Path], forms: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attach_dialog")
        self.setWindowTitle(self.tr("Attach a file"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        names = QLabel("\n".join(path.name for path in paths))
        names.setObjectName("attach_names")
        names.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("attach_kind")
        for kind in KINDS[owner]:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData("other"))
        self.form = QComboBox()
        self.form.setObjectName("attach_form")
        for number in forms:
            self.form.addItem(number, number)
        self.form_label = QLabel(self.tr("Handover form signed"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("attach_description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("Files"), names)
        form.addRow(self.tr("&Kind"), self.kind)
        if owner == "client":
            form.addRow(self.form_label, self.form)
        form.addRow(self.tr("&Description"), self.description)
        self.no_forms = QLabel(self.tr("The client has no handover form made in Kenttä: the scan is "
                                       "attached without naming one."))
        self.no_forms.setWordWrap(True)
        self.no_forms.setObjectName("attach_no_forms")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Attach"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("attach_ok")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.no_forms)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._has_forms = bool(forms)
        self._kind_changed()

    def _kind_changed(self) -> None:
        signed = self.kind.currentData() == "signed_handover"
        self.form.setEnabled(signed and self._has_forms)
        self.no_forms.setVisible(signed and not self._has_forms)

    def accept(self) -> None:
        kind = self.kind.currentData()
        number = self.form.currentData() if kind == "signed_handover" and self._has_forms else None
        description = self.description.toPlainText().strip() or None
        super().accept()
        self.chosen.emit(kind, number, description)


class AttachmentsSection(QGroupBox):
    """The files of one client (``owner="client"``) or employer (``owner="employer"``)."""

    def __init__(self, ctx, owner: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Attachments"))
        self.setObjectName(f"{owner}_attachments")
        self.ctx = ctx
        self.owner = owner
        self.owner_id: uuid.UUID | None = None
        self.listing: Listing | None = None
        self.dialog: QDialog | None = None
        self.preview: PreviewDialog | None = None
        self.question: QMessageBox | None = None
        self._generation = 0
        self.setAcceptDrops(True)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([translate(text) for text in COLUMNS])
        self.table = QTableView()
        self.table.setObjectName("attachments_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        self.table.activated.connect(lambda _index: self.view_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())

        self.add_button = button(self.tr("Add file…"), "add_attachment", self.ask_file)
        self.add_button.setToolTip(self.tr("Or drop files here. PDF, JPEG, PNG, DOCX or ODT."))
        self.view_button = button(self.tr("View"), "view_attachment", self.view_selected)
        self.open_button = button(self.tr("Open in another program…"), "open_attachment_externally",
                                  self.ask_open_externally)
        self.save_button = button(self.tr("Save a copy…"), "save_attachment", self.ask_save)
        self.deleting = DeleteAction(ctx, self.table, self._selected_target, name="delete_attachment_key")
        self.delete_button = self.deleting.button(self.tr("Delete…"), "delete_attachment", self._selected_target)
        row = QHBoxLayout()
        for widget in (self.add_button, self.view_button, self.open_button, self.save_button, self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.empty = QLabel(self.tr("No files. Add one with the button, or drop files here."))
        self.empty.setObjectName("attachments_empty")
        self.empty.setWordWrap(True)
        self.forms = QLabel()
        self.forms.setObjectName("handover_forms")
        self.forms.setWordWrap(True)
        self.forms.setTextFormat(Qt.TextFormat.PlainText)
        self.forms.setVisible(False)
        # Said in place, not in a dialog: a file attached on another laptop and not synced yet.
        self.notice = QLabel()
        self.notice.setObjectName("attachment_notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.forms)
        self._buttons()
        ctx.bus.changed.connect(self._changed)

    # --- showing ---------------------------------------------------------------------

    def show_owner(self, owner_id) -> None:
        owner_id = uuid.UUID(str(owner_id))
        if owner_id != self.owner_id:
            self.owner_id = owner_id
            self.listing = None
            self.model.setRowCount(0)
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        """A client opened by a manager's break-glass access: its files can be read, not changed."""
        for widget in (self.add_button, self.delete_button):
            widget.setVisible(not read_only)
        self.setAcceptDrops(not read_only)

    def reload(self) -> None:
        if self.owner_id is None or self.ctx.store.locked:
            return
        self._generation += 1
        generation, store, owner, owner_id = self._generation, self.ctx.store, self.owner, self.owner_id
        self.ctx.run(lambda: attachments.listing(store, owner, owner_id),
                     on_done=lambda listing: self._loaded(generation, owner_id, listing), parent=self)

    def _loaded(self, generation: int, owner_id, listing: Listing) -> None:
        if generation != self._generation or owner_id != self.owner_id:
            return
        selected = self.selected()
        self.listing = listing
        signed_by = {row.handover_document_number for row in listing.rows
                     if getattr(row, "handover_document_number", None)}
        self.model.setRowCount(0)
        for record in listing.rows:
            state = []
            number = getattr(record, "handover_document_number", None)
            if number:
                state.append(self.tr("Signs the form %1").replace("%1", number))
            if record.sha256 not in listing.here:
                state.append(self.tr("Not on this laptop yet"))
            cells = [record.file_name, kind_label(record.attachment_kind), size_text(record.size),
                     finnish_date(record.attached_on), "; ".join(state)]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(record.id, Qt.ItemDataRole.UserRole)
            items[0].setToolTip(record.description or "")
            self.model.appendRow(items)
        self.empty.setVisible(not listing.rows)
        self.table.setVisible(bool(listing.rows))
        if selected is not None:
            self._select(selected.id)
        self._show_forms(listing, signed_by)
        self._buttons()

    def _show_forms(self, listing: Listing, signed_by: set[str]) -> None:
        if self.owner != "client" or not listing.forms:
            self.forms.setVisible(False)
            return
        lines = [self.tr("Handover forms:")]
        for form in listing.forms:
            state = self.tr("signed") if form.signed else self.tr("no signed copy attached")
            lines.append(f"{form.document_number}: {state}")
        self.forms.setText("\n".join(lines))
        self.forms.setVisible(True)

    def _changed(self, kind: str, _ids) -> None:
        if self.owner_id is None:
            return
        if kind == RECORD_KINDS[self.owner] or (self.owner == "client" and kind == "handover_form"):
            self.reload()

    # --- the selection ----------------------------------------------------------------

    def selected(self):
        """The attachment of the selected row, or None."""
        if self.listing is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record_id = self.model.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((row for row in self.listing.rows if row.id == record_id), None)

    def _select(self, record_id) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(Qt.ItemDataRole.UserRole) == record_id:
                self.table.selectRow(row)
                return

    def _selected_target(self):
        record = self.selected()
        return (record.kind, record.id) if record is not None and self.add_button.isVisible() else None

    def _failed(self, error: Exception) -> None:
        """Content not here yet is said beside the list; anything else as any failure is."""
        if isinstance(error, attachments.ContentNotHere):
            self.notice.setText(error_message(error))
            self.notice.setVisible(True)
        else:
            show_error(self, error)

    def _buttons(self) -> None:
        self.notice.setVisible(False)
        record = self.selected()
        self.view_button.setEnabled(record is not None and record.media_type in PREVIEWABLE_TYPES)
        for widget in (self.open_button, self.save_button, self.delete_button):
            widget.setEnabled(record is not None)

    # --- adding -----------------------------------------------------------------------

    def ask_file(self) -> None:
        patterns = " ".join(f"*{ext}" for exts in ALLOWED_TYPES.values() for ext in exts)
        dialog = QFileDialog(self, self.tr("Attach files"), str(Path.home()),
                             self.tr("Documents and images (%1)").replace("%1", patterns))
        dialog.setObjectName("attach_file_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda paths: self.start_attach([Path(p) for p in paths]))
        dialog.open()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if dropped_files(event.mimeData()) and self.owner_id is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = dropped_files(event.mimeData())
        if not paths or self.owner_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.start_attach(paths)

    def start_attach(self, paths: list[Path]) -> None:
        """Ask what the files are, then attach them (in the background)."""
        if not paths or self.owner_id is None:
            return
        forms = [form.document_number for form in self.listing.forms] if self.listing else []
        dialog = AttachDialog(self.owner, paths, forms, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda kind, number, description: self.attach(paths, kind, number, description))
        self.dialog = dialog
        dialog.open()

    def attach(self, paths: list[Path], kind: str, number, description) -> None:
        ctx, owner_id = self.ctx, self.owner_id
        key = "client_id" if self.owner == "client" else "employer_id"

        def work():
            made = []
            for path in paths:
                made.append(attachments.attach(ctx.store, actor=ctx.actor, path=path, kind=kind,
                                               document_number=number, description=description,
                                               **{key: owner_id}))
            return made

        def done(made) -> None:
            ids = {record.id for record in made}
            ctx.bus.changed.emit(RECORD_KINDS[self.owner], ids)
            ctx.bus.status.emit(self.tr("%n file(s) attached.", "", len(made)))

        def failed(error: Exception) -> None:
            self.reload()  # the files before the refused one are attached
            show_error(self, error)

        self.add_button.setEnabled(False)
        ctx.operation(work, parent=self).success(done).failure(failed).with_progress(
            lambda busy: self.add_button.setEnabled(not busy)).run_in_background()

    # --- viewing, opening, saving -----------------------------------------------------------

    def view_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        if record.media_type not in PREVIEWABLE_TYPES:
            QMessageBox.information(self, "Kenttä", self.tr(
                "Kenttä shows PDF files and images. Open this file in another program."))
            return
        ctx = self.ctx

        def done(result) -> None:
            shown, data = result
            self._buttons()
            ctx.bus.changed.emit("audit_event", None)
            self.preview = PreviewDialog(shown.file_name, shown.media_type, data, self)
            self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.preview.destroyed.connect(lambda *_: setattr(self, "preview", None))
            self.preview.open()

        def failed(error: Exception) -> None:
            self._buttons()
            self._failed(error)

        self.view_button.setEnabled(False)
        ctx.operation(lambda: attachments.open_for_viewing(ctx.store, actor=ctx.actor, attachment_id=record.id),
                      parent=self).success(done).failure(failed).run_in_background()

    def ask_open_externally(self) -> None:
        record = self.selected()
        if record is None or self.question is not None:
            return
        role = QMessageBox.ButtonRole

        def answered(name: str) -> None:
            self.question = None
            if name == "open_copy":
                self.open_externally(record.id)

        self.question = ask(
            self, name="open_externally_question", title=self.tr("Open in another program"),
            text=self.tr("To open %1 in another program, Kenttä writes an unencrypted copy of it in "
                         "the computer's temporary folder. The copy is removed when Kenttä closes. "
                         "Opening it is recorded in the audit log.").replace("%1", record.file_name),
            buttons=[("open_copy", self.tr("&Open a copy"), role.AcceptRole),
                     ("cancel_open", self.tr("Cancel"), role.RejectRole)],
            default="cancel_open", escape="cancel_open", on_answer=answered)

    def open_externally(self, attachment_id) -> None:
        ctx = self.ctx

        def done(path: Path) -> None:
            ctx.bus.changed.emit("audit_event", None)
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                QMessageBox.warning(self, "Kenttä", self.tr("No program on this computer opens this file."))

        ctx.run(lambda: attachments.temporary_copy(ctx.store, actor=ctx.actor, attachment_id=attachment_id),
                on_done=done, on_failed=self._failed, parent=self)

    def ask_save(self) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = QFileDialog(self, self.tr("Save a copy of the file"), str(Path.home() / record.file_name))
        dialog.setObjectName("save_attachment_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save(record.id, Path(path)))
        dialog.open()

    def save(self, attachment_id, path: Path) -> None:
        ctx = self.ctx

        def work():
            with ctx.store.reader() as session:
                digest = attachments.get_attachment(session, attachment_id).sha256
            attachments.ensure_content(ctx.store, digest)
            return attachments.export(ctx.store, actor=ctx.actor, attachment_id=attachment_id, path=path)

        def done(written: Path) -> None:
            ctx.bus.changed.emit("audit_event", None)
            ctx.bus.status.emit(self.tr("Saved a copy to %1.").replace("%1", str(written)))

        ctx.run(work, on_done=done, on_failed=self._failed, parent=self)


def remove_temporary_copies() -> None:
    """Connected to the application's ``aboutToQuit``: no plaintext copy outlives the app."""
    removed = attachments.remove_temporary_copies()
    if removed:
        logger.info("removed %d temporary copies of attachments", removed)
