"""Two-step verification on the Sync page, in Finnish, against the live server that requires it
of managers (as deployed): the manager's first login leads through setting up the app (the code
computed from the key the dialog shows), the recovery codes are shown once, the next login asks
for the code, a wrong code is told and loses nothing typed, a recovery code works.

``SYNC_SCREENSHOTS=folder`` saves screenshots (1366x768) of the dialog and the login form."""

from __future__ import annotations

import functools
import time

import pyotp
import pytest

from desktop.services import sync_session
from desktop.ui.context import UiContext
from PySide6.QtCore import QPoint

from PySide6.QtWidgets import QPushButton

from desktop.ui.qt import QApplication, QLabel, Qt
from sync.server.core.config import Settings
from tests.server.conftest import PASSWORD
from tests.support.typing import type_text
from tests.sync.conftest import FAST
from tests.sync.test_sync_page import _shot
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name

REQUIRED = Settings.model_fields["totp_required_roles"].default


@pytest.fixture
def ctx(qapp, store, actor, finnish):
    return UiContext(store, actor)


@pytest.fixture
def strict(server):
    server.gate.app.state.settings = server.settings.model_copy(update={"totp_required_roles": REQUIRED})
    return server


def _page(qtbot, ctx):
    from desktop.ui.sync.page import SyncPage

    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.runner.sync = functools.partial(sync_session.sync, backoff=FAST)
    return page


def _type_login(qtbot, page, server, username, password=PASSWORD):
    form = page.login
    qtbot.waitUntil(lambda: page.stack.currentWidget() is form)
    form.server.clear()
    qtbot.keyClicks(form.server, server.url)
    form.username.clear()
    qtbot.keyClicks(form.username, username)
    form.password.clear()
    type_text(form.password, password)
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _enrol_in_the_dialog(qtbot, page) -> tuple[str, list[str]]:
    qtbot.waitUntil(lambda: getattr(page.login, "enrolment_dialog", None) is not None, timeout=10000)
    dialog = page.login.enrolment_dialog
    qtbot.waitUntil(lambda: dialog.secret.text() != "", timeout=10000)
    assert "todennussovellus" in page.login.error.text()
    assert dialog.qr.pixmap() is not None and not dialog.qr.pixmap().isNull()
    secret = dialog.secret.text().replace(" ", "")
    dialog.resize(1366, 768)
    _shot(dialog, "second-factor-scan")
    qtbot.keyClicks(dialog.confirm_code, pyotp.TOTP(secret).now())
    _click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.CODES, timeout=10000)
    codes = dialog.codes_view.toPlainText().split("\n")
    assert len(codes) == 10
    assert "Säilytä ne turvassa" in dialog.findChild(QLabel, "second_factor_warning").text()
    _shot(dialog, "second-factor-codes")
    _click(qtbot, dialog.findChild(QPushButton, "second_factor_copy"))
    copied = QApplication.clipboard().text()
    assert "Kentän varakoodit" in copied and all(code in copied for code in codes)
    _click(qtbot, dialog.next_button)  # Valmis
    return secret, codes


def _next_code(secret: str) -> str:
    """The code of the next 30-second step: the one just used cannot be used again."""
    return pyotp.TOTP(secret).at(time.time() + 30)


def test_a_manager_sets_up_the_app_then_logs_in_with_a_code(qtbot, ctx, strict):
    account = strict.add_user("manager")
    page = _page(qtbot, ctx)
    _type_login(qtbot, page, strict, account.username)
    secret, codes = _enrol_in_the_dialog(qtbot, page)
    qtbot.waitUntil(lambda: "Synkronointi valmistui" in page.receipt.title.text(), timeout=20000)
    assert account.username in page.account.text()

    _click(qtbot, page.findChild(type(page.sync_button), "logout"))
    _type_login(qtbot, page, strict, account.username)
    form = page.login
    qtbot.waitUntil(lambda: not form.code.isHidden(), timeout=10000)
    assert "6-numeroinen koodi" in form.error.text()
    assert form.code_label.text() == "Koodi" and form.recovery.text() == "Käytä varakoodia"
    _shot(page, "second-factor-login-code")
    qtbot.keyClicks(form.code, "000000" if _next_code(secret) != "000000" else "111111")
    _click(qtbot, form.button)
    qtbot.waitUntil(lambda: "Koodi on väärä" in form.error.text(), timeout=10000)
    _shot(page, "second-factor-login-wrong-code")
    # Nothing typed is lost: the address, the username, the password and the code stay.
    assert form.server.text() == strict.url and form.username.text() == account.username
    assert form.password.text() == PASSWORD and form.code.text() in ("000000", "111111")
    assert page.window().focusWidget() is form.code and form.code.selectedText() == form.code.text()
    qtbot.keyClicks(form.code, _next_code(secret))  # types over the selected wrong code
    _click(qtbot, form.button)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.panel, timeout=20000)
    assert form.code.isHidden() and form.password.text() == ""


def test_a_recovery_code_logs_in_once(qtbot, ctx, strict):
    account = strict.add_user("admin")
    page = _page(qtbot, ctx)
    _type_login(qtbot, page, strict, account.username)
    _secret, codes = _enrol_in_the_dialog(qtbot, page)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.panel, timeout=20000)
    for attempt in range(2):
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.panel, timeout=20000)
        _click(qtbot, page.findChild(type(page.sync_button), "logout"))
        _type_login(qtbot, page, strict, account.username)
        form = page.login
        qtbot.waitUntil(lambda: not form.code.isHidden(), timeout=10000)
        assert not form.recovery.isChecked()
        qtbot.mouseClick(form.recovery, Qt.MouseButton.LeftButton, pos=QPoint(8, form.recovery.height() // 2))
        assert form.code_label.text() == "Varakoodi", attempt
        form.code.clear()
        qtbot.keyClicks(form.code, codes[0])
        _click(qtbot, form.button)
        if attempt == 0:
            continue
        qtbot.waitUntil(lambda: "Koodi on väärä" in form.error.text(), timeout=10000)
        assert page.stack.currentWidget() is form


def test_a_coach_sets_it_up_by_choice_then_makes_new_recovery_codes(qtbot, ctx, server):
    account = server.add_user("career_coach")  # no second factor needed
    page = _page(qtbot, ctx)
    _type_login(qtbot, page, server, account.username)
    qtbot.waitUntil(lambda: "Synkronointi valmistui" in page.receipt.title.text(), timeout=20000)
    button = page.findChild(type(page.sync_button), "second_factor")
    assert button.text() == "Kaksivaiheinen tunnistautuminen…"

    _click(qtbot, button)
    qtbot.waitUntil(lambda: getattr(page, "second_factor_dialog", None) is not None, timeout=10000)
    dialog = page.second_factor_dialog
    assert dialog.pages.currentIndex() == dialog.PASSWORD and dialog.current_code.isHidden()
    _shot(dialog, "second-factor-password")
    type_text(dialog.password, "väärä salasana")
    _click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: "Salasana on väärä" in dialog.error.text(), timeout=10000)
    assert dialog.password.text() == "väärä salasana"  # kept, selected to type over
    type_text(dialog.password, PASSWORD)
    _click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.secret.text() != "", timeout=10000)
    secret = dialog.secret.text().replace(" ", "")
    qtbot.keyClicks(dialog.confirm_code, pyotp.TOTP(secret).now())
    _click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.CODES, timeout=10000)
    first_codes = dialog.codes_view.toPlainText().split("\n")
    _click(qtbot, dialog.next_button)
    assert dialog.result() == dialog.DialogCode.Accepted

    _click(qtbot, button)
    qtbot.waitUntil(lambda: page.second_factor_dialog is not dialog, timeout=10000)
    dialog = page.second_factor_dialog
    assert not dialog.current_code.isHidden() and dialog.new_codes_choice.isChecked()
    type_text(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.current_code, "abcd")
    _click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: "Koodi on väärä" in dialog.error.text(), timeout=10000)
    assert dialog.password.text() == PASSWORD and dialog.current_code.text() == "abcd"
    dialog.current_code.clear()
    qtbot.keyClicks(dialog.current_code, _next_code(secret))
    _click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.CODES, timeout=10000)
    new_codes = dialog.codes_view.toPlainText().split("\n")
    assert len(new_codes) == 10 and not set(new_codes) & set(first_codes)
