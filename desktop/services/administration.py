"""Administration through the sync server: staff accounts and devices (an administrator's), a
client's audit trail (a manager's). No Qt: the Administration page calls these off the GUI
thread.

Every call needs the profile's sync login (``sync_session``): without it ``NotLoggedIn``. The
server decides who may do what; its refusals come back as ``sync.client.errors.AdminRefused``.
The audit trail is read from the server each time, never stored on the laptop; its CSV export
is a file written whole or not at all, and an audit event of its own.
"""

from __future__ import annotations

import csv
import io
import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desktop.files import file_target, write_atomically
from desktop.services import audit
from desktop.services.changes import Actor
from desktop.services.revoked import delete_revoked_profile
from desktop.services.sync_session import NotLoggedIn, session_info, transport_for
from desktop.store.profile import Store
from desktop.translation import QT_TRANSLATE_NOOP
from sync.client.errors import DeviceRevoked
from sync.client.transport import Backoff, Transport
from sync.protocol import (
    AuditEntry,
    ClientAuditTrail,
    DeviceInfo,
    NewStaffAccount,
    PasswordReset,
    StaffAccount,
    StaffAccountChange,
    StaffPassword,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")
# Few tries: a person waits for the answer, and a change is not sent twice on a server error.
_BACKOFF = Backoff(attempts=2, first_delay=0.5, max_delay=2.0, max_retry_after=5.0)

ROLES_WITH_THE_PAGE = ("admin", "manager")


def signed_in(store: Store) -> bool:
    """Whether the profile has a sync login (a server and tokens)."""
    info = session_info(store)
    return bool(info.server_url) and info.logged_in


def _call(store: Store, call: Callable[[Transport], T]) -> T:
    if not signed_in(store):
        raise NotLoggedIn(QT_TRANSLATE_NOOP(
            "Errors", "This profile is not signed in to the sync server: log in on the Sync page."))
    try:
        with transport_for(store, backoff=_BACKOFF) as transport:
            return call(transport)
    except DeviceRevoked:
        delete_revoked_profile(store)  # as a sync does when it hears it
        raise


def staff_accounts(store: Store) -> list[StaffAccount]:
    return _call(store, lambda t: t.staff_accounts())


def add_staff(store: Store, account: NewStaffAccount) -> StaffPassword:
    made = _call(store, lambda t: t.add_staff(account))
    logger.info("staff account added: %s", made.account.account_id)
    return made


def change_staff(store: Store, account_id: uuid.UUID, change: StaffAccountChange) -> StaffAccount:
    changed = _call(store, lambda t: t.change_staff(account_id, change))
    logger.info("staff account changed: %s", account_id)
    return changed


def reset_password(store: Store, account_id: uuid.UUID, password: str | None) -> StaffPassword:
    done = _call(store, lambda t: t.reset_password(account_id, PasswordReset(password=password)))
    logger.info("password reset: %s", account_id)
    return done


def devices(store: Store) -> list[DeviceInfo]:
    return _call(store, lambda t: t.devices())


def revoke_device(store: Store, device_id: uuid.UUID) -> DeviceInfo:
    revoked = _call(store, lambda t: t.revoke_device(device_id))
    logger.info("device revoked: %s", device_id)
    return revoked


def client_trail(store: Store, client_id: uuid.UUID) -> ClientAuditTrail:
    return _call(store, lambda t: t.client_trail(client_id))


# --- the trail as CSV ----------------------------------------------------------------------

TRAIL_CONTEXT = "AuditTrail"
TRAIL_COLUMNS = (
    QT_TRANSLATE_NOOP("AuditTrail", "Time"),
    QT_TRANSLATE_NOOP("AuditTrail", "Action"),
    QT_TRANSLATE_NOOP("AuditTrail", "Record kind"),
    QT_TRANSLATE_NOOP("AuditTrail", "Staff member"),
    QT_TRANSLATE_NOOP("AuditTrail", "Device"),
    QT_TRANSLATE_NOOP("AuditTrail", "Fields changed"),
    QT_TRANSLATE_NOOP("AuditTrail", "Record"),
)
ACTIONS = {
    "view": QT_TRANSLATE_NOOP("AuditTrail", "Viewed"),
    "reveal_personal_id": QT_TRANSLATE_NOOP("AuditTrail", "Revealed the identity code"),
    "print": QT_TRANSLATE_NOOP("AuditTrail", "Printed"),
    "save": QT_TRANSLATE_NOOP("AuditTrail", "Saved to a file"),
    "export": QT_TRANSLATE_NOOP("AuditTrail", "Exported"),
    "generate": QT_TRANSLATE_NOOP("AuditTrail", "Made (a form or a summary)"),
    "open_external": QT_TRANSLATE_NOOP("AuditTrail", "Opened in another program"),
    "created": QT_TRANSLATE_NOOP("AuditTrail", "Created"),
    "changed": QT_TRANSLATE_NOOP("AuditTrail", "Changed"),
    "deleted": QT_TRANSLATE_NOOP("AuditTrail", "Deleted"),
}
CSV_DELIMITER = ";"


def _untranslated(_context: str, text: str) -> str:
    return text


def trail_row(entry: AuditEntry, translate: Callable[[str, str], str] = _untranslated,
              kind_label: Callable[[str], str] = str,
              field_label: Callable[[str], str] = str) -> list[str]:
    """One entry as the table and the CSV show it, in the laptop's time zone."""
    action = ACTIONS.get(entry.action)
    return [
        entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        translate(TRAIL_CONTEXT, action) if action else entry.action,
        kind_label(entry.record_kind),
        entry.staff_name or str(entry.staff_id or ""),
        entry.device_name or str(entry.device_id or ""),
        # A new record has every field: only a change says which.
        ", ".join(field_label(name) for name in entry.changed_fields) if entry.action == "changed" else "",
        str(entry.record_id or ""),
    ]


def trail_csv(trail: ClientAuditTrail, translate: Callable[[str, str], str] = _untranslated,
              kind_label: Callable[[str], str] = str,
              field_label: Callable[[str], str] = str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER)
    writer.writerow([translate(TRAIL_CONTEXT, column) for column in TRAIL_COLUMNS])
    for entry in trail.entries:
        writer.writerow(trail_row(entry, translate, kind_label, field_label))
    return out.getvalue().encode("utf-8-sig")


def export_trail(store: Store, *, actor: Actor, trail: ClientAuditTrail, path: Path | str,
                 translate: Callable[[str, str], str] = _untranslated,
                 kind_label: Callable[[str], str] = str,
                 field_label: Callable[[str], str] = str) -> Path:
    """Write the trail to ``path`` as CSV (private to this user), and note the export in the
    audit log."""
    target = file_target(path)
    write_atomically(target, trail_csv(trail, translate, kind_label, field_label), private=True)
    audit.log(store, actor=actor, action="export", record_kind="audit_trail",
              client_id=trail.client_id)
    logger.info("audit trail exported: %d entries", len(trail.entries))
    return target
