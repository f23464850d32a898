"""The company visit, the coordinator's main journey, driven by keyboard alone."""

from __future__ import annotations

import datetime as dt

from desktop.store.tables import Contact, Employer, Position, Visit
from desktop.ui.qt import QApplication, Qt
from tests.ui.visits.conftest import focused_name, outbox_kinds, press, rows, tab_to, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_visit_is_recorded_by_keyboard_alone(qtbot, visits_page, store, actor, kone):
    page = visits_page
    announced = []
    page.ctx.bus.changed.connect(lambda kind, ids: announced.append((kind, ids)))
    press(qtbot, Qt.Key.Key_N, CTRL)
    form = page.form
    assert page.stack.currentWidget() is form
    assert focused_name() == "employer_search"
    assert form.visited_at.value() - dt.datetime.now().astimezone() < dt.timedelta(minutes=2)
    qtbot.waitUntil(lambda: form.recorded_by.text() == "Testi Valmentaja")

    type_text(qtbot, "kempe")
    results = form.employer.model
    qtbot.waitUntil(lambda: len(results.hits) == 1)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert form.employer.employer_id == kone.id.hex
    assert form.employer.picked_label.isVisible()
    qtbot.waitUntil(lambda: form.contact.choice.count() == 3)  # not recorded, Maija, new

    tab_to(qtbot, "place")
    press(qtbot, Qt.Key.Key_Down)  # remote
    tab_to(qtbot, "contact_choice")
    press(qtbot, Qt.Key.Key_End)  # New contact…
    tab_to(qtbot, "contact_name")
    type_text(qtbot, "Pekka Puupää")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Tuotantopäällikkö")
    tab_to(qtbot, "contact_email")
    type_text(qtbot, "pekka@example.fi")

    tab_to(qtbot, "recruitment_needs")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name() == "recruitment_needs_text"
    type_text(qtbot, "Hitsaajia keväällä")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name() == "briefing_given"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name() == "briefing_taken_up"
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, "interest_work_trial")
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, "interest_recruitment_event")
    press(qtbot, Qt.Key.Key_Space)

    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name() == "positions_table"
    press(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Hitsaaja")
    press(qtbot, Qt.Key.Key_Tab)  # to the count
    press(qtbot, Qt.Key.Key_Up)  # 2
    press(qtbot, Qt.Key.Key_Tab)  # to "hidden job"
    press(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Varastotyöntekijä")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # a hidden job
    assert form.positions.rows() == [{"title": "Hitsaaja", "count": 2, "hidden": False},
                                     {"title": "Varastotyöntekijä", "count": 1, "hidden": True}]

    tab_to(qtbot, "notes")
    type_text(qtbot, "Laajentavat tuotantoa.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name() == "next_step"
    type_text(qtbot, "Lähetä ehdokkaat")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name() == "follow_up_set"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name() == "follow_up_date"
    follow_up = dt.date.today() + dt.timedelta(days=30)
    type_text(qtbot, f"{follow_up.day}.{follow_up.month}.{follow_up.year}")
    assert form.follow_up.value() == follow_up, form.follow_up.text()

    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.list_page)

    [visit] = rows(store, Visit)
    assert visit.employer_id == kone.id
    assert visit.staff_id == actor.staff_id
    assert visit.place == "remote"
    assert visit.recruitment_needs and visit.recruitment_needs_text == "Hitsaajia keväällä"
    assert visit.briefing_given and visit.briefing_taken_up
    assert visit.interest_work_trial and visit.interest_recruitment_event
    assert not visit.interest_wage_subsidy and not visit.interest_apprenticeship
    assert (visit.open_positions, visit.hidden_jobs) == (2, 1)
    assert visit.notes == "Laajentavat tuotantoa."
    assert visit.next_step == "Lähetä ehdokkaat"
    assert visit.follow_up_date == follow_up
    contact = next(c for c in rows(store, Contact) if c.name == "Pekka Puupää")
    assert (contact.title, contact.email, contact.employer_id) == ("Tuotantopäällikkö", "pekka@example.fi", kone.id)
    assert visit.contact_id == contact.id
    positions = sorted(rows(store, Position), key=lambda p: p.title)
    assert [(p.title, p.count, p.hidden, p.visit_id) for p in positions] == [
        ("Hitsaaja", 2, False, visit.id), ("Varastotyöntekijä", 1, True, visit.id)]
    assert ("visit", {visit.id}) in announced and ("contact", {contact.id}) in announced
    assert ("position", None) in announced
    assert sorted(outbox_kinds(store)).count("position") == 2
    assert {"visit", "contact"} <= set(outbox_kinds(store))

    qtbot.waitUntil(lambda: page.model.row_of(visit.id) >= 0)
    row = page.model.row_of(visit.id)
    assert page.model.index(row, 1).data() == "Kempeleen Kone Oy"
    assert page.model.index(row, 3).data() == "2"
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == row)
    assert not QApplication.activeModalWidget()

    press(qtbot, Qt.Key.Key_N, CTRL)  # the next visit starts empty
    assert form.contact.choice.currentData() is None and not form.contact.new_box.isVisible()
    assert form.notes.toPlainText() == "" and form.positions.rows() == []
    assert not any(box.isChecked() for box in form.checks.values())
