"""Organisations, staff and devices for the simulated laptops, with the server's own functions.

Accounts are made with ``create_organisation`` and ``add_staff`` (one transaction per
organisation) and each laptop's device and token pair with ``issue_tokens``, once: the laptops
never log in during the run, as a laptop syncing at the end of the day holds its tokens already.
The password hashes use the cheapest Argon2 cost (nobody logs in with them); the run's servers
keep the default cost.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass

from sqlmodel import Session, func, select

from sync.server.accounts import add_staff, create_organisation
from sync.server.core.config import Settings
from sync.server.models import Device, Record
from sync.server.tokens import issue_tokens

PASSWORD = "load-test-password-not-used"
# One in five laptops is an employer coordinator's (employers, contacts, visits, positions); the
# others are career coaches' (clients and their notes, and some visits). Managers and admins
# must log in with a second factor and sync less at the end of the day: none here.
COORDINATOR_EVERY = 5


@dataclass(frozen=True)
class Laptop:
    number: int
    organisation_id: str
    staff_id: str
    device_id: str
    role: str
    access_token: str


def seed(url: str, *, laptops: int, orgs: int, token_minutes: int) -> tuple[list[Laptop], int]:
    """Make ``orgs`` organisations and ``laptops`` accounts spread over them, one device each.

    Returns the laptops and the highest sequence number after seeding (each laptop's cursor:
    it synced yesterday, so it pulls only what changed since)."""
    from sync.server.core.db import make_engine

    settings = Settings(database_url=url, argon2_time_cost=1, argon2_memory_kib=64,
                        access_token_minutes=token_minutes)
    engine = make_engine(url)
    made: list[Laptop] = []
    try:
        for org_number in range(orgs):
            with Session(engine, expire_on_commit=False) as session:
                org_id = create_organisation(session=session, name=f"Kuormitus {org_number + 1}")
                numbers = range(org_number, laptops, orgs)  # round robin: orgs differ by at most 1
                for place, number in enumerate(numbers):
                    role = "employer_coordinator" if place % COORDINATOR_EVERY == 0 else "career_coach"
                    account = add_staff(session=session, settings=settings,
                                        organisation=str(org_id), username=f"laptop{number}",
                                        name=f"Kuormitus Henkilö {number}", role=role,
                                        password=PASSWORD)
                    session.flush()
                    device = Device(account_id=account.id, name=f"load laptop {number}")
                    session.add(device)
                    session.flush()
                    pair = issue_tokens(session, settings, account_id=account.id,
                                        device_id=device.id)
                    made.append(Laptop(number, str(org_id), str(account.staff_id),
                                       str(device.id), role, pair.access_token))
                session.commit()
        with Session(engine) as session:
            cursor = int(session.exec(select(func.max(Record.seq))).one() or 0)
    finally:
        engine.dispose()
    made.sort(key=lambda laptop: laptop.number)
    return made, cursor


def as_dicts(laptops: list[Laptop]) -> list[dict]:
    return [asdict(laptop) for laptop in laptops]


def parse_uuid(value: str) -> uuid.UUID:
    return uuid.UUID(value)
