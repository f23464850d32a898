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
