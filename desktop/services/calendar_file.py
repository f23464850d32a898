"""The user's follow-ups, due dates and recruitment events as an iCalendar file (RFC 5545), for
Outlook, Thunderbird and GNOME Calendar to import.

- One all-day ``VEVENT`` per dated item of the day's work (``desktop.services.today``:
  follow-ups, services and transitions ending, the funder's dates, purges) and per recruitment
  event of the user held from today to ``today + days``. Consents missing, drafts and sync have
  no date of their own and stay out.
- The user's recruitment events: the record names no organiser, so they are the events in the
  user's localities (or in none), and the events one of the user's clients takes part in.
- Each has a stable ``UID`` (``<kind>-<record id>@kentta``), so importing a newer file updates
  the entry instead of adding another (a follow-up marked done comes as ``STATUS:CANCELLED``
  while its date is less than 30 days back); ``SEQUENCE`` grows and ``LAST-MODIFIED``/``DTSTAMP`` follow
  when the record changes, and an unchanged record gives the same lines in every export.
- The calendar leaves the encrypted store: no client's name or identity code is written unless
  ``with_names`` (or, when it is None, the profile's ``calendar_with_names`` setting) allows
  names (a client is otherwise shown by a short code of its id, "client 4F2A"); a file with
  names is audited as an export of each client named.

``write_calendar`` reads and writes a file: call it off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy import or_, select, text, true

from desktop.files import write_atomically
from desktop.services import audit
from desktop.services import today as today_service
from desktop.services.changes import Actor
from desktop.services.today_texts import kind_text
from desktop.store.profile import Store
from desktop.store.settings import CALENDAR_WITH_NAMES
from desktop.store.tables import (
    Client,
    Employer,
    EventParticipant,
    Locality,
    RecruitmentEvent,
    Staff,
    Transition,
    Visit,
)
from desktop.translation import QT_TRANSLATE_NOOP, fill

logger = logging.getLogger(__name__)

Translate = Callable[[str], str]
DEFAULT_DAYS = 60
DATED_KINDS = ("follow_up", "service_ending", "transition_ending", "esf_exit_window", "esf_six_months",
               "purge_soon")
PRODID = "-//Kenttä//Kenttä calendar//FI"
SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
EVENT_KIND = "recruitment_event"
DONE_DAYS = 30  # follow-ups done whose date lies this far back still go out, as cancelled

SUMMARY = QT_TRANSLATE_NOOP("Today", "%1: %2")
CLIENT_CODE = QT_TRANSLATE_NOOP("Today", "client %1")
EVENT_TEXT = QT_TRANSLATE_NOOP("Today", "Recruitment event")
CALENDAR_NAME = QT_TRANSLATE_NOOP("Today", "Kenttä: my work")
_TABLES = {"visit": Visit, "client": Client, "transition": Transition}


def client_code(client_id: uuid.UUID) -> str:
    """The short code a client goes by where names may not go (as the figures-only client)."""
    return client_id.hex[:4].upper()


def calendar_for(store: Store, actor: Actor, *, today: dt.date | None = None, days: int = DEFAULT_DAYS,
                 with_names: bool | None = None, translate: Translate | None = None) -> Calendar:
    """The calendar, not yet written (``write_calendar`` writes it)."""
    return _build(store, actor, today=today, days=days, with_names=with_names, translate=translate)[0]


def _build(store: Store, actor: Actor, *, today: dt.date | None, days: int, with_names: bool | None,
           translate: Translate | None) -> tuple[Calendar, set[uuid.UUID]]:
    """The calendar and the clients whose names it holds."""
    translate = translate or (lambda source: source)
    today = today or dt.date.today()
    if with_names is None:
        with_names = CALENDAR_WITH_NAMES.get(store)
    items = [item for item in today_service.items_for(store, actor, today=today, days=days)
             if item.kind in DATED_KINDS]
    with store.reader() as session:
        modified = _modified(session, items)
        events = _my_events(session, actor, today, today + dt.timedelta(days=max(days, 0)))
        done = _done_follow_ups(session, actor, today - dt.timedelta(days=DONE_DAYS),
                                today + dt.timedelta(days=max(days, 0)))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", translate(CALENDAR_NAME))
    named = {item.client_id for item in items if item.client_id is not None} if with_names else set()
    for item in items:
        title = item.title if item.client_id is None or with_names else fill(
            translate(CLIENT_CODE), [client_code(item.client_id)])
        calendar.add_component(_event(
            uid=f"{item.kind}-{item.record_id}@kentta", day=item.due,
            summary=fill(translate(SUMMARY), [kind_text(item.kind, translate), title]),
            modified=modified.get(item.record_id), transparent=True))
    for visit_id, due, name, modified_at in done:
        calendar.add_component(_event(
            uid=f"follow_up-{visit_id}@kentta", day=_date(due),
            summary=fill(translate(SUMMARY), [kind_text("follow_up", translate), name or ""]),
            modified=modified_at, transparent=True, cancelled=True))
    for event_id, name, held_on, place, modified_at in events:
        calendar.add_component(_event(
            uid=f"{EVENT_KIND}-{event_id}@kentta", day=_date(held_on),
            summary=fill(translate(SUMMARY), [translate(EVENT_TEXT), name]), modified=modified_at,
            transparent=False, location=place))
    return calendar, named


def write_calendar(store: Store, actor: Actor, path: Path | str, *, today: dt.date | None = None,
                   days: int = DEFAULT_DAYS, with_names: bool | None = None,
                   translate: Translate | None = None) -> int:
    """Write the user's calendar to ``path`` (whole or not at all); returns how many entries.

    A file with clients' names is an export of their data: one audit event per client named."""
    calendar, named = _build(store, actor, today=today, days=days, with_names=with_names,
                             translate=translate)
    write_atomically(path, calendar.to_ical())
    if named:
        with store.session() as session:
            for client_id in sorted(named):
                audit.log_in_session(session, actor=actor, action="export", record_kind="client",
                                     record_id=client_id, client_id=client_id, detail="calendar")
    count = len(calendar.walk("VEVENT"))
    logger.info("calendar written: %d entries", count)
    return count


def _event(*, uid: str, day: dt.date, summary: str, modified: dt.datetime | None, transparent: bool,
           location: str | None = None, cancelled: bool = False) -> Event:
    moment = _aware(modified) if modified is not None else SEQUENCE_EPOCH
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", moment)
    event.add("last-modified", moment)
    event.add("sequence", max(0, int((moment - SEQUENCE_EPOCH).total_seconds())))
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", summary)
    if location:
        event.add("location", location)
    event.add("transp", "TRANSPARENT" if transparent else "OPAQUE")
    if cancelled:
        event.add("status", "CANCELLED")
    return event


def _aware(moment: dt.datetime) -> dt.datetime:
    moment = moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0)


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _modified(session, items) -> dict:
    """When each item's record last changed: one query per kind of record."""
    found = {}
    for kind, table in _TABLES.items():
        ids = {item.record_id for item in items if item.record_kind == kind}
        if ids:
            found |= dict(session.execute(select(table.id, table.modified_at).where(table.id.in_(ids))).all())
    return found


def _done_follow_ups(session, actor: Actor, first: dt.date, last: dt.date) -> list[tuple]:
    """The user's follow-ups marked done, dated from ``first`` to ``last``: written as cancelled,
    so that a calendar that imported them open shows them done."""
    if actor.staff_id is None:
        return []
    return list(session.execute(
        select(Visit.id, Visit.follow_up_date, Employer.name, Visit.modified_at)
        .join(Employer, Employer.id == Visit.employer_id)
        .where(Visit.deleted == False, Visit.staff_id == actor.staff_id,  # noqa: E712
               Visit.follow_up_done_on.is_not(None), Visit.follow_up_date >= first,
               Visit.follow_up_date <= last)
        .order_by(Visit.follow_up_date, Visit.id)).all())


def _my_events(session, actor: Actor, first: dt.date, last: dt.date) -> list[tuple]:
    """The user's recruitment events held from ``first`` to ``last``: in the user's localities
    (or in none), or with one of the user's clients taking part."""
    if actor.staff_id is None:
        return []
    staff = session.get(Staff, actor.staff_id)
    named = {str(item).strip().casefold() for item in (staff.localities if staff else []) or []}
    places = [row_id for row_id, name in session.execute(
        select(Locality.id, Locality.name).where(Locality.deleted == False)).all()  # noqa: E712
        if name.casefold() in named or str(row_id) in named]
    mine = (select(EventParticipant.id)
            .join(Client, Client.id == EventParticipant.client_id)
            .where(EventParticipant.event_id == RecruitmentEvent.id, EventParticipant.deleted == False,  # noqa: E712
                   Client.deleted == False,  # noqa: E712
                   text("EXISTS (SELECT 1 FROM json_each(client.assigned_staff_ids) AS a WHERE a.value = :me)"))
            .exists())
    # A user with no locality the laptop knows: every event of the organisation.
    where_held = (RecruitmentEvent.locality_id.is_(None) | RecruitmentEvent.locality_id.in_(places)
                  if places else true())
    return list(session.execute(
        select(RecruitmentEvent.id, RecruitmentEvent.name, RecruitmentEvent.held_on, RecruitmentEvent.place,
               RecruitmentEvent.modified_at)
        .where(RecruitmentEvent.deleted == False, RecruitmentEvent.held_on >= first,  # noqa: E712
               RecruitmentEvent.held_on <= last, or_(where_held, mine))
        .order_by(RecruitmentEvent.held_on, RecruitmentEvent.id),
        {"me": str(actor.staff_id)},
    ).all())


__all__ = ["DEFAULT_DAYS", "calendar_for", "client_code", "write_calendar"]
