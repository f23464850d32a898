"""Every setting the app keeps, declared once: its key, type, default and label.

As Electrum's ``ConfigVar`` does: a setting is a module-level object, and code
reads and writes it through that object (``IDLE_MINUTES.get(store)``,
``CURSOR.write(session, 42)`` inside a transaction), never through a bare key.
The profile's settings live in the encrypted ``setting`` table; the one kept
outside it, ``UI_LANGUAGE``, is a copy of ``LANGUAGE`` in the profile folder's
``ui.json``, readable before the profile is unlocked. QSettings holds window
state only.

Labels are English source texts in the context ``"Settings"``; the UI shows
them with ``QCoreApplication.translate("Settings", setting.label)``.

This module imports no database layer at import time: start-up reads
``UI_LANGUAGE`` before SQLAlchemy is loaded.
"""

from __future__ import annotations

import copy
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from desktop.store.layout import UI_FILE
from desktop.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlmodel import Session

    from desktop.store.profile import Store

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Every declared setting by key: the profile's, and the folder's by (file, key).
# tests/store/test_settings.py checks the code against them.
SETTINGS: dict[str, "SettingVar"] = {}
FOLDER_SETTINGS: dict[tuple[str, str], "FolderSetting"] = {}


def _declare(table: dict, key, setting) -> None:
    if key in table:
        raise ValueError(f"setting {key!r} declared twice")
    table[key] = setting


def _typed(setting, value: Any) -> bool:
    if value is None:
        return True
    if setting.type is int and isinstance(value, bool):
        return False
    return isinstance(value, setting.type)


@dataclass(frozen=True, eq=False)
class SettingVar(Generic[T]):
    """A setting of the profile, kept in its ``setting`` table.

    ``None`` means "not set" for any setting; a stored value of another type
    reads as the default (and is logged by key).
    """

    key: str
    type: type
    default: T
    label: str

    def __post_init__(self) -> None:
        if not _typed(self, self.default):
            raise TypeError(f"default of {self.key!r} is not {self.type.__name__}")
        _declare(SETTINGS, self.key, self)

    def _value(self, row) -> T:
        if row is None or row.value is None:
            return copy.deepcopy(self.default)
        if not _typed(self, row.value):
            logger.warning("setting %s holds a %s; its default is used", self.key, type(row.value).__name__)
            return copy.deepcopy(self.default)
        return row.value

    def _checked(self, value: Any) -> Any:
        if not _typed(self, value):
            raise TypeError(f"setting {self.key!r} takes {self.type.__name__}, not {type(value).__name__}")
        return value

    # Inside a session the caller holds (one transaction with other changes).
    def read(self, session: Session) -> T:
        from desktop.store.tables import Setting

        return self._value(session.get(Setting, self.key))

    def write(self, session: Session, value: T | None) -> None:
        from desktop.store.tables import Setting

        session.merge(Setting(key=self.key, value=self._checked(value)))

    # On their own: one read, or one transaction.
    def get(self, store: Store) -> T:
        with store.reader() as session:
            return self.read(session)

    def set(self, store: Store, value: T | None) -> None:
        self._checked(value)
        with store.session() as session:
            self.write(session, value)


@dataclass(frozen=True, eq=False)
class FolderSetting(Generic[T]):
    """A setting kept in a small JSON file of the profile folder, readable while it is locked.

    Nothing personal goes there. A missing or damaged file reads as the default;
    a file that cannot be written is logged and left as it was.
    """

    file: str
    key: str
    type: type
    default: T
    label: str

    def __post_init__(self) -> None:
        _declare(FOLDER_SETTINGS, (self.file, self.key), self)

    def _contents(self, data_dir: Path) -> dict:
        try:
            contents = json.loads((Path(data_dir) / self.file).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return contents if isinstance(contents, dict) else {}

    def get(self, data_dir: Path) -> T:
        value = self._contents(data_dir).get(self.key)
        return copy.deepcopy(value) if value is not None and _typed(self, value) else copy.deepcopy(self.default)

    def set(self, data_dir: Path, value: T) -> None:
        """Write this setting; the file's other settings are kept as they are."""
        from desktop.files import write_atomically

        contents = self._contents(data_dir)
        if contents.get(self.key) == value:
            return
        contents[self.key] = value
        try:
            write_atomically(Path(data_dir) / self.file, json.dumps(contents).encode(), private=True)
        except OSError as error:  # only the next start's first second is in the system language
            logger.warning("%s not written: %s", self.file, type(error).__name__)


# --- the profile's user and the screen --------------------------------------------------

ME = SettingVar[str]("me", str, None, QT_TRANSLATE_NOOP("Settings", "Profile user (staff id)"))
LANGUAGE = SettingVar[str]("language", str, None, QT_TRANSLATE_NOOP("Settings", "Language"))
UI_LANGUAGE = FolderSetting[str](UI_FILE, "language", str, None,
                                 QT_TRANSLATE_NOOP("Settings", "Language at the next start"))
# {"<screen name> <width>x<height>": the window's geometry there (QWidget.saveGeometry, base64)}
WINDOW_GEOMETRY = FolderSetting[dict](UI_FILE, "window_geometry", dict, {},
                                      QT_TRANSLATE_NOOP("Settings", "Window size and place per screen"))
# Set when the profile was deleted because an administrator revoked this device: the next start
# says why before the first-run setup (desktop.services.revoked).
DEVICE_REVOKED_NOTICE = FolderSetting[bool](UI_FILE, "device_revoked", bool, False,
                                            QT_TRANSLATE_NOOP("Settings", "This device was revoked"))
IDLE_MINUTES = SettingVar[int]("idle_minutes", int, 10, QT_TRANSLATE_NOOP("Settings", "Lock after idle time"))
# Calendar files (desktop.services.calendar_file) leave the encrypted store: client names only
# when the user allows them.
CALENDAR_WITH_NAMES = SettingVar[bool]("calendar.with_names", bool, False,
                                       QT_TRANSLATE_NOOP("Settings", "Client names in calendar files"))

# --- the sync server session (desktop/services/sync_session.py) ------------------------

SERVER_URL = SettingVar[str]("sync.server_url", str, None, QT_TRANSLATE_NOOP("Settings", "Sync server"))
USERNAME = SettingVar[str]("sync.username", str, None, QT_TRANSLATE_NOOP("Settings", "Username"))
DEVICE_ID = SettingVar[str]("sync.device_id", str, None, QT_TRANSLATE_NOOP("Settings", "Device id"))
STAFF_ID = SettingVar[str]("sync.staff_id", str, None, QT_TRANSLATE_NOOP("Settings", "Staff id on the server"))
ROLE = SettingVar[str]("sync.role", str, None, QT_TRANSLATE_NOOP("Settings", "Role on the server"))
CA_FILE = SettingVar[str]("sync.ca_file", str, None, QT_TRANSLATE_NOOP("Settings", "Server certificate authority"))
AUTO_SYNC = SettingVar[bool]("sync.auto", bool, False, QT_TRANSLATE_NOOP("Settings", "Sync automatically"))
# Content of the attachments of the user's own clients fetched during sync (else on first open).
DOWNLOAD_ATTACHMENTS_AHEAD = SettingVar[bool](
    "sync.download_attachments_ahead", bool, True,
    QT_TRANSLATE_NOOP("Settings", "Download my clients' attachments during sync"))
# Only where no keyring works: the tokens then live in the encrypted profile.
TOKENS = SettingVar[str]("sync.tokens", str, None, QT_TRANSLATE_NOOP("Settings", "Sync tokens"))

# --- sync state, kept with the data it describes -----------------------------------------

CURSOR = SettingVar[int]("sync.cursor", int, 0, QT_TRANSLATE_NOOP("Settings", "Pulled up to"))
LAST_SYNC = SettingVar[str]("sync.last_sync", str, None, QT_TRANSLATE_NOOP("Settings", "Last sync"))
# Set while the profile realigns with a server restored from a backup (desktop.sync.realign):
# the backup's sequence number. Pulled revisions then replace the local copies.
REALIGN = SettingVar[int]("sync.realign", int, None,
                          QT_TRANSLATE_NOOP("Settings", "Realigning after a server restore"))

# --- handover documents -----------------------------------------------------------------

# {"<year>": the last number given}
DOCUMENT_COUNTER = SettingVar[dict]("handover.document_counter", dict, {},
                                    QT_TRANSLATE_NOOP("Settings", "Handover document numbers"))
# {"<form id hex>": {"version": digest of what the form prints, "on": its date} (services.handover)}
DOCUMENT_VERSIONS = SettingVar[dict]("handover.document_versions", dict, {},
                                     QT_TRANSLATE_NOOP("Settings", "Handover form versions"))
