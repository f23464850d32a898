"""The status bar after a visit is saved: the records one save announces make one read of the
sync status, not one for each record and a last one for the whole."""

from __future__ import annotations

import re

from desktop.services import sync_status as status_service
from desktop.ui.background import wait_for_idle
from desktop.ui.qt import Qt
from desktop.ui.sync import status as status_label
from desktop.ui.sync.status import SyncStatusLabel
from tests.ui.visits.conftest import focused_name, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_visit_to_a_new_employer_reads_the_status_once(qtbot, monkeypatch, main_window, visits_page, store, kone):
    qtbot.waitUntil(lambda: main_window.outbox_label.text() != "")  # the status read on opening
    wait_for_idle()
    reads = []
    real = status_service.sync_status

    def counted(store):
        reads.append(1)
        return real(store)

    for module in (status_service, status_label):  # the name each caller looks up
        monkeypatch.setattr(module, "sync_status", counted)
    label = main_window.findChild(SyncStatusLabel)
    announced = []
    visits_page.ctx.bus.changed.connect(lambda kind, _ids: announced.append(kind))

    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "Haukiputaan Hitsaamo Oy")
    qtbot.waitUntil(lambda: visits_page.form.employer.none_label.isVisible())
    press(qtbot, Qt.Key.Key_Return)  # nothing fits: a new employer
    assert focused_name() == "new_employer_business_id"
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: visits_page.stack.currentWidget() is visits_page.list_page)
    assert announced == ["employer", "visit"]

    waiting = len(_records_waiting(store))
    qtbot.waitUntil(lambda: _number(main_window.outbox_label.text()) == waiting)
    qtbot.waitUntil(lambda: not label._timer.isActive())
    wait_for_idle()
    assert len(reads) == 1
    assert f"{waiting}" in label.toolTip()


def _records_waiting(store) -> set:
    from sqlmodel import select

    from desktop.store.tables import OutboxEntry

    with store.reader() as session:
        return {(e.kind, e.record_id) for e in session.exec(select(OutboxEntry)).all()}


def _number(text: str) -> int | None:
    found = re.search(r"\d+", text)
    return int(found.group()) if found else None
