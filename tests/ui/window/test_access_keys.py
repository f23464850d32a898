"""One access key per action on a screen: every page (and the record shown in it) and every
dialog, in Finnish, Swedish and English; two visible widgets of one window that share an
Alt+letter fail the test with their texts.

Where two widgets share a key, Alt+key only moves between them (and the next space may tick
a checkbox the person did not mean), so a clash is a defect of the source text or of a
translation in resources/translations/kentta_{fi,sv,en}.ts.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QMainWindow, QTabBar
from sqlmodel import select

from desktop.i18n import Translations
from desktop.services import clients, employers, events
from desktop.services.preferences import read_preferences
from desktop.store.tables import Organisation
from desktop.ui.background import wait_for_idle
from desktop.ui.qt import QLabel, QWidget


def access_key(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand)."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2
    return None


def texts_of(widget: QWidget) -> list[str]:
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisibleTo(widget.window()):
        return [widget.text()]
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(index) for index in range(widget.count()) if widget.isTabVisible(index)]
    return []


def clashes(window: QWidget) -> dict[str, list[str]]:
    """The access keys that more than one visible widget of ``window`` uses, with their texts."""
    used: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        for text in texts_of(widget):
            if (key := access_key(text)) is not None:
                used[key].append(text)
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if (key := access_key(action.text())) is not None:
                used[key].append(action.text())
    return {key: found for key, found in used.items() if len(found) > 1}


def settle(qtbot) -> None:
    for _ in range(5):
        wait_for_idle()
        qtbot.wait(20)


@pytest.fixture
def records(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Kempeleen Kone Oy", "municipality": "Kempele"})
    employers.add_contact(store, actor=actor, employer_id=employer.id, data={"name": "Maija Mallikas"})
    position = employers.add_position(store, actor=actor, employer_id=employer.id, data={"title": "Hitsaaja"})
    client = clients.create_client(store, actor=actor, data={
        "name": "Aino Asiakas", "municipality": "Raahe", "service_path": "Osmo", "service_start": dt.date(2025, 3, 1)})
    consent = clients.record_consent(store, actor=actor, client_id=client.id, data={
        "share_with_authority": True, "share_with_partners": False, "given_on": dt.date(2025, 3, 1)})
    event = events.create_event(store, actor=actor, data={"name": "Työkohtaamo Raahe", "held_on": dt.date(2025, 5, 14)})
    with store.session() as session:  # the funder's special-category questions: their Show button too
        session.exec(select(Organisation)).one().esf_questions = ["disability", "minority", "homeless"]
    client = clients.update_client(store, actor=actor, client_id=client.id, fields={"disability": "no"})
    return {"employer": employer, "position": position, "client": client, "consent": consent, "event": event}


@pytest.fixture(params=["fi", "sv", "en"])
def language(request, qapp):
    translations = Translations(qapp)
    translations.use(request.param)
    yield request.param
    translations.use("en")  # the tests after this one read English


def screens(window, records):
    """Each page of the window, and the record each page shows, as a person reaches them."""
    for spec in window.specs:
        if spec.key not in window.pages:
            continue  # not for this role: see test_the_administration_page_has_one_widget_per_access_key
        window.go_to(spec.key)
        yield spec.key
    shown = (("employers", "employer", records["employer"].id), ("clients", "client", records["client"].id),
             ("events", "recruitment_event", records["event"].id))
    for page, kind, record_id in shown:
        window.go_to(page)
        window.pages[page].show_record(kind, record_id)
        yield f"{page}: {kind}"
    window.go_to("visits")
    window.pages["visits"].new_record()
    yield "visits: new visit"


def dialogs(ctx, records, language, parent):
    from desktop.ui.clients.client_dialog import ClientDialog
    from desktop.ui.clients.funder_dialogs import EntryDataDialog, ExitDataDialog
    from desktop.ui.clients.record_dialogs import (
        AssessmentDialog, ConsentDialog, EndServiceDialog, NoteDialog, WithdrawConsentDialog)
    from desktop.ui.clients.staff_dialog import StaffDialog
    from desktop.ui.clients.transition_dialog import TransitionDialog
    from desktop.ui.employers.employer_dialog import EmployerDialog
    from desktop.ui.employers.record_dialogs import ContactDialog, FilledDialog, LetterOfIntentDialog, PositionDialog
    from desktop.ui.events.event_dialog import EventDialog
    from desktop.ui.handover.dialog import HandoverDialog
    from desktop.ui.profile_dialogs import DamagedProfileDialog, SetupDialog, UnlockDialog
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.summary_sheet.dialog import SummaryDialog

    employer, client = records["employer"].id, records["client"].id
    return [
        EmployerDialog(ctx, parent=parent), EmployerDialog(ctx, records["employer"], parent=parent),
        ContactDialog(ctx, employer, parent=parent), PositionDialog(ctx, employer, parent=parent),
        FilledDialog(ctx, records["position"].id, "Hitsaaja", parent=parent),
        LetterOfIntentDialog(ctx, employer, None, parent=parent),
        EventDialog(ctx, parent=parent), ClientDialog(ctx, parent=parent),
        ClientDialog(ctx, records["client"], parent=parent), NoteDialog(ctx, client, parent=parent),
        ConsentDialog(ctx, client, parent=parent), AssessmentDialog(ctx, client, parent=parent),
        EndServiceDialog(ctx, client, parent=parent), WithdrawConsentDialog(ctx, records["consent"].id, parent=parent),
        StaffDialog(ctx, client, [], parent=parent), TransitionDialog(ctx, client, parent=parent),
        HandoverDialog(ctx, client, parent=parent),
        SummaryDialog(ctx, client, parent=parent),
        EntryDataDialog(ctx, records["client"], questions=["disability", "minority", "homeless"],
                        has_personal_id=False, parent=parent),
        ExitDataDialog(ctx, records["client"], parent=parent),
        SettingsDialog(ctx, read_preferences(store=ctx.store), language=language, parent=parent),
        SetupDialog(keyring_works=True, language=language, parent=parent), UnlockDialog("?", parent),
        DamagedProfileDialog(transactions=2, aside=str(uuid.uuid4()), backup_time="1.1.2026 8.00", parent=parent),
    ]


def test_every_screen_has_one_widget_per_access_key(qtbot, language, ctx, records):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.page_registry import page_specs

    window = MainWindow(ctx, page_specs(), user_label="Testi Valmentaja")
    qtbot.addWidget(window)
    window.show()
    found = {}
    for screen in screens(window, records):
        settle(qtbot)
        if clash := clashes(window):
            found[screen] = clash
    for dialog in dialogs(ctx, records, language, window):
        dialog.show()
        settle(qtbot)
        if clash := clashes(dialog):
            found[type(dialog).__name__] = clash
        dialog.reject()
        dialog.deleteLater()
    assert found == {}


@pytest.mark.parametrize("role", ["admin", "manager"])
def test_the_administration_page_has_one_widget_per_access_key(qtbot, language, ctx, role):
    """The page of administrators and managers, each tab of it, and its dialogs."""
    from desktop.services.changes import Actor
    from desktop.ui.admin.dialogs import PasswordDialog, StaffDialog as AccountDialog
    from desktop.ui.context import UiContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.page_registry import page_specs
    from sync.protocol import StaffAccount

    window = MainWindow(UiContext(ctx.store, Actor(staff_id=uuid.uuid4(), role=role)), page_specs())
    qtbot.addWidget(window)
    window.show()
    page = window.go_to("admin")
    found = {}
    settle(qtbot)
    if clash := clashes(window):
        found["signed out"] = clash
    page.stack.setCurrentWidget(page.tabs)  # as when logged in
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        settle(qtbot)
        if clash := clashes(window):
            found[page.tabs.tabText(index)] = clash
    account = StaffAccount(account_id=uuid.uuid4(), staff_id=uuid.uuid4(), username="testi",
                           name="Testi Henkilö", role="career_coach", active=True, localities=[],
                           created_at=dt.datetime(2026, 1, 1))
    for dialog in (AccountDialog(None, parent=window), AccountDialog(None, account, parent=window),
                   PasswordDialog(None, account, parent=window)):
        dialog.show()
        settle(qtbot)
        if clash := clashes(dialog):
            found[dialog.objectName()] = clash
        dialog.reject()
        dialog.deleteLater()
    assert found == {}
