"""The list of visits: filtered in SQL as you type, and "only mine"."""

from __future__ import annotations

import uuid

from desktop.services import visits
from desktop.ui.qt import Qt
from tests.ui.visits.conftest import type_into


def _employers_shown(page) -> list[str]:
    return sorted(page.model.index(row, 1).data() for row in range(page.model.rowCount()))


def test_the_list_filters_as_you_type_and_keeps_to_my_visits(qtbot, visits_page, store, actor, kone):
    other_coordinator = uuid.uuid4()
    visits.record_visit(store, actor=actor, employer_id=kone.id, data={"notes": "Hitsaajia tarvitaan"})
    visits.record_visit(store, actor=actor, employer_id=kone.id,
                        data={"staff_id": other_coordinator, "notes": "Kokkeja ja hitsaajia"})
    visits.record_visit(store, actor=actor, employer_id=kone.id,
                        data={"staff_id": other_coordinator, "notes": "Ei tarpeita nyt"})
    page = visits_page
    page.model.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)

    page.filter.setFocus()
    type_into(page.filter, "hitsaa")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.model.filter_text == "hitsaa")

    qtbot.mouseClick(page.only_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    [visit_id] = [page.model.record_id(0)]
    assert visits_page.model.extra_params == {"me": actor.staff_id.hex}

    page.filter.clear()
    qtbot.waitUntil(lambda: page.model.filter_text == "" and page.model.rowCount() == 1)
    assert page.model.record_id(0) == visit_id
    qtbot.mouseClick(page.only_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert _employers_shown(page) == ["Kempeleen Kone Oy"] * 3


def test_enter_in_the_filter_moves_to_the_list_and_enter_there_opens_the_visit(qtbot, visits_page, store, actor,
                                                                             kone):
    visits.record_visit(store, actor=actor, employer_id=kone.id, data={"notes": "Avoin tehtävä"})
    page = visits_page
    page.model.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.filter.setFocus()
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)
    assert page.table.hasFocus() and page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.form)
    qtbot.waitUntil(lambda: page.form.notes.toPlainText() == "Avoin tehtävä")


def test_delete_key_on_a_visit_asks_and_erases_it(qtbot, visits_page, store, actor, kone):
    from desktop.store.tables import Visit
    from tests.ui.deleting import confirm, press_delete

    visit = visits.record_visit(store, actor=actor, employer_id=kone.id, data={"notes": "Hitsaajia tarvitaan"})
    page = visits_page
    page.model.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    box = press_delete(qtbot, page.table)
    assert "Kempeleen Kone Oy" in box.text()
    confirm(qtbot, box)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    with store.reader() as session:
        assert session.get(Visit, visit.id) is None


def _cut_columns(table) -> list[int]:
    """The columns (but the stretching one) narrower than Qt's own fit of the rows in sight."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(0)  # Qt measures the rows in sight, as the page's fit does
    return [column for column in range(table.model().columnCount())
            if column != 1 and header.sectionSize(column) < max(table.sizeHintForColumn(column),
                                                                header.sectionSizeHint(column))]


def test_the_columns_fit_their_texts_and_are_fitted_again_when_the_rows_change(qtbot, visits_page, store, actor,
                                                                                kone):
    visits.record_visit(store, actor=actor, employer_id=kone.id, data={"notes": "Lyhyt", "open_positions": 2})
    page = visits_page
    page.model.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.waitUntil(lambda: not _cut_columns(page.table))
    header = page.table.horizontalHeader()
    fitted = header.sectionSize(0)
    header.resizeSection(0, 20)  # narrowed by hand: the date no longer fits

    visits.record_visit(store, actor=actor, employer_id=kone.id, data={"notes": "Toinen"})
    page.model.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.waitUntil(lambda: header.sectionSize(0) == fitted)
    assert not _cut_columns(page.table)
