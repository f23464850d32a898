"""A revoked device (a lost laptop): when the server says so, the profile is deleted here.

An administrator revokes the device (``kentta-server revoke-device`` or
``POST /v1/admin/devices/{id}/revoke``); the server then answers any request of this laptop with
the code ``device_revoked`` (``sync.client.errors.DeviceRevoked``). The profile is closed and
every file of its folder removed: the SQLCipher database with its WAL and SHM, the backups, the
damaged-* copies, the drafts, the logs and ``profile.json``; and its two keyring entries, the
database key and the sync tokens. What is left is ``ui.json`` with the UI's language and the
notice ``DEVICE_REVOKED_NOTICE`` (nothing personal), so that the next start says why in the
user's language and offers the first-run setup, and one line in a new log.

The files are removed, not overwritten: an SSD or a journalling file system may keep old blocks
anyway, and the database and its backups are SQLCipher-encrypted at rest, so what a disk keeps
of them is unreadable without the key, which is gone with the keyring entry (or, on a laptop
without a keyring, wrapped by the passphrase in ``profile.json``, removed too).
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store.settings import DEVICE_REVOKED_NOTICE, UI_LANGUAGE

if TYPE_CHECKING:  # start-up reads the notice before the data layer is loaded
    from desktop.store.profile import Store

logger = logging.getLogger(__name__)


def delete_revoked_profile(store: "Store") -> None:
    """Close the profile and delete it: its folder's files and its keyring entries.

    Runs off the GUI thread (the sync's own thread, or the command line)."""
    from desktop.services.sync_session import KEYRING_SERVICE as TOKENS_SERVICE
    from desktop.store import keys

    data_dir, profile_id = store.data_dir, store.profile_id
    language = UI_LANGUAGE.get(data_dir)
    store.lock()  # no connection stays open, and none can be opened again
    if keys.keyring_usable():
        for service, what in ((keys.KEYRING_SERVICE, "database key"), (TOKENS_SERVICE, "sync tokens")):
            _delete_keyring_entry(service, profile_id, what)
    logging_here = _close_logs_in(data_dir)
    for path in list(data_dir.iterdir()):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    UI_LANGUAGE.set(data_dir, language)
    DEVICE_REVOKED_NOTICE.set(data_dir, True)
    if logging_here:
        from desktop.logsetup import configure_logging

        configure_logging(data_dir)  # a new log, which holds this one line
    logger.warning("this device was revoked by the server: the profile was deleted")


def _delete_keyring_entry(service: str, profile_id: str, what: str) -> None:
    """Delete one keyring entry; one left in place is logged (by what it held, not whose it is).

    Having none is no failure: a profile kept its key wrapped by the passphrase only, or
    never logged in to a server. Whatever the keyring does, the folder is still removed.
    """
    import keyring
    import keyring.errors

    try:
        keyring.delete_password(service, profile_id)
        return
    except keyring.errors.PasswordDeleteError as error:
        problem = type(error).__name__  # most backends say so when there is no entry
    except Exception as error:  # noqa: BLE001 - a backend's own errors (D-Bus, Windows) too
        problem = type(error).__name__
    try:
        left = keyring.get_password(service, profile_id) is not None
    except Exception:  # noqa: BLE001 - a keyring that cannot say: the entry may be left
        left = True
    if left:
        logger.warning("the revoked profile's %s could not be deleted from the OS keyring (%s); "
                       "an entry of the service %r is left", what, problem, service)


def _close_logs_in(data_dir: Path) -> bool:
    """Close the log files kept in the folder; True when there were any."""
    root, closed = logging.getLogger(), False
    for handler in list(root.handlers):
        filename = getattr(handler, "baseFilename", None)
        if filename and Path(filename).resolve().is_relative_to(data_dir.resolve()):
            root.removeHandler(handler)
            handler.close()
            closed = True
    return closed


def revoked_notice(data_dir: Path) -> bool:
    """True once, at the start after the profile was deleted; the notice is then cleared."""
    if not DEVICE_REVOKED_NOTICE.get(data_dir):
        return False
    DEVICE_REVOKED_NOTICE.set(data_dir, False)
    return True
