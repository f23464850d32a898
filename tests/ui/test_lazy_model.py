"""The lazily loaded list model: ``refresh`` loads the same rows again in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from desktop.services import employers, listing
from desktop.ui.context import UiContext
from desktop.ui.lists.lazy_model import LazyTableModel


@pytest.fixture
def listed(qtbot, store, actor):
    made = [employers.create_employer(store, actor=actor, data={"name": f"Yritys {n:02d} Oy"}) for n in range(12)]
    model = LazyTableModel(UiContext(store, actor), listing.EMPLOYERS, page_size=5)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 5)
    model.fetchMore()  # as a view does when scrolled (a view here would fetch all by itself)
    qtbot.waitUntil(lambda: model.rowCount() == 10)
    selection = QItemSelectionModel(model)  # what a view selects with
    return made, model, selection


def _select(selection, row: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    selection.select(selection.model().index(row, 0), flags)


def _selected(selection) -> list[int]:
    return [index.row() for index in selection.selectedRows()]


def test_the_selection_follows_its_record_when_rows_above_it_leave(qtbot, store, actor, listed):
    made, model, selection = listed
    _select(selection, 7)
    chosen = model.record_id(7)
    assert chosen == made[7].id
    for gone in made[1:3]:
        employers.delete_employer(store, actor=actor, employer_id=gone.id)
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    assert model.rowCount() == 10  # as many rows as were loaded: two more came up from below
    assert model.record_id(5) == chosen and _selected(selection) == [5]
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 10 and not model.canFetchMore())


def test_a_selected_record_that_leaves_the_list_takes_the_selection_with_it(qtbot, store, actor, listed):
    made, model, selection = listed
    _select(selection, 3)
    employers.delete_employer(store, actor=actor, employer_id=made[3].id)
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    assert model.row_of(made[3].id) == -1 and _selected(selection) == []


def test_a_new_filter_wins_over_a_refresh_still_loading(qtbot, listed):
    made, model, _selection = listed
    model.refresh()
    with qtbot.waitSignal(model.loaded):
        model.set_filter("Yritys 11")
    qtbot.wait(200)  # the refresh's answer, if it came, was thrown away
    assert [model.record_id(row) for row in range(model.rowCount())] == [made[11].id]
