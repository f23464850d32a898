"""Errors of the sync engine. Each message says what went wrong and what to do.

They are not ``desktop.errors.KenttaError`` (``sync`` never imports ``desktop``). Each error
carries a stable ``code`` and its ``params`` (texts put into the message, such as the server's
host) beside the English message: the desktop shows the code's text in the UI's language
(``desktop/ui/sync/messages.py``), and the English ``str(error)`` where it has no language
(the command line, the log). A code's params are the same wherever it is raised.
"""

from __future__ import annotations

from typing import Any


class SyncError(Exception):
    """Base class: a sync or login that could not be done; the message is for people."""

    default_code = "sync_failed"

    def __init__(self, message: str = "", *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.code = code or self.default_code
        self.params: dict[str, str] = {name: str(value) for name, value in params.items()}


class InsecureServer(SyncError):
    """The server address breaks the TLS rule (refused before any request)."""

    default_code = "address_invalid"


class CertificateError(SyncError):
    """The server's TLS certificate could not be verified."""

    default_code = "certificate"


class ServerUnreachable(SyncError):
    """No answer after the retries (network down, server stopped, DNS)."""

    default_code = "unreachable"


class ServerBusy(SyncError):
    """The server kept answering 5xx or 429 after the retries."""

    default_code = "server_busy"


class LoginFailed(SyncError):
    """Wrong username or password, or the account is closed, or logins are throttled."""

    default_code = "login_failed"


class SecondFactorRefused(LoginFailed):
    """The right password, but the second factor is missing or wrong (``sync.protocol``'s
    ``totp_required``, ``totp_invalid``, ``totp_reused``), or a change of it was refused."""

    default_code = "totp_required"


class EnrolmentRequired(LoginFailed):
    """The right password, and the account must set up a second factor first: ``token`` (the
    enrolment token) lets this device do that, and nothing else, for ``expires_in`` seconds."""

    default_code = "totp_enrolment_required"

    def __init__(self, message: str, *, token: str, expires_in: int | None = None) -> None:
        super().__init__(message)
        self.token = token
        self.expires_in = expires_in


class LoginRequired(SyncError):
    """No tokens, or the session ended (refresh refused, device revoked)."""

    default_code = "session_ended"


class DeviceRevoked(SyncError):
    """An administrator revoked this device (a lost laptop): the profile must be deleted.

    Not ``LoginRequired``: logging in again does not help, and the desktop deletes the profile
    when it hears this (``desktop.services.revoked``)."""

    default_code = "device_revoked"


class ProtocolMismatch(SyncError):
    """The app and the server speak different protocol versions (426 / 400)."""

    default_code = "protocol_mismatch"


class ServerRejected(SyncError):
    """The server answered with an error the engine cannot recover from."""

    default_code = "server_rejected"


class ServerRestored(SyncError):
    """A push refused because the server was restored from a backup after this device's
    last pull: the engine realigns (``sync.client.realign``) and sends afterwards."""

    default_code = "server_restored"


class SyncCancelled(SyncError):
    """The person cancelled; what was done so far is kept."""

    default_code = "cancelled"


class SyncBusy(SyncError):
    """Another sync of the same profile is running in this process."""

    default_code = "sync_running"


class AdminRefused(SyncError):
    """The server refused an administration call: ``code`` is ``forbidden``, ``not_found``,
    ``username_taken``, ``last_admin``, ``conflict`` or ``invalid`` (``field`` names the input at
    fault); ``detail`` is the server's own (English) message. The desktop words these codes
    itself (``desktop/ui/admin/messages.py``)."""

    default_code = "server_rejected"
