"""Today as a person uses it for two things on a client: a colleague's request to be assigned
(the row names who asks and the client; Enter opens the client's page, where Accept removes the
row) and an unfinished handover form (Enter opens the form's dialog with the draft's text)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton

from desktop.handover.model import HandoverTexts
from desktop.services import clients, handover
from desktop.ui.qt import QApplication, Qt
from tests.services.test_today import _pull_request, _pull_staff
from tests.ui.today.conftest import group_titles, nav_text, rows, select


def test_a_request_row_opens_the_client_and_accepting_there_removes_it(qtbot, today_window, ctx):
    page = today_window.pages["today"]
    person = clients.create_client(ctx.store, actor=ctx.actor, data={
        "name": "Aino Asiakas", "service_start": dt.date(2026, 1, 5)})
    clients.record_consent(ctx.store, actor=ctx.actor, client_id=person.id, data={"given_on": dt.date(2026, 1, 5)})
    colleague = _pull_staff(ctx.store, "Kaisa Kollega", "career_coach")
    asked = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)
    _pull_request(ctx.store, person.id, colleague, at=asked)
    ctx.bus.changed.emit("assignment_request", None)  # as the Sync page does after a sync
    qtbot.waitUntil(lambda: rows(page) == [("assignment_request", "Kaisa Kollega asks to be assigned to Aino Asiakas")])
    assert "▾ Colleagues asking to be assigned to your clients (1)" in group_titles(page)
    assert nav_text(today_window) == "Today (1)"  # asked yesterday, waiting: due

    select(page, "assignment_request")
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    clients_page = today_window.pages["clients"]
    qtbot.waitUntil(lambda: today_window.current_page() is clients_page)
    qtbot.waitUntil(lambda: clients_page.stack.currentWidget() is clients_page.view)
    panel = clients_page.view.requests
    qtbot.waitUntil(panel.isVisible, timeout=5_000)
    qtbot.mouseClick(panel.findChild(QPushButton, "accept_request"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: rows(page) == [] and not page.loading, timeout=5_000)
    assert nav_text(today_window) == "Today"


def test_enter_on_a_handover_draft_opens_its_dialog_with_the_drafts_text(qtbot, today_window, ctx):
    page = today_window.pages["today"]
    person = clients.create_client(ctx.store, actor=ctx.actor, data={
        "name": "Siirto Asiakas", "service_start": dt.date(2026, 1, 5)})
    clients.record_consent(ctx.store, actor=ctx.actor, client_id=person.id, data={"given_on": dt.date(2026, 1, 5)})
    handover.save_texts_draft(ctx.store, client_id=person.id, texts=HandoverTexts(
        work_done="Työkokeilu leipomossa, kolme viikkoa", strengths="Täsmällinen"))
    page.reload()
    qtbot.waitUntil(lambda: ("draft", "Handover form of Siirto Asiakas") in rows(page))

    select(page, "draft")
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    clients_page = today_window.pages["clients"]
    qtbot.waitUntil(lambda: today_window.current_page() is clients_page)
    view = clients_page.view
    qtbot.waitUntil(lambda: getattr(view, "handover_dialog", None) is not None and view.handover_dialog.isVisible())
    dialog = view.handover_dialog
    assert dialog.client_id == person.id and QApplication.activeModalWidget() is dialog
    qtbot.waitUntil(lambda: dialog.prefill is not None)
    assert dialog.edits["work_done"].toPlainText() == "Työkokeilu leipomossa, kolme viikkoa"
    assert dialog.edits["strengths"].toPlainText() == "Täsmällinen"
    assert view.client_id == person.id  # the client's page is under it
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
