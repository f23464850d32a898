"""Drafts: everything typed is autosaved within two seconds, survives a killed
process, and is offered again, restoring the whole form."""

from __future__ import annotations

import itertools
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

from desktop.services import drafts, setup
from desktop.store.profile import open_profile
from desktop.store.tables import Visit
from desktop.ui.background import wait_for_idle
from desktop.ui.context import UiContext
from desktop.ui.qt import QApplication, Qt
from desktop.ui.visits.page import VisitsPage
from desktop.ui.widgets.draft_keeper import PROMISE_MS
from tests.conftest import ROOT
from tests.ui.visits.conftest import press, rows, tab_to, type_into, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _saved(store) -> list[drafts.SavedDraft]:
    return drafts.load_drafts(store, kind="visit")


def _new_visit_for_kone(qtbot, page) -> None:
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "kempe")
    qtbot.waitUntil(lambda: bool(page.form.employer.model.hits))
    press(qtbot, Qt.Key.Key_Return)


def _answer_offer(qtbot, button: str) -> str:
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    box = QApplication.activeModalWidget()
    assert box.objectName() == "draft_offer"
    text = box.text()
    qtbot.mouseClick(box.findChild(type(box.defaultButton()), button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    return text


def test_typing_is_autosaved_after_a_moment_of_quiet(qtbot, visits_page, store, kone):
    page = visits_page
    _new_visit_for_kone(qtbot, page)
    page.form.notes.setFocus()
    type_text(qtbot, "Tuotanto kasvaa")
    # Typing has stopped: the draft is there within the promise.
    qtbot.waitUntil(lambda: any(d.data["notes"] == "Tuotanto kasvaa" for d in _saved(store)), timeout=PROMISE_MS)
    [draft] = _saved(store)
    assert draft.key == page.form.keeper.key and draft.key.startswith("visit:new:")
    assert draft.data["employer_id"] == kone.id.hex
    assert draft.data["employer_name"] == "Kempeleen Kone Oy"
    qtbot.waitUntil(lambda: page.form.draft_status.text().startswith("Draft saved at"))


def test_a_draft_is_written_while_typing_goes_on_without_a_pause(qtbot, visits_page, store, kone):
    page = visits_page
    _new_visit_for_kone(qtbot, page)
    wait_for_idle()
    page.form.notes.setFocus()
    words = itertools.cycle("yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen ".split(" "))
    typed: list[str] = []

    def typing_goes_on() -> bool:
        """A word between two looks at the store, never a pause long enough for the quiet timer."""
        word = next(words) + " "
        type_text(qtbot, word)
        typed.append(word)
        stored = [d.data["notes"] for d in _saved(store)]
        return any(notes and "".join(typed).startswith(notes) for notes in stored)

    qtbot.waitUntil(typing_goes_on, timeout=PROMISE_MS)
    [draft] = _saved(store)
    assert len(draft.data["notes"]) < len("".join(typed))  # taken while typing went on


def test_the_draft_holds_the_whole_form_and_is_restored_from_the_offer(qtbot, visits_page, ctx, store, kone):
    page = visits_page
    form = page.form
    _new_visit_for_kone(qtbot, page)
    tab_to(qtbot, "contact_choice")
    press(qtbot, Qt.Key.Key_End)
    tab_to(qtbot, "contact_name")
    type_text(qtbot, "Pekka Puupää")
    tab_to(qtbot, "briefing_given")
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, "positions_table")
    press(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Hitsaaja")  # still in the cell: the draft has it all the same
    form.notes.setPlainText("Laajentavat tuotantoa")
    state = form.state()
    assert state["positions"] == [{"title": "Hitsaaja", "count": 1, "hidden": False}]
    qtbot.waitUntil(lambda: any(d.data == state for d in _saved(store)), timeout=3000)

    other = VisitsPage(ctx)  # as on the next start
    qtbot.addWidget(other)
    other.offer_drafts()
    text = _answer_offer(qtbot, "draft_continue")
    assert "Kempeleen Kone Oy" in text
    assert other.stack.currentWidget() is other.form
    qtbot.waitUntil(lambda: other.form.contact.choice.count() == 3)
    assert other.form.state() == state
    assert other.form.keeper.key == form.keeper.key

    other.form.save()
    qtbot.waitUntil(lambda: other.stack.currentWidget() is other.list_page)
    [visit] = rows(store, Visit)
    assert visit.briefing_given and visit.notes == "Laajentavat tuotantoa"
    assert _saved(store) == []


def test_discard_deletes_a_draft_and_later_keeps_it_without_asking_again(qtbot, ctx, store, kone):
    drafts.save_draft(store, "visit:new:a", "visit", {"employer_query": "Oulun Leipomo", "notes": "a"})
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    page.offer_drafts()
    assert "Oulun Leipomo" in _answer_offer(qtbot, "draft_later")
    page.offer_drafts()
    wait_for_idle()
    qtbot.wait(50)
    assert QApplication.activeModalWidget() is None
    assert [d.key for d in _saved(store)] == ["visit:new:a"]

    fresh = VisitsPage(ctx)
    qtbot.addWidget(fresh)
    fresh.offer_drafts()
    _answer_offer(qtbot, "draft_discard")
    qtbot.waitUntil(lambda: _saved(store) == [])
    assert fresh.stack.currentWidget() is fresh.list_page


def test_closing_the_window_keeps_what_was_typed_this_instant(qtbot, main_window, visits_page, store, kone):
    _new_visit_for_kone(qtbot, visits_page)
    visits_page.form.next_step.setFocus()
    type_text(qtbot, "Soita perjantaina")
    assert main_window.close()  # no waiting: the draft is written as the window closes
    [draft] = _saved(store)
    assert draft.data["next_step"] == "Soita perjantaina"


def test_opening_a_visit_with_unsaved_changes_restores_them(qtbot, visits_page, ctx, store, actor, kone):
    from desktop.services import visits

    visit = visits.record_visit(store, actor=actor, employer_id=kone.id, data={"notes": "Vanha"})
    page = visits_page
    page.show_record("visit", visit.id)
    qtbot.waitUntil(lambda: page.form.notes.toPlainText() == "Vanha")
    page.form.notes.setFocus()
    press(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, " ja uusi")
    assert page.can_close()
    assert [d.key for d in _saved(store)] == [f"visit:{visit.id.hex}"]

    again = VisitsPage(ctx)  # as on the next start
    qtbot.addWidget(again)
    assert again.show_record("visit", visit.id)
    qtbot.waitUntil(lambda: again.form.notes.toPlainText() == "Vanha ja uusi")
    assert again.form.has_changes
    assert again.form.keeper.key == f"visit:{visit.id.hex}"


def test_the_draft_survives_the_process_being_killed(qtbot, tmp_path, file_keyring, store, actor, kone):
    typed = "Hidden jobs in the warehouse, call back in March"
    profile = store.data_dir
    store.close()
    env = os.environ.copy() | {
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "tests.support.keyring_file.FileKeyring",
        "KENTTA_TEST_KEYRING": str(file_keyring),
    }
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("draft_child.py")), str(profile), "Kempeleen", typed],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        ready, _, _ = select.select([child.stdout], [], [], 120)
        line = child.stdout.readline() if ready else ""
        assert line.strip() == "typed", child.stderr.read() if child.poll() is not None else "no answer"
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()

    reopened = open_profile(profile)
    try:
        [draft] = drafts.load_drafts(reopened, kind="visit")
        assert draft.data["notes"] == typed
        assert draft.data["employer_query"] == "Kempeleen"

        page = VisitsPage(UiContext(reopened, setup.current_actor(reopened)))
        qtbot.addWidget(page)
        page.offer_drafts()
        assert "Kempeleen" in _answer_offer(qtbot, "draft_continue")
        assert page.stack.currentWidget() is page.form
        assert page.form.notes.toPlainText() == typed
        assert page.form.employer.search.text() == "Kempeleen"
        assert page.form.keeper.key == draft.key
    finally:
        wait_for_idle()
        reopened.close()


def test_continue_at_start_opens_the_restored_form_at_once(qtbot, main_window, store, kone):
    """After a crash the window opens on the role's start page (a coach's Clients); "Continue" on the offered
    draft brings the Visits page forward with the form, its text and the keyboard in it."""
    drafts.save_draft(store, "visit:new:crash", "visit", {
        "employer_id": kone.id.hex, "employer_name": "Kempeleen Kone Oy", "notes": "Kesken jäänyt muistiinpano"})
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    assert main_window.current_page() is not main_window.pages["visits"]
    page = main_window.pages["visits"]
    page.offer_drafts()  # as the app does at start (app.py), the Visits page not shown
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None
                    and QApplication.activeModalWidget().objectName() == "draft_offer")
    box = QApplication.activeModalWidget()
    assert box.defaultButton().objectName() == "draft_continue"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is box)
    press(qtbot, Qt.Key.Key_Return)  # Enter: the default answer, "Continue"
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    assert main_window.current_page() is page
    assert page.stack.currentWidget() is page.form and page.form.isVisible()
    assert page.form.notes.toPlainText() == "Kesken jäänyt muistiinpano"
    assert page.form.isAncestorOf(main_window.focusWidget())  # the keyboard's place in the window
    main_window.activateWindow()  # as the window system does when the question closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    assert page.form.isAncestorOf(QApplication.focusWidget())
    type_text(qtbot, "x")  # typing goes into the restored form
    assert page.form.has_changes and page.form.keeper.key == "visit:new:crash"
