"""The client dialog warns of a possible duplicate, naming the existing client and whose client it
is: back to the form keeps everything typed, "create anyway" makes the client, "open" shows the
existing one."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from desktop.services import clients
from desktop.store.tables import Client
from desktop.ui.clients.client_dialog import ClientDialog
from desktop.ui.qt import QApplication, QMessageBox, Qt
from tests.support.typing import type_text
from tests.ui.clients.conftest import save
from tests.ui.dialogs import answer, back_to, discard_question, opened


def names(store) -> list[str]:
    with store.reader() as session:
        return sorted(c.name for c in session.exec(select(Client)).all())


def duplicate_question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox)
                    and QApplication.activeModalWidget().objectName() == "duplicate_question")
    return QApplication.activeModalWidget()


def press(qtbot, box: QMessageBox, button: str) -> None:
    qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_the_same_code_warns_with_the_existing_client_and_keeps_the_form(qtbot, ctx, store, actor):
    clients.create_client(store, actor=actor, data={"name": "Äijälä Öhman", "personal_id": "131052-308T"})
    dialog = opened(qtbot, ClientDialog(ctx))
    type_text(dialog.name, "Eero Äijälä")
    qtbot.keyClicks(dialog.personal_id, "131052-308t")
    qtbot.keyClicks(dialog.phone, "040 765 4321")
    save(qtbot, dialog.phone)
    box = duplicate_question(qtbot)
    assert "Äijälä Öhman" in box.text() and "Testi Valmentaja" in box.text()
    assert "131052" not in box.text()  # the identity code is not repeated
    assert box.defaultButton().objectName() == "duplicate_cancel"
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # back to the form
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible()
    assert (dialog.name.text(), dialog.personal_id.text(), dialog.phone.text()) == (
        "Eero Äijälä", "131052-308t", "040 765 4321")
    assert names(store) == ["Äijälä Öhman"]

    back_to(qtbot, dialog)
    save(qtbot, dialog.phone)
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, duplicate_question(qtbot), "duplicate_create")
    assert names(store) == ["Eero Äijälä", "Äijälä Öhman"]


def test_open_the_existing_client_asks_before_dropping_the_typing(qtbot, ctx, store, actor):
    existing = clients.create_client(store, actor=actor, data={"name": "Aino Asiakas",
                                                              "personal_id": "131052-308T"})
    opened_records = []
    ctx.bus.open_record.connect(lambda kind, record_id: opened_records.append((kind, record_id)))
    dialog = opened(qtbot, ClientDialog(ctx))
    qtbot.keyClicks(dialog.name, "aino  asiakas")
    qtbot.keyClicks(dialog.personal_id, "131052-308T")
    save(qtbot, dialog.personal_id)
    press(qtbot, duplicate_question(qtbot), "duplicate_open")
    with qtbot.waitSignal(dialog.finished):
        answer(qtbot, discard_question(qtbot), "discard_confirm")
    assert opened_records == [("client", existing.id)]
    assert names(store) == ["Aino Asiakas"]
