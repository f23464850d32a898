"""The Administration page against the project's own server on loopback, on real SQLCipher
profiles, driven by keys and clicks: an admin adds a staff member, deactivates one and revokes
a device; a manager reads a client's audit trail and exports it; a coach has no such page."""

from __future__ import annotations

import csv
import os
import uuid

import pytest
from PySide6.QtWidgets import QPushButton
from sqlmodel import Session, select

from desktop.services import sync_session
from desktop.services.setup import current_actor
from desktop.ui.background import wait_for_idle
from desktop.ui.context import UiContext
from desktop.ui.qt import QApplication, QMessageBox, Qt
from sync.server.models import Account, Device
from tests.support.typing import type_text
from tests.sync.conftest import run_sync

SHOTS = os.environ.get("KENTTA_SCREENSHOTS")  # a folder: the page's pictures are saved there


def _laptop(server, profiles, role: str):
    account = server.add_user(role)
    store = profiles(account.username)
    run_sync(store)
    return store, account


def _page(qtbot, store):
    from desktop.ui.admin.page import AdminPage

    page = AdminPage(UiContext(store, current_actor(store)))
    qtbot.addWidget(page)
    page.resize(1176, 700)  # the page's part of a 1366x768 window
    page.show()
    return page


def _shot(page, name: str) -> None:
    if SHOTS:
        page.grab().save(os.path.join(SHOTS, f"{name}.png"))


def _rows(model) -> list[list[str]]:
    return [list(row) for row in model.cells]


def _row_of(model, text: str) -> int:
    return next(n for n, row in enumerate(model.cells) if text in row)


def _select(table, row: int) -> None:
    table.setFocus()
    table.selectRow(row)


def _answer(qtbot, name: str, button: str) -> None:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox)
                    and QApplication.activeModalWidget().objectName() == name)
    box = QApplication.activeModalWidget()
    qtbot.mouseClick(box.findChild(type(box.buttons()[0]), button), Qt.MouseButton.LeftButton)


def _account(server, username: str) -> Account | None:
    with Session(server.engine) as session:
        return session.exec(select(Account).where(Account.username == username)).first()


def _device(server, device_id) -> Device:
    with Session(server.engine) as session:
        return session.get(Device, device_id)


def test_an_admin_adds_a_staff_member_and_deactivates_another(qtbot, server, profiles):
    store, _admin = _laptop(server, profiles, "admin")
    leaving = server.add_user("career_coach")
    page = _page(qtbot, store)
    staff = page.staff
    qtbot.waitUntil(lambda: leaving.username in [row[0] for row in _rows(staff.model)], timeout=10000)
    _shot(page, "admin-staff")

    qtbot.mouseClick(staff.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: staff.dialog is not None and staff.dialog.isVisible())
    dialog = staff.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.username, "uusi.valmentaja")
    type_text(dialog.name, "Säde Uusi-Valmentaja")
    qtbot.keyClicks(dialog.localities, "Oulu, Raahe")
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "admin-add-staff.png"))
    # A weak password is refused in the dialog, and nothing typed is lost.
    qtbot.keyClicks(dialog.password, "salasana")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled() and "Sending" not in dialog.error.text(), timeout=10000)
    assert "password was not accepted" in dialog.error.text(), dialog.error.text()
    assert dialog.isVisible() and dialog.username.text() == "uusi.valmentaja"
    assert _account(server, "uusi.valmentaja") is None
    dialog.password.clear()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # empty: the server makes one
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    shown = QApplication.activeModalWidget()
    assert shown.objectName() == "generated_password"
    password = shown.informativeText()
    qtbot.keyClick(shown, Qt.Key.Key_Return)
    made = _account(server, "uusi.valmentaja")
    assert made is not None and made.role == "career_coach" and made.active
    assert sync_session.server_login(server_url=server.url, username="uusi.valmentaja",
                                     password=password).staff_id == made.staff_id
    qtbot.waitUntil(lambda: "uusi.valmentaja" in [row[0] for row in _rows(staff.model)])

    _select(staff.table, _row_of(staff.model, leaving.username))
    assert staff.active_button.isEnabled()
    qtbot.mouseClick(staff.active_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, "deactivate_question", "deactivate_confirm")
    qtbot.waitUntil(lambda: not _account(server, leaving.username).active, timeout=10000)
    qtbot.waitUntil(lambda: "Deactivated" in staff.model.cells[_row_of(staff.model, leaving.username)])
    assert "Saved on the server" in page.state.text()
    # The laptop learns it at its next sync: the staff record says so.
    run_sync(store)
    from desktop.store.tables import Staff

    with store.reader() as session:
        assert session.get(Staff, leaving.staff_id).active is False
        assert session.get(Staff, made.staff_id).localities == ["Oulu", "Raahe"]


def test_an_admin_revokes_a_device(qtbot, server, profiles):
    store, _admin = _laptop(server, profiles, "admin")
    coach = server.add_user("career_coach")
    lost = server.api(coach.username)
    page = _page(qtbot, store)
    page.tabs.setCurrentWidget(page.devices)
    devices = page.devices
    qtbot.waitUntil(lambda: any(coach.username in row for row in _rows(devices.model)), timeout=10000)
    mine = next(n for n, d in enumerate(devices.model.items) if str(d.id) == sync_session.DEVICE_ID.get(store))
    _select(devices.table, mine)
    assert not devices.revoke_button.isEnabled()  # not this laptop, from itself
    _shot(page, "admin-devices")
    _select(devices.table, _row_of(devices.model, coach.username))
    assert devices.revoke_button.isEnabled()
    qtbot.mouseClick(devices.revoke_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, "revoke_question", "revoke_confirm")
    qtbot.waitUntil(lambda: _device(server, lost.device_id).revoked_at is not None, timeout=10000)
    qtbot.waitUntil(lambda: devices.model.cells[_row_of(devices.model, coach.username)][5] != "")
    assert lost.http.get("/v1/auth/me", headers=lost.headers).json()["code"] == "device_revoked"


def test_a_manager_reads_a_clients_trail_without_its_content(qtbot, server, profiles, tmp_path):
    coach_account = server.add_user("career_coach")
    coach = server.api(coach_account.username)
    client_id = uuid.uuid4()
    coach.push_one(coach.change("client", client_id, fields={
        "name": "Salainen Asiakas", "assigned_staff_ids": [str(coach.staff_id)],
        "service_start": "2026-03-02"}))
    coach.push_one(coach.change("client_note", fields={
        "client_id": str(client_id), "noted_on": "2026-03-03", "text": "Arka muistiinpano"}))
    coach.push_one(coach.change("audit_event", fields={
        "action": "reveal_personal_id", "record_kind": "client", "record_id": str(client_id),
        "client_id": str(client_id)}))
    store, _manager = _laptop(server, profiles, "manager")
    page = _page(qtbot, store)
    assert page.staff is None and page.devices is None  # a manager has no accounts
    trail = page.trail
    qtbot.waitUntil(lambda: trail.clients.rowCount() == 1, timeout=10000)
    trail.picker.search.setFocus()
    qtbot.keyClick(trail.picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(trail.picker.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(trail.model.items) == 3, timeout=10000)
    _shot(page, "admin-trail")
    cells = _rows(trail.model)
    name = server.view(coach_account.username)[("staff", str(coach.staff_id))]["fields"]["name"]
    assert {row[3] for row in cells} == {name}
    assert {row[4] for row in cells} == {"api test"}
    assert sorted(row[1] for row in cells) == ["Created", "Created", "Revealed the identity code"]
    assert "Client " in trail.title.text() and "Salainen" not in trail.title.text()

    target = tmp_path / "trail.csv"
    trail.export(target)
    qtbot.waitUntil(lambda: "Saved the audit trail" in page.state.text(), timeout=10000)
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows[0][0] == "Time" and len(rows) == 4
    assert "Salainen" not in text and "muistiinpano" not in text
    run_sync(store)  # the export is itself in the trail
    page.refresh_button.click()
    qtbot.waitUntil(lambda: "Exported" in [row[1] for row in _rows(trail.model)], timeout=10000)


def test_without_the_sync_login_the_page_offers_the_sync_page(qtbot, store):
    from desktop.services import setup
    from desktop.ui.main_window import MainWindow
    from desktop.ui.page_registry import page_specs

    actor = setup.set_up_profile(store, user_name="Paikallinen Ylläpitäjä", role="admin",
                                 organisation_name="Hanke", localities=["Oulu"])
    window = MainWindow(UiContext(store, actor), page_specs())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.go_to("admin")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.signed_out)
    assert "Not logged in" in page.state.text()
    _shot(page, "admin-signed-out")
    qtbot.mouseClick(page.signed_out.findChild(QPushButton, "admin_open_sync"),
                     Qt.MouseButton.LeftButton)
    assert window.current_page().objectName() == "page_sync"
    wait_for_idle()


@pytest.mark.parametrize("role, shown", [("career_coach", False), ("employer_coordinator", False),
                                         ("manager", True), ("admin", True)])
def test_only_admins_and_managers_have_the_page(qtbot, store, role, shown):
    from desktop.services.changes import Actor
    from desktop.ui.main_window import MainWindow
    from desktop.ui.page_registry import page_specs

    window = MainWindow(UiContext(store, Actor(staff_id=uuid.uuid4(), role=role)), page_specs())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().objectName() == "page_sync"  # the keys reach the window
    row = [spec.key for spec in window.specs].index("admin")
    assert window.nav.item(row).isHidden() is not shown
    assert ("admin" in window.pages) is shown
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert (window.current_page() is not None
            and window.current_page().objectName() == "page_admin") is shown


def test_offline_and_refused_are_said_and_nothing_is_lost(qtbot, server, profiles):
    from desktop.store.settings import SERVER_URL

    store, admin = _laptop(server, profiles, "admin")
    page = _page(qtbot, store)
    staff = page.staff
    qtbot.waitUntil(lambda: admin.username in [row[0] for row in _rows(staff.model)], timeout=10000)
    # The last admin cannot demote themselves: the dialog says why and keeps the choice.
    _select(staff.table, _row_of(staff.model, admin.username))
    qtbot.mouseClick(staff.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: staff.dialog is not None and staff.dialog.isVisible())
    dialog = staff.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.role.setFocus()
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    qtbot.keyClick(dialog.localities, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "last active administrator" in dialog.error.text(), timeout=10000)
    assert dialog.isVisible() and dialog.role.currentData() == "manager"
    assert _account(server, admin.username).role == "admin"
    dialog.reject()
    # The server cannot be reached: the page says so, and the list stays as it was.
    good = SERVER_URL.get(store)
    SERVER_URL.set(store, "http://127.0.0.1:9")
    rows = _rows(staff.model)
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cannot reach the server" in page.state.text() and "Refresh" in page.state.text(), timeout=15000)
    assert _rows(staff.model) == rows and page.refresh_button.isEnabled()
    _shot(page, "admin-offline")
    SERVER_URL.set(store, good)
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state.text().startswith("Staff accounts"), timeout=10000)
