"""A client whose figures only reached this laptop (a manager not assigned to it): the list shows
"Client 4F2A…" with its assigned staff and service dates; its page shows what is here and says
that its content is seen by its staff, with no way to edit that content."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.store.tables import Client, Staff
from desktop.sync.apply import PageWriter
from desktop.ui.qt import QLabel, Qt
from sync.protocol import PulledChange, PullResponse

CLIENT_ID = uuid.UUID("4f2a9c1e-0000-4000-8000-000000000001")


@pytest.fixture
def figures_only(store, actor):
    """The client as a manager's pull brings it: figures only (``sync.visibility``)."""
    change = PulledChange(
        kind="client", id=CLIENT_ID, rev=3, seq=10, deleted=False, figures_only=True,
        modified_at=dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc),
        fields={"municipality": "Oulu", "service_start": "2026-01-10",
                "service_end": "2026-06-30", "assigned_staff_ids": [str(actor.staff_id)],
                "gender": "non_binary", "labour_status_at_entry": "unemployed", "long_term_unemployed": False,
                "education_level": "isced_5_8", "homeless": "declined", "eura_entry": "by_participant",
                "exit_situation": "education_or_training"})
    with store.session() as session:
        PageWriter(session, device_id=uuid.uuid4(), histories={}).write(
            PullResponse(changes=[change], next_cursor=10, has_more=False))
    with store.reader() as session:
        row = session.get(Client, CLIENT_ID)
    assert row is not None and row.name is None and row.municipality == "Oulu"
    return row


def test_the_list_and_the_page_show_a_client_held_without_its_content(qtbot, clients_page,
                                                                     figures_only, actor, store):
    clients_page.apply_filter()
    model = clients_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    keys = [column.key for column in model.spec.columns]
    shown = {key: model.data(model.index(0, keys.index(key))) for key in keys}
    assert shown["name"] == "Client 4F2A…"
    assert shown["service_start"] == "10.1.2026" and shown["service_end"] == "30.6.2026"
    with store.reader() as session:
        assert shown["assigned_staff"] == session.get(Staff, actor.staff_id).name

    table = clients_page.table
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = clients_page.view
    qtbot.waitUntil(lambda: clients_page.stack.currentWidget() is view)
    qtbot.waitUntil(lambda: view.name.text() == "Client 4F2A…")
    elsewhere = view.findChild(QLabel, "content_elsewhere")
    assert elsewhere.isVisible() and "assigned staff" in elsewhere.text()
    assert not view.notes.isVisible() and not view.consent.isVisible()
    for name in ("edit_client", "delete_client", "handover_form", "summary_sheet", "reveal_personal_id",
                 "record_transition", "add_note"):
        assert not view.findChild(QPushButton, name).isVisible(), name
    assert view.service.start.text() == "10.1.2026"
    # The funder's categorical data are here, read-only: no way to edit them.
    funder = view.funder
    assert funder.isVisible()
    assert view.findChild(QLabel, "funder_gender").text() == "Other than woman or man"
    assert view.findChild(QLabel, "funder_labour_status_at_entry").text() == (
        "Unemployed, long-term unemployed: no")
    assert view.findChild(QLabel, "funder_exit_situation").text() == "In education or training"
    for name in ("edit_entry_data", "edit_exit_data"):
        assert not view.findChild(QPushButton, name).isVisible(), name
    view.edit_entry_data()
    assert view.dialog is None
    # The Delete key offers nothing to delete either.
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert view.delete_target() is None


def test_a_search_finds_it_by_its_municipality_under_the_same_label(figures_only, store):
    from desktop.services import search
    from desktop.ui.search_box import hit_label

    hits = [hit for hit in search.search(store, "Oulu") if hit.kind == "client"]
    assert [hit_label(hit) for hit in hits] == ["Client 4F2A…"]


def test_no_position_is_matched_to_it(figures_only, store, actor):
    from desktop.services import employers, matching

    employer = employers.create_employer(store, actor=actor, data={"name": "Oulun Kone Oy",
                                                                  "municipality": "Oulu"})
    position = employers.add_position(store, actor=actor, employer_id=employer.id,
                                      data={"title": "Koneasentaja"})
    assert matching.match_clients(store, position.id, today=dt.date(2026, 3, 1)) == []
