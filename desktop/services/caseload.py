"""Moving a caseload: many clients from one staff member to another, or a second staff member
added to them, in one action (a colleague leaves, a caseload is shared out).

A manager does it. The change is an ordinary client change of ``assigned_staff_ids`` for each
client, written in one local transaction with its outbox entries; the sync carries it. A manager
who is not assigned to a client holds its figures only (``sync.visibility``); the staff list is a
figure, so the change is written to that copy as it is (the copy has no content to validate) and
the server accepts it from a manager (``sync.server.client_scope``). After the sync the staff
taken off drop the client (an access revocation) and the staff added pull it in full.

``mode``: ``"move"`` puts ``to_staff_id`` in the place of ``from_staff_id`` (clients that do not
list ``from_staff_id`` stay as they are); without ``from_staff_id`` the new staff member becomes
the client's only one. ``"add"`` adds ``to_staff_id`` beside the staff already assigned.
``client_ids`` None: every client of ``from_staff_id``.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlmodel import Session, col, select

from desktop.errors import FieldError, InvalidInput, KenttaError, NotFound
from desktop.services import changes
from desktop.services.changes import Actor
from desktop.store.profile import Store
from desktop.store.tables import Client, Staff
from desktop.sync import outbox
from desktop.translation import QT_TRANSLATE_NOOP
from sync.records import utcnow

logger = logging.getLogger(__name__)

MODES = ("move", "add")
# The roles a client can be assigned to: an admin has no client data.
ASSIGNABLE_ROLES = ("career_coach", "employer_coordinator", "manager")


class NotAManager(KenttaError):
    """Only a manager moves caseloads."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "Only a manager can move clients to another staff member."))


@dataclass(frozen=True)
class Transfer:
    """What a transfer changes (or, planned, would change): the clients whose staff change, and
    how many of those asked about stay as they are (already so, or not the staff member's)."""

    changed: list[uuid.UUID] = field(default_factory=list)
    unchanged: int = 0


@dataclass(frozen=True)
class StaffChoice:
    staff_id: uuid.UUID
    name: str
    clients: int  # clients (not deleted) that list this staff member


@dataclass(frozen=True)
class Choices:
    """What the move dialog offers: the staff who may be given clients (active, not admins) and
    those who hold clients now, with their counts; ``common``: a staff member every one of the
    clients asked about lists (the one to move from, most likely), if any."""

    targets: list[StaffChoice]
    sources: list[StaffChoice]
    common: uuid.UUID | None = None


def choices(store: Store, client_ids=()) -> Choices:
    wanted = {_uuid(i) for i in client_ids}
    with store.reader() as session:
        staff = session.exec(select(Staff).where(Staff.deleted == False)).all()  # noqa: E712
        counts = dict(session.exec(text(f"SELECT a.value, count(DISTINCT t.id) {_ASSIGNED} "
                                        "GROUP BY a.value")).all())
        asked = session.exec(select(Client.assigned_staff_ids)
                             .where(col(Client.id).in_(wanted))).all() if wanted else []
    shared: set[str] | None = None
    for assigned in asked:
        listed = {str(s) for s in assigned or []}
        shared = listed if shared is None else shared & listed
    made = sorted(((StaffChoice(s.id, s.name, counts.get(str(s.id), 0)), s) for s in staff),
                  key=lambda pair: (pair[0].name.casefold(), str(pair[0].staff_id)))
    targets = [c for c, s in made if s.active and s.role in ASSIGNABLE_ROLES]
    sources = [c for c, _s in made if c.clients]
    common = next((c.staff_id for c in sources if shared and str(c.staff_id) in shared), None)
    return Choices(targets, sources, common)


def _uuid(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def caseload_of(store: Store, staff_id) -> list[uuid.UUID]:
    """The clients (not deleted) that list ``staff_id`` among their assigned staff."""
    with store.reader() as session:
        return [c.id for c in _clients_of(session, _uuid(staff_id))]


_ASSIGNED = ("FROM client AS t, json_each(t.assigned_staff_ids) AS a WHERE t.deleted = 0")


def _clients_of(session: Session, staff_id: uuid.UUID) -> list[Client]:
    found = session.exec(text(f"SELECT DISTINCT t.id {_ASSIGNED} AND a.value = :staff"),
                         params={"staff": str(staff_id)}).all()
    ids = [uuid.UUID(row[0]) for row in found]
    if not ids:
        return []
    return list(session.exec(select(Client).where(col(Client.id).in_(ids))
                             .order_by(Client.name, Client.id)).all())


def plan_transfer(store: Store, *, actor: Actor, client_ids=None, from_staff_id=None,
                  to_staff_id, mode: str = "move") -> Transfer:
    """What ``transfer_caseload`` with the same arguments would change; nothing is written."""
    with store.reader() as session:
        plan = _plan(session, actor, client_ids, from_staff_id, to_staff_id, mode)
    return Transfer([client.id for client, _staff in plan[0]], plan[1])


def transfer_caseload(store: Store, *, actor: Actor, client_ids=None, from_staff_id=None,
                      to_staff_id, mode: str = "move") -> Transfer:
    """Move (or add) the clients' staff in one transaction; see the module docstring."""
    with store.session() as session:
        plan, unchanged = _plan(session, actor, client_ids, from_staff_id, to_staff_id, mode)
        for client, staff in plan:
            if client.name is None:  # the figures only: no content here to validate
                _assign_figures_only(session, client, staff, actor=actor)
            else:
                changes.update(session, client, {"assigned_staff_ids": staff}, actor=actor)
    logger.info("caseload %s: %s clients changed, %s unchanged", mode, len(plan), unchanged)
    return Transfer([client.id for client, _staff in plan], unchanged)


def _plan(session: Session, actor: Actor, client_ids, from_staff_id, to_staff_id,
          mode: str) -> tuple[list[tuple[Client, list[str]]], int]:
    if actor.role != "manager":
        raise NotAManager()
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    source = _uuid(from_staff_id) if from_staff_id else None
    target = _uuid(to_staff_id)
    _check_target(session, target)
    if source == target:
        raise InvalidInput([FieldError(
            "to_staff_id", "same_staff",
            "Choose another staff member than the one the clients are moved from.")])
    if client_ids is None:
        if source is None:
            raise ValueError("either client_ids or from_staff_id is needed")
        clients = _clients_of(session, source)
    else:
        clients = [changes.get(session, Client, client_id) for client_id in dict.fromkeys(client_ids)]
    plan, unchanged = [], 0
    for client in clients:
        before = [str(s) for s in client.assigned_staff_ids or []]
        after = _new_staff(before, source, str(target), mode)
        if after == before:
            unchanged += 1
        else:
            plan.append((client, after))
    return plan, unchanged


def _new_staff(before: list[str], source: uuid.UUID | None, target: str, mode: str) -> list[str]:
    if mode == "add":
        return before if target in before else before + [target]
    if source is None:
        return [target]
    if str(source) not in before:
        return before
    return list(dict.fromkeys(target if s == str(source) else s for s in before))


def _check_target(session: Session, staff_id: uuid.UUID) -> None:
    staff = session.get(Staff, staff_id)
    if staff is None or staff.deleted or not staff.active:
        raise InvalidInput([FieldError("to_staff_id", "unknown_staff",
                                       "The staff member is not known on this laptop, or has left.")])
    if staff.role not in ASSIGNABLE_ROLES:
        raise InvalidInput([FieldError("to_staff_id", "not_assignable",
                                       "An administrator cannot be assigned clients.")])


def _assign_figures_only(session: Session, client: Client, staff: list[str], *, actor: Actor) -> None:
    """The staff of a client whose figures only are here: the one field changed, with its outbox
    entry, as ``changes.update`` writes one (the whole record cannot be validated: its content
    is not on this laptop)."""
    client.assigned_staff_ids = staff
    client.modified_by = actor.label
    client.modified_at = utcnow()
    session.add(client)
    outbox.append(session, kind=client.kind, record_id=client.id,
                  fields={"assigned_staff_ids": staff}, base_rev=client.rev)


def find_staff(store: Store, text: str) -> Staff:
    """The staff member named by ``text``: their id (or its first 8 characters or more), name or
    e-mail, in any case; refused (``NotFound``) when none or more than one matches."""
    wanted = text.strip().casefold()
    with store.reader() as session:
        rows = session.exec(select(Staff).where(Staff.deleted == False)).all()  # noqa: E712
    compact = wanted.replace("-", "")
    found = [s for s in rows if wanted in (s.name.casefold(), (s.email or "").casefold())
             or (len(compact) >= 8 and s.id.hex.startswith(compact))]
    if len(found) != 1:
        what = "No staff member matches" if not found else f"{len(found)} staff members match"
        raise NotFound(f"{what} “{text.strip()}” on this laptop: give the name, e-mail or id "
                       "of one staff member.")
    return found[0]
