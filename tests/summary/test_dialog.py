"""The summary sheet from the client's page, as a coach makes it: the button, the preview,
another language, Save as PDF… and Print…."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from desktop.store.tables import AuditEvent
from desktop.ui.context import UiContext
from desktop.ui.qt import Qt
from tests.handover.conftest import pdf_text, printing_threads, squeeze
from tests.summary.conftest import NAME, PLAN, SECRETS

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ctx(qapp, store, actor):
    return UiContext(store, actor)


def sheet_actions(store) -> list[str]:
    with store.reader() as session:
        return [e.action for e in session.exec(select(AuditEvent).where(AuditEvent.record_kind == "summary_sheet")
                                               .order_by(AuditEvent.at)).all()]


@pytest.fixture
def dialog(qtbot, ctx, client):
    """The client's page, and its Summary (PDF)… button clicked."""
    from desktop.ui.clients.client_view import ClientView

    view = ClientView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.show_client(client.id)
    qtbot.waitUntil(lambda: view.name.text() == NAME)
    button = view.findChild(QPushButton, "summary_sheet")
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: getattr(view, "summary_dialog", None) is not None and view.summary_dialog.isVisible())
    opened = view.summary_dialog
    qtbot.waitUntil(lambda: opened.preview.ready, timeout=15_000)
    yield opened
    opened.close()


def test_button_preview_and_save(qtbot, dialog, store, client, tmp_path, monkeypatch):
    assert dialog.client_id == client.id
    assert dialog.preview.page_count == 1
    assert dialog.language.currentData() == "fi"  # the client's language
    assert sheet_actions(store) == ["generate"]
    target = tmp_path / "yhteenveto.pdf"
    asked = []
    monkeypatch.setattr(dialog, "_ask_save_path", lambda suggested: asked.append(suggested) or target)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: "yhteenveto.pdf" in dialog.status.text(), timeout=10_000)
    assert NAME not in asked[0] and asked[0].endswith(".pdf")
    [page] = pdf_text(target.read_bytes())
    assert "Asiakkaan yhteenveto" in page and NAME in page and squeeze(PLAN) in squeeze(page)
    assert not any(word in page for word in SECRETS.values())
    assert target.read_bytes() == dialog.pdf
    assert sheet_actions(store) == ["generate", "save"]


def test_another_language_makes_the_sheet_again(qtbot, dialog, store, tmp_path, monkeypatch):
    combo = dialog.language
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Finnish → Swedish
    assert combo.currentData() == "sv"
    qtbot.waitUntil(lambda: dialog.pdf_language == "sv" and dialog.save_button.isEnabled(), timeout=15_000)
    assert "Sammanfattning om klienten" in pdf_text(dialog.pdf)[0]
    assert sheet_actions(store) == ["generate", "generate"]


def test_print_to_a_pdf_file_printer(qtbot, dialog, store, tmp_path, monkeypatch):
    printed = tmp_path / "printed.pdf"

    def file_printer(pages):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(150)
        return printer

    monkeypatch.setattr(dialog, "_ask_printer", file_printer)  # the system print dialog
    threads = printing_threads(monkeypatch, "desktop.ui.summary_sheet.dialog")
    qtbot.mouseClick(dialog.print_button, LEFT)
    qtbot.waitUntil(lambda: sheet_actions(store) == ["generate", "print"], timeout=15_000)
    assert threads and threads[0] is not threading.main_thread()  # the GUI thread stays free
    from pypdf import PdfReader

    assert len(PdfReader(str(printed)).pages) == 1
