"""What the Settings dialog reads and writes: the profile's language, lock time, PIN and passphrase,
and whether calendar files may carry client names.

Both run on a worker (the passphrase is checked and wrapped with Argon2, which takes a moment);
the settings themselves are declared in ``desktop/store/settings.py``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desktop.store import keys
from desktop.store.profile import Store, change_passphrase, check_new_pin, has_passphrase, set_pin
from desktop.store.settings import CALENDAR_WITH_NAMES, IDLE_MINUTES, LANGUAGE

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Preferences:
    language: str | None
    idle_minutes: int
    has_passphrase: bool
    calendar_with_names: bool = False


def read_preferences(*, store: Store) -> Preferences:
    with store.reader() as session:
        language, idle = LANGUAGE.read(session), IDLE_MINUTES.read(session)
        with_names = CALENDAR_WITH_NAMES.read(session)
    return Preferences(language=language, idle_minutes=idle, has_passphrase=has_passphrase(store),
                       calendar_with_names=with_names)


def save_preferences(*, store: Store, language: str, idle_minutes: int, pin: str | None = None,
                     new_passphrase: str | None = None, current_passphrase: str | None = None,
                     calendar_with_names: bool | None = None) -> None:
    """Write what the dialog gives. A PIN or passphrase that cannot be used (``WeakPassphrase``)
    or a wrong current passphrase (``WrongPassphrase``) is refused before anything is written."""
    if pin:
        check_new_pin(pin)
    if new_passphrase:
        keys.check_new_passphrase(new_passphrase)
        change_passphrase(store, new_passphrase, current_passphrase=current_passphrase)
    if pin:
        set_pin(store, pin)
    with store.session() as session:
        LANGUAGE.write(session, language)
        IDLE_MINUTES.write(session, int(idle_minutes))
        if calendar_with_names is not None:
            CALENDAR_WITH_NAMES.write(session, bool(calendar_with_names))
