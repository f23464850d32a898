"""Clients made with the services, and the Clients page in the main window."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services import clients
from desktop.ui.qt import Qt

PERSONAL_ID = "131052-308T"


@pytest.fixture
def client(store, actor):
    return clients.create_client(store, actor=actor, data={
        "name": "Aino Asiakas", "personal_id": PERSONAL_ID, "municipality": "Raahe",
        "service_path": "Osmo", "service_start": dt.date(2025, 3, 1)})


@pytest.fixture
def clients_page(qtbot, ctx):
    """The page on its own (the main window's Ctrl+N and search are tested with the window)."""
    from desktop.ui.clients.page import ClientsPage

    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


@pytest.fixture
def note_dialog(qtbot, ctx, client):
    from desktop.ui.clients.record_dialogs import NoteDialog

    dialog = NoteDialog(ctx, client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    return active(qtbot, dialog)


def active(qtbot, dialog):
    """A dialog once it is the active window (its Ctrl+S shortcut works)."""
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def save(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
