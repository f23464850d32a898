"""Errors a person can act on. Each message says what went wrong and what to do.

The command line prints ``str(error)`` and exits 1; the UI shows it in a dialog.
Messages never include names, identity codes or note text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sync.field_errors import FieldError

__all__ = ["FieldError"]  # the shared shape (sync/field_errors.py), re-exported for the services


class KenttaError(Exception):
    """Base class for errors shown to the user as they are."""

    def translated(self, translate) -> str:
        """The message in the UI's language; ``translate(context, text)`` is Qt's. An error
        whose text is marked for translation says so by overriding this; the rest are English."""
        return str(self)


class ProfileNotFound(KenttaError):
    pass


class ProfileLocked(KenttaError):
    pass


class ProfileExists(KenttaError):
    pass


class WrongPassphrase(KenttaError):
    pass


class PassphraseRequired(KenttaError):
    """The key must be unwrapped with a passphrase and none was given."""


class WeakPassphrase(KenttaError, ValueError):
    pass


class KeyringEntryMissing(KenttaError):
    pass


class KeyringUnavailable(KenttaError):
    pass


class WrongKey(KenttaError):
    pass


class DatabaseDamaged(KenttaError):
    pass


class WalDamaged(DatabaseDamaged):
    """The write-ahead log holds committed changes that SQLite's recovery would drop.

    Nothing was opened or changed; ``aside`` is the folder holding copies of the
    database and its log, ``transactions`` and ``frames`` what is at risk.
    """

    def __init__(self, message: str, *, transactions: int, frames: int, aside=None) -> None:
        super().__init__(message)
        self.transactions = transactions
        self.frames = frames
        self.aside = aside


class NotFound(KenttaError):
    pass


@dataclass
class InvalidInput(KenttaError):
    """A service refused its input; nothing was changed."""

    errors: list[FieldError] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [f"{e.field}: {e.message}" if e.field else e.message for e in self.errors]
        return "Invalid input. " + " ".join(parts)

    def codes(self) -> dict[str, str]:
        return {e.field: e.code for e in self.errors}
