"""Errors of the sync engine. Each message says what went wrong and what to do.

They are not ``desktop.errors.KenttaError`` (``sync`` never imports ``desktop``); the
application shows ``str(error)`` to the person as it shows its own errors.
"""

from __future__ import annotations


class SyncError(Exception):
    """Base class: a sync or login that could not be done; the message is for people."""


class InsecureServer(SyncError):
    """The server address breaks the TLS rule (refused before any request)."""


class CertificateError(SyncError):
    """The server's TLS certificate could not be verified."""


class ServerUnreachable(SyncError):
    """No answer after the retries (network down, server stopped, DNS)."""


class ServerBusy(SyncError):
    """The server kept answering 5xx or 429 after the retries."""


class LoginFailed(SyncError):
    """Wrong username or password, or the account is closed, or logins are throttled."""


class LoginRequired(SyncError):
    """No tokens, or the session ended (refresh refused, device revoked)."""


class ProtocolMismatch(SyncError):
    """The app and the server speak different protocol versions (426 / 400)."""


class ServerRejected(SyncError):
    """The server answered with an error the engine cannot recover from."""


class SyncCancelled(SyncError):
    """The person cancelled; what was done so far is kept."""


class SyncBusy(SyncError):
    """Another sync of the same profile is running in this process."""
