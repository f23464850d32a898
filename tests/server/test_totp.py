"""The second factor (TOTP, issue 18 item 6): required of managers and admins, of other staff
when the organisation says so; asked only after the right password; wrong codes counted as
failed logins; no code twice; recovery codes once each; enrolment; ``reset-totp``."""

from __future__ import annotations

import time
import uuid

import pyotp
from pydantic import SecretStr
import pytest
from sqlmodel import Session, select

from sync.server.cli import main as server_cli
from sync.server.core.config import Settings
from sync.server.models import Account, LoginThrottle, Record
from tests.server.conftest import PASSWORD
from tests.server.factories import HEADERS, ApiUser

DEFAULT_ROLES = Settings.model_fields["totp_required_roles"].default


@pytest.fixture
def strict(app, world):
    """The server as deployed: managers and admins must have a second factor."""
    assert DEFAULT_ROLES == ("manager", "admin")
    app.state.settings = world.settings.model_copy(update={"totp_required_roles": DEFAULT_ROLES})
    return world


def _login(http, username, password=PASSWORD, *, code=None, device_id=None):
    body = {"username": username, "password": password, "device_name": "kannettava"}
    if code is not None:
        body["code"] = code
    if device_id is not None:
        body["device_id"] = str(device_id)
    return http.post("/v1/auth/login", json=body, headers=HEADERS)


def _bearer(token: str) -> dict:
    return {**HEADERS, "Authorization": f"Bearer {token}"}


def _code(secret: str, steps_ahead: int = 0) -> str:
    """The code of the step ``steps_ahead`` after now (the server takes the next one too)."""
    return pyotp.TOTP(secret).at(time.time() + 30 * steps_ahead)


def _user(http, body: dict, username: str) -> ApiUser:
    return ApiUser(http=http, username=username, access_token=body["access_token"],
                   refresh_token=body["refresh_token"], device_id=uuid.UUID(body["device_id"]),
                   staff_id=uuid.UUID(body["staff_id"]),
                   organisation_id=uuid.UUID(body["organisation_id"]), role=body["role"])


def _enrol_at_login(http, username) -> tuple[str, list[str], dict]:
    """Log in, hear that the account must enrol, enrol with the enrolment token: the secret,
    the recovery codes and the login the confirmation gave."""
    refused = _login(http, username)
    assert refused.status_code == 401, refused.text
    body = refused.json()
    assert body["code"] == "totp_enrolment_required" and body["enrolment_token"], body
    headers = _bearer(body["enrolment_token"])
    started = http.post("/v1/auth/totp/start", json={"password": PASSWORD}, headers=headers)
    assert started.status_code == 200, started.text
    secret = started.json()["secret"]
    assert started.json()["provisioning_uri"] == pyotp.TOTP(secret).provisioning_uri(
        name=username, issuer_name="Kenttä")
    confirmed = http.post("/v1/auth/totp/confirm", json={"code": _code(secret)}, headers=headers)
    assert confirmed.status_code == 200, confirmed.text
    answer = confirmed.json()
    assert len(answer["recovery_codes"]) == 10 and len(set(answer["recovery_codes"])) == 10
    return secret, answer["recovery_codes"], answer["tokens"]


def _account(world, username) -> Account:
    with Session(world.engine) as session:
        return session.exec(select(Account).where(Account.username == username)).one()


@pytest.mark.parametrize("role", ["manager", "admin"])
def test_managers_and_admins_must_enrol_and_then_log_in_with_a_code(strict, role):
    http = strict.http
    account = strict.add(role)
    refused = _login(http, account.username)
    token = refused.json()["enrolment_token"]
    # The enrolment token opens the enrolment and nothing else.
    assert http.get("/v1/sync/pull", params={"cursor": 0}, headers=_bearer(token)).status_code == 401
    assert http.get("/v1/auth/me", headers=_bearer(token)).status_code == 401
    secret, _codes, tokens = _enrol_at_login(http, account.username)
    assert http.get("/v1/auth/me", headers=_bearer(tokens["access_token"])).status_code == 200
    # Enrolled: the enrolment token is spent.
    assert http.post("/v1/auth/totp/start", json={"password": PASSWORD},
                     headers=_bearer(token)).status_code == 401
    # The next step's code logs in, once.
    missing = _login(http, account.username)
    assert (missing.status_code, missing.json()["code"]) == (401, "totp_required")
    assert "enrolment_token" not in missing.json()
    code = _code(secret, 1)
    assert _login(http, account.username, code=code).status_code == 200
    again = _login(http, account.username, code=code)
    assert (again.status_code, again.json()["code"]) == (401, "totp_reused")
    wrong = _login(http, account.username, code="000000" if code != "000000" else "111111")
    assert (wrong.status_code, wrong.json()["code"]) == (401, "totp_invalid")


def test_a_refreshed_session_needs_no_code(strict):
    account = strict.add("manager")
    _secret, _codes, tokens = _enrol_at_login(strict.http, account.username)
    refreshed = strict.http.post("/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]},
                                 headers=HEADERS)
    assert refreshed.status_code == 200, refreshed.text


def test_the_code_is_asked_only_after_the_right_password(strict):
    http = strict.http
    account = strict.add("manager")
    _enrol_at_login(http, account.username)
    wrong_password = _login(http, account.username, "väärä-salasana")
    unknown_user = _login(http, "ei-ketaan", "väärä-salasana")
    assert wrong_password.status_code == unknown_user.status_code == 401
    assert wrong_password.json() == unknown_user.json()
    assert "code" not in wrong_password.json()
    # A wrong password with a code says no more than without one.
    with_code = _login(http, account.username, "väärä-salasana", code="123456")
    assert with_code.json() == unknown_user.json()


def test_a_wrong_code_counts_as_a_failed_login_and_a_missing_one_does_not(strict, app):
    http = strict.http
    app.state.settings = app.state.settings.model_copy(
        update={"login_max_failures_per_user": 2, "login_delay_seconds": 600})
    account = strict.add("manager")
    secret, _codes, _tokens = _enrol_at_login(http, account.username)

    def failures() -> int:
        with Session(strict.engine) as session:
            row = session.get(LoginThrottle, f"user:{account.username}")
            return row.failures if row else 0

    assert failures() == 0
    for _ in range(3):
        assert _login(http, account.username).json()["code"] == "totp_required"
    assert failures() == 0
    good = _code(secret, 1)
    bad = "000000" if good != "000000" else "111111"
    assert _login(http, account.username, code=bad).json()["code"] == "totp_invalid"
    assert _login(http, account.username, code=bad).json()["code"] == "totp_invalid"
    assert failures() == 2
    # Beyond the allowance even the right password and code wait, as after wrong passwords.
    throttled = _login(http, account.username, code=good)
    assert throttled.status_code == 429, throttled.text


def test_a_recovery_code_logs_in_once_and_new_ones_replace_the_old(strict):
    http = strict.http
    account = strict.add("admin")
    secret, codes, tokens = _enrol_at_login(http, account.username)
    assert _login(http, account.username, code=codes[3].upper().replace("-", " ")).status_code == 200
    used = _login(http, account.username, code=codes[3])
    assert (used.status_code, used.json()["code"]) == (401, "totp_invalid")
    headers = _bearer(tokens["access_token"])
    assert http.get("/v1/auth/totp", headers=headers).json()["recovery_codes_left"] == 9
    no_code = http.post("/v1/auth/totp/recovery-codes", json={"password": PASSWORD, "code": "1"},
                        headers=headers)
    assert (no_code.status_code, no_code.json()["code"]) == (403, "totp_invalid")
    fresh = http.post("/v1/auth/totp/recovery-codes",
                      json={"password": PASSWORD, "code": _code(secret, 1)}, headers=headers)
    assert fresh.status_code == 200, fresh.text
    new_codes = fresh.json()["recovery_codes"]
    assert len(new_codes) == 10 and not set(new_codes) & set(codes)
    assert _login(http, account.username, code=codes[0]).json()["code"] == "totp_invalid"
    assert _login(http, account.username, code=new_codes[0]).status_code == 200


def test_staff_enrol_by_choice_and_may_switch_it_off_a_manager_may_not(strict):
    http = strict.http
    coach_account = strict.add("career_coach")
    login = _login(http, coach_account.username)
    assert login.status_code == 200  # no second factor needed
    headers = _bearer(login.json()["access_token"])
    assert http.get("/v1/auth/totp", headers=headers).json() == {
        "enabled": False, "required": False, "enrolled_at": None, "recovery_codes_left": 0}
    wrong = http.post("/v1/auth/totp/start", json={"password": "väärä"}, headers=headers)
    assert (wrong.status_code, wrong.json()["code"]) == (403, "password_wrong")
    secret = http.post("/v1/auth/totp/start", json={"password": PASSWORD},
                       headers=headers).json()["secret"]
    bad = http.post("/v1/auth/totp/confirm", json={"code": "abc"}, headers=headers)
    assert (bad.status_code, bad.json()["code"]) == (403, "totp_invalid")
    confirmed = http.post("/v1/auth/totp/confirm", json={"code": _code(secret)}, headers=headers)
    assert confirmed.status_code == 200 and confirmed.json()["tokens"] is None
    assert _login(http, coach_account.username).json()["code"] == "totp_required"
    off = http.post("/v1/auth/totp/disable", json={"password": PASSWORD, "code": _code(secret, 1)},
                    headers=headers)
    assert off.status_code == 204, off.text
    assert _login(http, coach_account.username).status_code == 200

    manager = strict.add("manager")
    m_secret, _codes, tokens = _enrol_at_login(http, manager.username)
    refused = http.post("/v1/auth/totp/disable",
                        json={"password": PASSWORD, "code": _code(m_secret, 1)},
                        headers=_bearer(tokens["access_token"]))
    assert (refused.status_code, refused.json()["code"]) == (403, "totp_mandatory")
    assert _account(strict, manager.username).totp_secret is not None


def test_the_organisation_turns_it_on_for_staff_and_their_sessions_wait_for_enrolment(strict):
    http = strict.http
    admin_account = strict.add("admin")
    _secret, _codes, admin_tokens = _enrol_at_login(http, admin_account.username)
    admin = _user(http, admin_tokens, admin_account.username)
    coach_account = strict.add("career_coach")
    coach_login = _login(http, coach_account.username)
    assert coach_login.status_code == 200
    coach = _user(http, coach_login.json(), coach_account.username)
    coach.pull_all()
    with Session(strict.engine) as session:
        org = session.get(Record, ("organisation", strict.org_id))
        rev, fields = org.rev, dict(org.fields)
    turned = admin.push_one(admin.change("organisation", strict.org_id, base_rev=rev,
                                         fields={**fields, "totp_for_staff": True}))
    assert turned["status"] == "applied", turned
    pulled = coach.http.get("/v1/sync/pull", params={"cursor": 0}, headers=coach.headers)
    assert (pulled.status_code, pulled.json()["code"]) == (401, "totp_enrolment_required")
    refreshed = http.post("/v1/auth/refresh", json={"refresh_token": coach.refresh_token},
                          headers=HEADERS)
    assert (refreshed.status_code, refreshed.json()["code"]) == (401, "totp_enrolment_required")
    _secret, _codes, tokens = _enrol_at_login(http, coach_account.username)
    assert http.get("/v1/sync/pull", params={"cursor": 0},
                    headers=_bearer(tokens["access_token"])).status_code == 200


def test_the_stored_secret_is_sealed_with_the_server_key(strict):
    account = strict.add("manager")
    secret, codes, _tokens = _enrol_at_login(strict.http, account.username)
    stored = _account(strict, account.username)
    assert stored.totp_secret and secret not in stored.totp_secret
    assert not any(code in str(stored.totp_recovery) for code in codes)
    # Another key cannot open it: the server says so instead of refusing every code.
    strict.http.app.state.settings = strict.http.app.state.settings.model_copy(
        update={"totp_key": SecretStr("b" * 43 + "=")})
    answer = _login(strict.http, account.username, code=_code(secret, 1))
    assert answer.status_code == 503 and "TOTP key" in answer.json()["detail"]


def test_reset_totp_lets_an_account_that_lost_its_phone_enrol_again(strict, capsys):
    account = strict.add("manager")
    secret, codes, _tokens = _enrol_at_login(strict.http, account.username)
    assert server_cli(["reset-totp", account.username.upper(),
                       "--database-url", strict.settings.database_url]) == 0
    assert "second factor removed" in capsys.readouterr().out
    stored = _account(strict, account.username)
    assert (stored.totp_secret, stored.totp_recovery) == (None, [])
    assert _login(strict.http, account.username, code=codes[0]).json()["code"] == \
        "totp_enrolment_required"
    _enrol_at_login(strict.http, account.username)
    assert server_cli(["reset-totp", "ei-ketaan",
                       "--database-url", strict.settings.database_url]) == 1


def test_totp_for_staff_command_turns_it_on_and_off_for_the_organisation(strict, capsys):
    coach = strict.add("employer_coordinator")
    url = strict.settings.database_url
    assert server_cli(["totp-for-staff", str(strict.org_id), "on", "--database-url", url]) == 0
    assert _login(strict.http, coach.username).json()["code"] == "totp_enrolment_required"
    with Session(strict.engine) as session:
        org = session.get(Record, ("organisation", strict.org_id))
        assert org.fields["totp_for_staff"] is True and org.rev == 2
    assert server_cli(["totp-for-staff", str(strict.org_id), "off", "--database-url", url]) == 0
    assert _login(strict.http, coach.username).status_code == 200
    assert "second factor for all staff off" in capsys.readouterr().out
