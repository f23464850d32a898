"""The client's page: masked code and Reveal, notes, consent, service end,
transitions and the sensitive assessment — driven by keys and clicks, checked
on the screen and in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QPushButton
from sqlmodel import select

from desktop.services import clients
from desktop.store.tables import AuditEvent, Client, ClientNote, Consent, OutboxEntry, Transition
from desktop.ui.qt import QComboBox, QLabel, Qt
from tests.ui.clients.conftest import PERSONAL_ID, active, save


def rows(store, table):
    with store.reader() as session:
        return list(session.exec(select(table).where(table.deleted == False)).all())  # noqa: E712


def click(qtbot, parent, name: str) -> None:
    widget = parent.findChild(QPushButton, name)
    assert widget is not None and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def view(qtbot, clients_page, client):
    """The client opened from the list with Enter."""
    clients_page.apply_filter()
    qtbot.waitUntil(lambda: clients_page.model.rowCount() == 1)
    table = clients_page.table
    table.setFocus()
    table.setCurrentIndex(clients_page.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = clients_page.view
    qtbot.waitUntil(lambda: clients_page.stack.currentWidget() is view)
    qtbot.waitUntil(lambda: view.name.text() == "Aino Asiakas")
    return view


def test_code_masked_until_revealed_and_the_reveal_is_audited(qtbot, view, client, store, actor):
    code = view.findChild(QLabel, "personal_id")
    assert code.text() == "131052-****"
    assert PERSONAL_ID not in code.text()
    assert rows(store, AuditEvent) == []

    click(qtbot, view, "reveal_personal_id")
    qtbot.waitUntil(lambda: code.text() == PERSONAL_ID)
    events = rows(store, AuditEvent)
    assert [(e.action, e.record_kind, e.record_id, e.client_id, e.staff_id) for e in events] == [
        ("reveal_personal_id", "client", client.id, client.id, actor.staff_id)]
    with store.reader() as session:
        entries = session.exec(select(OutboxEntry).where(OutboxEntry.record_id == events[0].id)).all()
    assert [(e.kind, e.fields["action"]) for e in entries] == [("audit_event", "reveal_personal_id")]

    # another client is shown masked again
    other = clients.create_client(store, actor=actor, data={"name": "Bertta Toinen", "personal_id": "010203A234K"})
    view.show_client(other.id)
    qtbot.waitUntil(lambda: view.name.text() == "Bertta Toinen")
    assert code.text() == "010203A****"
    assert view.reveal_button.isVisible()


def test_note_added_with_ctrl_s_is_on_top_of_the_timeline(qtbot, view, client, store, actor):
    clients.add_note(store, actor=actor, client_id=client.id,
                     data={"noted_on": dt.date(2025, 3, 3), "text": "Ensimmäinen tapaaminen."})
    view.reload()
    timeline = view.notes.model
    qtbot.waitUntil(lambda: timeline.rowCount() == 1)

    click(qtbot, view, "add_note")
    dialog = active(qtbot, view.dialog)
    kind = dialog.findChild(QComboBox, "note_kind")
    kind.setCurrentIndex(kind.findData("joint_meeting"))
    qtbot.keyClicks(dialog.findChild(type(dialog.partners), "partners"), "TE-palvelut")
    text = dialog.findChild(QPlainTextEdit, "text")
    qtbot.keyClicks(text, "Yhteistapaaminen: sovittiin kokeilu.")
    save(qtbot, text)
    qtbot.waitUntil(lambda: timeline.rowCount() == 2)
    top = timeline.index(0).data()
    assert "Joint meeting" in top and "Testi Valmentaja" in top and "TE-palvelut" in top
    assert top.endswith("Yhteistapaaminen: sovittiin kokeilu.")
    notes = rows(store, ClientNote)
    added = [n for n in notes if n.note_kind == "joint_meeting"]
    assert [(n.client_id, n.text, n.partners, n.staff_id, n.noted_on) for n in added] == [
        (client.id, "Yhteistapaaminen: sovittiin kokeilu.", "TE-palvelut", actor.staff_id, dt.date.today())]


def test_empty_note_is_refused_beside_the_field(qtbot, view, store):
    click(qtbot, view, "add_note")
    dialog = active(qtbot, view.dialog)
    save(qtbot, dialog.text)
    error = dialog.findChild(QLabel, "error_text")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "This field is required."
    assert rows(store, ClientNote) == []


def test_record_consent(qtbot, view, client, store):
    summary = view.findChild(QLabel, "consent_summary")
    qtbot.waitUntil(lambda: summary.text() == "No consent in force.")
    click(qtbot, view, "record_consent")
    dialog = active(qtbot, view.dialog)
    authority = dialog.findChild(QCheckBox, "share_with_authority")
    authority.setFocus()
    qtbot.keyClick(authority, Qt.Key.Key_Space)
    save(qtbot, authority)
    qtbot.waitUntil(lambda: "In force" in summary.text())
    assert "employment authority: yes" in summary.text()
    assert "partners: no" in summary.text()
    consents = rows(store, Consent)
    assert [(c.client_id, c.share_with_authority, c.share_with_partners, c.given_on) for c in consents] == [
        (client.id, True, False, dt.date.today())]

    click(qtbot, view, "withdraw_consent")
    dialog = active(qtbot, view.dialog)
    save(qtbot, dialog.date)
    qtbot.waitUntil(lambda: summary.text() == "No consent in force.")
    assert rows(store, Consent)[0].withdrawn_on == dt.date.today()


def test_service_end_before_start_is_refused_beside_the_field(qtbot, view, client, store):
    click(qtbot, view, "end_service")
    dialog = active(qtbot, view.dialog)
    dialog.date.setFocus()
    dialog.date.set_value(dt.date(2025, 2, 1))  # the service started on 1.3.2025
    save(qtbot, dialog.date)
    error = dialog.findChild(QLabel, "error_service_end")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "The end cannot be before the start."
    assert rows(store, Client)[0].service_end is None

    dialog.date.set_value(dt.date(2025, 6, 30))
    save(qtbot, dialog.date)
    qtbot.waitUntil(lambda: view.service.end.text() == "30.6.2025")
    assert rows(store, Client)[0].service_end == dt.date(2025, 6, 30)


def test_record_transition(qtbot, view, client, store, actor):
    from desktop.services import employers

    employers.create_employer(store, actor=actor, data={"name": "Rannikon Kone Oy"})
    click(qtbot, view, "record_transition")
    dialog = active(qtbot, view.dialog)
    kind = dialog.findChild(QComboBox, "transition_kind")
    kind.setCurrentIndex(kind.findData("work_trial"))
    assert kind.currentText() == "Work trial"
    search = dialog.employer.picker.search
    qtbot.keyClicks(search, "rannikon")
    qtbot.waitUntil(lambda: dialog.employer.model.rowCount() == 1)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert dialog.employer.chosen.text() == "Rannikon Kone Oy"
    dialog.start.set_value(dt.date(2025, 4, 1))
    save(qtbot, dialog.start)
    table = view.transitions.model
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert [table.index(0, c).data() for c in range(4)] == ["Work trial", "Rannikon Kone Oy", "1.4.2025", ""]
    saved = rows(store, Transition)
    assert [(t.client_id, t.transition_kind, t.start_date, t.end_date) for t in saved] == [
        (client.id, "work_trial", dt.date(2025, 4, 1), None)]
    assert saved[0].employer_id is not None


def test_transition_before_the_service_is_refused(qtbot, view, store):
    click(qtbot, view, "record_transition")
    dialog = active(qtbot, view.dialog)
    dialog.start.set_value(dt.date(2024, 4, 1))
    save(qtbot, dialog.start)
    error = dialog.findChild(QLabel, "error_start_date")
    qtbot.waitUntil(error.isVisible)
    assert rows(store, Transition) == []


def test_assessment_hidden_until_show_which_is_audited(qtbot, view, client, store, actor):
    section = view.assessment
    assert "Sensitive: work and functional capacity" in section.findChild(QLabel, "assessment_sensitive").text()
    click(qtbot, view, "new_assessment")
    dialog = active(qtbot, view.dialog)
    qtbot.keyClicks(dialog.work, "Kunnossa, ei rajoitteita")
    qtbot.keyClicks(dialog.summary, "Valmis kokeiluun")
    save(qtbot, dialog.summary)
    qtbot.waitUntil(lambda: section.summary.text().startswith("1 assessment"))
    contents = view.findChild(QLabel, "assessment_contents")
    assert not contents.isVisible()
    assert "Kunnossa" not in contents.text()
    assert [e for e in rows(store, AuditEvent) if e.action == "view"] == []

    click(qtbot, view, "show_assessment")
    qtbot.waitUntil(contents.isVisible)
    assert "Kunnossa, ei rajoitteita" in contents.text() and "Valmis kokeiluun" in contents.text()
    views = [e for e in rows(store, AuditEvent) if e.action == "view"]
    assert [(e.record_kind, e.client_id, e.staff_id) for e in views] == [("assessment", client.id, actor.staff_id)]

    click(qtbot, view, "show_assessment")  # Hide
    assert not contents.isVisible()


def test_show_record_from_search_opens_the_owning_client(qtbot, main_window, client, store, actor):
    note = clients.add_note(store, actor=actor, client_id=client.id, data={"text": "Haettava muistiinpano"})
    main_window.go_to("employers")
    main_window.show_record("client_note", note.id)
    page = main_window.pages["clients"]
    qtbot.waitUntil(lambda: main_window.current_page() is page)
    qtbot.waitUntil(lambda: page.view.name.text() == "Aino Asiakas")
    assert page.stack.currentWidget() is page.view


def test_assigned_staff_chosen_in_a_dialog(qtbot, view, client, store, actor):
    from desktop.services import changes
    from desktop.store.tables import Staff

    with store.session() as session:
        other = changes.create(session, Staff, {"name": "Toinen Valmentaja", "role": "career_coach"}, actor=actor)
    assigned = view.findChild(QLabel, "assigned_staff")
    assert assigned.text() == "Testi Valmentaja"
    click(qtbot, view, "edit_staff")
    dialog = active(qtbot, view.dialog)
    qtbot.keyClicks(dialog.picker.search, "toinen")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.model.filter_text == "toinen")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.picker.list, Qt.Key.Key_Return)  # ticks
    save(qtbot, dialog.picker.list)
    qtbot.waitUntil(lambda: assigned.text() == "Testi Valmentaja, Toinen Valmentaja")
    saved = rows(store, Client)[0]
    assert sorted(saved.assigned_staff_ids) == sorted([str(actor.staff_id), str(other.id)])


def test_details_edited_keep_the_code(qtbot, view, client, store):
    click(qtbot, view, "edit_client")
    dialog = active(qtbot, view.dialog)
    assert dialog.personal_id.text() == ""  # the code is not put on screen to edit
    dialog.service_path.setFocus()
    dialog.service_path.lineEdit().selectAll()
    qtbot.keyClicks(dialog.service_path, "Ossi")
    save(qtbot, dialog.service_path)
    qtbot.waitUntil(lambda: view.service.path.text() == "Ossi")
    saved = rows(store, Client)[0]
    assert (saved.service_path, saved.personal_id, saved.name) == ("Ossi", PERSONAL_ID, "Aino Asiakas")
    assert view.personal_id.text() == "131052-****"


def test_handover_form_button_opens_the_dialog_for_this_client(qtbot, ctx):
    import datetime as dt

    from desktop.services import clients
    from desktop.ui.clients.client_view import ClientView
    from desktop.ui.qt import Qt

    client = clients.create_client(ctx.store, actor=ctx.actor, data={"name": "Siirto Asiakas",
                                                                      "service_start": dt.date(2026, 1, 5)})
    view = ClientView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_client(client.id)
    from PySide6.QtWidgets import QPushButton

    button = view.findChild(QPushButton, "handover_form")
    qtbot.waitUntil(lambda: view.client_id == client.id)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(view, "handover_dialog", None) is not None and view.handover_dialog.isVisible())
    assert view.handover_dialog.client_id == client.id
    qtbot.waitUntil(lambda: view.handover_dialog.prefill is not None)  # its records read: nothing left running
    assert view.handover_dialog.prefill.client_name == "Siirto Asiakas"
    view.handover_dialog.close()
