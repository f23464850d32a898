"""One simulated laptop's working day as push batches, built with the sync protocol's models.

A career coach's day: a few new clients (assigned to themself), meeting and phone notes on
them, and some employer visits; an employer coordinator's day: new employers with their
contacts, visits and open positions. Parents come in an earlier batch than their children (a
note's client, a visit's employer), as the desktop's outbox sends them. The number of changes
is drawn per laptop from ``changes`` (100–500 by default) with a seed of its own, so a run is
repeatable.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sync.protocol import Change, PushRequest

BATCH = 200  # changes per push; the desktop sends its outbox in batches too
NOTE_TEXTS = (
    "Tavattiin toimistolla: käytiin läpi työnhakusuunnitelma ja sovittiin seuraavat askeleet.",
    "Puhelu: asiakas on hakenut kolmeen paikkaan, yhdestä kutsu haastatteluun.",
    "Yhteistapaaminen TE-palveluiden kanssa, palkkatuki mahdollinen kevään aikana.",
    "Asiakas kiinnostunut logistiikka-alan koulutuksesta, tiedot lähetetty sähköpostilla.",
)
PLACES = ("on_site", "remote", "event")


def _change(kind: str, fields: dict) -> Change:
    return Change(kind=kind, id=uuid.uuid4(), base_rev=0, fields=fields)


def day_changes(number: int, staff_id: str, role: str, *, low: int, high: int,
                day: dt.date) -> list[list[Change]]:
    """The laptop's day as ordered groups of changes: each group's parents are in an earlier one."""
    rng = random.Random(number)
    total = rng.randint(low, high)
    at = dt.datetime.combine(day, dt.time(8, 0))
    parents: list[Change] = []
    children: list[Change] = []
    if role == "career_coach":
        clients = max(1, total // 15)
        employers = max(1, total // 25)
        for n in range(clients):
            parents.append(_change("client", {
                "name": f"Asiakas {number}-{n}", "assigned_staff_ids": [staff_id],
                "municipality": "Oulu", "service_start": day.isoformat()}))
        for n in range(employers):
            parents.append(_change("employer", {
                "name": f"Yritys {number}-{n} Oy", "industry": "Rakentaminen",
                "municipality": "Kuopio"}))
        client_ids = [str(c.id) for c in parents if c.kind == "client"]
        employer_ids = [str(c.id) for c in parents if c.kind == "employer"]
        while len(parents) + len(children) < total:
            if rng.random() < 0.8:
                children.append(_change("client_note", {
                    "client_id": rng.choice(client_ids), "staff_id": staff_id,
                    "noted_on": day.isoformat(), "note_kind": rng.choice(("meeting", "phone")),
                    "text": rng.choice(NOTE_TEXTS)}))
            else:
                children.append(_visit(rng, rng.choice(employer_ids), staff_id, at))
    else:
        employers = max(1, total // 6)
        for n in range(employers):
            parents.append(_change("employer", {
                "name": f"Työnantaja {number}-{n} Oy", "industry": "Kuljetus ja varastointi",
                "municipality": "Tampere", "address": "Hämeenkatu 1"}))
        employer_ids = [str(c.id) for c in parents]
        while len(parents) + len(children) < total:
            employer = rng.choice(employer_ids)
            pick = rng.random()
            if pick < 0.5:
                children.append(_visit(rng, employer, staff_id, at))
            elif pick < 0.8:
                children.append(_change("contact", {
                    "employer_id": employer, "name": f"Yhteyshenkilö {len(children)}",
                    "title": "Henkilöstöpäällikkö", "phone": "040 123 4567"}))
            else:
                children.append(_change("position", {
                    "employer_id": employer, "title": "Varastotyöntekijä", "count": 2,
                    "found_on": day.isoformat()}))
    return [parents, children]


def _visit(rng: random.Random, employer: str, staff_id: str, at: dt.datetime) -> Change:
    briefing = rng.random() < 0.5
    return _change("visit", {
        "employer_id": employer, "staff_id": staff_id,
        "visited_at": (at + dt.timedelta(minutes=rng.randint(0, 540))).isoformat(),
        "place": rng.choice(PLACES), "recruitment_needs": rng.random() < 0.3,
        "open_positions": rng.randint(0, 3), "briefing_given": briefing,
        "interest_work_trial": rng.random() < 0.2,
        "notes": "Käynti sovittu puhelimitse; rekrytointitarve keväällä."})


def push_requests(device_id: str, groups: list[list[Change]]) -> list[PushRequest]:
    """The groups cut into pushes of at most ``BATCH`` changes, in order."""
    requests = []
    for group in groups:
        for start in range(0, len(group), BATCH):
            requests.append(PushRequest(device_id=uuid.UUID(device_id), batch_id=uuid.uuid4(),
                                        changes=group[start:start + BATCH]))
    return requests
