"""The employer's "Attachments" section: a letter of intent added through the file dialog, listed,
saved as a copy (an audited export) and deleted with the Delete question; in Finnish, as the
app speaks first (a screenshot for a person to look at when ``KENTTA_SCREENSHOTS`` names a
folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton
from sqlmodel import select

from desktop.i18n import Translations
from desktop.store.tables import AuditEvent, EmployerAttachment, FileContent
from desktop.ui.qt import QApplication, QMessageBox, Qt
from tests.support import files
from tests.ui.employers.conftest import show


@pytest.fixture
def finnish(qapp):
    translations = Translations(qapp)
    translations.use("fi")
    yield
    translations.use("en")


def _click(qtbot, parent, name: str) -> None:
    widget = parent.findChild(QPushButton, name)
    assert widget is not None and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _live(store):
    with store.reader() as session:
        return list(session.exec(select(EmployerAttachment)).all())


def test_a_letter_of_intent_added_saved_and_deleted(qtbot, finnish, raahe_works, page, store, tmp_path):
    show(qtbot, page, raahe_works)
    section = page.detail.attachments
    qtbot.waitUntil(lambda: section.listing is not None)
    assert section.title() == "Liitteet"
    source = files.text_pdf(tmp_path / "Aiesopimus_2026.pdf", "Aiesopimusteksti")

    _click(qtbot, section, "add_attachment")
    qtbot.waitUntil(lambda: section.findChild(QFileDialog, "attach_file_dialog") is not None)
    dialog = section.findChild(QFileDialog, "attach_file_dialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(str(source))
    dialog.accept()
    qtbot.waitUntil(lambda: section.dialog is not None and section.dialog.isVisible())
    attach = section.dialog
    attach.kind.setFocus()
    qtbot.keyClicks(attach.kind, "Aie")
    assert attach.kind.currentData() == "letter_of_intent"
    _click(qtbot, attach, "attach_ok")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert [section.model.item(0, c).text() for c in (0, 1)] == ["Aiesopimus_2026.pdf", "Aiesopimus"]
    record = _live(store)[0]
    assert record.employer_id == raahe_works.id and record.attachment_kind == "letter_of_intent"
    folder = os.environ.get("KENTTA_SCREENSHOTS")
    if folder:
        page.window().resize(1280, 900)
        qtbot.wait(300)
        page.window().grab().save(str(Path(folder) / "employer_attachments_fi.png"))

    table = section.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(section.model.index(0, 0)).center())
    qtbot.waitUntil(lambda: section.selected() is not None)
    _click(qtbot, section, "save_attachment")
    qtbot.waitUntil(lambda: section.findChild(QFileDialog, "save_attachment_dialog") is not None)
    save = section.findChild(QFileDialog, "save_attachment_dialog")
    save.setOption(QFileDialog.Option.DontUseNativeDialog)
    target = tmp_path / "kopio.pdf"
    save.selectFile(str(target))
    save.accept()

    def audited():
        with store.reader() as session:
            return [e.action for e in session.exec(select(AuditEvent).where(AuditEvent.record_id == record.id))]

    qtbot.waitUntil(lambda: audited() == ["export"])
    assert target.read_bytes() == source.read_bytes()

    _click(qtbot, section, "delete_attachment")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    question = QApplication.activeModalWidget()
    assert "Aiesopimus_2026.pdf" in question.text()
    qtbot.mouseClick(question.findChild(QPushButton, "delete"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 0)
    assert _live(store) == []
    with store.reader() as session:
        assert session.exec(select(FileContent)).all() == []
