"""A realistic, reproducible Finnish demo dataset in a new, empty profile.

Everything is invented with Faker's ``fi_FI`` locale and ``random.Random``,
both seeded: the same seed gives the same names, counts and field values, and
the same record ids (derived from the seeded generator), so two demo exports
differ only in what ``setup.set_up_profile`` makes (the organisation, the
localities and the profile's user) and in timestamps. Personal identity codes
are artificial ones (individual numbers 900-999), which belong to nobody.

Every record goes through ``changes.create``, so it is validated and gets its
outbox entry as any edit does, in one transaction per batch of employers or
clients.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from faker import Faker
from sqlalchemy import func
from sqlmodel import Session, select

from desktop import demo_vocabulary as vocab
from desktop.errors import KenttaError
from desktop.services import changes, setup
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import (
    Assessment, Client, ClientNote, Consent, Contact, Employer, EventParticipant, Locality,
    Organisation, Position, RecruitmentEvent, Staff, Transition, Visit,
)
from sync.records import TRANSITION_KINDS

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
EMPLOYER_BATCH = 100
CLIENT_BATCH = 200
HISTORY_DAYS = 730  # how far back the demo's visits and services reach
# The funder's optional questions the demo organisation asks (one of them special-category data).
ESF_QUESTIONS = ["disability", "homeless"]
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_ASCII = str.maketrans("äöåÄÖÅ", "aoaAOA")


@dataclass
class DemoSummary:
    """How many records of each kind the demo made."""

    organisation: int = 0
    locality: int = 0
    staff: int = 0
    employer: int = 0
    contact: int = 0
    visit: int = 0
    position: int = 0
    client: int = 0
    consent: int = 0
    assessment: int = 0
    client_note: int = 0
    transition: int = 0
    recruitment_event: int = 0
    event_participant: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @property
    def total(self) -> int:
        return sum(self.as_dict().values())


@dataclass(frozen=True)
class _ClientInfo:
    """What the recruitment events need to know of a client, kept in memory."""

    id: uuid.UUID
    locality: str
    start: dt.date | None
    end: dt.date


def artificial_personal_id(birth: dt.date, individual: int) -> str:
    """A henkilötunnus with an individual number 900-999, which is never given to a person."""
    if not 900 <= individual <= 999:
        raise ValueError("artificial individual numbers are 900-999")
    digits = f"{birth:%d%m}{birth.year % 100:02d}{individual:03d}"
    century = {18: "+", 19: "-", 20: "A"}[birth.year // 100]
    return f"{digits[:6]}{century}{digits[6:]}{_HETU_CHECK[int(digits) % 31]}"


def fill_demo(
    store: Store,
    *,
    clients: int = 200,
    employers: int = 100,
    seed: int = 1,
    progress: Progress | None = None,
    today: dt.date | None = None,
    user_role: str = "career_coach",
) -> DemoSummary:
    """Set up a new, empty profile and fill it with demo data; see the module docstring.

    ``today`` anchors the dates (visits and services reach about two years
    back from it); ``user_role`` is the profile user's role, a career coach or
    an employer coordinator. ``progress(done, total)`` is called after each
    batch, counting employers and clients. Raises ``KenttaError`` when the
    profile is already set up or holds data: demo data is never mixed into
    real data. Batches are committed as they are made, so a failure part-way
    leaves a partial demo: make it again in a new profile folder.
    """
    if clients < 0 or employers < 0:
        raise ValueError("counts must not be negative")
    if user_role not in ("career_coach", "employer_coordinator"):
        raise ValueError("the demo user is a career coach or an employer coordinator")
    _refuse_used_profile(store)
    builder = _Builder(store, seed=seed, today=today or dt.date.today(), user_role=user_role)
    total = employers + clients
    done = 0

    def in_batches(count: int, size: int, make: Callable[[Session], None]) -> None:
        """``count`` records made by ``make``, one transaction per ``size`` of them."""
        nonlocal done
        for start in range(0, count, size):
            batch = min(size, count - start)
            with store.session() as session:
                for _ in range(batch):
                    make(session)
            done += batch
            if progress is not None:
                progress(done, total)

    builder.set_up()
    in_batches(employers, EMPLOYER_BATCH, builder.employer)
    in_batches(clients, CLIENT_BATCH, builder.client)
    with store.session() as session:
        builder.events(session)
    logger.info("demo data made (seed %s): %s", seed, builder.summary.as_dict())
    return builder.summary


def _refuse_used_profile(store: Store) -> None:
    with store.reader() as session:
        used = {
            table.kind: session.exec(select(func.count()).select_from(table)).one()
            for table in (Organisation, Employer, Client)
        }
    if any(used.values()):
        raise KenttaError(
            "This profile is already in use (set up, with "
            f"{used['employer']} employers and {used['client']} clients), so no demo data was "
            "added: demo data is only put into a new, empty profile. "
            "Make the demo in a new profile folder."
        )


class _Builder:
    """Makes the records; holds the seeded generators and what later records refer to."""

    def __init__(self, store: Store, *, seed: int, today: dt.date, user_role: str) -> None:
        self.store = store
        self.today = today
        self.user_role = user_role
        self.seed = seed
        self.rng = random.Random(seed)
        self.id_rng = random.Random(f"kentta-demo-ids-{seed}")
        self.fake = Faker("fi_FI")
        self.fake.seed_instance(seed)
        self.summary = DemoSummary()
        self.actor: Actor | None = None
        self.locality_ids: dict[str, uuid.UUID] = {}
        self.staff: dict[tuple[str, str], list[uuid.UUID]] = {}  # (role, locality) -> ids
        self.employers: dict[str, list[uuid.UUID]] = {name: [] for name in vocab.LOCALITIES}
        self.business_ids: set[str] = set()
        self.clients: list[_ClientInfo] = []
        self.transitions_made = 0

    # --- helpers ---------------------------------------------------------------

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.id_rng.getrandbits(128), version=4)

    def create(self, session: Session, table, data: dict[str, Any]):
        record = changes.create(session, table, {"id": self.new_id()} | data, actor=self.actor)
        setattr(self.summary, table.kind, getattr(self.summary, table.kind) + 1)
        return record

    def weighted(self, pairs):
        values, weights = zip(*pairs)
        return self.rng.choices(values, weights=weights)[0]

    def chance(self, share: float) -> bool:
        return self.rng.random() < share

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        if last <= first:
            return first
        return first + dt.timedelta(days=self.rng.randint(0, (last - first).days))

    def locality(self) -> str:
        return self.weighted((name, weight) for name, (weight, _) in vocab.LOCALITIES.items())

    def one_of_staff(self, role: str, locality: str) -> uuid.UUID:
        return self.rng.choice(self.staff[(role, locality)])

    def email(self, first: str, last: str, domain: str) -> str:
        local = f"{first}.{last}".lower().translate(_ASCII).replace(" ", "")
        return f"{local}@{domain}"

    # --- organisation and staff --------------------------------------------------

    def set_up(self) -> None:
        localities = list(vocab.LOCALITIES)
        first, last = self.fake.first_name(), self.fake.last_name()
        self.actor = setup.set_up_profile(
            self.store,
            user_name=f"{first} {last}",
            role=self.user_role,
            organisation_name=vocab.ORGANISATION,
            localities=localities,
            my_localities=[localities[0]],
        )
        self.summary.organisation, self.summary.locality, self.summary.staff = 1, len(localities), 1
        self.staff[(self.user_role, localities[0])] = [self.actor.staff_id]
        with self.store.session() as session:
            rows = session.exec(select(Locality)).all()
            self.locality_ids = {row.name: row.id for row in rows}
            org_id = session.exec(select(Organisation.id)).one()
            # A setting of the organisation's own placeholder (never sent, as set_up_profile's).
            session.get(Organisation, org_id).esf_questions = list(ESF_QUESTIONS)
            for role, places in vocab.STAFF_PLAN:
                first, last = self.fake.first_name(), self.fake.last_name()
                staff = self.create(session, Staff, {
                    "organisation_id": org_id,
                    "name": f"{first} {last}",
                    "role": role,
                    "email": self.email(first, last, vocab.STAFF_EMAIL_DOMAIN),
                    "localities": list(places),
                })
                for place in places:
                    self.staff.setdefault((role, place), []).append(staff.id)

    # --- employers, contacts, visits and positions -------------------------------

    def business_id(self) -> str:
        while True:
            value = self.fake.company_business_id()
            if value not in self.business_ids:
                self.business_ids.add(value)
                return value

    def employer(self, session: Session) -> None:
        locality = self.locality()
        municipality = self.rng.choice(vocab.LOCALITIES[locality][1])
        industry = self.rng.choice(list(vocab.INDUSTRIES))
        words, occupations = vocab.INDUSTRIES[industry]
        name = f"{self.fake.last_name()} {self.rng.choice(words)} {self.rng.choice(vocab.COMPANY_FORMS)}"
        letter = None
        if self.chance(0.25):
            letter = self.day_between(self.today - dt.timedelta(days=HISTORY_DAYS), self.today)
        employer = self.create(session, Employer, {
            "name": name,
            "business_id": self.business_id(),
            "industry": industry,
            "municipality": municipality,
            "locality_id": self.locality_ids[locality],
            "address": f"{self.fake.street_address()}, {self.fake.postcode()} {municipality}",
            "letter_of_intent_date": letter,
        })
        self.employers[locality].append(employer.id)
        contacts = []
        for _ in range(self.rng.choice((1, 1, 2, 2, 3))):
            first, last = self.fake.first_name(), self.fake.last_name()
            domain = name.split()[0].lower().translate(_ASCII) + ".example"
            contacts.append(self.create(session, Contact, {
                "employer_id": employer.id,
                "name": f"{first} {last}",
                "title": self.rng.choice(vocab.CONTACT_TITLES),
                "phone": self.fake.phone_number(),
                "email": self.email(first, last, domain),
            }).id)
        visits = self.rng.choices(range(6), weights=(15, 30, 25, 15, 10, 5))[0]
        for _ in range(visits):
            self.visit(session, employer.id, locality, contacts, occupations)

    def visit(self, session: Session, employer_id, locality: str, contacts, occupations) -> None:
        day = self.day_between(self.today - dt.timedelta(days=HISTORY_DAYS), self.today)
        at = dt.datetime.combine(day, dt.time(self.rng.randint(6, 13), self.rng.choice((0, 15, 30, 45))),
                                 tzinfo=dt.timezone.utc)
        positions = []
        if self.chance(0.5):
            for _ in range(self.rng.randint(1, 3)):
                occupation = self.rng.choice(occupations)
                positions.append({
                    "occupation": occupation,
                    "title": occupation[0].upper() + occupation[1:] + self.rng.choice(vocab.TITLE_SUFFIXES),
                    "count": self.rng.choice((1, 1, 1, 2, 3)),
                    "hidden": self.chance(0.3),
                })
        notes = self.rng.sample(vocab.VISIT_NOTES, self.rng.randint(1, 3))
        if any(p["hidden"] for p in positions):
            hidden = next(p for p in positions if p["hidden"])
            notes.append(vocab.HIDDEN_JOB_NOTE.format(occupation=hidden["occupation"]))
        briefed = self.chance(0.55)
        follow_up = day + dt.timedelta(days=self.rng.randint(7, 60)) if self.chance(0.7) else None
        staff_id = self.one_of_staff("employer_coordinator", locality)
        # A follow-up more than three weeks past was done on its day (no random draw: the rest of
        # the demo stays as it was); the recent ones are still open, as in a real caseload.
        done = follow_up is not None and follow_up < self.today - dt.timedelta(days=21)
        visit = self.create(session, Visit, {
            "employer_id": employer_id,
            "staff_id": staff_id,
            "follow_up_done_on": follow_up if done else None,
            "follow_up_done_by": staff_id if done else None,
            "visited_at": at,
            "place": self.weighted((("on_site", 70), ("remote", 20), ("event", 10))),
            "contact_id": self.rng.choice(contacts) if contacts and self.chance(0.85) else None,
            "recruitment_needs": bool(positions),
            "recruitment_needs_text": vocab.NEEDS_TEXT.format(
                occupation=positions[0]["occupation"], count=positions[0]["count"],
                start=self.rng.choice(vocab.NEEDS_START)) if positions else None,
            "open_positions": sum(p["count"] for p in positions if not p["hidden"]),
            "open_position_titles": ", ".join(p["title"] for p in positions if not p["hidden"]) or None,
            "hidden_jobs": sum(p["count"] for p in positions if p["hidden"]),
            "briefing_given": briefed,
            "briefing_taken_up": briefed and self.chance(0.45),
            "interest_wage_subsidy": self.chance(0.35),
            "interest_work_trial": self.chance(0.3),
            "interest_apprenticeship": self.chance(0.15),
            "interest_recruitment_training": self.chance(0.1),
            "interest_recruitment_event": self.chance(0.25),
            "notes": " ".join(notes),
            "next_step": self.rng.choice(vocab.NEXT_STEPS),
            "follow_up_date": follow_up,
        })
        for position in positions:
            filled = self.chance(0.3)
            filled_on = min(day + dt.timedelta(days=self.rng.randint(7, 90)), max(day, self.today))
            self.create(session, Position, position | {
                "employer_id": employer_id,
                "visit_id": visit.id,
                "found_on": day,
                "filled": filled,
                "filled_on": filled_on if filled else None,
            })

    # --- clients and what is recorded of them -----------------------------------

    def personal_id(self) -> str | None:
        if self.chance(0.1):
            return None
        birth = self.today - dt.timedelta(days=self.rng.randint(18 * 365 + 5, 64 * 365))
        return artificial_personal_id(birth, self.rng.randint(900, 999))

    def client(self, session: Session) -> None:
        locality = self.locality()
        personal_id = self.personal_id()
        male = int(personal_id[7:10]) % 2 == 1 if personal_id else self.chance(0.5)
        first = self.fake.first_name_male() if male else self.fake.first_name_female()
        last = self.fake.last_name()
        started = self.chance(0.95)
        start = self.today - dt.timedelta(days=self.rng.randint(7, HISTORY_DAYS - 30)) if started else None
        referred = (start or self.today) - dt.timedelta(days=self.rng.randint(0, 30))
        end = start + dt.timedelta(days=self.rng.randint(60, 450)) if start else None
        if end is not None and end >= self.today:
            end = None
        staff = [self.one_of_staff("career_coach", locality)]
        if self.chance(0.1):
            staff.append(self.one_of_staff("career_coach", self.locality()))
        goals = self.rng.sample([o for _, (_, jobs) in vocab.INDUSTRIES.items() for o in jobs],
                                self.rng.randint(1, 2))
        client = self.create(session, Client, {
            "name": f"{first} {last}",
            "personal_id": personal_id,
            "phone": self.fake.phone_number(),
            "email": self.email(first, last, "example.com") if self.chance(0.8) else None,
            "municipality": self.rng.choice(vocab.LOCALITIES[locality][1]),
            "locality_id": self.locality_ids[locality],
            "language": self.weighted(vocab.LANGUAGES),
            "referral_source": self.weighted(vocab.REFERRAL_SOURCES),
            "referred_on": referred,
            "assigned_staff_ids": [str(s) for s in dict.fromkeys(staff)],
            "service_path": self.weighted(vocab.SERVICE_PATHS),
            "service_start": start,
            "service_end": end,
            "job_goals": ", ".join(goals),
            "target_group": self.rng.sample(vocab.TARGET_GROUPS, self.rng.randint(0, 2)),
            **self.funder_data(f"{first} {last}", personal_id, male, start, end),
        })
        last_day = end or self.today
        self.clients.append(_ClientInfo(client.id, locality, start, last_day))
        if start is None:
            return
        self.client_records(session, client.id, staff[0], locality, start, last_day, goals)

    def funder_data(self, name: str, personal_id: str | None, male: bool, start: dt.date | None,
                    end: dt.date | None) -> dict[str, Any]:
        """The funder's entry and exit data of one client: most complete, some missing, some not
        yet in EURA. A generator of its own, seeded from the client's values, so that the
        demo's other records stay as a seed made them before."""
        esf = random.Random(f"{self.seed}:esf:{name}:{personal_id}:{start}")

        def pick(*pairs):
            values, weights = zip(*pairs)
            return esf.choices(values, weights=weights)[0]

        status = pick(("unemployed", 75), ("inactive", 20), ("employed", 5))
        data: dict[str, Any] = {
            "gender": "non_binary" if esf.random() < 0.02 else ("man" if male else "woman"),
            "labour_status_at_entry": status,
            "long_term_unemployed": esf.random() < 0.45 if status == "unemployed" else None,
            "education_level": pick(("isced_0_2", 35), ("isced_3_4", 50), ("isced_5_8", 15)),
            "disability": pick(("yes", 15), ("no", 70), ("declined", 15)),
            "homeless": pick(("yes", 5), ("no", 88), ("declined", 7)),
        }
        if personal_id is None:
            data["birth_date"] = self.today - dt.timedelta(days=esf.randint(18 * 365 + 5, 64 * 365))
        if esf.random() < 0.12:  # some participants' entry data are not all there yet
            for field in esf.sample(["gender", "education_level", "labour_status_at_entry", "homeless"], 2):
                data[field] = None
            if data["labour_status_at_entry"] is None:
                data["long_term_unemployed"] = None
        if start is not None:
            data["eura_entry"] = pick(("by_participant", 60), ("by_staff", 28), ("not_done", 12))
            if data["eura_entry"] != "not_done":
                data["eura_entry_on"] = min(start + dt.timedelta(days=esf.randint(0, 14)), self.today)
        if end is None:
            return data
        data["exit_situation"] = pick(("job_searching", 45), ("employed", 30), ("education_or_training", 15),
                                      ("other", 10), (None, 8))
        data["qualification_gained"] = esf.random() < 0.2
        if end + dt.timedelta(days=183) <= self.today:
            data["situation_6_months"] = pick(("employed", 40), ("not_employed", 40), ("unknown", 20))
        data["eura_exit"] = pick(("by_participant", 50), ("by_staff", 35), ("not_done", 15))
        if data["eura_exit"] != "not_done":
            data["eura_exit_on"] = min(end + dt.timedelta(days=esf.randint(0, 20)), self.today)
        return data

    def client_records(self, session, client_id, coach, locality, start, last_day, goals) -> None:
        consent_withdrawn = self.day_between(start, last_day) if self.chance(0.03) else None
        self.create(session, Consent, {
            "client_id": client_id,
            "share_with_authority": self.chance(0.9),
            "share_with_partners": self.chance(0.6),
            "given_on": start,
            "withdrawn_on": consent_withdrawn,
            "recorded_how": self.weighted((("written", 70), ("electronic", 20), ("verbal", 10))),
        })
        assessed = [self.day_between(start, min(start + dt.timedelta(days=30), last_day))]
        if self.chance(0.3):
            assessed.append(self.day_between(assessed[0], last_day))
        for day in assessed:
            self.create(session, Assessment, {
                "client_id": client_id,
                "staff_id": coach,
                "assessed_on": day,
                "work_capacity": self.rng.choice(vocab.WORK_CAPACITY),
                "functional_capacity": self.rng.choice(vocab.FUNCTIONAL_CAPACITY),
                "summary": self.rng.choice(vocab.ASSESSMENT_SUMMARIES),
            })
        for day in sorted(self.day_between(start, last_day) for _ in range(self.rng.randint(2, 10))):
            kind = self.weighted(vocab.NOTE_KINDS)
            text = self.rng.choice(vocab.NOTE_TEXTS[kind]).format(goal=self.rng.choice(goals))
            partners = None
            if kind == "joint_meeting":
                partners = ", ".join(self.rng.sample(vocab.PARTNERS, self.rng.randint(1, 2)))
            self.create(session, ClientNote, {
                "client_id": client_id,
                "staff_id": coach,
                "noted_on": day,
                "note_kind": kind,
                "partners": partners,
                "text": text,
            })
        if self.chance(0.7 if last_day < self.today else 0.2):
            self.transition(session, client_id, locality, start, last_day)

    def transition(self, session, client_id, locality, start, last_day) -> None:
        # The first transitions take every kind in turn, so a small demo has them all.
        if self.transitions_made < len(TRANSITION_KINDS):
            kind = TRANSITION_KINDS[self.transitions_made]
        else:
            kind = self.weighted((name, spec[0]) for name, spec in vocab.TRANSITIONS.items())
        self.transitions_made += 1
        _, needs_employer, length, notes = vocab.TRANSITIONS[kind]
        begins = self.day_between(start, last_day)
        employers = self.employers[locality] or [e for ids in self.employers.values() for e in ids]
        self.create(session, Transition, {
            "client_id": client_id,
            "transition_kind": kind,
            "employer_id": self.rng.choice(employers) if needs_employer and employers else None,
            "start_date": begins,
            "end_date": begins + dt.timedelta(days=self.rng.randint(*length)) if length else None,
            "notes": self.rng.choice(notes),
        })

    # --- recruitment events --------------------------------------------------------

    def events(self, session: Session) -> None:
        for _ in range(max(2, len(self.clients) // 40) if self.clients else 0):
            locality = self.locality()
            held_on = self.day_between(self.today - dt.timedelta(days=HISTORY_DAYS - 30), self.today)
            remote = self.chance(0.2)
            local = self.employers[locality] or [e for ids in self.employers.values() for e in ids]
            employer_ids = self.rng.sample(local, min(len(local), self.rng.randint(2, 5)))
            theme = self.rng.choice(vocab.EVENT_THEMES)
            # A generator of its own for the counts added later, so that the demo's other
            # records stay as a seed made them before.
            counts = random.Random(f"{self.seed}:{held_on}:{theme}:{locality}")
            others = 0 if remote else counts.randint(0, 25)
            event = self.create(session, RecruitmentEvent, {
                "name": f"Työkohtaamo: {theme} työpaikat, {locality}",
                "event_kind": "remote_recruitment" if remote else "tyokohtaamo",
                "held_on": held_on,
                "place": "Teams-etäyhteys" if remote else self.rng.choice(vocab.EVENT_PLACES).format(town=locality),
                "locality_id": self.locality_ids[locality],
                "employer_ids": [str(e) for e in employer_ids],
                "other_participants": others,
                "other_participants_employed": counts.randint(0, others // 4),
            })
            eligible = [c for c in self.clients
                        if c.locality == locality and c.start and c.start <= held_on <= c.end]
            for info in self.rng.sample(eligible, min(len(eligible), self.rng.randint(3, 12))):
                hired = bool(employer_ids) and self.chance(0.2)
                self.create(session, EventParticipant, {
                    "event_id": event.id,
                    "client_id": info.id,
                    "hired": hired,
                    "hired_by_employer_id": self.rng.choice(employer_ids) if hired else None,
                })
