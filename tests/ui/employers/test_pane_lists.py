"""The employer pane's lists fitted to their rows: on screen at once, on a page not shown only
when it is shown again (a visit saved on another page used to have each of them measured over
all its rows, hidden, on the GUI thread)."""

from __future__ import annotations

from desktop.services import employers
from desktop.ui.qt import QApplication, Qt
from tests.ui.employers.conftest import active, show, type_text, wait_for_rows

LONG_NAME = "Maija-Liisa Kivimäki-Väänänen"


def _page_key(qtbot, window, number: int) -> None:
    """Ctrl+number, typed where the keyboard is, as a person changes pages."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)


def _fitted(view) -> bool:
    header = view.horizontalHeader()
    return header.sectionSize(0) == max(view.sizeHintForColumn(0), header.sectionSizeHint(0))


def test_pane_lists_are_fitted_on_screen_and_when_shown_again_not_while_hidden(
        qtbot, store, actor, raahe_works, main_window, page):
    main_window.resize(1280, 800)
    employers.add_contact(store, actor=actor, employer_id=raahe_works.id, data={"name": "Aino"})
    show(qtbot, page, raahe_works)
    detail, view = page.detail, page.detail.contacts_view
    wait_for_rows(qtbot, detail.contacts, 1)
    qtbot.waitUntil(lambda: _fitted(view))
    narrow = view.horizontalHeader().sectionSize(0)

    # On screen: a contact added in the pane's dialog widens the name column.
    qtbot.mouseClick(detail.add_contact_button, Qt.MouseButton.LeftButton)
    dialog = active(qtbot, detail)
    type_text(qtbot, dialog.name, "Eero Väänänen")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_rows(qtbot, detail.contacts, 2)
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(0) > narrow and _fitted(view))
    wider = view.horizontalHeader().sectionSize(0)

    # Another page shown: a contact saved meanwhile (as a visit does) is listed, not measured.
    _page_key(qtbot, main_window, 2)
    qtbot.waitUntil(lambda: not view.isVisible())
    contact = employers.add_contact(store, actor=actor, employer_id=raahe_works.id, data={"name": LONG_NAME})
    page.ctx.bus.changed.emit("contact", {contact.id})
    wait_for_rows(qtbot, detail.contacts, 3)
    qtbot.waitUntil(lambda: not _fitter_pending(view))
    assert view.horizontalHeader().sectionSize(0) == wider

    # Back on the page: fitted to the new row at once.
    _page_key(qtbot, main_window, 1)
    qtbot.waitUntil(lambda: view.isVisible())
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(0) > wider and _fitted(view))


def _fitter_pending(view) -> bool:
    from desktop.ui.widgets.tables import _ColumnFitter

    return view.findChild(_ColumnFitter).timer.isActive()


def test_a_change_elsewhere_keeps_the_position_chosen_in_the_pane(qtbot, store, actor, raahe_works, page):
    show(qtbot, page, raahe_works)
    detail, view = page.detail, page.detail.positions_view
    wait_for_rows(qtbot, detail.positions, 1)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the keyboard chooses the welding job
    qtbot.waitUntil(lambda: detail.match_button.isEnabled())
    chosen = detail.selected_position()
    # A visit saved on the Visits page adds a position to this employer and says so.
    employers.add_position(store, actor=actor, employer_id=raahe_works.id,
                           data={"title": "Asentaja", "occupation": "Asentaja", "count": 1})
    page.ctx.bus.changed.emit("position", None)
    wait_for_rows(qtbot, detail.positions, 2)
    assert detail.selected_position() == chosen
    assert detail.match_button.isEnabled()
    assert detail.positions_box.title() == "Open positions (2)"
