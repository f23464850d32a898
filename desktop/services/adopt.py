"""A profile set up on this laptop before its first login becomes the server account's.

The setup dialog makes a placeholder organisation, locality and staff record with new ids.
At the first login they give way to the server's: the staff id and organisation id are
replaced everywhere (records and unsent changes), the placeholders are dropped, and after the
first sync each placeholder locality is replaced by the server's locality of the same name
(one with no match stays on this laptop only).
A profile whose user already synced as another account is refused.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from sqlalchemy import update
from sqlmodel import select

from desktop.errors import KenttaError
from desktop.store.profile import Store
from desktop.store.settings import ME
from desktop.store.tables import TABLES, Client, Locality, Organisation, Staff
from desktop.sync import outbox
from desktop.translation import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

LOCALITY_REFS = ("employer", "client", "recruitment_event")


class OtherAccount(KenttaError):
    pass


def _swap(value: Any, old: str, new: str) -> Any:
    if isinstance(value, str) and value == old:
        return new
    if isinstance(value, list):
        return [new if item == old else item for item in value]
    return value


def adopt_identity(store: Store, *, new_staff_id: uuid.UUID, organisation_id: uuid.UUID) -> None:
    with store.session() as session:
        old_id = uuid.UUID(ME.read(session))
        staff = session.get(Staff, old_id)
        if staff is not None and staff.rev > 0:
            raise OtherAccount(QT_TRANSLATE_NOOP(
                "Errors", "This profile belongs to another account that has synced with the server. Log in "
                "with that account, or keep this account's data in another folder (--data-dir)."))
        old_org = staff.organisation_id if staff is not None else None
        renames = {str(old_id): str(new_staff_id)}
        if old_org is not None:
            renames[str(old_org)] = str(organisation_id)
        connection = session.connection()
        for table_class in TABLES.values():
            table = table_class.__table__
            connection.execute(update(table).where(table.c.modified_by == str(old_id))
                               .values(modified_by=str(new_staff_id)))
            if "staff_id" in table.c:
                connection.execute(update(table).where(table.c.staff_id == old_id)
                                   .values(staff_id=new_staff_id))
            if "organisation_id" in table.c and old_org is not None:
                connection.execute(update(table).where(table.c.organisation_id == old_org)
                                   .values(organisation_id=organisation_id))
        for client in session.exec(select(Client)).all():
            if str(old_id) in client.assigned_staff_ids:
                client.assigned_staff_ids = _swap(client.assigned_staff_ids, str(old_id), str(new_staff_id))
                session.add(client)
        def renamed(value: Any) -> Any:
            for old, new in renames.items():
                value = _swap(value, old, new)
            return value

        outbox.rename_values(session, renamed)
        placeholders = [old_id] + ([old_org] if old_org is not None else [])
        outbox.delete_records(session, placeholders)
        for table, record_id in ((Staff, old_id), (Organisation, old_org)):
            row = session.get(table, record_id) if record_id is not None else None
            if row is not None and row.rev == 0:
                session.delete(row)
        # Placeholder localities are not sent (the organisation's localities come from the
        # server); they give way to the server's of the same name after the first sync.
        local = session.exec(select(Locality.id).where(Locality.rev == 0)).all()
        outbox.delete_records(session, local)
    logger.info("profile adopted by the server account (staff %s)", new_staff_id)


def replace_placeholder_localities(store: Store, *, actor_label: str | None) -> int:
    """Placeholder localities (never synced, nothing to send) give way to the server's
    localities of the same name; how many were replaced. Records that pointed at a placeholder
    point at the server's locality, as an ordinary change (an outbox entry)."""
    replaced = 0
    with store.session() as session:
        rows = session.exec(select(Locality).where(Locality.deleted == False)).all()  # noqa: E712
        synced = {row.name.casefold(): row.id for row in rows if row.rev > 0}
        waiting = outbox.waiting_records(session)
        for row in rows:
            target = synced.get(row.name.casefold())
            if row.rev != 0 or target is None or row.id in waiting:
                continue
            for kind in LOCALITY_REFS:
                table = TABLES[kind]
                for record in session.exec(select(table).where(table.locality_id == row.id)).all():
                    record.locality_id = target
                    record.modified_by = actor_label or record.modified_by
                    session.add(record)
                    outbox.append(session, kind=kind, record_id=record.id, base_rev=record.rev,
                                  fields={"locality_id": str(target)})
            session.delete(row)
            replaced += 1
    return replaced
