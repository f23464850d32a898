"""An employer's open positions: add one, mark one filled, and find the
clients who fit one, ranked with the reasons in words."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from desktop.services import clients, employers
from desktop.store.tables import Position
from desktop.ui.qt import QLabel, Qt
from tests.ui.employers.conftest import active, cell, show, type_text, wait_for_rows


def positions_in_db(store) -> list[Position]:
    with store.reader() as session:
        return list(session.exec(select(Position).order_by(Position.title)).all())


def click_row(qtbot, view, row: int, *, double: bool = False) -> None:
    pos = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_add_position_and_see_it_listed(qtbot, store, raahe_works, page):
    show(qtbot, page, raahe_works)
    detail = page.detail
    wait_for_rows(qtbot, detail.positions, 1)
    qtbot.mouseClick(detail.add_position_button, Qt.MouseButton.LeftButton)
    dialog = active(qtbot, detail)
    type_text(qtbot, dialog.title, "Varastotyöntekijä")
    qtbot.keyClicks(dialog.occupation, "Varastotyo")
    dialog.count.selectAll()
    qtbot.keyClicks(dialog.count, "3")
    qtbot.keyClick(dialog.hidden, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.count, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: detail.positions_box.title() == "Open positions (2)")
    row = [cell(detail.positions, r, "title") for r in range(2)].index("Varastotyöntekijä")
    assert cell(detail.positions, row, "count") == "3"
    assert cell(detail.positions, row, "hidden") == "✓"
    today = dt.date.today()
    assert cell(detail.positions, row, "found_on") == f"{today.day}.{today.month}.{today.year}"
    saved = positions_in_db(store)[1]
    assert (saved.title, saved.count, saved.hidden, saved.employer_id) == (
        "Varastotyöntekijä", 3, True, raahe_works.id)
    qtbot.waitUntil(lambda: cell(page.model, 0, "open_positions") == "5")  # 2 + 3 in the list


def test_position_needs_a_title(qtbot, store, raahe_works, page):
    show(qtbot, page, raahe_works)
    qtbot.mouseClick(page.detail.add_position_button, Qt.MouseButton.LeftButton)
    dialog = active(qtbot, page.detail)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error_title")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "This field is required."
    assert len(positions_in_db(store)) == 1


def test_mark_position_filled(qtbot, store, raahe_works, page):
    show(qtbot, page, raahe_works)
    detail = page.detail
    wait_for_rows(qtbot, detail.positions, 1)
    assert not detail.filled_button.isEnabled()
    click_row(qtbot, detail.positions_view, 0)
    assert detail.filled_button.isEnabled()
    qtbot.mouseClick(detail.filled_button, Qt.MouseButton.LeftButton)
    dialog = active(qtbot, detail)
    dialog.filled_on.set_value(dialog.filled_on.value() - dt.timedelta(days=3))  # before it was found
    qtbot.keyClick(dialog.filled_on, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    error = dialog.findChild(QLabel, "error_filled_on")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "The end cannot be before the start."
    assert not positions_in_db(store)[0].filled

    dialog.filled_on.set_value(dialog.filled_on.value() + dt.timedelta(days=3))
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.filled_on, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: detail.positions_box.title() == "Open positions (0)")
    assert detail.positions.rowCount() == 0
    [filled] = positions_in_db(store)
    assert (filled.filled, filled.filled_on) == (True, dt.date.today())


def test_matching_clients_ranked_with_reasons_and_opened(qtbot, store, actor, places, raahe_works, page):
    def client(name, goals, locality):
        return clients.create_client(store, actor=actor, data={
            "name": name, "job_goals": goals, "locality_id": places[locality],
            "service_start": dt.date.today() - dt.timedelta(days=30)}).id

    near_welder = client("Aino Virtanen", "hitsaaja, asentaja", "Raahe")
    neighbour = client("Eero Korhonen", "varastotyö", "Raahe")
    far_welder = client("Liisa Nieminen", "Hitsaus", "Oulu")
    client("Olli Oululainen", "kokki", "Oulu")
    show(qtbot, page, raahe_works)
    detail = page.detail
    wait_for_rows(qtbot, detail.positions, 1)
    click_row(qtbot, detail.positions_view, 0)
    qtbot.mouseClick(detail.match_button, Qt.MouseButton.LeftButton)
    matches = detail.match_dialog
    qtbot.waitUntil(lambda: matches.model.rowCount() == 3)

    model = matches.model
    rows = [[model.data(model.index(r, c)) for c in range(4)] for r in range(3)]
    assert rows == [
        ["1", "Aino Virtanen", "5", "Job goal: hitsaaja · Same locality: Raahe"],
        ["2", "Liisa Nieminen", "3", "Job goal: Hitsaus"],
        ["3", "Eero Korhonen", "2", "Same locality: Raahe"],
    ]
    assert matches.summary.text() == "3 client(s) fit this position."
    assert [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(3)] == [
        near_welder, far_welder, neighbour]

    with qtbot.waitSignal(page.ctx.bus.open_record) as opened:
        click_row(qtbot, matches.table, 1, double=True)
    assert opened.args == ["client", far_welder]
    matches.table.setFocus()
    with qtbot.waitSignal(page.ctx.bus.open_record) as by_key:
        qtbot.keyClick(matches.table, Qt.Key.Key_Return)
    assert by_key.args == ["client", far_welder]


def test_no_matching_client_says_so(qtbot, store, raahe_works, page):
    show(qtbot, page, raahe_works)
    wait_for_rows(qtbot, page.detail.positions, 1)
    click_row(qtbot, page.detail.positions_view, 0)
    qtbot.keyClick(page.detail.positions_view, Qt.Key.Key_Return)  # Enter on a position finds clients
    qtbot.waitUntil(lambda: page.detail.match_dialog is not None and
                    page.detail.match_dialog.summary.text() == "No client in service fits this position.")


def test_show_position_selects_it(qtbot, store, raahe_works, main_window):
    [position] = positions_in_db(store)
    main_window.show_record("position", position.id)
    page = main_window.pages["employers"]
    qtbot.waitUntil(lambda: page.detail.selected_position() is not None)
    assert page.detail.selected_position() == (position.id, "Hitsaaja")
    assert page.detail.match_button.isEnabled()


def test_a_position_is_chosen_and_matched_by_keyboard_alone(qtbot, store, actor, places, raahe_works,
                                                            main_window, page):
    """Filter, Down into the list, Tab across the detail to the positions, Enter: matching clients;
    Enter on one opens it. Tab moves from list to list, not from cell to cell."""
    from desktop.ui.qt import QApplication

    def press(key) -> None:
        qtbot.keyClick(QApplication.focusWidget(), key)

    welder = clients.create_client(store, actor=actor, data={
        "name": "Aino Virtanen", "job_goals": "hitsaaja", "locality_id": places["Raahe"],
        "service_start": dt.date.today() - dt.timedelta(days=30)}).id
    for name in ("Raahen Kone Oy", "Raahen Rauta Oy"):  # rows whose cells Tab must not walk through
        employers.create_employer(store, actor=actor, data={"name": name, "municipality": "Raahe"})
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    page.filter.setFocus()
    type_text(qtbot, QApplication.focusWidget(), "Raahe")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    press(Qt.Key.Key_Down)  # into the list, its first row chosen
    while page.model.record_id(page.table.currentIndex().row()) != raahe_works.id:
        press(Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.detail.card is not None and page.detail.card.employer.id == raahe_works.id)
    wait_for_rows(qtbot, page.detail.positions, 1)
    for _ in range(10):  # the buttons and the contacts lie between the list and the positions
        if QApplication.focusWidget() is page.detail.positions_view:
            break
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.detail.positions_view
    assert page.detail.selected_position() == (page.detail.positions.record_id(0), "Hitsaaja")
    assert page.detail.match_button.isEnabled()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.match_dialog is not None and page.detail.match_dialog.model.rowCount() == 1)
    matches = page.detail.match_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is matches.table)
    with qtbot.waitSignal(page.ctx.bus.open_record) as opened:
        press(Qt.Key.Key_Return)
    assert opened.args == ["client", welder]
