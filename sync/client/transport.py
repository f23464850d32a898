"""HTTP to the sync server: the TLS rule, retries with exponential backoff, token refresh.

- Connection errors, 5xx and 429 are tried again after ``Backoff`` delays (doubling, with
  jitter), or after the server's ``Retry-After`` when it gives one. Pushes are safe to send
  again: the server answers a repeated ``batch_id`` with its stored answer.
- An answer with the code ``device_revoked`` (to any call) raises ``DeviceRevoked``: an
  administrator revoked this laptop, and the desktop deletes the profile.
- Any other 401 on a call with a token refreshes the token pair once (the refresh token rotates, so the
  new pair is saved before it is used) and sends the call again.
- The address is checked by ``security.check_server_url`` before anything is sent.
- Proxy settings from the environment (``HTTP_PROXY``, ``ALL_PROXY``, …) are followed only for
  an https server elsewhere, where a proxy sees an encrypted tunnel. A server on this computer
  (plain http is allowed there) is always reached directly: a proxy would otherwise receive the
  request in clear, bearer token included.
"""

from __future__ import annotations

import email.utils
import logging
import random
import ssl
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx

from sync.client.errors import (
    AdminRefused,
    CertificateError,
    DeviceRevoked,
    EnrolmentRequired,
    LoginFailed,
    LoginRequired,
    ProtocolMismatch,
    ServerBusy,
    ServerRejected,
    ServerRestored,
    ServerUnreachable,
    SecondFactorRefused,
)
from sync.client.security import check_server_url, is_loopback, verify_context
from sync.protocol import (
    DEVICE_REVOKED,
    AssignmentRequestOut,
    BreakGlassGrantOut,
    IdentityCheckAnswer,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    CURSOR_HEADER,
    SERVER_BEHIND,
    SERVER_RESTORED,
    SERVER_RESTORED_HEADER,
    TOTP_ENROLMENT_REQUIRED,
    ClientAuditTrail,
    DeviceInfo,
    LoginRequest,
    NewStaffAccount,
    PasswordReset,
    RecoveryCodes,
    TotpCheck,
    TotpCode,
    TotpSecret,
    TotpStart,
    TotpStatus,
    PullResponse,
    PushRequest,
    PushResponse,
    RecordHistory,
    StaffAccount,
    StaffAccountChange,
    StaffPassword,
    TokenPair,
)

logger = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class TokenStore(Protocol):
    """Where the token pair lives (the OS keyring, or the encrypted profile)."""

    def load(self) -> TokenPair | None: ...

    def save(self, tokens: TokenPair) -> None: ...


class MemoryTokens:
    """Tokens kept in memory only (tests, a one-off login)."""

    def __init__(self, tokens: TokenPair | None = None) -> None:
        self.tokens = tokens

    def load(self) -> TokenPair | None:
        return self.tokens

    def save(self, tokens: TokenPair) -> None:
        self.tokens = tokens


@dataclass(frozen=True)
class Backoff:
    attempts: int = 6  # tries of one call, the first included
    first_delay: float = 0.5  # seconds before the second try; doubles each time
    max_delay: float = 30.0
    max_retry_after: float = 120.0  # a longer Retry-After is cut to this

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed try number ``attempt`` (0-based), with jitter."""
        base = min(self.max_delay, self.first_delay * (2**attempt))
        return base * random.uniform(0.75, 1.0)


class BatchUnreadable(Exception):
    """The server refused a whole push as malformed (422/413): nothing of it was stored."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def retry_after_seconds(value: str | None) -> float | None:
    """A Retry-After header (seconds or an HTTP date) in seconds, or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:300] or response.reason_phrase
    detail = body.get("detail") if isinstance(body, dict) else body
    if isinstance(detail, list):
        parts = []
        for item in detail[:5]:
            if isinstance(item, dict):
                where = ".".join(str(p) for p in item.get("loc", ()) if p != "body")
                parts.append(f"{where}: {item.get('msg', '')}".strip(": "))
        return "; ".join(parts) or "the request was not valid"
    return str(detail)


def _detail_text(response: httpx.Response) -> str:
    """The server's message alone (a refused field's message without its place)."""
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        return _detail(response)
    if isinstance(detail, list) and detail and isinstance(detail[0], dict):
        return str(detail[0].get("msg", ""))
    return str(detail)


def _code(response: httpx.Response) -> str | None:
    """The stable ``code`` of an error answer, if it has one."""
    try:
        body = response.json()
    except ValueError:
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, str) else None


def _device_revoked(response: httpx.Response) -> bool:
    """The server's answer that this device was revoked (any call: token, refresh, login)."""
    return response.status_code in (401, 403) and _code(response) == DEVICE_REVOKED


def _throttled(response: httpx.Response) -> LoginFailed:
    """Too many failed logins (429): how long to wait."""
    wait = retry_after_seconds(response.headers.get("Retry-After"))
    minutes = max(1, round((wait or 60) / 60))
    return LoginFailed(f"Too many failed logins: wait about {minutes} min and try again.",
                       code="login_throttled", minutes=minutes)


def _enrolment_required(response: httpx.Response) -> LoginRequired | None:
    """A session of an account that must set up its second factor first: log in again."""
    if response.status_code == 401 and _code(response) == TOTP_ENROLMENT_REQUIRED:
        return LoginRequired("This account must now log in with a second factor: log in again "
                             "to set it up.", code=TOTP_ENROLMENT_REQUIRED)
    return None


def _is_certificate_problem(error: BaseException) -> bool:
    seen = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class Transport:
    """One server, one token store. ``wait`` and ``check`` let a sync cancel a retry wait."""

    def __init__(
        self,
        server_url: str,
        *,
        tokens: TokenStore | None = None,
        ca_file: Path | None = None,
        http_transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
        backoff: Backoff | None = None,
    ) -> None:
        self.base_url = check_server_url(server_url)  # before any request
        loopback = is_loopback(httpx.URL(self.base_url).host)
        self.tokens = tokens or MemoryTokens()
        self.backoff = backoff or Backoff()
        # The backup's sequence number when a pull said the server was restored from a backup.
        self.server_restored_at: int | None = None
        self.wait: Callable[[float], None] = time.sleep
        self.check: Callable[[], None] = lambda: None
        self.on_retry: Callable[[bool], None] = lambda _retrying: None
        self._client = httpx.Client(
            base_url=self.base_url,
            verify=verify_context(ca_file),
            timeout=timeout,
            transport=http_transport,
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
            follow_redirects=False,
            # The environment's proxies (and .netrc) only for a server that is not this computer.
            trust_env=not loopback,
        )

    @property
    def host(self) -> str:
        return httpx.URL(self.base_url).host

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "Transport":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- the calls ------------------------------------------------------------------

    def health(self) -> bool:
        """True when the server answers its health check (one try, no retries)."""
        try:
            response = self._client.get("/health", timeout=10.0)
        except httpx.HTTPError:
            return False
        return response.status_code == 200

    def login(self, *, username: str, password: str, device_name: str,
              device_id: uuid.UUID | None = None, code: str | None = None) -> TokenPair:
        """Log in; ``code``: the second factor's code or a recovery code, where the account has
        one (``SecondFactorRefused`` asks for it; ``EnrolmentRequired``: set one up first)."""
        body = LoginRequest(username=username, password=password, device_name=device_name,
                            device_id=device_id, code=code or None).model_dump(mode="json")
        response = self._send("POST", "/v1/auth/login", json=body, auth=False,
                              retry_statuses=frozenset(), retry_unsent_only=True)
        if response.status_code == 401 and _code(response) == TOTP_ENROLMENT_REQUIRED:
            answer = response.json()
            raise EnrolmentRequired("This account must log in with a second factor: set up an "
                                    "authenticator app first.", token=answer["enrolment_token"],
                                    expires_in=answer.get("enrolment_expires_in"))
        if response.status_code == 401 and _code(response):
            raise SecondFactorRefused(_detail(response), code=_code(response))
        if response.status_code == 401:
            raise LoginFailed("Wrong username or password, or the account is closed. Check them "
                              "and try again.", code="login_failed")
        if response.status_code == 429:
            raise _throttled(response)
        self._raise_for_status(response)
        tokens = TokenPair.model_validate(response.json())
        self.tokens.save(tokens)
        return tokens

    # --- the second factor (``enrolment_token``: a login's, else this device's session) ------

    def totp_status(self, *, enrolment_token: str | None = None) -> TotpStatus:
        response = self._send("GET", "/v1/auth/totp", bearer=enrolment_token)
        return TotpStatus.model_validate(self._totp_answer(response))

    def totp_start(self, *, password: str, code: str | None = None,
                   enrolment_token: str | None = None) -> TotpSecret:
        body = TotpStart(password=password, code=code or None).model_dump(mode="json")
        response = self._send("POST", "/v1/auth/totp/start", json=body, bearer=enrolment_token,
                              retry_statuses=frozenset(), retry_unsent_only=True)
        return TotpSecret.model_validate(self._totp_answer(response))

    def totp_confirm(self, *, code: str, enrolment_token: str | None = None) -> RecoveryCodes:
        body = TotpCode(code=code).model_dump(mode="json")
        response = self._send("POST", "/v1/auth/totp/confirm", json=body, bearer=enrolment_token,
                              retry_statuses=frozenset(), retry_unsent_only=True)
        codes = RecoveryCodes.model_validate(self._totp_answer(response))
        if codes.tokens is not None:
            self.tokens.save(codes.tokens)
        return codes

    def totp_recovery_codes(self, *, password: str, code: str) -> RecoveryCodes:
        body = TotpCheck(password=password, code=code).model_dump(mode="json")
        response = self._send("POST", "/v1/auth/totp/recovery-codes", json=body,
                              retry_statuses=frozenset(), retry_unsent_only=True)
        return RecoveryCodes.model_validate(self._totp_answer(response))

    def _totp_answer(self, response: httpx.Response) -> Any:
        if response.status_code == 403 and _code(response):
            raise SecondFactorRefused(_detail(response), code=_code(response))
        if response.status_code == 429:
            raise _throttled(response)
        self._raise_for_status(response)
        return response.json()

    def logout(self) -> None:
        """End this device's session on the server (best effort)."""
        if self.tokens.load() is None:
            return
        try:
            self._send("POST", "/v1/auth/logout", retry_statuses=frozenset(), refresh=False)
        except (ServerUnreachable, ServerBusy, LoginRequired):
            logger.info("logout: server not reached; the tokens are dropped locally")

    def push(self, request: PushRequest, *, cursor: int | None = None) -> PushResponse:
        """Send a batch; ``cursor`` (the device's) lets the server refuse it after a restore
        (``ServerRestored``, nothing stored)."""
        headers = {CURSOR_HEADER: str(cursor)} if cursor is not None else None
        response = self._send("POST", "/v1/sync/push", json=request.model_dump(mode="json"),
                              headers=headers)
        if response.status_code == 409 and _code(response) == SERVER_RESTORED:
            restored = response.headers.get(SERVER_RESTORED_HEADER, "")
            if restored.isdigit():
                self.server_restored_at = int(restored)
            raise ServerRestored(_detail(response), code=SERVER_RESTORED)
        if response.status_code in (413, 422):
            raise BatchUnreadable(response.status_code, _detail(response))
        if response.status_code == 403:
            detail = _detail(response)
            raise LoginRequired(f"The server did not accept this laptop: {detail} Log in again.",
                                code="device_refused", detail=detail)
        self._raise_for_status(response)
        return PushResponse.model_validate_json(response.content)

    def pull(self, *, cursor: int, limit: int) -> PullResponse:
        response = self._send("GET", "/v1/sync/pull", params={"cursor": cursor, "limit": limit})
        self._raise_for_status(response)
        restored = response.headers.get(SERVER_RESTORED_HEADER, "")
        if restored.isdigit():
            # The server went back to a backup taken before this device's last pull.
            self.server_restored_at = int(restored)
        return PullResponse.model_validate_json(response.content)

    def history(self, kind: str, record_id: uuid.UUID) -> RecordHistory | None:
        """A record's revisions, or None when it is not (or no longer) visible."""
        response = self._send("GET", f"/v1/records/{kind}/{record_id}/history")
        if response.status_code == 404:
            return None
        self._raise_for_status(response)
        return RecordHistory.model_validate(response.json())

    def break_glass(self, client_id: uuid.UUID, reason: str) -> BreakGlassGrantOut:
        """Open a client not assigned to this manager (``POST /v1/clients/{id}/break-glass``);
        a refusal raises ``ServerRejected`` with the status and the server's words."""
        response = self._send("POST", f"/v1/clients/{client_id}/break-glass",
                              json={"reason": reason}, retry_statuses=frozenset(),
                              retry_unsent_only=True)  # not sent twice: a grant is no replay
        self._raise_for_status(response)
        return BreakGlassGrantOut.model_validate(response.json())

    def identity_check(self, personal_id: str) -> IdentityCheckAnswer:
        """Is this person already a client in the organisation (``POST /v1/clients/identity-check``)?"""
        response = self._send("POST", "/v1/clients/identity-check", json={"personal_id": personal_id},
                              retry_statuses=frozenset())
        self._raise_for_status(response)
        return IdentityCheckAnswer.model_validate(response.json())

    def request_assignment(self, client_id: uuid.UUID, message: str | None) -> AssignmentRequestOut:
        """Ask a client's assigned staff to assign this user too; asking again gives the same request."""
        response = self._send("POST", f"/v1/clients/{client_id}/assignment-requests",
                              json={"message": message}, retry_statuses=frozenset())
        self._raise_for_status(response)
        return AssignmentRequestOut.model_validate(response.json())

    # --- administration (admins: staff and devices; managers: a client's audit trail) ---

    def staff_accounts(self) -> list[StaffAccount]:
        response = self._admin("GET", "/v1/admin/staff")
        return [StaffAccount.model_validate(row) for row in response.json()]

    def add_staff(self, account: NewStaffAccount) -> StaffPassword:
        response = self._admin("POST", "/v1/admin/staff", json=account.model_dump(mode="json"),
                               conflict="username_taken")
        return StaffPassword.model_validate(response.json())

    def change_staff(self, account_id: uuid.UUID, change: StaffAccountChange) -> StaffAccount:
        body = change.model_dump(mode="json", exclude_none=True)
        response = self._admin("PATCH", f"/v1/admin/staff/{account_id}", json=body,
                               conflict="last_admin")
        return StaffAccount.model_validate(response.json())

    def reset_password(self, account_id: uuid.UUID, reset: PasswordReset) -> StaffPassword:
        response = self._admin("POST", f"/v1/admin/staff/{account_id}/password",
                               json=reset.model_dump(mode="json", exclude_none=True))
        return StaffPassword.model_validate(response.json())

    def devices(self) -> list[DeviceInfo]:
        return [DeviceInfo.model_validate(row) for row in self._admin("GET", "/v1/admin/devices").json()]

    def revoke_device(self, device_id: uuid.UUID) -> DeviceInfo:
        response = self._admin("POST", f"/v1/admin/devices/{device_id}/revoke")
        return DeviceInfo.model_validate(response.json())

    def client_trail(self, client_id: uuid.UUID) -> ClientAuditTrail:
        response = self._admin("GET", f"/v1/audit/clients/{client_id}")
        return ClientAuditTrail.model_validate(response.json())

    def _admin(self, method: str, path: str, *, json: Any = None,
               conflict: str = "conflict") -> httpx.Response:
        """An administration call; its refusals as ``AdminRefused`` with a code: ``forbidden``
        (403: not this role), ``not_found`` (404), ``conflict`` (409) and ``invalid`` (422, with
        the field at fault). A change is not retried after a server error or once it may have
        been sent: it is done once."""
        # A change is sent again only when it surely did not reach the server.
        response = self._send(method, path, json=json, retry_statuses=frozenset({429, 502, 503, 504}),
                              retry_unsent_only=method != "GET")
        status = response.status_code
        if status in (403, 404, 409, 422):
            detail = _detail(response)
            code = {403: "forbidden", 404: "not_found", 409: conflict, 422: "invalid"}[status]
            field = ""
            if status == 422:
                body = response.json().get("detail")
                if isinstance(body, list) and body and isinstance(body[0], dict):
                    field = str((body[0].get("loc") or ["", ""])[-1])
            raise AdminRefused(f"The server refused the request ({status}): {detail}", code=code,
                               status=status, detail=_detail_text(response), field=field)
        self._raise_for_status(response)
        return response

    # --- the machinery --------------------------------------------------------------

    def file_request(self, method: str, path: str, *, headers: dict[str, str] | None = None,
                     content: Callable[[], Any] | None = None, stream: bool = False,
                     timeout: float | None = None) -> httpx.Response:
        """One call of the file endpoints (``/v1/files/...``), without retries: the caller
        resumes a transfer where the server says. ``content`` makes the request body (a fresh
        iterator each call, so a refreshed token can send it again); ``stream``: the answer's
        body is read by the caller (``iter_bytes``) and closed by it. A failed connection raises
        ``ServerUnreachable``; a revoked device ``DeviceRevoked``."""
        refreshed = False
        while True:
            self.check()
            request = self._client.build_request(
                method, path, headers={**self._headers(), **(headers or {})},
                content=content() if content is not None else None,
                timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
            )
            try:
                response = self._client.send(request, stream=stream)
            except httpx.TransportError as error:
                if _is_certificate_problem(error):
                    raise CertificateError(
                        f"The certificate of {self.host} could not be verified, so nothing was "
                        "sent. Ask your administrator.", code="certificate", host=self.host,
                    ) from None
                logger.info("file request failed: %s (%s)", method, type(error).__name__)
                raise ServerUnreachable(f"Cannot reach the server at {self.host}.",
                                        code="unreachable", host=self.host) from None
            if stream and response.status_code in (401, 403):
                response.read()
            if _device_revoked(response):
                response.close()
                raise DeviceRevoked("This device has been revoked: an administrator has "
                                    "stopped it from syncing. The profile and its data have "
                                    "been deleted from this computer. Contact your "
                                    "administrator.", code="device_revoked")
            if response.status_code == 401 and not refreshed:
                response.close()
                self._refresh()
                refreshed = True
                continue
            return response

    def _raise_for_status(self, response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        detail = _detail(response)
        if response.status_code == 426 or (
            response.status_code == 400 and "protocol" in detail.lower()
        ):
            raise ProtocolMismatch(detail, code="protocol_mismatch", detail=detail)
        if response.status_code == 401:
            raise LoginRequired("The session with the server has ended: log in again.",
                                code="session_ended")
        if response.status_code in RETRY_STATUSES:
            raise ServerBusy(f"The server at {self.host} is busy or failing ({response.status_code}): "
                             "try again later. Nothing was lost.", code="server_busy", host=self.host)
        if response.status_code == 409 and _code(response) == SERVER_BEHIND:
            raise ServerRejected(detail, code=SERVER_BEHIND, status=409, detail=detail)
        raise ServerRejected(f"The server refused the request ({response.status_code}): {detail}",
                             code="server_rejected", status=response.status_code, detail=detail)

    def _headers(self) -> dict[str, str]:
        tokens = self.tokens.load()
        if tokens is None:
            raise LoginRequired("Not logged in to the server: log in first.", code="not_logged_in")
        return {"Authorization": f"Bearer {tokens.access_token}"}

    def _refresh(self) -> None:
        tokens = self.tokens.load()
        if tokens is None:
            raise LoginRequired("Not logged in to the server: log in first.", code="not_logged_in")
        response = self._send(
            "POST", "/v1/auth/refresh", json={"refresh_token": tokens.refresh_token},
            auth=False, retry_statuses=frozenset(), retry_unsent_only=True,
        )
        enrol = _enrolment_required(response)
        if enrol is not None:
            raise enrol
        if response.status_code in (400, 401, 422):
            raise LoginRequired("The session with the server has ended: log in again.",
                                code="session_ended")
        self._raise_for_status(response)
        self.tokens.save(TokenPair.model_validate(response.json()))  # saved before use
        logger.info("access token refreshed")

    def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict | None = None,
        auth: bool = True,
        refresh: bool = True,
        retry_statuses: frozenset[int] = RETRY_STATUSES,
        retry_unsent_only: bool = False,
        bearer: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """``bearer``: send this token (an enrolment token) instead of the session's, and never
        refresh it."""
        refreshed = False
        last_error: str | None = None
        attempt = 0
        while True:
            self.check()
            if bearer is not None:
                sent_headers, refresh = {"Authorization": f"Bearer {bearer}"}, False
            else:
                sent_headers = self._headers() if auth else {}
            if headers:
                sent_headers = {**sent_headers, **headers}
            try:
                response = self._client.request(method, path, json=json, params=params,
                                                headers=sent_headers)
            except httpx.TransportError as error:
                if _is_certificate_problem(error):
                    raise CertificateError(
                        f"The certificate of {self.host} could not be verified, so nothing was "
                        "sent. The address may be wrong, or someone may be intercepting the "
                        "connection. Ask your administrator.", code="certificate", host=self.host,
                    ) from None
                sent = not isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout))
                logger.info("request failed: %s %s (%s)", method, path, type(error).__name__)
                last_error = "unreachable"
                if retry_unsent_only and sent:
                    break
                delay = self.backoff.delay(attempt)
            else:
                if _device_revoked(response):
                    self.on_retry(False)
                    raise DeviceRevoked("This device has been revoked: an administrator has "
                                        "stopped it from syncing. The profile and its data have "
                                        "been deleted from this computer. Contact your "
                                        "administrator.", code="device_revoked")
                enrol = _enrolment_required(response) if auth and bearer is None else None
                if enrol is not None:
                    self.on_retry(False)
                    raise enrol
                if response.status_code == 401 and auth and refresh and not refreshed:
                    self._refresh()
                    refreshed = True
                    continue
                if response.status_code not in retry_statuses:
                    self.on_retry(False)
                    return response
                logger.info("server answered %s to %s %s", response.status_code, method, path)
                last_error = "busy"
                delay = self.backoff.delay(attempt)
                after = retry_after_seconds(response.headers.get("Retry-After"))
                if after is not None:
                    delay = max(delay, min(after, self.backoff.max_retry_after))
            attempt += 1
            if attempt >= self.backoff.attempts:
                break
            self.on_retry(True)
            self.wait(delay)
        self.on_retry(False)
        if last_error == "busy":
            raise ServerBusy(f"The server at {self.host} is busy or failing: try again later. "
                             "Nothing was lost; the changes wait on this laptop.",
                             code="server_busy", host=self.host)
        raise ServerUnreachable(f"Cannot reach the server at {self.host}: check the network "
                                "connection and the server address, then sync again. Nothing "
                                "was lost; the changes wait on this laptop.",
                                code="unreachable", host=self.host)
