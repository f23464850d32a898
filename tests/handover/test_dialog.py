"""The handover dialog driven as a coach would: type, preview, print, save."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QPushButton
from pypdf import PdfReader
from sqlmodel import select

from desktop.store.tables import AuditEvent, Draft, HandoverForm
from desktop.ui.background import wait_for_idle
from desktop.ui.context import UiContext
from desktop.ui.handover import open_handover_dialog
from tests.handover.conftest import NAME, PERSONAL_ID, pdf_text, printing_threads
from tests.support.typing import type_text

LEFT = Qt.MouseButton.LeftButton
TYPED = {
    "work_done": "Tapasimme kymmenen kertaa ja kävimme työkokeilussa.",
    "strengths": "Sinnikäs ja täsmällinen.",
    "further_plan": "Hakee lähihoitajakoulutukseen.",
    "further_support_need": "Tukea opintojen alussa.",
}


@pytest.fixture
def ctx(qapp, store, actor):
    return UiContext(store, actor)


@pytest.fixture
def dialog(qtbot, ctx, client):
    opened = open_handover_dialog(ctx, client.id, None)
    qtbot.addWidget(opened)
    qtbot.waitUntil(lambda: opened.prefill is not None)
    return opened


def fill(qtbot, dialog) -> None:
    for name, text in TYPED.items():
        edit = dialog.edits[name]
        edit.setFocus()
        type_text(edit, text)
        assert edit.toPlainText() == text


def audit_actions(store) -> list[str]:
    with store.reader() as session:
        return sorted(e.action for e in session.exec(select(AuditEvent)).all())


def test_prefilled_data_and_preview(qtbot, dialog, store):
    assert dialog.summary.values["client"].text() == NAME
    assert dialog.summary.values["personal_id"].text() == "131052-****"
    assert "Arbetsprövning" not in dialog.summary.values["results"].text()  # the app's language, not the form's
    assert dialog.language.currentData() == "sv"  # the client's language
    assert not dialog.consent_problem.isVisible() and dialog.preview_button.isEnabled()
    fill(qtbot, dialog)
    qtbot.mouseClick(dialog.preview_button, LEFT)
    qtbot.waitUntil(lambda: dialog.preview.ready, timeout=10_000)
    assert dialog.preview.document.status() == QPdfDocument.Status.Ready
    assert dialog.preview.page_count >= 1
    with store.reader() as session:
        assert session.exec(select(HandoverForm)).all() == []  # a preview is not a form
    qtbot.waitUntil(lambda: _draft(store) is not None, timeout=5_000)  # what was typed is kept
    assert _draft(store).data["strengths"] == TYPED["strengths"]


def _draft(store):
    with store.reader() as session:
        return session.exec(select(Draft)).first()


def test_save_as_writes_the_file_and_the_audit_events(qtbot, dialog, store, tmp_path, monkeypatch):
    fill(qtbot, dialog)
    dialog.for_authority.setChecked(True)
    target = tmp_path / "lomake.pdf"
    monkeypatch.setattr(dialog, "_ask_save_path", lambda suggested: target)  # the system file dialog
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: "lomake.pdf" in dialog.status.text(), timeout=10_000)
    text = "\n".join(pdf_text(target.read_bytes()))
    assert PERSONAL_ID in text and TYPED["further_plan"] in text
    assert audit_actions(store) == ["generate", "save"]
    assert dialog.preview.ready and dialog.generated is not None
    # Saving again, unchanged, saves the same form: no second form is made.
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: audit_actions(store) == ["generate", "save", "save"], timeout=10_000)
    with store.reader() as session:
        assert len(session.exec(select(HandoverForm)).all()) == 1


def test_save_with_a_password(qtbot, dialog, store, tmp_path, monkeypatch):
    dialog.password.setText("kevät-salasana")
    target = tmp_path / "suojattu.pdf"
    monkeypatch.setattr(dialog, "_ask_save_path", lambda suggested: target)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert PdfReader(str(target)).is_encrypted
    assert NAME in "\n".join(pdf_text(target.read_bytes(), password="kevät-salasana"))


def test_print_to_a_pdf_file_printer(qtbot, dialog, store, tmp_path, monkeypatch):
    fill(qtbot, dialog)
    printed = tmp_path / "printed.pdf"

    def file_printer(pages):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(150)
        return printer

    monkeypatch.setattr(dialog, "_ask_printer", file_printer)  # the system print dialog
    threads = printing_threads(monkeypatch, "desktop.ui.handover.dialog")
    qtbot.mouseClick(dialog.print_button, LEFT)
    qtbot.waitUntil(lambda: audit_actions(store) == ["generate", "print"], timeout=15_000)
    assert threads and threads[0] is not threading.main_thread()  # the GUI thread stays free
    assert len(PdfReader(str(printed)).pages) == dialog.preview.page_count >= 1


def test_without_consent_the_dialog_says_what_to_record(qtbot, ctx, client_without_consent):
    opened = open_handover_dialog(ctx, client_without_consent.id, None)
    qtbot.addWidget(opened)
    qtbot.waitUntil(lambda: opened.prefill is not None)
    assert opened.consent_problem.isVisible()
    assert "Record the client's consent" in opened.consent_problem.text()
    for button in (opened.preview_button, opened.print_button, opened.save_button):
        assert not button.isEnabled()


def _close(qtbot, dialog) -> None:
    """The person presses Close at once, before any quiet moment has passed."""
    qtbot.mouseClick(dialog.findChild(QPushButton, "close"), LEFT)
    assert not dialog.isVisible()


def test_what_was_typed_survives_the_closed_dialog(qtbot, ctx, dialog, store, client):
    fill(qtbot, dialog)
    _close(qtbot, dialog)
    assert _draft(store) is not None and _draft(store).data == TYPED  # written as the dialog closed
    again = open_handover_dialog(ctx, client.id, None)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.prefill is not None)
    assert {name: edit.toPlainText() for name, edit in again.edits.items()} == TYPED
    _close(qtbot, again)  # nothing changed: the draft stays as it was
    assert _draft(store).data == TYPED
    wait_for_idle()


def test_a_made_form_takes_its_draft_and_later_typing_keeps_a_new_one(qtbot, dialog, store, tmp_path,
                                                                      monkeypatch):
    fill(qtbot, dialog)
    monkeypatch.setattr(dialog, "_ask_save_path", lambda suggested: tmp_path / "lomake.pdf")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: audit_actions(store) == ["generate", "save"], timeout=10_000)
    wait_for_idle()
    assert _draft(store) is None  # the form was made from it
    type_text(dialog.edits["strengths"], " Oppii nopeasti.")
    _close(qtbot, dialog)
    assert _draft(store).data["strengths"] == TYPED["strengths"] + " Oppii nopeasti."
    wait_for_idle()


def _numbers(store) -> list[str]:
    with store.reader() as session:
        return sorted(form.document_number for form in session.exec(select(HandoverForm)).all())


def _first_page_png(pdf: bytes, path) -> None:
    """The printed form's first page as a PNG, to look at (poppler's pdftoppm)."""
    import shutil
    import subprocess

    if shutil.which("pdftoppm"):
        path.with_suffix(".pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                        str(path.with_suffix(".pdf")), str(path)], check=True)


def test_printing_and_saving_the_same_form_again_keeps_its_number(qtbot, ctx, dialog, store, client, tmp_path,
                                                                   monkeypatch):
    fill(qtbot, dialog)
    monkeypatch.setattr(dialog, "_ask_save_path", lambda suggested: tmp_path / suggested)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: audit_actions(store) == ["generate", "save"], timeout=10_000)
    [number] = _numbers(store)
    _close(qtbot, dialog)
    wait_for_idle()

    # Another day's dialog, nothing changed: Print gives the same form, under the same number.
    again = open_handover_dialog(ctx, client.id, None)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.prefill is not None)
    printed = []
    monkeypatch.setattr(again, "_print", printed.append)
    qtbot.mouseClick(again.print_button, LEFT)
    qtbot.waitUntil(lambda: bool(printed), timeout=10_000)
    assert printed[0].document_number == number and printed[0].made_before
    assert number in "\n".join(pdf_text(printed[0].pdf))
    assert number in again.status.text() and "unchanged" in again.status.text()
    _first_page_png(printed[0].pdf, tmp_path / "unchanged")
    assert _numbers(store) == [number]

    # A word changed: a new version of the form, with a new number.
    edit = again.edits["strengths"]
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_text(edit, " Oppii nopeasti.")
    monkeypatch.setattr(again, "_ask_save_path", lambda suggested: tmp_path / suggested)
    qtbot.mouseClick(again.save_button, LEFT)
    qtbot.waitUntil(lambda: len(_numbers(store)) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: "saved" in again.status.text(), timeout=10_000)
    newer = max(_numbers(store))
    assert newer != number and (tmp_path / f"{newer}.pdf").exists()
    assert newer in "\n".join(pdf_text((tmp_path / f"{newer}.pdf").read_bytes()))
    _close(qtbot, again)
    wait_for_idle()


def test_a_form_for_the_authority_is_addressed_to_the_clients_employment_area(qtbot, dialog, store, client,
                                                                              tmp_path, monkeypatch):
    from desktop.store.tables import Client
    from tests.handover.conftest import AREA

    area = dialog.employment_area
    assert area.currentText() == AREA and not area.isEnabled()  # only for the authority
    qtbot.mouseClick(dialog.for_authority, LEFT, pos=dialog.for_authority.rect().bottomLeft() + QPoint(4, -4))
    assert dialog.for_authority.isChecked() and area.isEnabled()
    area.setFocus()
    area.lineEdit().selectAll()
    qtbot.keyClick(area.lineEdit(), Qt.Key.Key_Delete)
    qtbot.mouseClick(dialog.save_button, LEFT)
    problem = dialog.findChild(QLabel, "error_employment_area")
    assert problem.isVisible() and "employment area" in problem.text()
    assert area.hasFocus() and not dialog.busy  # nothing made, the keyboard where the answer goes

    type_text(area.lineEdit(), "Raahen seudun työllisyysalue")
    assert not problem.isVisible()
    target = tmp_path / "viranomaiselle.pdf"
    monkeypatch.setattr(dialog, "_ask_save_path", lambda suggested: target)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert "Mottagare: Raahen seudun työllisyysalue" in "\n".join(pdf_text(target.read_bytes()))
    with store.reader() as session:
        assert session.get(Client, client.id).employment_area == "Raahen seudun työllisyysalue"
        assert [f.recipient for f in session.exec(select(HandoverForm)).all()] == ["Raahen seudun työllisyysalue"]
