"""The summary sheet made through the service: what it prints, what it never prints, one page."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from desktop.services import changes, clients, summary_sheet
from desktop.store.tables import AuditEvent, Client
from tests.handover.conftest import pdf_text, squeeze
from tests.summary.conftest import EMPLOYER, NAME, PLAN, SECRETS, TODAY, days


def day(value: dt.date) -> str:
    return f"{value.day}.{value.month}.{value.year}"


def text_of(pdf: bytes) -> str:
    pages = pdf_text(pdf)
    assert len(pages) == 1, f"the sheet has {len(pages)} pages"
    return "\n".join(pages)


def sheet_events(store) -> list[AuditEvent]:
    with store.reader() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.record_kind == "summary_sheet")
                                 .order_by(AuditEvent.at)).all())


def test_the_sheet_prints_service_consent_transitions_plan_and_due_dates(store, actor, client):
    text = text_of(summary_sheet.generate(store, actor=actor, client_id=client.id))
    flat = squeeze(text)
    assert "Asiakkaan yhteenveto" in text  # the client's language
    for value in (NAME, "131052-****", "Raahe", "Osmo", "Oulun seudun työllisyysalue", "Testi Valmentaja",
                  f"{day(days(-120))} – {day(days(20))}"):
        assert squeeze(value) in flat, value
    assert "131052-308T" not in text  # masked
    assert squeeze(f"Voimassa: annettu {day(days(-120))} suullisesti.") in flat
    assert squeeze("työvoimapalveluillekyllä") in flat and squeeze("yhteistyökumppaneilleei") in flat
    for kind, period in (("Työkokeilu", f"{day(days(-30))} – {day(days(10))}"),
                         ("Palkkatyö", f"{day(days(-90))} – {day(days(-60))}"),
                         ("Opinnot", f"{day(days(-50))} – jatkuu")):
        assert squeeze(kind + ("PohjolanPuu&MetalliOy" if kind == "Työkokeilu" else "–") + period) in flat
    assert squeeze(EMPLOYER) in flat
    assert squeeze(PLAN) in flat and "KT-" in text
    # Due dates, soonest first: the work trial's end, the service's end, the funder's two follow-ups.
    due = [squeeze(f"{day(days(10))}Työkokeilu päättyy"), squeeze(f"{day(days(20))}Palvelu päättyy"),
           squeeze(f"{day(days(20))} – {day(days(48))}Rahoittajan lähtötiedot"),
           squeeze("Rahoittajan kuuden kuukauden seuranta")]
    positions = [flat.index(item) for item in due]
    assert positions == sorted(positions)


def test_never_the_assessment_nor_notes_nor_free_texts(store, actor, client):
    for language in ("fi", "sv", "en"):
        text = text_of(summary_sheet.generate(store, actor=actor, client_id=client.id, language=language))
        for field, word in SECRETS.items():
            assert word not in text, (language, field)


def test_in_swedish_and_english(store, actor, client):
    swedish = squeeze(text_of(summary_sheet.generate(store, actor=actor, client_id=client.id, language="sv")))
    assert squeeze("Sammanfattning om klienten") in swedish and squeeze("Arbetsprövning upphör") in swedish
    assert squeeze(f"I kraft: givet {day(days(-120))} muntligen.") in swedish
    english = squeeze(text_of(summary_sheet.generate(store, actor=actor, client_id=client.id, language="en")))
    assert squeeze("Client summary") in english and squeeze("The funder's six-month follow-up") in english


def test_one_page_with_thirty_transitions_and_a_long_name(store, actor, client, employer):
    long_name = ("Marja-Leena Östergård-Väisänen " * 8)[:200]
    with store.session() as session:
        changes.update(session, changes.get(session, Client, client.id), {"name": long_name}, actor=actor)
    for n in range(30):
        clients.record_transition(store, actor=actor, client_id=client.id, data={
            "transition_kind": "work_trial" if n % 2 else "wage_subsidised_work", "employer_id": employer.id,
            "start_date": days(-119 + n), "end_date": days(-100 + n)})
    for language in ("fi", "sv"):
        text = text_of(summary_sheet.generate(store, actor=actor, client_id=client.id, language=language))
        assert squeeze(long_name) in squeeze(text)  # whole in the service table
        word = {"fi": "muuta", "sv": "andra"}[language]
        [line] = [line for line in text.splitlines() if line.startswith("+ ")]
        hidden = int(line.split()[1])
        shown = 33 - hidden
        assert word in line and 0 < hidden < 33 and shown >= 5
        # The newest transitions are the ones shown: the first one given here is not.
        assert day(days(-119)) not in text and day(days(-30)) in text


def test_consent_withdrawn_and_none(store, actor, client):
    [consent] = [clients.current_consent(store, client.id)]
    clients.withdraw_consent(store, actor=actor, consent_id=consent.id, withdrawn_on=days(-1))
    text = squeeze(text_of(summary_sheet.generate(store, actor=actor, client_id=client.id, language="en")))
    assert squeeze(f"Not valid: given on {days(-120).day}") in text and "withdrawn" in text
    bare = clients.create_client(store, actor=actor, data={"name": "Eino Ennakko"})
    text = text_of(summary_sheet.generate(store, actor=actor, client_id=bare.id, language="en"))
    assert squeeze("No valid consent") in squeeze(text)
    assert squeeze("No transitions") in squeeze(text) and squeeze("No open due dates") in squeeze(text)


def test_audit_events_for_generate_save_and_print(store, actor, client, tmp_path):
    pdf = summary_sheet.generate(store, actor=actor, client_id=client.id, language="sv")
    target = tmp_path / "yhteenveto.pdf"
    digest = summary_sheet.save_pdf(store, actor=actor, client_id=client.id, pdf=pdf, path=target)
    summary_sheet.record_print(store, actor=actor, client_id=client.id, pages=1)
    assert target.read_bytes() == pdf and target.stat().st_mode & 0o077 == 0
    events = sheet_events(store)
    assert [e.action for e in events] == ["generate", "save", "print"]
    assert {e.client_id for e in events} == {client.id} and {e.staff_id for e in events} == {actor.staff_id}
    assert events[0].detail == "language=sv" and events[1].detail == f"sha256={digest}"
    assert all(NAME not in (e.detail or "") for e in events)


def test_a_figures_only_client_gives_no_sheet(store, actor, client):
    with store.session() as session:
        session.get(Client, client.id).name = None  # as a manager's laptop holds it
    with pytest.raises(summary_sheet.ContentElsewhere):
        summary_sheet.generate(store, actor=actor, client_id=client.id)
    assert sheet_events(store) == []


def test_overdue_follow_up_is_marked(store, actor, client):
    with store.session() as session:
        changes.update(session, changes.get(session, Client, client.id),
                       {"service_end": days(-40)}, actor=actor)
    text = text_of(summary_sheet.generate(store, actor=actor, client_id=client.id, on=TODAY))
    assert squeeze("Rahoittajan lähtötiedot (neljän viikon jakso) (myöhässä)") in squeeze(text)
    assert "Palvelu päättyy" not in text  # already ended: in the service period, not due


def test_one_page_at_every_limit(store, actor, client, employer, tmp_path):
    """The longest texts the records allow: a 200-character name, employer and area, a plan of
    10,000 characters, ten assigned staff with long names, forty transitions."""
    from desktop.services import handover

    # Made first: the form lists every transition, and forty at this employer do not fit in it.
    plan = ("Jatkaa opintoja ja hakee työtä alueen yrityksistä. " * 400)[:10_000]
    handover.generate(store, actor=actor, client_id=client.id,
                      texts=handover.HandoverTexts(work_done="Tavattiin usein.", further_plan=plan))
    long = "Åke-Öljymäki Väisänen-Östergård "
    employer_name = (long * 7)[:200]
    from desktop.store.tables import Employer, Staff

    with store.session() as session:
        changes.update(session, changes.get(session, Employer, employer.id), {"name": employer_name}, actor=actor)
        staff = [changes.create(session, Staff, {"name": (long * 7)[:199] + str(n)}, actor=actor) for n in range(9)]
        changes.update(session, changes.get(session, Client, client.id), {
            "name": (long * 7)[:200], "employment_area": (long * 3)[:100],
            "assigned_staff_ids": [str(actor.staff_id), *(str(s.id) for s in staff)]}, actor=actor)
    for n in range(40):
        clients.record_transition(store, actor=actor, client_id=client.id, data={
            "transition_kind": "rehabilitative_work_activity", "employer_id": employer.id,
            "start_date": days(-119 + n), "end_date": days(30 + n)})
    for language in ("fi", "sv", "en"):
        pdf = summary_sheet.generate(store, actor=actor, client_id=client.id, language=language)
        text = text_of(pdf)  # one page
        assert "…" in text  # the plan, shortened
        assert squeeze(plan[:100]) in squeeze(text)


def test_the_audit_trail_names_the_sheet(store, actor, client):
    """As a manager reads the trail: the action and the kind in words, not codes."""
    from desktop.services.administration import trail_row
    from desktop.ui.admin.trail import record_kind
    from sync.protocol import AuditEntry

    summary_sheet.generate(store, actor=actor, client_id=client.id)
    [event] = sheet_events(store)
    row = trail_row(AuditEntry(at=event.at, source="audit_event", action=event.action,
                               record_kind=event.record_kind), kind_label=record_kind)
    assert row[1:3] == ["Made (a form or a summary)", "Client summary"]
