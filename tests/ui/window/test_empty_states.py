"""An empty list says what to do next: how to add the first record, or, under a filter that
matches nothing, to change the filter."""

from __future__ import annotations

from desktop.services import clients
from desktop.ui.qt import Qt
from tests.support.typing import type_text


def test_an_empty_list_says_how_to_add_the_first_record(qtbot, main_window, store, actor):
    for key, words in (("employers", "New employer (Ctrl+N)"), ("visits", "New visit (Ctrl+N)"),
                       ("clients", "New client (Ctrl+N)"), ("events", "New event (Ctrl+N)")):
        page = main_window.go_to(key)
        state = page.empty_state
        qtbot.waitUntil(state.isVisible)
        assert words in state.text(), key

    page = main_window.go_to("clients")
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # what the text says works
    qtbot.waitUntil(lambda: getattr(page, "dialog", None) is not None and page.dialog.isVisible())
    page.dialog.reject()


def test_a_filter_that_matches_nothing_says_so_and_a_record_hides_the_text(qtbot, main_window, store, actor):
    page = main_window.go_to("clients")  # a coach's start page: already open, so told of the change
    clients.create_client(store, actor=actor, data={"name": "Aino Asiakas"})
    main_window.ctx.bus.changed.emit("client", None)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert not page.empty_state.isVisible()
    field = page.filter
    field.setFocus()
    type_text(field, "zzzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and page.empty_state.isVisible())
    assert "Nothing matches" in page.empty_state.text()
