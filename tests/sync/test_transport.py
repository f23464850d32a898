"""The transport: the TLS rule before any request, certificates verified on a real TLS
server, retries with backoff and Retry-After, and the token refresh on 401."""

from __future__ import annotations

import datetime as dt
import ipaddress

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.services import employers, sync_session
from desktop.services.setup import current_actor
from sync.client.errors import CertificateError, InsecureServer
from sync.client.progress import SyncProgress
from sync.client.security import check_server_url
from sync.client.transport import Backoff, MemoryTokens, Transport, retry_after_seconds
from sync.server.app import create_app
from tests.server.conftest import PASSWORD
from tests.server.live import free_port
from tests.sync.conftest import FAST, run_sync
from tests.sync.hooks import Hooked, answer_first, is_push, refuse_to_connect


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://localhost:8000/", "http://[::1]:8000",
                                 "https://kentta.example.fi", "https://kentta.example.fi/api/"])
def test_allowed_addresses(url):
    assert not check_server_url(url).endswith("/")


@pytest.mark.parametrize("url, words", [
    ("http://kentta.example.fi", "plain http"),
    ("http://192.168.1.20:8000", "plain http"),
    ("http://127.0.0.1.example.fi", "plain http"),
    ("kentta.example.fi", "no scheme"),
    ("ftp://kentta.example.fi", "must start with https"),
    ("https://aino:salasana@kentta.example.fi", "username or password"),
    ("", "Give the server address"),
])
def test_refused_addresses_say_why_before_any_request(url, words):
    with pytest.raises(InsecureServer, match=words):
        Transport(url)


def test_retry_after_is_read_as_seconds_or_a_date():
    assert retry_after_seconds("7") == 7
    later = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=30)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert 25 <= retry_after_seconds(later) <= 31
    assert retry_after_seconds("soon") is None


class RecordingProgress(SyncProgress):
    """Records the retry waits instead of sleeping them."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[float] = []

    def wait(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.check()


def test_busy_answers_are_retried_after_retry_after_and_nothing_is_sent_twice(server, profiles):
    user = server.add_user("employer_coordinator")
    store = profiles(user.username)
    employers.create_employer(store, actor=current_actor(store), data={"name": "Kiireinen Oy"})
    hooked = Hooked()
    hooked.before.append(answer_first(is_push, 503, times=2, headers={"Retry-After": "7"}))
    hooked.before.append(refuse_to_connect(lambda r: r.url.path.endswith("/pull"), times=1))
    progress = RecordingProgress()
    backoff = Backoff(attempts=5, first_delay=0.5, max_delay=30, max_retry_after=120)
    receipt = sync_session.sync(store, progress=progress, http_transport=hooked, backoff=backoff)
    assert receipt.outcome == "ok" and receipt.sent == 1
    assert progress.waits[:2] == [7, 7]  # the server's Retry-After, twice
    assert 0.3 <= progress.waits[2] <= 0.5  # a refused connection: the first backoff delay
    pushes = [entry for entry in hooked.log if entry[1].endswith("/push")]
    assert [status for _, _, status in pushes] == [503, 503, 200]


def test_a_server_that_stays_down_fails_the_sync_and_keeps_the_changes(server, profiles):
    user = server.add_user("employer_coordinator")
    store = profiles(user.username)
    employers.create_employer(store, actor=current_actor(store), data={"name": "Odottava Oy"})
    hooked = Hooked()
    hooked.before.append(refuse_to_connect(lambda r: True, times=100))
    receipt = run_sync(store, http_transport=hooked)
    assert receipt.outcome == "failed" and receipt.error_type == "ServerUnreachable"
    assert "Nothing was lost" in receipt.error
    assert len(hooked.log) == 0 and receipt.needs_attention
    assert run_sync(store).sent == 1  # the network is back


def test_an_expired_access_token_is_refreshed_once_and_the_new_pair_kept(server, profiles):
    user = server.add_user("employer_coordinator")
    store = profiles(user.username)
    tokens = sync_session.ProfileTokens(store)
    first = tokens.load()
    tokens.save(first.model_copy(update={"access_token": "expired-" + first.access_token[8:]}))
    receipt = run_sync(store)
    assert receipt.outcome == "ok", receipt.error
    now = tokens.load()
    assert now.refresh_token != first.refresh_token and now.access_token != first.access_token
    # A refresh token that no longer works ends the session: log in again.
    tokens.save(now.model_copy(update={"access_token": "x" * 40, "refresh_token": "y" * 40}))
    ended = run_sync(store)
    assert ended.outcome == "failed" and ended.error_type == "LoginRequired"
    sync_session.login(store, server_url=server.url, username=user.username, password=PASSWORD)
    assert run_sync(store).outcome == "ok"


# --- a real TLS server on loopback ---------------------------------------------------------


def _certificate(folder):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Kenttä test CA")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.fixture
def tls_server(server, tmp_path):
    import threading
    import time

    cert_file, key_file = _certificate(tmp_path)
    port = free_port()
    app = create_app(server.settings, engine=server.engine)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False,
                            ssl_certfile=str(cert_file), ssl_keyfile=str(key_file))
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    while not running.started:
        assert thread.is_alive()
        time.sleep(0.02)
    yield f"https://127.0.0.1:{port}", cert_file
    running.should_exit = True
    thread.join(timeout=20)


def test_an_unverified_certificate_is_refused_at_once_and_a_known_ca_is_accepted(server, tls_server):
    url, ca_file = tls_server
    user = server.add_user("employer_coordinator")
    tokens = MemoryTokens()
    with Transport(url, tokens=tokens, backoff=FAST) as transport:
        with pytest.raises(CertificateError, match="could not be verified"):
            transport.login(username=user.username, password=PASSWORD, device_name="t")
    assert tokens.load() is None
    with Transport(url, tokens=tokens, ca_file=ca_file, backoff=FAST) as transport:
        pair = transport.login(username=user.username, password=PASSWORD, device_name="t")
        assert pair.staff_id == user.staff_id
        assert transport.pull(cursor=0, limit=10).changes


class RecordingProxy:
    """A listener on loopback standing in for a proxy elsewhere: it records every request it
    is sent (its first line and headers) and answers 502."""

    def __init__(self) -> None:
        import socket
        import threading

        self.requests: list[bytes] = []
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(8)
        self._socket.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._socket.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    self.requests.append(conn.recv(65536))
                    conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._socket.close()


def test_proxy_settings_are_ignored_for_a_loopback_server_so_no_token_reaches_a_proxy(
        server, profiles, monkeypatch):
    user = server.add_user("employer_coordinator")
    store = profiles(user.username)
    employers.create_employer(store, actor=current_actor(store), data={"name": "Välityspalvelin Oy"})
    proxy = RecordingProxy()
    try:
        for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.setenv(name, proxy.url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        receipt = run_sync(store)
    finally:
        proxy.close()
    assert proxy.requests == []  # neither the request nor its bearer token went to the proxy
    assert receipt.outcome == "ok" and receipt.sent == 1
