"""The "Attachments" section of the client's page, driven by clicks and keys on real widgets over
a real profile: a file added through the file dialog and one dropped on the section, the in-app
preview of a PDF and of an image, "open in another program" asking first, and a signed scan
making its handover form show as signed. Screenshots for a person to look at are saved when
``KENTTA_SCREENSHOTS`` names a folder."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox, QPushButton
from sqlmodel import select

from desktop.services import attachments, changes
from desktop.store.tables import AuditEvent, ClientAttachment, HandoverForm
from desktop.ui.qt import Qt
from tests.support import files
from tests.ui.clients.test_client_view import click

WORD = "Liitetiedostokoe"


def shot(qtbot, widget, name: str) -> None:
    folder = os.environ.get("KENTTA_SCREENSHOTS")
    if folder:
        qtbot.wait(800)  # QPdfView renders its pages on a thread of its own
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def view(qtbot, clients_page, client):
    clients_page.apply_filter()
    qtbot.waitUntil(lambda: clients_page.model.rowCount() == 1)
    table = clients_page.table
    table.setFocus()
    table.setCurrentIndex(clients_page.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = clients_page.view
    qtbot.waitUntil(lambda: view.name.text() == "Aino Asiakas")
    qtbot.waitUntil(lambda: view.attachments.listing is not None)
    return view


def _attach_dialog(qtbot, view):
    qtbot.waitUntil(lambda: view.attachments.findChild(QObject, "attach_dialog") is not None
                    and view.attachments.dialog.isVisible())
    return view.attachments.dialog


def _choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an item by keys, as a person does: focus the list and type the start of its text."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText() == text


def _rows(store):
    with store.reader() as session:
        return list(session.exec(select(ClientAttachment)).all())


def _actions(store, record_id):
    with store.reader() as session:
        return [e.action for e in session.exec(select(AuditEvent).where(AuditEvent.record_id == record_id))]


def _select_row(qtbot, section, row: int) -> None:
    table = section.table
    rect = table.visualRect(section.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: section.selected() is not None)


def test_a_file_added_through_the_file_dialog_is_listed_and_previewed(qtbot, view, store, tmp_path):
    source = files.text_pdf(tmp_path / "Ansioluettelo.pdf", WORD, pages=2)
    section = view.attachments
    assert section.findChild(type(section.empty), "attachments_empty").isVisible()
    click(qtbot, section, "add_attachment")
    qtbot.waitUntil(lambda: section.findChild(QFileDialog, "attach_file_dialog") is not None)
    dialog = section.findChild(QFileDialog, "attach_file_dialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(str(source))
    dialog.accept()

    attach = _attach_dialog(qtbot, view)
    assert attach.findChild(QObject, "attach_names").text() == "Ansioluettelo.pdf"
    _choose(qtbot, attach.kind, "CV")
    assert not attach.form.isEnabled()  # only a signed handover form names a form
    qtbot.keyClicks(attach.description, "Syksyn versio")
    click(qtbot, attach, "attach_ok")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    record = _rows(store)[0]
    assert (record.file_name, record.attachment_kind, record.description) == (
        "Ansioluettelo.pdf", "cv", "Syksyn versio")
    assert record.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    cells = [section.model.item(0, column).text() for column in range(5)]
    assert cells[:2] == ["Ansioluettelo.pdf", "CV"] and cells[2].endswith("kB") and cells[4] == ""
    shot(qtbot, view, "client_attachments_section")

    _select_row(qtbot, section, 0)
    click(qtbot, section, "view_attachment")
    qtbot.waitUntil(lambda: section.preview is not None and section.preview.isVisible())
    preview = section.preview
    qtbot.waitUntil(lambda: preview.pdf.ready)
    assert preview.pdf.page_count == 2
    assert _actions(store, record.id) == ["view"]
    shot(qtbot, preview, "client_attachment_pdf_preview")
    preview.reject()


def test_a_dropped_image_is_attached_and_shown_scaled(qtbot, view, store, tmp_path):
    image = files.png(tmp_path / "skannaus.png", size=(2400, 1800))
    section = view.attachments
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(image))])
    # As a drag from the file manager arrives: it enters the section, then is dropped.
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(section, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(section, drop)
    attach = _attach_dialog(qtbot, view)
    click(qtbot, attach, "attach_ok")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert _rows(store)[0].media_type == "image/png"

    _select_row(qtbot, section, 0)
    qtbot.keyClick(section.table, Qt.Key.Key_Return)  # Enter opens the preview too
    qtbot.waitUntil(lambda: section.preview is not None and section.preview.isVisible())
    shown = section.preview.shown_size
    assert shown is not None and 0 < shown.width() < 2400 and shown.height() < 1800
    assert abs(shown.width() / shown.height() - 2400 / 1800) < 0.02
    shot(qtbot, section.preview, "client_attachment_image_preview")
    section.preview.reject()


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_in_another_program_asks_first_and_the_copy_is_removed(qtbot, view, store, tmp_path):
    source = files.docx(tmp_path / "Suostumus.docx", text="Suostumusteksti")
    section = view.attachments
    section.start_attach([source])
    click(qtbot, _attach_dialog(qtbot, view), "attach_ok")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    record = _rows(store)[0]
    _select_row(qtbot, section, 0)
    assert not section.view_button.isEnabled()  # a DOCX has no preview in the app

    handler = _Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    try:
        click(qtbot, section, "open_attachment_externally")
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
        box = QApplication.activeModalWidget()
        assert box.objectName() == "open_externally_question"
        assert box.defaultButton().objectName() == "cancel_open"
        shot(qtbot, box, "open_externally_question")
        qtbot.mouseClick(box.findChild(QPushButton, "cancel_open"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: section.question is None)
        assert attachments.temporary_copies() == [] and handler.urls == []
        assert _actions(store, record.id) == []

        click(qtbot, section, "open_attachment_externally")
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
        box = QApplication.activeModalWidget()
        qtbot.mouseClick(box.findChild(QPushButton, "open_copy"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(handler.urls) == 1)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    opened = Path(handler.urls[0].toLocalFile())
    assert opened.read_bytes() == source.read_bytes() and opened.name == "Suostumus.docx"
    assert not opened.is_relative_to(store.data_dir)
    assert _actions(store, record.id) == ["open_external"]
    assert attachments.remove_temporary_copies() == 1
    assert not opened.exists() and not opened.parent.exists()


def test_a_signed_scan_shows_its_handover_form_as_signed(qtbot, view, store, actor, client, tmp_path):
    with store.session() as session:
        changes.create(session, HandoverForm, {"client_id": client.id, "document_number": "KT-2026-0042"},
                       actor=actor)
    section = view.attachments
    view.ctx.bus.changed.emit("handover_form", None)
    qtbot.waitUntil(lambda: section.forms.isVisible())
    assert section.forms.text().splitlines() == ["Handover forms:", "KT-2026-0042: no signed copy attached"]

    section.start_attach([files.jpeg(tmp_path / "allekirjoitettu.jpg")])
    attach = _attach_dialog(qtbot, view)
    _choose(qtbot, attach.kind, "Signed handover form")
    assert attach.form.isEnabled() and attach.form.currentText() == "KT-2026-0042"
    click(qtbot, attach, "attach_ok")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert section.model.item(0, 4).text() == "Signs the form KT-2026-0042"
    qtbot.waitUntil(lambda: section.forms.text().endswith("KT-2026-0042: signed"))
    shot(qtbot, section, "client_attachments_signed")


def test_a_file_attached_on_another_laptop_says_it_is_not_here_yet(qtbot, view, store, client, tmp_path):
    import datetime as dt
    import uuid

    from desktop.sync.replica import DesktopReplica
    from sync.protocol import PulledChange, PullResponse

    elsewhere = files.text_pdf(tmp_path / "toisella.pdf", WORD)
    record_id = uuid.uuid4()
    fields = {"client_id": str(client.id), "attachment_kind": "consent_form", "file_name": "toisella.pdf",
              "media_type": "application/pdf", "size": elsewhere.stat().st_size,
              "sha256": hashlib.sha256(elsewhere.read_bytes()).hexdigest(), "description": None,
              "attached_on": "2026-12-01", "handover_document_number": None}
    change = PulledChange(kind="client_attachment", id=record_id, rev=1, seq=1, fields=fields, deleted=False,
                          modified_at=dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.timezone.utc))
    DesktopReplica(store, device_id=uuid.uuid4()).apply_page(
        PullResponse(changes=[change], next_cursor=1, has_more=False), histories={})
    section = view.attachments
    view.ctx.bus.changed.emit("client_attachment", {record_id})
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert section.model.item(0, 4).text() == "Not on this laptop yet"
    assert not attachments.has_content(store, fields["sha256"])  # the record came without it
    # no server to fetch it from: viewing says where it is
    _select_row(qtbot, section, 0)
    click(qtbot, section, "view_attachment")
    qtbot.waitUntil(section.notice.isVisible)
    assert section.notice.text() == "The file is not on this laptop yet: synchronise and try again."
    assert section.preview is None
    assert _actions(store, record_id) == []  # nothing was shown, so nothing was viewed
    shot(qtbot, section, "client_attachment_not_here")
