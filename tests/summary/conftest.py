"""A client with everything a summary sheet prints, and an assessment, notes and free texts
with distinctive words that it must never print; made through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services import clients, employers, handover

TODAY = dt.date.today()
NAME = "Åsa-Maria Öhman-Niskanen"
EMPLOYER = "Pohjolan Puu & Metalli Oy"
PLAN = "Hakee lähihoitajakoulutukseen syksyllä; tutustuu ensin alaan kahden viikon työkokeilussa."
# Words that must never reach the sheet: the assessment's, the notes', free texts of other records.
SECRETS = {
    "work_capacity": "Selkävaivaseuranta",
    "functional_capacity": "Keskittymishaasteet",
    "summary": "Arviointiyhteenvetosana",
    "note": "Muistiinpanosalaisuus",
    "note_partners": "Kumppanitapaamisnimi",
    "consent_notes": "Suostumushuomautus",
    "transition_notes": "Siirtymähuomautus",
}


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def employer(store, actor):
    return employers.create_employer(store, actor=actor, data={"name": EMPLOYER})


@pytest.fixture
def client(store, actor, employer):
    """A Finnish-speaking client in service, with consent, an assessment, a note, three
    transitions and a handover form with a further plan."""
    made = clients.create_client(store, actor=actor, data={
        "name": NAME, "personal_id": "131052-308T", "municipality": "Raahe", "language": "fi",
        "referral_source": "Työllisyyspalvelut", "referred_on": days(-130), "service_path": "Osmo",
        "service_start": days(-120), "service_end": days(20), "employment_area": "Oulun seudun työllisyysalue"})
    clients.record_consent(store, actor=actor, client_id=made.id, data={
        "share_with_authority": True, "share_with_partners": False, "given_on": days(-120),
        "recorded_how": "verbal", "notes": SECRETS["consent_notes"]})
    clients.record_assessment(store, actor=actor, client_id=made.id, data={
        "assessed_on": days(-110), "work_capacity": SECRETS["work_capacity"],
        "functional_capacity": SECRETS["functional_capacity"], "summary": SECRETS["summary"]})
    clients.add_note(store, actor=actor, client_id=made.id, data={
        "noted_on": days(-100), "note_kind": "joint_meeting", "partners": SECRETS["note_partners"],
        "text": SECRETS["note"]})
    clients.record_transition(store, actor=actor, client_id=made.id, data={
        "transition_kind": "work_trial", "employer_id": employer.id, "start_date": days(-30),
        "end_date": days(10), "notes": SECRETS["transition_notes"]})
    clients.record_transition(store, actor=actor, client_id=made.id, data={
        "transition_kind": "paid_work", "start_date": days(-90), "end_date": days(-60)})
    clients.record_transition(store, actor=actor, client_id=made.id, data={
        "transition_kind": "studies", "start_date": days(-50)})
    handover.generate(store, actor=actor, client_id=made.id,
                      texts=handover.HandoverTexts(work_done="Tavattiin.", further_plan=PLAN))
    return made
