"""The client dialog against the live server, in Finnish, typed as a person would: coach B types a
person who is already coach A's client; the dialog says so, naming A ("Tämä henkilö on jo
asiakkaana organisaatiossa: valmentaja …"), keeps the form when B goes back, and "Ask to be
assigned" sends the request, which A's next sync brings. Offline the client is saved and the
status bar says the organisation-wide check could not be made."""

from __future__ import annotations

import os
import socket

from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from desktop.services import assignment, clients, sync_session
from desktop.services.setup import current_actor
from desktop.store.tables import Client, Staff
from desktop.ui.clients.client_dialog import ClientDialog
from desktop.ui.context import UiContext
from desktop.ui.qt import QApplication, QMessageBox, Qt
from tests.support.typing import type_text
from tests.sync.conftest import run_sync
from tests.ui.clients.conftest import save
from tests.ui.dialogs import back_to, opened
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name

CODE = "131052-308T"


def _question(qtbot, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox)
                    and QApplication.activeModalWidget().objectName() == name, timeout=10_000)
    return QApplication.activeModalWidget()


def _press(qtbot, box, button: str) -> None:
    qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def _names(store) -> list[str]:
    with store.reader() as session:
        return sorted(c.name for c in session.exec(select(Client)).all())


def test_b_is_told_the_person_is_a_clients_of_a_and_asks_to_be_assigned(qtbot, qapp, finnish, server, profiles):
    coach_a, coach_b = server.add_user("career_coach"), server.add_user("career_coach")
    a, b = profiles(coach_a.username), profiles(coach_b.username)
    for store in (a, b):
        assert run_sync(store).outcome == "ok"
    x = clients.create_client(a, actor=current_actor(a), data={"name": "Äijälä Öhman", "personal_id": CODE})
    assert run_sync(a).outcome == "ok"
    with b.reader() as session:
        name_a = session.get(Staff, coach_a.staff_id).name

    ctx = UiContext(b, current_actor(b))
    statuses = []
    ctx.bus.status.connect(statuses.append)
    dialog = opened(qtbot, ClientDialog(ctx))
    type_text(dialog.name, "Äijälä Öhman")
    qtbot.keyClicks(dialog.personal_id, "131052-308t")
    qtbot.keyClicks(dialog.phone, "040 111 2222")
    save(qtbot, dialog.phone)
    box = _question(qtbot, "organisation_question")
    assert f"Tämä henkilö on jo asiakkaana organisaatiossa: valmentaja {name_a}." in box.text()
    assert "131052" not in box.text()
    shots = os.environ.get("DUPLICATE_SCREENSHOTS")
    if shots:
        box.grab().save(os.path.join(shots, "organisation_question.png"))
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # back to the form: everything typed is there
    qtbot.waitUntil(lambda: not box.isVisible())
    assert (dialog.name.text(), dialog.personal_id.text(), dialog.phone.text()) == (
        "Äijälä Öhman", "131052-308t", "040 111 2222")
    assert _names(b) == []

    back_to(qtbot, dialog)
    save(qtbot, dialog.phone)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        _press(qtbot, _question(qtbot, "organisation_question"), "organisation_ask")
    assert _names(b) == []  # no second client: the request instead
    assert statuses and "pyyntö" in statuses[-1].lower()

    assert run_sync(a).outcome == "ok"
    [waiting] = assignment.open_assignment_requests(a, current_actor(a))
    assert waiting.client_id == x.id and waiting.requested_by == coach_b.staff_id


def test_offline_the_client_is_saved_and_the_check_is_said_not_made(qtbot, qapp, finnish, server, profiles):
    coach = server.add_user("career_coach")
    store = profiles(coach.username)
    assert run_sync(store).outcome == "ok"
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    sync_session.SERVER_URL.set(store, f"http://127.0.0.1:{port}")
    ctx = UiContext(store, current_actor(store))
    statuses = []
    ctx.bus.status.connect(statuses.append)
    dialog = opened(qtbot, ClientDialog(ctx))
    type_text(dialog.name, "Öhman Åsa")
    qtbot.keyClicks(dialog.personal_id, CODE)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        save(qtbot, dialog.personal_id)
    assert _names(store) == ["Öhman Åsa"]
    assert any("ei voitu tarkistaa" in text for text in statuses), statuses
