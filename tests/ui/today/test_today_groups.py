"""Every kind of due item in its group, counted; Enter takes each to the page that opens it; the
calendar file is written through the save dialog and parsed back."""

from __future__ import annotations

import datetime as dt
import uuid

import icalendar
from PySide6.QtWidgets import QFileDialog, QLineEdit

from desktop.services import clients, drafts
from desktop.sync import outbox
from desktop.sync.tables import SyncConflict
from desktop.ui.qt import QApplication, Qt
from tests.ui.today.conftest import follow_up, group_titles, rows, select


def _dataset(store, actor, kone):
    today = dt.date.today()
    person = clients.create_client(store, actor=actor, data={
        "name": "Aino Asiakas", "municipality": "Raahe", "service_start": today - dt.timedelta(days=90),
        "service_end": today + dt.timedelta(days=5)})  # ends soon, and no consent recorded
    trial = clients.record_transition(store, actor=actor, client_id=person.id, data={
        "transition_kind": "work_trial", "employer_id": kone.id,
        "start_date": today - dt.timedelta(days=20), "end_date": today + dt.timedelta(days=3)})
    drafts.save_draft(store, "visit:new:abc", "visit", {"employer_id": str(kone.id), "notes": "Kesken"})
    with store.session() as session:
        session.add(SyncConflict(id=uuid.uuid4(), kind="employer", record_id=kone.id, field="name",
                                 mine="Kone Oy", theirs="Kempeleen Kone Oy", mine_kept=False, origin="pull"))
    visit = follow_up(store, actor, "Oulun Satama Oy", due_in_days=-3)
    return person, trial, visit


def test_each_kind_is_grouped_counted_and_opens_on_its_page(qtbot, today_window, ctx, kone):
    page = today_window.pages["today"]
    person, trial, visit = _dataset(ctx.store, ctx.actor, kone)
    page.reload()
    qtbot.waitUntil(lambda: len(rows(page)) == 7)
    assert rows(page) == [
        ("follow_up_overdue", "Oulun Satama Oy"), ("service_ending", "Aino Asiakas"),
        ("transition_ending", "Aino Asiakas"),
        ("esf_exit_window", "Aino Asiakas"),  # her service ends: the funder's exit data are due
        ("consent_missing", "Aino Asiakas"), ("draft", "Visit to Kempeleen Kone Oy"),
        ("conflict", "conflict: Kempeleen Kone Oy")]
    with ctx.store.reader() as session:
        waiting = outbox.waiting(session)
    assert ("conflict", f"{waiting} change(s) waiting to be sent") in rows(page, waiting=True)
    groups = group_titles(page)
    assert groups == ["▾ " + title for title in (
        "Follow-ups overdue (1)", "Services ending (1)", "Work trials and wage-subsidised work ending (1)",
        "Funder's exit data due (four weeks from the end) (1)", "Clients with no valid consent (1)",
        "Unfinished drafts (1)", "Changes waiting and conflicts (2)")]
    # Overdue, today's consent, today's draft and the conflict seen today: the navigation's count.
    assert today_window.nav.item(0).text() == "Today (4)"

    select(page, "transition_ending")
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    clients_page = today_window.pages["clients"]
    qtbot.waitUntil(lambda: today_window.current_page() is clients_page)
    qtbot.waitUntil(lambda: clients_page.view.client_id == person.id)

    today_window.go_to("today")
    select(page, "draft")
    qtbot.keyClick(page.tree, Qt.Key.Key_Enter)
    visits_page = today_window.pages["visits"]
    qtbot.waitUntil(lambda: today_window.current_page() is visits_page)
    qtbot.waitUntil(lambda: visits_page.stack.currentWidget() is visits_page.form)
    qtbot.waitUntil(lambda: visits_page.form.notes.toPlainText() == "Kesken")

    today_window.go_to("today")
    select(page, "conflict", 1)  # after the changes waiting
    assert page.current_item().record_kind == "employer"
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    sync_page = today_window.pages["sync"]
    assert today_window.current_page() is sync_page
    assert sync_page.tabs.currentWidget() is sync_page.conflicts
    qtbot.waitUntil(lambda: sync_page.conflicts.current() is not None)
    assert sync_page.conflicts.current().record_id == kone.id


def test_the_calendar_file_is_written_through_the_save_dialog(qtbot, today_window, ctx, tmp_path, kone):
    page = today_window.pages["today"]
    visit = follow_up(ctx.store, ctx.actor, "Oulun Satama Oy", due_in_days=2)
    page.reload()
    qtbot.waitUntil(lambda: len(rows(page)) == 1)
    page.calendar_button.setFocus()
    qtbot.keyClick(page.calendar_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(page, "calendar_dialog", None) is not None and page.calendar_dialog.isVisible())
    dialog: QFileDialog = page.calendar_dialog
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and name.hasFocus())
    name.clear()
    qtbot.keyClicks(name, str(tmp_path / "omat"))
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.status.text().startswith("1 entry(ies) written"), timeout=10_000)
    calendar = icalendar.Calendar.from_ical((tmp_path / "omat.ics").read_bytes())
    [event] = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == visit.follow_up_date
    assert page.calendar_button.isEnabled()
