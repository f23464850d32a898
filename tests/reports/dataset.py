"""A hand-made dataset whose every report figure is known, made with the
services in a real profile.

The period the tests mostly look at is 1.1.2025–30.6.2025 (PERIOD). Each
record says why it counts or not; the expected answers below follow from
these comments alone, so a reader can check them by hand.

Staff: ME (the profile's user, a career coach, "Testi Valmentaja"), KAISA
(an employer coordinator) and VILLE (a second career coach).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.services import changes, clients, employers, events, visits
from desktop.services.setup import localities
from desktop.store.tables import Staff

D = dt.date
PERIOD = (D(2025, 1, 1), D(2025, 6, 30))


def local_noon(day: dt.date) -> dt.datetime:
    """Noon of ``day`` in this computer's time zone, so the visit's date is ``day`` anywhere."""
    return dt.datetime(day.year, day.month, day.day, 12, 0).astimezone()


@dataclass
class Made:
    ids: dict


def build(store, actor) -> Made:
    ids: dict = {"me": actor.staff_id}
    place = {row.name: row.id for row in localities(store)}
    ids["oulu"], ids["raahe"] = place["Oulu"], place["Raahe"]
    with store.session() as session:
        ids["kaisa"] = changes.create(session, Staff, {"name": "Kaisa Koordinaattori",
                                                        "role": "employer_coordinator"}, actor=actor).id
        ids["ville"] = changes.create(session, Staff, {"name": "Ville Valmentaja",
                                                        "role": "career_coach"}, actor=actor).id
    me, ville = [str(ids["me"])], [str(ids["ville"])]

    def client(name, *, staff, locality=None, municipality=None, referred=None, start=None):
        return clients.create_client(store, actor=actor, data={
            "name": name, "assigned_staff_ids": staff, "locality_id": locality,
            "municipality": municipality, "referred_on": referred, "service_start": start}).id

    def move(client_id, kind, start):
        return clients.record_transition(store, actor=actor, client_id=client_id,
                                         data={"transition_kind": kind, "start_date": start}).id

    # --- clients and transitions -------------------------------------------------------
    # C1: referred on the period's first day (inclusive); paid work and studies: counts
    # once in "work or studies", once in each of the two kinds.
    c1 = ids["c1"] = client("Aino Alku", staff=me, locality=ids["oulu"], referred=D(2025, 1, 1))
    move(c1, "paid_work", D(2025, 2, 1))
    move(c1, "studies", D(2025, 3, 1))
    # C2: no referral date; its service start, the period's last day, places it. A work
    # trial is no transition into work or studies.
    c2 = ids["c2"] = client("Bertta Loppu", staff=me, locality=ids["oulu"], start=D(2025, 6, 30))
    move(c2, "work_trial", D(2025, 6, 30))
    # C3: Raahe, Ville's; an apprenticeship in the period, wage-subsidised work after it.
    c3 = ids["c3"] = client("Cecilia Raahelainen", staff=ville, locality=ids["raahe"], referred=D(2025, 3, 15))
    move(c3, "apprenticeship", D(2025, 4, 1))
    move(c3, "wage_subsidised_work", D(2025, 7, 1))
    # C4: Oulu by municipality only; referred the day before the period: out of it,
    # and so is its transition (counts only all time).
    c4 = ids["c4"] = client("Daniel Ennen", staff=me, municipality="oulu", referred=D(2024, 12, 31))
    move(c4, "paid_work", D(2025, 2, 1))
    # C5: referred the day after the period.
    client("Eero Jälkeen", staff=ville, locality=ids["raahe"], referred=D(2025, 7, 1))
    # C6: deleted, with its transition: never counts.
    c6 = ids["c6"] = client("Fanni Poistettu", staff=me, locality=ids["oulu"], referred=D(2025, 2, 10))
    move(c6, "paid_work", D(2025, 2, 11))
    # C7: Ville's; its only transition is deleted.
    c7 = ids["c7"] = client("Gustav Peruttu", staff=ville, locality=ids["oulu"], referred=D(2025, 5, 5))
    clients.delete_record(store, actor=actor, kind="transition", record_id=move(c7, "paid_work", D(2025, 5, 6)))
    # C8: two paid-work transitions: one client in "paid work".
    c8 = ids["c8"] = client("Helmi Kahdesti", staff=me, locality=ids["oulu"], referred=D(2025, 4, 1))
    move(c8, "paid_work", D(2025, 4, 10))
    move(c8, "paid_work", D(2025, 5, 10))
    # C9: no dates at all: counts only all time.
    client("Iiro Ilmanpäivää", staff=ville, locality=ids["raahe"])

    # --- employers, visits, positions ------------------------------------------------------
    kaisa = changes.Actor(staff_id=ids["kaisa"], role="employer_coordinator")

    def employer(name, *, locality=None, municipality=None, letter=None):
        return employers.create_employer(store, actor=actor, data={
            "name": name, "locality_id": locality, "municipality": municipality,
            "letter_of_intent_date": letter}).id

    def visit(employer_id, day, *, by=kaisa, positions=None, **flags):
        return visits.record_visit(store, actor=by, employer_id=employer_id,
                                   data={"visited_at": local_noon(day), **flags}, positions=positions).id

    # E1 Oulu: briefed on the period's first day and visited again in March. P1: two welders
    # found at the first visit. Its letter of intent is signed on the period's first day.
    e1 = ids["e1"] = employer("Oulun Konepaja Oy", locality=ids["oulu"], letter=D(2025, 1, 1))
    visit(e1, D(2025, 1, 1), briefing_given=True, positions=[{"title": "Hitsaaja", "count": 2}])
    visit(e1, D(2025, 3, 1))
    # P3: three jobs found before the period (no visit), filled in it.
    p3 = employers.add_position(store, actor=actor, employer_id=e1,
                                data={"title": "Asentaja", "count": 3, "found_on": D(2024, 10, 10)})
    employers.mark_position_filled(store, actor=actor, position_id=p3.id, filled_on=D(2025, 2, 1))
    # E2 Raahe: briefed and took it up before the period; visited by ME on its last day,
    # when two hidden jobs were found (P6). Letter of intent on the period's last day.
    e2 = ids["e2"] = employer("Raahen Satama Oy", locality=ids["raahe"], letter=D(2025, 6, 30))
    visit(e2, D(2024, 11, 1), briefing_given=True, briefing_taken_up=True)
    visit(e2, D(2025, 6, 30), by=actor, positions=[{"title": "Satamatyöntekijä", "count": 2, "hidden": True}])
    # E3 Oulu by municipality only: visited only outside the period; P7 found after it.
    # Letter of intent the day before the period: all time only.
    e3 = ids["e3"] = employer("Oulunsalon Puu Ky", municipality="Oulu", letter=D(2024, 12, 31))
    visit(e3, D(2024, 12, 31))
    visit(e3, D(2025, 7, 1), briefing_given=True, positions=[{"title": "Puuseppä"}])
    # E4 Oulu: its only visit is deleted.
    e4 = employer("Poistetun käynnin Oy", locality=ids["oulu"])
    visits.delete_visit(store, actor=actor, visit_id=visit(e4, D(2025, 2, 2), briefing_given=True))
    # E5 Raahe: the employer is deleted (its visit stays, but does not count; P5 goes with it;
    # its letter of intent in the period never counts).
    e5 = employer("Poistettu Työnantaja Oy", locality=ids["raahe"], letter=D(2025, 3, 3))
    visit(e5, D(2025, 2, 3), briefing_given=True, positions=[{"title": "Kokki"}])
    employers.delete_employer(store, actor=actor, employer_id=e5)
    # E6 Oulu: briefed and took it up in April; P2: one hidden job, filled on the last day.
    e6 = ids["e6"] = employer("Limingan Hoiva Oy", locality=ids["oulu"])
    visit(e6, D(2025, 4, 4), briefing_given=True, briefing_taken_up=True,
          positions=[{"title": "Lähihoitaja", "hidden": True}])
    p2 = employers.open_positions_of(store, e6)[0]
    employers.mark_position_filled(store, actor=actor, position_id=p2.id, filled_on=D(2025, 6, 30))
    # E7 Oulu: visited in May without a briefing; briefed only after the period. P4 deleted.
    # Letter of intent the day after the period: all time only.
    e7 = ids["e7"] = employer("Kempeleen Kauppa Oy", locality=ids["oulu"], letter=D(2025, 7, 1))
    visit(e7, D(2025, 5, 5), positions=[{"title": "Myyjä"}])
    visit(e7, D(2025, 8, 1), briefing_given=True)
    p4 = employers.open_positions_of(store, e7)[0]
    with store.session() as session:
        changes.delete(session, changes.get(session, type(p4), p4.id), actor=actor)
    # E8 Raahe: never visited; its letter of intent is signed in May (no staff member's).
    employer("Aiekirjan Oy", locality=ids["raahe"], letter=D(2025, 5, 5))

    # --- recruitment events ------------------------------------------------------------------
    def event(name, day, locality, *participants, others=(0, 0)):
        made = events.create_event(store, actor=actor, data={
            "name": name, "held_on": day, "locality_id": locality,
            "other_participants": others[0], "other_participants_employed": others[1]}).id
        for client_id, hired in participants:
            taken = events.add_participant(store, actor=actor, event_id=made, client_id=client_id)
            if hired:
                events.set_hired(store, actor=actor, participant_id=taken.id, hired=True)
        return made

    # EV1 Oulu, on the first day: C1 and C4 hired, C2 not; 10 others, 3 of them hired.
    event("Työkohtaamo Oulu", D(2025, 1, 1), ids["oulu"], (c1, True), (c2, False), (c4, True),
          others=(10, 3))
    # EV2 Raahe, on the last day: C1 again (not hired: still employed once), C3 hired, C4
    # hired again (employed once), C6 (its client deleted afterwards, which deletes the
    # participation). 5 others, 1 hired.
    event("Työkohtaamo Raahe", D(2025, 6, 30), ids["raahe"], (c1, False), (c3, True), (c4, True), (c6, True),
          others=(5, 1))
    clients.delete_client(store, actor=actor, client_id=c6)
    # EV3 Oulu, the day after the period: C8 hired; 7 others, 2 hired.
    event("Työkohtaamo heinäkuu", D(2025, 7, 1), ids["oulu"], (c8, True), others=(7, 2))
    # EV4 Oulu in the period but deleted (its 100 others never count).
    events.delete_event(store, actor=actor, event_id=event("Peruttu tapahtuma", D(2025, 3, 3),
                                                           ids["oulu"], (c8, True), others=(100, 50)))
    # EV5 Oulu in the period; its one participant (C7) was removed; 4 others, none hired.
    ev5 = event("Etärekry", D(2025, 2, 2), ids["oulu"], (c7, False), others=(4, 0))
    for row in events_participants(store, ev5):
        events.remove_participant(store, actor=actor, participant_id=row)
    return Made(ids)


def events_participants(store, event_id) -> list:
    from sqlmodel import select

    from desktop.store.tables import EventParticipant

    with store.reader() as session:
        return [row.id for row in session.exec(select(EventParticipant).where(
            EventParticipant.event_id == event_id, EventParticipant.deleted == False))]  # noqa: E712


ZERO_KINDS = {f"transitions_{kind}": 0 for kind in (
    "paid_work", "wage_subsidised_work", "work_trial", "apprenticeship", "studies",
    "recruitment_training", "rehabilitative_work_activity", "other")}
ZEROS = ZERO_KINDS | dict.fromkeys((
    "clients", "clients_to_work_or_studies", "employers_contacted", "employers_briefed",
    "employers_using_alternative_recruitment", "employers_with_letter_of_intent", "visits",
    "events", "event_participants", "event_participants_employed", "event_other_participants",
    "event_other_participants_employed", "event_all_participants",
    "event_all_participants_employed", "positions_found", "hidden_jobs", "positions_filled"), 0)

# Every figure for PERIOD, no filters.
IN_PERIOD = ZEROS | {
    "clients": 5,  # C1, C2, C3, C7, C8
    "clients_to_work_or_studies": 3,  # C1, C3, C8
    "transitions_paid_work": 2,  # C1, C8 (twice, once counted)
    "transitions_studies": 1,  # C1
    "transitions_apprenticeship": 1,  # C3
    "transitions_work_trial": 1,  # C2
    "employers_contacted": 4,  # E1, E2, E6, E7
    "employers_briefed": 3,  # E1, E2 (before the period), E6
    "employers_using_alternative_recruitment": 2,  # E2, E6
    "employers_with_letter_of_intent": 3,  # E1, E2, E8 (E5 deleted)
    "visits": 5,  # E1 twice, E2, E6, E7
    "events": 3,  # EV1, EV2, EV5
    "event_participants": 4,  # C1, C2, C3, C4
    "event_participants_employed": 3,  # C1, C3, C4
    "event_other_participants": 19,  # EV1 10, EV2 5, EV5 4
    "event_other_participants_employed": 4,  # EV1 3, EV2 1
    "event_all_participants": 23,  # 4 clients + 19 others
    "event_all_participants_employed": 7,  # 3 + 4
    "positions_found": 5,  # P1 2, P2 1, P6 2
    "hidden_jobs": 3,  # P2 1, P6 2
    "positions_filled": 4,  # P2 1, P3 3
}

# All time, no filters.
ALL_TIME = ZEROS | {
    "clients": 8,  # all but the deleted C6
    "clients_to_work_or_studies": 4,  # C1, C3, C4, C8
    "transitions_paid_work": 3,  # C1, C4, C8
    "transitions_wage_subsidised_work": 1,  # C3
    "transitions_studies": 1,
    "transitions_apprenticeship": 1,
    "transitions_work_trial": 1,
    "employers_contacted": 5,  # E1, E2, E3, E6, E7
    "employers_briefed": 5,
    "employers_using_alternative_recruitment": 2,
    "employers_with_letter_of_intent": 5,  # E1, E2, E3, E7, E8
    "visits": 9,  # E1 2, E2 2, E3 2, E6 1, E7 2
    "events": 4,  # EV1, EV2, EV3, EV5
    "event_participants": 5,  # C1, C2, C3, C4, C8
    "event_participants_employed": 4,  # C1, C3, C4, C8
    "event_other_participants": 26,  # EV1 10, EV2 5, EV3 7, EV5 4
    "event_other_participants_employed": 6,  # 3 + 1 + 2
    "event_all_participants": 31,  # 5 + 26
    "event_all_participants_employed": 10,  # 4 + 6
    "positions_found": 9,  # P1 2, P2 1, P3 3, P6 2, P7 1
    "hidden_jobs": 3,
    "positions_filled": 4,
}

# PERIOD, locality Oulu.
OULU = ZEROS | {
    "clients": 4,  # C1, C2, C7, C8
    "clients_to_work_or_studies": 2,  # C1, C8
    "transitions_paid_work": 2,
    "transitions_studies": 1,
    "transitions_work_trial": 1,
    "employers_contacted": 3,  # E1, E6, E7
    "employers_briefed": 2,  # E1, E6
    "employers_using_alternative_recruitment": 1,  # E6
    "employers_with_letter_of_intent": 1,  # E1 (E3 in Oulu before the period)
    "visits": 4,
    "events": 2,  # EV1, EV5
    "event_participants": 3,  # C1, C2, C4 (C4 by its event's locality)
    "event_participants_employed": 2,  # C1, C4
    "event_other_participants": 14,  # EV1 10, EV5 4
    "event_other_participants_employed": 3,  # EV1
    "event_all_participants": 17,
    "event_all_participants_employed": 5,
    "positions_found": 3,  # P1 2, P2 1
    "hidden_jobs": 1,
    "positions_filled": 4,  # P2 1, P3 3
}

# PERIOD, staff member Ville.
VILLE = ZEROS | {
    "clients": 2,  # C3, C7
    "clients_to_work_or_studies": 1,  # C3
    "transitions_apprenticeship": 1,
    "events": 1,  # EV2, where C3 took part
    "event_participants": 1,
    "event_participants_employed": 1,
    "event_other_participants": 5,  # EV2, the event counted
    "event_other_participants_employed": 1,
    "event_all_participants": 6,
    "event_all_participants_employed": 2,
}

# PERIOD, staff member ME (the profile's user).
ME = ZEROS | {
    "clients": 3,  # C1, C2, C8
    "clients_to_work_or_studies": 2,  # C1, C8
    "transitions_paid_work": 2,
    "transitions_studies": 1,
    "transitions_work_trial": 1,
    "employers_contacted": 1,  # E2, visited by ME on the last day
    "employers_briefed": 1,  # briefed by Kaisa before the period: the employer's state
    "employers_using_alternative_recruitment": 1,
    "employers_with_letter_of_intent": 1,  # E2, visited by ME on the last day
    "visits": 1,
    "events": 2,  # EV1, EV2
    "event_participants": 3,  # C1, C2, C4
    "event_participants_employed": 2,  # C1, C4
    "event_other_participants": 15,  # EV1 10, EV2 5
    "event_other_participants_employed": 4,
    "event_all_participants": 18,
    "event_all_participants_employed": 6,
    "positions_found": 2,  # P6, found at ME's visit
    "hidden_jobs": 2,
    "positions_filled": 0,
}
