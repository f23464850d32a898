"""The profile's session with the sync server: login, tokens, logout, the server address,
and the sync engine built for this profile.

Tokens are kept in the OS keyring under the profile id (service ``Kenttä sync``); where no
keyring works, in the encrypted profile's ``setting`` table. The server address, username and
device id are settings of the profile.
"""

from __future__ import annotations

import logging
import platform
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
import keyring
import keyring.errors

from desktop.errors import KenttaError
from desktop.store import keys
from desktop.store.profile import Store
from desktop.store.settings import (
    AUTO_SYNC, CA_FILE, CURSOR, DEVICE_ID, LAST_SYNC, ME, ROLE, SERVER_URL, STAFF_ID, TOKENS, USERNAME,
)
from desktop.sync.replica import DesktopReplica
from desktop.translation import QT_TRANSLATE_NOOP
from sync.client.engine import SyncEngine
from sync.client.errors import DeviceRevoked, SyncError
from sync.client.progress import SyncProgress
from sync.client.receipt import Receipt
from sync.client.security import check_server_url
from sync.client.transport import Backoff, MemoryTokens, Transport
from sync.protocol import TOTP_ENROLMENT_REQUIRED, TokenPair

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "Kenttä sync"


class NotLoggedIn(KenttaError):
    pass


class OtherServer(KenttaError):
    """The profile has synced with another server; ``code`` and ``params`` let the UI word it."""

    code = "other_server"

    def __init__(self, message: str, *, previous: str, server: str) -> None:
        super().__init__(message)
        self.params = {"previous": previous, "server": server}


class ProfileTokens:
    """The ``TokenStore`` of a profile: the keyring, else the encrypted profile."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self) -> TokenPair | None:
        raw = None
        if keys.keyring_usable():
            try:
                raw = keyring.get_password(KEYRING_SERVICE, self.store.profile_id)
            except keyring.errors.KeyringError as error:
                logger.warning("keyring read failed: %s", type(error).__name__)
        if raw is None:
            raw = TOKENS.get(self.store)
        return TokenPair.model_validate_json(raw) if raw else None

    def save(self, tokens: TokenPair) -> None:
        raw = tokens.model_dump_json()
        if keys.keyring_usable():
            try:
                keyring.set_password(KEYRING_SERVICE, self.store.profile_id, raw)
                TOKENS.set(self.store, None)
                return
            except keyring.errors.KeyringError as error:
                logger.warning("keyring write failed (%s): tokens kept in the profile",
                               type(error).__name__)
        TOKENS.set(self.store, raw)

    def clear(self) -> None:
        if keys.keyring_usable():
            try:
                keyring.delete_password(KEYRING_SERVICE, self.store.profile_id)
            except keyring.errors.KeyringError:
                pass
        TOKENS.set(self.store, None)


@dataclass(frozen=True)
class SessionInfo:
    server_url: str | None
    username: str | None
    device_id: str | None
    logged_in: bool
    last_sync: str | None
    auto_sync: bool


def session_info(store: Store) -> SessionInfo:
    with store.reader() as session:
        info = {setting: setting.read(session) for setting in (SERVER_URL, USERNAME, DEVICE_ID, LAST_SYNC, AUTO_SYNC)}
    return SessionInfo(
        server_url=info[SERVER_URL], username=info[USERNAME], device_id=info[DEVICE_ID],
        logged_in=ProfileTokens(store).load() is not None, last_sync=info[LAST_SYNC],
        auto_sync=bool(info[AUTO_SYNC]),
    )


def device_name() -> str:
    return f"Kenttä on {platform.node() or 'a laptop'}"[:100]


def server_login(*, server_url: str, username: str, password: str,
                 device_id: uuid.UUID | None = None, ca_file: Path | None = None,
                 http_transport: httpx.BaseTransport | None = None,
                 code: str | None = None) -> TokenPair:
    """Log in without a profile (the first login on a new laptop makes the profile after)."""
    tokens = MemoryTokens()
    with Transport(server_url, tokens=tokens, ca_file=ca_file, http_transport=http_transport,
                   backoff=Backoff(attempts=3)) as transport:
        return transport.login(username=username.strip(), password=password,
                               device_name=device_name(), device_id=device_id, code=code)


def login(store: Store, *, server_url: str, username: str, password: str,
          ca_file: Path | None = None, http_transport: httpx.BaseTransport | None = None,
          code: str | None = None) -> TokenPair:
    """Log this profile in; the tokens go to the keyring (or the profile), ``me`` is set.

    ``code``: the second factor's code or a recovery code, where the account has one
    (``SecondFactorRefused`` asks for it). ``EnrolmentRequired``: the account must set one up
    first (``desktop.services.second_factor``); confirming it logs the profile in."""
    server_url = check_server_url(server_url)
    known = DEVICE_ID.get(store)
    previous = SERVER_URL.get(store)
    same_server = previous == server_url
    if previous and not same_server and CURSOR.get(store):
        raise OtherServer(
            f"This profile syncs with {previous}. To use {server_url}, log in on a new profile "
            "(another data folder); this one keeps its data.",
            previous=previous, server=server_url,
        )
    device_id = uuid.UUID(known) if known and same_server else None
    try:
        tokens = server_login(server_url=server_url, username=username, password=password,
                              device_id=device_id, ca_file=ca_file, http_transport=http_transport,
                              code=code)
    except DeviceRevoked:
        _forget_revoked(store)
        raise
    adopt_login(store, tokens=tokens, server_url=server_url, username=username, ca_file=ca_file)
    return tokens


def adopt_login(store: Store, *, tokens: TokenPair, server_url: str, username: str,
                ca_file: Path | None = None) -> None:
    """Keep a login's tokens and who the profile's user is."""
    from desktop.services.adopt import adopt_identity

    me = ME.get(store)
    if me is not None and me != str(tokens.staff_id):
        adopt_identity(store, new_staff_id=tokens.staff_id, organisation_id=tokens.organisation_id)
    ProfileTokens(store).save(tokens)
    with store.session() as session:
        for setting, value in ((SERVER_URL, server_url), (USERNAME, username.strip()),
                               (DEVICE_ID, str(tokens.device_id)), (STAFF_ID, str(tokens.staff_id)),
                               (ROLE, tokens.role), (ME, str(tokens.staff_id)),
                               (CA_FILE, str(ca_file) if ca_file else None)):
            setting.write(session, value)
    logger.info("logged in: device %s", tokens.device_id)


def logout(store: Store, *, http_transport: httpx.BaseTransport | None = None) -> None:
    """End the session: the server forgets this device's tokens, and so does the laptop."""
    tokens = ProfileTokens(store)
    server_url = SERVER_URL.get(store)
    if server_url and tokens.load() is not None:
        try:
            with Transport(server_url, tokens=tokens, http_transport=http_transport,
                           backoff=Backoff(attempts=1)) as transport:
                transport.logout()
        except SyncError as error:
            logger.info("logout: %s", type(error).__name__)
    tokens.clear()


def set_auto_sync(store: Store, enabled: bool) -> None:
    AUTO_SYNC.set(store, bool(enabled))


def transport_for(store: Store, *, http_transport: httpx.BaseTransport | None = None,
                  backoff: Backoff | None = None, timeout: float = 30.0) -> Transport:
    server_url = SERVER_URL.get(store)
    if not server_url:
        raise NotLoggedIn(QT_TRANSLATE_NOOP("Errors", "This profile has no sync server yet: log in first "
                                            "(kentta login --server URL --user NAME, or the Sync page)."))
    ca_file = CA_FILE.get(store)
    return Transport(server_url, tokens=ProfileTokens(store), ca_file=Path(ca_file) if ca_file else None,
                     http_transport=http_transport, backoff=backoff, timeout=timeout)


def engine_for(store: Store, *, http_transport: httpx.BaseTransport | None = None,
               backoff: Backoff | None = None, batch_size: int = 500,
               page_size: int = 500) -> SyncEngine:
    """The sync engine for this profile (its transport must be closed after use)."""
    device = DEVICE_ID.get(store)
    if not device:
        raise NotLoggedIn(QT_TRANSLATE_NOOP("Errors", "This profile has not logged in to a sync server: log in first."))
    transport = transport_for(store, http_transport=http_transport, backoff=backoff)
    device_id = uuid.UUID(device)
    return SyncEngine(transport=transport, replica=DesktopReplica(store, device_id=device_id),
                      device_id=device_id, batch_size=batch_size, page_size=page_size,
                      lock_key=store.profile_id)


def sync(store: Store, *, progress: SyncProgress | None = None,
         http_transport: httpx.BaseTransport | None = None, backoff: Backoff | None = None,
         batch_size: int = 500, page_size: int = 500) -> Receipt:
    """Run one sync of this profile; the receipt says what happened."""
    engine = engine_for(store, http_transport=http_transport, backoff=backoff,
                        batch_size=batch_size, page_size=page_size)
    try:
        with engine.transport:
            receipt = engine.run(progress)
            if receipt.outcome == "ok":
                from desktop.services.adopt import replace_placeholder_localities

                label = STAFF_ID.get(store)
                if replace_placeholder_localities(store, actor_label=label):
                    receipt.absorb(engine.run(progress))  # send the records' new locality
            if receipt.outcome == "ok":
                _sync_files(store, engine.transport, receipt, progress)
    except DeviceRevoked:
        _forget_revoked(store)
        raise
    if receipt.error_code == TOTP_ENROLMENT_REQUIRED:
        # The account must now log in with a second factor: the session is over, and the
        # Sync page's login leads to setting it up.
        ProfileTokens(store).clear()
    return receipt


def _sync_files(store: Store, transport: Transport, receipt: Receipt,
                progress: SyncProgress | None = None) -> None:
    """Attachments' content after the records: a file never holds the records back, and a
    failure here is counted on the receipt, never raised (but a revoked device is)."""
    from desktop.sync import files

    try:
        report = files.sync_files(store, transport, progress=progress)
    except DeviceRevoked:
        raise
    except SyncError as error:
        logger.info("file transfers stopped: %s", type(error).__name__)
        report = None
    if report is not None:
        receipt.files_sent, receipt.files_received = report.sent, report.received
        receipt.files_failed = report.failed
    receipt.files_set_aside = len(files.set_aside_files(store))
    files.update_last_receipt(store, receipt)


def _forget_revoked(store: Store) -> None:
    """The server says this device is revoked: the profile is deleted (``services.revoked``)."""
    from desktop.services.revoked import delete_revoked_profile

    delete_revoked_profile(store)


def server_reachable(store: Store) -> bool:
    """One quick health check of the profile's server (no retries)."""
    try:
        transport = transport_for(store, backoff=Backoff(attempts=1))
    except (KenttaError, SyncError):
        return False
    with transport:
        return transport.health()


def fetch_content(store: Store, sha256: str, *, transport: Transport | None = None) -> bool:
    """Bring one file's content now (on first open); True when it is whole here. Network
    trouble is logged, not raised: the caller tells the user the file is not here yet."""
    from desktop.sync import files

    own = transport is None
    try:
        transport = transport or transport_for(store)
    except Exception as error:  # noqa: BLE001 - not logged in: nothing to fetch from
        logger.info("file not fetched: %s", type(error).__name__)
        return False
    try:
        return files.download(store, transport, sha256)
    except DeviceRevoked:
        raise
    except (files.Transient, SyncError) as error:
        logger.info("file not fetched: %s (%s)", sha256[:12], type(error).__name__)
        return False
    finally:
        if own:
            transport.close()
