"""Break-glass on the laptop: a manager asks the server to open one client not assigned to them,
and everyone who holds the client sees who opened it, why and until when (no Qt here).

The server decides and records (``sync/server/break_glass.py``); the client's records then come
with the next sync, and leave this laptop when the time is over (an access revocation, as after
a reassignment), leaving the figures.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from sqlmodel import select

from desktop.errors import ERRORS, FieldError, InvalidInput, KenttaError
from desktop.store.profile import Store
from desktop.store.tables import BreakGlass, Organisation, Staff
from desktop.translation import QT_TRANSLATE_NOOP
from sync.client.errors import (
    CertificateError,
    DeviceRevoked,
    LoginRequired,
    ServerRejected,
    ServerUnreachable,
    SyncError,
)
from sync.client.transport import Backoff
from sync.protocol import BreakGlassGrantOut
from sync.records import OrganisationBase, as_aware, break_glass_reason

__all__ = ["ERRORS", "Grant", "Refused", "grant_hours", "grants_of", "open_client"]

logger = logging.getLogger(__name__)

DEFAULT_HOURS = OrganisationBase.model_fields["break_glass_hours"].default


class Refused(KenttaError):
    """The server would not open the client; the message says why and what to do."""


_REFUSALS = {
    403: QT_TRANSLATE_NOOP("Errors", "Only a manager may open the details of a client who is not "
                           "theirs."),
    404: QT_TRANSLATE_NOOP("Errors", "The server has no such client: it may have been deleted. "
                           "Sync, then try again."),
    409: QT_TRANSLATE_NOOP("Errors", "The client's details are open to you already, or you are "
                           "assigned to the client: sync to see them."),
}
UNREACHABLE = QT_TRANSLATE_NOOP("Errors", "Cannot reach the server at %1: check the network "
                                "connection, then try again. Nothing was opened.")
SESSION_ENDED = QT_TRANSLATE_NOOP("Errors", "The session with the server has ended: log in again "
                                  "on the Sync page, then try again.")
NOT_NOW = QT_TRANSLATE_NOOP("Errors", "The server could not open the client's details now: try "
                            "again later.")
TOO_SHORT = "Say why you open this client, in a few words at least."  # worded by the form's table


@dataclass(frozen=True)
class Grant:
    """One opening of a client by a manager, as its ``break_glass`` record says."""

    id: uuid.UUID
    staff_id: uuid.UUID
    staff_name: str
    reason: str
    granted_at: dt.datetime
    expires_at: dt.datetime
    ended_at: dt.datetime | None

    def open_at(self, now: dt.datetime) -> bool:
        return self.ended_at is None and self.expires_at > now


def grant_hours(store: Store) -> int:
    """How long an opening lasts in this organisation (its ``break_glass_hours``)."""
    with store.reader() as session:
        org = session.exec(select(Organisation).where(Organisation.deleted == False)).first()  # noqa: E712
    return org.break_glass_hours if org is not None else DEFAULT_HOURS


def grants_of(store: Store, client_id) -> list[Grant]:
    """The client's openings held here, newest first."""
    client_id = uuid.UUID(str(client_id))
    with store.reader() as session:
        rows = session.exec(
            select(BreakGlass, Staff.name)
            .join(Staff, Staff.id == BreakGlass.staff_id, isouter=True)
            .where(BreakGlass.client_id == client_id, BreakGlass.deleted == False)  # noqa: E712
            .order_by(BreakGlass.granted_at.desc())
        ).all()
    return [Grant(row.id, row.staff_id, name or "", row.reason, as_aware(row.granted_at),
                  as_aware(row.expires_at), as_aware(row.ended_at) if row.ended_at else None)
            for row, name in rows]


def open_client(store: Store, *, client_id, reason: str) -> BreakGlassGrantOut:
    """Ask the server to open the client for this manager (network: call it off the GUI
    thread). A reason that says too little is refused here first (``InvalidInput``); the
    server's refusals raise ``Refused``; no network raises the transport's ``SyncError``."""
    text = break_glass_reason(reason or "")
    if text is None:
        raise InvalidInput([FieldError("reason", "break_glass_reason", TOO_SHORT)])
    from desktop.services.sync_session import transport_for

    with transport_for(store, backoff=Backoff(attempts=2)) as transport:
        try:
            return transport.break_glass(uuid.UUID(str(client_id)), text)
        except ServerRejected as error:
            status = int(error.params.get("status", 0))
            if status == 422:
                raise InvalidInput([FieldError("reason", "break_glass_reason", TOO_SHORT)]) from None
            raise Refused(_REFUSALS.get(status, NOT_NOW)) from None
        except (ServerUnreachable, CertificateError):
            raise Refused(UNREACHABLE, transport.host) from None
        except DeviceRevoked:
            raise  # the next sync deletes the profile and says why (``services.revoked``)
        except LoginRequired:
            raise Refused(SESSION_ENDED) from None
        except SyncError as error:  # busy, another protocol: the words of the sync's errors
            logger.info("break-glass request failed: %s", type(error).__name__)
            raise Refused(NOT_NOW) from None
