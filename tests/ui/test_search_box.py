"""The search box's results write a note's day and a visit's time as the lists do."""

from __future__ import annotations

import datetime as dt

from desktop.services import clients, employers, visits
from desktop.ui.qt import Qt


def test_results_show_dates_as_the_lists_do(qtbot, ctx):
    from desktop.ui.search_box import SearchBox

    client = clients.create_client(ctx.store, actor=ctx.actor, data={"name": "Aino Haku"})
    clients.add_note(ctx.store, actor=ctx.actor, client_id=client.id,
                     data={"text": "Trukkikortti suoritettu", "noted_on": dt.date(2026, 3, 5)})
    employer = employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Trukki Oy"})
    moment = dt.datetime(2026, 11, 22, 14, 30).astimezone()  # local time, as typed in the form
    visits.record_visit(ctx.store, actor=ctx.actor, employer_id=employer.id,
                        data={"visited_at": moment, "notes": "Trukkikuskeja tarvitaan"})

    box = SearchBox(ctx)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box, "trukki")
    qtbot.waitUntil(lambda: box.model.rowCount() == 3)
    shown = {box.model.hits[row].kind: box.model.data(box.model.index(row), Qt.ItemDataRole.DisplayRole)
             for row in range(3)}
    assert shown["client_note"].startswith("Note: Aino Haku · 5.3.2026 — ")
    assert shown["visit"].startswith("Visit: Trukki Oy · 22.11.2026 14:30 — ")
    assert shown["employer"].startswith("Employer: Trukki Oy — ")
    assert "2026-" not in "".join(shown.values())


# --- by keyboard, in the real window ---------------------------------------------------------

def _forest_employers(ctx):
    kangas = employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Metsurityö Kangas Oy"})
    oulu = employers.create_employer(ctx.store, actor=ctx.actor, data={"name": "Metsuripalvelu Oulu Oy"})
    return kangas, oulu


def _search_for(qtbot, window, text: str) -> None:
    """Ctrl+F, then type ``text`` as a person does, into whatever has the keyboard."""
    from tests.support.typing import keys_to_window

    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    keys_to_window(window, text)


def _shown_names(box) -> list[str]:
    return sorted(hit.label for hit in box.model.hits)


def test_typing_goes_on_in_the_box_while_results_show(qtbot, main_window, ctx):
    from desktop.ui.qt import QApplication
    from tests.support.typing import keys_to_window

    kangas, _oulu = _forest_employers(ctx)
    box = main_window.search
    _search_for(qtbot, main_window, "metsuri")
    qtbot.waitUntil(lambda: _shown_names(box) == ["Metsuripalvelu Oulu Oy", "Metsurityö Kangas Oy"])
    assert box.popup.isVisible()
    keys_to_window(main_window, " ka")  # the results are open: typing must go on in the box
    assert QApplication.focusWidget() is box
    assert box.text() == "metsuri ka"
    qtbot.waitUntil(lambda: _shown_names(box) == ["Metsurityö Kangas Oy"])

    keys_to_window(main_window, key=Qt.Key.Key_Down)  # into the results
    assert box.results.currentIndex().row() == 0
    keys_to_window(main_window, key=Qt.Key.Key_Return)
    page = main_window.pages["employers"]
    qtbot.waitUntil(lambda: page.detail.card is not None and page.detail.card.employer.id == kangas.id)
    assert main_window.current_page() is page
    assert not box.popup.isVisible()


def test_down_up_and_escape_move_between_the_box_and_the_results(qtbot, main_window, ctx):
    from desktop.ui.qt import QApplication
    from tests.support.typing import keys_to_window

    _forest_employers(ctx)
    box = main_window.search
    _search_for(qtbot, main_window, "metsuri")
    qtbot.waitUntil(lambda: box.model.rowCount() == 2 and box.popup.isVisible())
    for key, row in ((Qt.Key.Key_Down, 0), (Qt.Key.Key_Down, 1), (Qt.Key.Key_Down, 1), (Qt.Key.Key_Up, 0),
                     (Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, 0), (Qt.Key.Key_Up, -1)):
        keys_to_window(main_window, key=key)
        assert box.results.currentIndex().row() == row, key
    keys_to_window(main_window, key=Qt.Key.Key_Down)
    keys_to_window(main_window, key=Qt.Key.Key_Escape)  # back to the box, the results still open
    assert QApplication.focusWidget() is box
    assert box.popup.isVisible() and not box.results.currentIndex().isValid()
    keys_to_window(main_window, "x")
    assert box.text() == "metsurix"
    keys_to_window(main_window, key=Qt.Key.Key_Backspace)
    keys_to_window(main_window, key=Qt.Key.Key_Escape)  # a second Esc closes the results
    assert not box.popup.isVisible()
    assert QApplication.focusWidget() is box and box.text() == "metsuri"
    keys_to_window(main_window, key=Qt.Key.Key_Down)  # opens them again
    assert box.popup.isVisible() and box.results.currentIndex().row() == 0


def test_enter_before_the_results_came_opens_what_was_typed(qtbot, main_window, ctx):
    from tests.support.typing import keys_to_window

    kangas, oulu = _forest_employers(ctx)
    opened = []
    ctx.bus.open_record.connect(lambda kind, record_id: opened.append(record_id))
    box = main_window.search
    _search_for(qtbot, main_window, "metsuri")
    qtbot.waitUntil(lambda: box.model.rowCount() == 2)
    # Aim at the one that is not first now, then Enter at once: the results are still the old ones.
    wanted, word = (oulu, " oulu") if box.model.hits[0].record_id == kangas.id else (kangas, " kangas")
    keys_to_window(main_window, word)
    keys_to_window(main_window, key=Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == [wanted.id])
