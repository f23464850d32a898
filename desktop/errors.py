"""Errors a person can act on. Each message says what went wrong and what to do.

A message is English source text marked for translation in the context ``Errors``
(``QT_TRANSLATE_NOOP("Errors", …)`` from ``desktop/translation.py``, a literal context so that
lupdate puts it in the .ts files), with ``%1``, ``%2``, … for the values it quotes:
``NotFound(QT_TRANSLATE_NOOP("Errors", "No position with id %1."), position_id)``. The command line prints ``str(error)``, the English message, and exits
1; the UI shows ``desktop.i18n.error_message(error)``, the same message in the UI's language.
Field errors (``InvalidInput``) have codes instead, worded by ``desktop/ui/forms/errors.py``.
Messages never include names, identity codes or note text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.translation import fill
from sync.field_errors import FieldError

__all__ = ["ERRORS", "FieldError"]  # FieldError: the shared shape (sync/field_errors.py), for the services

ERRORS = "Errors"  # the translation context of every KenttaError's message


class KenttaError(Exception):
    """Base class for errors shown to the user: ``text`` is the English source of the message,
    ``params`` the values put in for its ``%1``, ``%2``, …"""

    def __init__(self, text: str = "", *params: object) -> None:
        self.text = text
        self.params = tuple(str(value) for value in params)
        super().__init__(fill(text, self.params))


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
