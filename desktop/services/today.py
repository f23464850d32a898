"""The day's work: what is due for the user, soonest first, and follow-ups done or moved.

``items_for`` gathers, for the profile's user (``actor``):

- ``follow_up``: follow-ups of the visits the user made that are not done, due by
  ``today + days`` (overdue ones too). An employer has no responsible staff member in the
  records, so a visit's follow-up is its maker's.
- ``service_ending``: the user's clients whose service ends within two weeks (today to day 14).
- ``transition_ending``: their work trials and wage-subsidised work ending within two weeks.
- ``esf_exit_window`` / ``esf_six_months``: the funder's follow-ups
  (``desktop.services.funder_dates``) open by ``today + days``, overdue ones too; ``due`` is the
  day the window closes / the follow-up is due.
- ``consent_missing``: the user's active clients (service not ended) with no consent in force
  today (given, not withdrawn); due today.
- ``assignment_request``: colleagues' requests to be assigned to the user's clients that wait
  for the user's decision (``desktop.services.assignment``); due the day asked, ``record_kind``
  ``"assignment_request"`` and ``record_id`` the request's, ``title`` the client's name and
  ``who`` the colleague's. The row opens the client's page, where the request is decided. (The
  requester's own decisions are told on the Clients page, not here: nothing records which of
  them were seen.)
- ``purge_soon``: the user's clients whose data is purged within 30 days under the
  organisation's ``retention_months`` (the server's rule, ``sync.retention``); due on the
  purge day.
- ``draft``: unfinished forms (``desktop.services.drafts``); due the day last written;
  ``record_kind`` is ``"draft"`` and ``record_id`` the draft's key.
- ``conflict``: what sync needs a person for, due the day seen: each open conflict
  (``record_kind``/``record_id``: the record in conflict, ``title``: its label), each record
  set aside after a refusal (the same, ``record_kind`` prefixed ``refused:``), and, when
  changes wait to be sent, one row with ``record_kind`` ``"outbox"``, ``record_id``
  ``"waiting"`` and the count as its ``title``, due the day of the oldest waiting change.

"Clients of the user" are those in whose ``assigned_staff_ids`` the user is: a manager's
figures-only copies of other clients give nothing, and an administrator gets no client items.
Deleted records never appear. Each kind is one query (the funder's dates: the one of
``funder_dates``).

Marking a follow-up done or moving it is an ordinary change of the visit (outbox), so it
reaches the other laptops with the next sync.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlmodel import Session

from desktop.services import changes, conflicts, funder_dates
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.settings import ME
from desktop.store.tables import (
    AssignmentRequest,
    Client,
    Consent,
    Draft,
    Employer,
    Organisation,
    Staff,
    Transition,
    Visit,
)
from desktop.sync import outbox
from desktop.sync.tables import SyncConflict, SyncRefused
from sync.records import OrganisationBase, as_aware
from sync.retention import purge_on

logger = logging.getLogger(__name__)

KINDS = ("follow_up", "service_ending", "transition_ending", "esf_exit_window", "esf_six_months",
         "consent_missing", "assignment_request", "purge_soon", "draft", "conflict")
WHENS = ("overdue", "today", "this_week", "later")
DEFAULT_DAYS = 14
ENDING_DAYS = 14  # services and transitions ending "within two weeks"
PURGE_DAYS = 30  # client data purged "within 30 days"
ENDING_TRANSITIONS = ("work_trial", "wage_subsidised_work")
DEFAULT_RETENTION_MONTHS = OrganisationBase.model_fields["retention_months"].default
_ASSIGNED = "EXISTS (SELECT 1 FROM json_each(client.assigned_staff_ids) AS a WHERE a.value = :me)"


@dataclass(frozen=True)
class TodayItem:
    kind: str  # one of KINDS
    due: dt.date  # drafts/conflicts: the day they were made/seen
    record_kind: str  # the record the row opens: "visit", "client", "transition", "draft"...
    record_id: uuid.UUID | str  # draft: its key (str)
    title: str  # short, e.g. employer name / client name (the page and CLI show it)
    client_id: uuid.UUID | None = None  # the client an item is about, if any (calendar hides names)
    who: str = ""  # an assignment request: the colleague who asks

    def when(self, today: dt.date) -> str:
        """``overdue``, ``today``, ``this_week`` (to Sunday of today's week) or ``later``."""
        if self.due < today:
            return "overdue"
        if self.due == today:
            return "today"
        if self.due <= today + dt.timedelta(days=6 - today.weekday()):
            return "this_week"
        return "later"


def items_for(store: Store, actor: Actor, *, today: dt.date | None = None,
              days: int = DEFAULT_DAYS) -> list[TodayItem]:
    """Everything due for ``actor`` by ``today + days`` (and overdue), soonest first."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=max(days, 0))
    with store.reader() as session:
        items = _follow_ups(session, actor, horizon)
        if actor.staff_id is not None and actor.role != "admin":
            me = str(actor.staff_id)
            items += _services_ending(session, me, today)
            items += _transitions_ending(session, me, today)
            items += _consent_missing(session, me, today)
            items += _assignment_requests(session, actor.staff_id, me)
            items += _purge_soon(session, me, today)
        items += _drafts(session)
        items += _sync_items(session, today)
    if actor.staff_id is not None and actor.role != "admin":
        items += _funder(store, actor.staff_id, today, days)
    return sorted(items, key=lambda item: (item.due, KINDS.index(item.kind), item.title, str(item.record_id)))


def due_today(items: list[TodayItem], today: dt.date) -> int:
    """Overdue and due today: the count the navigation shows."""
    return sum(1 for item in items if item.due <= today)


def mark_follow_up_done(store: Store, *, actor: Actor, visit_id, done_on: dt.date | None = None) -> None:
    """The visit's follow-up was done on ``done_on`` (today) by the user: a synced change."""
    with store.session() as session:
        visit = changes.get(session, Visit, visit_id)
        changes.update(session, visit, {"follow_up_done_on": done_on or dt.date.today(),
                                        "follow_up_done_by": actor.staff_id}, actor=actor)
    logger.info("follow-up of visit %s marked done", visit.id.hex)


def move_follow_up(store: Store, *, actor: Actor, visit_id, to: dt.date) -> None:
    """Move the visit's follow-up to ``to`` (open again if it was done): a synced change."""
    with store.session() as session:
        visit = changes.get(session, Visit, visit_id)
        changes.update(session, visit, {"follow_up_date": to, "follow_up_done_on": None,
                                        "follow_up_done_by": None}, actor=actor)
    logger.info("follow-up of visit %s moved", visit.id.hex)


# --- one query per kind --------------------------------------------------------------


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _follow_ups(session: Session, actor: Actor, horizon: dt.date) -> list[TodayItem]:
    if actor.staff_id is None:
        return []
    rows = session.execute(
        select(Visit.id, Visit.follow_up_date, Employer.name)
        .join(Employer, Employer.id == Visit.employer_id)
        .where(Visit.deleted == False, Visit.follow_up_date.is_not(None),  # noqa: E712
               Visit.follow_up_done_on.is_(None), Visit.follow_up_date <= horizon,
               Visit.staff_id == actor.staff_id, Employer.deleted == False)  # noqa: E712
    ).all()
    return [TodayItem("follow_up", _date(due), "visit", visit_id, name or "")
            for visit_id, due, name in rows]


def _client_items(kind: str, rows) -> list[TodayItem]:
    return [TodayItem(kind, _date(due), "client", client_id, name or "", client_id)
            for client_id, due, name in rows]


def _services_ending(session: Session, me: str, today: dt.date) -> list[TodayItem]:
    rows = session.execute(
        select(Client.id, Client.service_end, Client.name)
        .where(Client.deleted == False, Client.service_end >= today,  # noqa: E712
               Client.service_end <= today + dt.timedelta(days=ENDING_DAYS), text(_ASSIGNED)),
        {"me": me},
    ).all()
    return _client_items("service_ending", rows)


def _transitions_ending(session: Session, me: str, today: dt.date) -> list[TodayItem]:
    rows = session.execute(
        select(Transition.id, Transition.end_date, Client.name, Client.id)
        .join(Client, Client.id == Transition.client_id)
        .where(Transition.deleted == False, Client.deleted == False,  # noqa: E712
               Transition.transition_kind.in_(ENDING_TRANSITIONS),
               Transition.end_date >= today,
               Transition.end_date <= today + dt.timedelta(days=ENDING_DAYS), text(_ASSIGNED)),
        {"me": me},
    ).all()
    return [TodayItem("transition_ending", _date(due), "transition", transition_id, name or "", client_id)
            for transition_id, due, name, client_id in rows]


def _consent_missing(session: Session, me: str, today: dt.date) -> list[TodayItem]:
    in_force = (select(Consent.id)
                .where(Consent.client_id == Client.id, Consent.deleted == False,  # noqa: E712
                       Consent.given_on <= today,
                       (Consent.withdrawn_on.is_(None)) | (Consent.withdrawn_on > today))
                .exists())
    rows = session.execute(
        select(Client.id, Client.name)
        .where(Client.deleted == False,  # noqa: E712
               (Client.service_end.is_(None)) | (Client.service_end >= today),
               text(_ASSIGNED), ~in_force),
        {"me": me},
    ).all()
    return [TodayItem("consent_missing", today, "client", client_id, name or "", client_id)
            for client_id, name in rows]


def _assignment_requests(session: Session, staff_id: uuid.UUID, me: str) -> list[TodayItem]:
    """As ``assignment.open_assignment_requests``, in one query: asked by another, not decided,
    on a client of the user's."""
    rows = session.execute(
        select(AssignmentRequest.id, AssignmentRequest.requested_at, Client.id, Client.name, Staff.name)
        .join(Client, Client.id == AssignmentRequest.client_id)
        .join(Staff, Staff.id == AssignmentRequest.requested_by, isouter=True)
        .where(AssignmentRequest.deleted == False, Client.deleted == False,  # noqa: E712
               AssignmentRequest.status == "requested", AssignmentRequest.requested_by != staff_id,
               text(_ASSIGNED)),
        {"me": me},
    ).all()
    return [TodayItem("assignment_request", _local_day(as_aware(asked)), "assignment_request", request_id,
                      client_name or "", client_id, requester or "")
            for request_id, asked, client_id, client_name, requester in rows]


def retention_months(session: Session) -> int:
    """The user's organisation's retention period (the default when the laptop knows none)."""
    me = ME.read(session)
    staff = session.get(Staff, uuid.UUID(me)) if me else None
    query = select(Organisation.retention_months).where(Organisation.deleted == False)  # noqa: E712
    if staff is not None and staff.organisation_id is not None:
        query = query.where(Organisation.id == staff.organisation_id)
    months = session.execute(query.limit(1)).scalar()
    return months or DEFAULT_RETENTION_MONTHS


def _purge_soon(session: Session, me: str, today: dt.date) -> list[TodayItem]:
    months = retention_months(session)
    # A service that ended after this day is purged more than PURGE_DAYS from today.
    latest_end = today + dt.timedelta(days=PURGE_DAYS)
    rows = session.execute(
        select(Client.id, Client.service_end, Client.name)
        .where(Client.deleted == False, Client.service_end.is_not(None),  # noqa: E712
               Client.service_end <= latest_end, text(_ASSIGNED)),
        {"me": me},
    ).all()
    items = []
    for client_id, end, name in rows:
        day = purge_on(_date(end), months)
        if day <= latest_end:
            items.append(TodayItem("purge_soon", day, "client", client_id, name or "", client_id))
    return items


def _funder(store: Store, staff_id: uuid.UUID, today: dt.date, days: int) -> list[TodayItem]:
    dues = funder_dates.funder_due(store, today=today, within_days=max(days, 0), staff_id=staff_id)
    if not dues:
        return []
    ids = {due.client_id for due in dues}
    with store.reader() as session:
        names = dict(session.execute(select(Client.id, Client.name).where(Client.id.in_(ids))).all())
    return [TodayItem(due.kind, due.due, "client", due.client_id, names.get(due.client_id) or "",
                      due.client_id) for due in dues]


def _drafts(session: Session) -> list[TodayItem]:
    rows = session.execute(select(Draft.key, Draft.kind, Draft.data, Draft.updated_at)).all()
    if not rows:
        return []
    items = []
    for key, kind, data, updated_at in rows:
        title, client_id = _draft_title(session, key, kind, data or {})
        items.append(TodayItem("draft", _local_day(updated_at), "draft", key, title, client_id))
    return items


def _draft_title(session: Session, key: str, kind: str, data: dict) -> tuple[str, uuid.UUID | None]:
    """What the draft is about: the visit's employer, the handover form's client."""
    if kind == "visit":
        if data.get("employer_new"):
            return str(data.get("new_employer_name") or ""), None
        employer = _get(session, Employer, data.get("employer_id"))
        return (employer.name if employer is not None else ""), None
    if kind == "handover":
        client = _get(session, Client, key.partition(":")[2])
        if client is not None:
            return client.name or "", client.id
    return "", None


def _get(session: Session, table, record_id):
    try:
        row = session.get(table, uuid.UUID(str(record_id))) if record_id else None
    except ValueError:
        return None
    return row if row is not None and not row.deleted else None


def _local_day(moment: dt.datetime) -> dt.date:
    moment = moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().date()


def _sync_items(session: Session, today: dt.date) -> list[TodayItem]:
    items = []
    for record_kind, record_id, created_at in session.execute(
            select(SyncConflict.kind, SyncConflict.record_id, SyncConflict.created_at)).all():
        label = conflicts.record_label(session, record_kind, record_id)
        items.append(TodayItem("conflict", _local_day(created_at) if created_at else today,
                               record_kind, record_id, label))
    for record_kind, record_id, refused_at in session.execute(
            select(SyncRefused.kind, SyncRefused.record_id, SyncRefused.refused_at)).all():
        label = conflicts.record_label(session, record_kind, record_id)
        items.append(TodayItem("conflict", _local_day(refused_at) if refused_at else today,
                               f"refused:{record_kind}", record_id, label))
    waiting = outbox.waiting(session)
    if waiting:
        oldest = outbox.oldest_waiting(session)
        items.append(TodayItem("conflict", _local_day(oldest) if oldest else today, "outbox",
                               "waiting", str(waiting)))
    return items


__all__ = ["KINDS", "WHENS", "TodayItem", "items_for", "due_today", "mark_follow_up_done",
           "move_follow_up", "retention_months"]
