"""The account's second factor (TOTP) from this laptop: its status, setting up an
authenticator app, new recovery codes, and saving the codes where the person chooses.

Two ways in. A login that must set one up first is refused with an enrolment token
(``sync.client.errors.EnrolmentRequired``): ``Enrolment`` keeps it with the login's server and
username, and confirming the setup logs this profile in (``sync_session.adopt_login``). A
logged-in profile uses its own session (optional setup, a new phone, new recovery codes).
Network work: call from a worker, never the GUI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop.services import sync_session
from desktop.store.profile import Store
from desktop.store.settings import CA_FILE, USERNAME
from sync.client.security import check_server_url
from sync.client.transport import Backoff, MemoryTokens, Transport
from sync.protocol import RecoveryCodes, TotpSecret, TotpStatus

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Enrolment:
    """A login refused until the account sets up its second factor, and its token."""

    server_url: str
    username: str
    token: str
    ca_file: Path | None = None


def _transport(store: Store, enrolment: Enrolment | None) -> Transport:
    if enrolment is None:
        return sync_session.transport_for(store, backoff=Backoff(attempts=3))
    return Transport(check_server_url(enrolment.server_url), tokens=MemoryTokens(),
                     ca_file=enrolment.ca_file, backoff=Backoff(attempts=3))


def _token(enrolment: Enrolment | None) -> str | None:
    return enrolment.token if enrolment is not None else None


def status(store: Store, *, enrolment: Enrolment | None = None) -> TotpStatus:
    with _transport(store, enrolment) as transport:
        return transport.totp_status(enrolment_token=_token(enrolment))


def start(store: Store, *, password: str, code: str | None = None,
          enrolment: Enrolment | None = None) -> TotpSecret:
    """A new secret for the authenticator app (not used until ``confirm``)."""
    with _transport(store, enrolment) as transport:
        return transport.totp_start(password=password, code=code,
                                    enrolment_token=_token(enrolment))


def confirm(store: Store, *, code: str, enrolment: Enrolment | None = None) -> list[str]:
    """The app's code: the second factor is on; the recovery codes, to show once. With an
    enrolment, the profile is logged in too."""
    with _transport(store, enrolment) as transport:
        answer: RecoveryCodes = transport.totp_confirm(code=code, enrolment_token=_token(enrolment))
    if enrolment is not None and answer.tokens is not None:
        sync_session.adopt_login(store, tokens=answer.tokens,
                                 server_url=check_server_url(enrolment.server_url),
                                 username=enrolment.username, ca_file=enrolment.ca_file)
    logger.info("second factor set up")
    return answer.recovery_codes


def new_recovery_codes(store: Store, *, password: str, code: str) -> list[str]:
    """New recovery codes; the old ones stop working."""
    with _transport(store, None) as transport:
        return transport.totp_recovery_codes(password=password, code=code).recovery_codes


def username(store: Store) -> str:
    return USERNAME.get(store) or ""


def ca_file(store: Store) -> Path | None:
    value = CA_FILE.get(store)
    return Path(value) if value else None


def codes_text(codes: list[str], *, heading: str) -> str:
    """The recovery codes as a short text to keep: a heading line, then one code a line."""
    return "\n".join([heading, "", *codes, ""])


def save_codes(path: Path, text: str) -> None:
    """Write the codes' text to the file the person chose (readable by them only)."""
    path.write_text(text, encoding="utf-8")
    try:
        path.chmod(0o600)
    except OSError:
        pass
