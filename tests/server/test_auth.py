"""Login, token rotation, throttling and device revocation."""

from __future__ import annotations

import logging

from sync.protocol import MAX_PASSWORD_LENGTH
from tests.server.conftest import PASSWORD
from tests.server.factories import HEADERS, login


def _login(client, username, password, **extra):
    return client.post("/v1/auth/login", headers=HEADERS, json={
        "username": username, "password": password, "device_name": "kannettava", **extra})


def test_login_gives_tokens_and_me(world, client):
    account = world.add("career_coach", username="Aino.Testinen")
    response = _login(client, "aino.testinen", PASSWORD)
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {"access_token", "refresh_token", "token_type", "expires_in",
                         "refresh_expires_in", "device_id", "staff_id", "organisation_id", "role"}
    assert body["staff_id"] == str(account.staff_id) and body["role"] == "career_coach"
    me = client.get("/v1/auth/me", headers={**HEADERS,
                                            "Authorization": f"Bearer {body['access_token']}"})
    assert me.json()["username"] == "aino.testinen"
    again = _login(client, "aino.testinen", PASSWORD, device_id=body["device_id"]).json()
    assert again["device_id"] == body["device_id"]


def test_wrong_password_and_unknown_user_are_401(world, client):
    world.add("career_coach", username="eero")
    assert _login(client, "eero", "väärä salasana").status_code == 401
    assert _login(client, "ei-ketään", "väärä salasana").status_code == 401


def test_refresh_rotates_and_a_reused_refresh_token_ends_the_session(world, client):
    user = world.user("career_coach")
    first = client.post("/v1/auth/refresh", headers=HEADERS,
                        json={"refresh_token": user.refresh_token})
    assert first.status_code == 200
    pair = first.json()
    assert pair["refresh_token"] != user.refresh_token
    user.access_token = pair["access_token"]
    assert client.get("/v1/auth/me", headers=user.headers).status_code == 200
    reused = client.post("/v1/auth/refresh", headers=HEADERS,
                         json={"refresh_token": user.refresh_token})
    assert reused.status_code == 401
    # The theft signal killed every token of the device, the new ones too.
    assert client.get("/v1/auth/me", headers=user.headers).status_code == 401
    assert client.post("/v1/auth/refresh", headers=HEADERS,
                       json={"refresh_token": pair["refresh_token"]}).status_code == 401


def test_failed_logins_are_throttled_per_username(world, client, app):
    app.state.settings = world.settings.model_copy(update={"login_delay_seconds": 600})
    world.add("career_coach", username="liisa")
    for _ in range(world.settings.login_max_failures_per_user):
        assert _login(client, "liisa", "arvaus").status_code == 401
    blocked = _login(client, "liisa", PASSWORD)
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) >= 1
    # Another username from the same address still gets in.
    other = world.add("career_coach")
    assert _login(client, other.username, PASSWORD).status_code == 200


def test_failed_logins_are_throttled_per_address(world, client, app):
    app.state.settings = world.settings.model_copy(
        update={"login_max_failures_per_address": 3, "login_delay_seconds": 600})
    for name in ("a", "b", "c"):
        assert _login(client, f"tuntematon-{name}", "x").status_code == 401
    assert _login(client, "tuntematon-d", "x").status_code == 429


def test_revoked_device_stops_at_once(world, client):
    admin = world.user("admin")
    coach = world.user("career_coach")
    devices = client.get("/v1/admin/devices", headers=admin.headers).json()
    assert str(coach.device_id) in {d["id"] for d in devices}
    assert client.get("/v1/admin/devices", headers=coach.headers).status_code == 403
    revoked = client.post(f"/v1/admin/devices/{coach.device_id}/revoke", headers=admin.headers)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert client.get("/v1/sync/pull", headers=coach.headers).status_code == 401
    assert client.post("/v1/auth/refresh", headers=HEADERS,
                       json={"refresh_token": coach.refresh_token}).status_code == 401
    fresh = login(client, coach.username, PASSWORD)  # a new login is a new device
    assert fresh.device_id != coach.device_id


def _revoked(response) -> bool:
    return response.status_code == 401 and response.json()["code"] == "device_revoked"


def test_a_revoked_device_hears_so_whatever_it_presents(world, client):
    """Its access token, its refresh token, a login naming it: each is answered device_revoked,
    which the laptop tells apart from a session that merely ended."""
    admin = world.user("admin")
    account = world.add("career_coach")
    lost = login(client, account.username, PASSWORD)
    kept = login(client, account.username, PASSWORD, device_name="toinen kone")
    assert client.post(f"/v1/admin/devices/{lost.device_id}/revoke",
                       headers=admin.headers).status_code == 200
    assert _revoked(client.get("/v1/sync/pull", headers=lost.headers))
    assert _revoked(client.get("/v1/auth/me", headers=lost.headers))
    assert _revoked(client.post("/v1/auth/refresh", headers=HEADERS,
                                json={"refresh_token": lost.refresh_token}))
    # The organisation changes the password: the revoked device's tokens still say so.
    assert _change(client, kept, PASSWORD, "kolme-iloista-pingviiniä").status_code == 204
    assert _revoked(client.get("/v1/sync/pull", headers=lost.headers))
    assert _revoked(client.post("/v1/auth/refresh", headers=HEADERS,
                                json={"refresh_token": lost.refresh_token}))
    # A login naming the device hears it only after the right password.
    wrong = _login(client, account.username, PASSWORD, device_id=str(lost.device_id))
    assert wrong.status_code == 401 and wrong.json().get("code") is None
    assert _revoked(_login(client, account.username, "kolme-iloista-pingviiniä",
                           device_id=str(lost.device_id)))
    # The account's other device goes on; an ended session is not a revocation.
    assert client.get("/v1/auth/me", headers=kept.headers).status_code == 200
    assert client.post("/v1/auth/logout", headers=kept.headers).status_code == 204
    ended = client.get("/v1/auth/me", headers=kept.headers)
    assert ended.status_code == 401 and ended.json().get("code") is None


def test_an_admin_revokes_only_devices_of_the_own_organisation(world, client):
    admin = world.user("admin")
    elsewhere = world.add("career_coach", org=str(world.new_org()))
    foreign = login(client, elsewhere.username, PASSWORD)
    answer = client.post(f"/v1/admin/devices/{foreign.device_id}/revoke", headers=admin.headers)
    assert answer.status_code == 404
    assert client.get("/v1/auth/me", headers=foreign.headers).status_code == 200


def test_logout_ends_the_device_session(world, client):
    user = world.user("manager")
    assert client.post("/v1/auth/logout", headers=user.headers).status_code == 204
    assert client.get("/v1/auth/me", headers=user.headers).status_code == 401


def test_staff_record_change_by_admin_updates_the_account(world, client):
    admin = world.user("admin")
    coach = world.user("career_coach")
    result = admin.push_one(admin.change("staff", coach.staff_id, base_rev=1,
                                         fields={"active": False}))
    assert result["status"] == "applied"
    assert client.get("/v1/auth/me", headers=coach.headers).status_code == 401
    assert _login(client, coach.username, PASSWORD).status_code == 401


def _change(client, user, current, new):
    return client.post("/v1/auth/password", headers=user.headers,
                       json={"current_password": current, "new_password": new})


def test_change_password_logs_out_the_other_devices(world, client):
    account = world.add("career_coach", username="vaihtaja")
    laptop = login(client, account.username, PASSWORD)
    other = login(client, account.username, PASSWORD, device_name="toinen kone")
    assert _change(client, laptop, PASSWORD, "kolme-iloista-pingviiniä").status_code == 204
    assert client.get("/v1/auth/me", headers=laptop.headers).status_code == 200
    assert client.get("/v1/auth/me", headers=other.headers).status_code == 401
    assert client.post("/v1/auth/refresh", headers=HEADERS,
                       json={"refresh_token": other.refresh_token}).status_code == 401
    assert _login(client, "vaihtaja", PASSWORD).status_code == 401
    assert _login(client, "vaihtaja", "kolme-iloista-pingviiniä").status_code == 200


def test_change_password_refuses_a_weak_or_overlong_new_password(world, client):
    user = world.user("career_coach", username="heikko")
    for new, reason in [("salasana1", "too easy to guess"),
                        ("heikko-ja-vahva-2026", "username"),
                        ("x" * (MAX_PASSWORD_LENGTH + 1), "at most")]:
        refused = _change(client, user, PASSWORD, new)
        assert refused.status_code == 422
        assert reason in str(refused.json()["detail"]), refused.json()
    assert _login(client, "heikko", PASSWORD).status_code == 200  # unchanged


def test_a_wrong_current_password_counts_as_a_failed_login(world, client, app, caplog):
    app.state.settings = world.settings.model_copy(update={"login_delay_seconds": 600})
    user = world.user("career_coach", username="unohtaja")
    caplog.set_level(logging.INFO, logger="sync.server")
    for _ in range(world.settings.login_max_failures_per_user):
        wrong = _change(client, user, "ei tämä", "kolme-iloista-pingviiniä")
        assert wrong.status_code == 403 and "current password is wrong" in wrong.json()["detail"]
    waiting = _change(client, user, PASSWORD, "kolme-iloista-pingviiniä")
    assert waiting.status_code == 429 and int(waiting.headers["Retry-After"]) > 1
    assert [r.username for r in caplog.records if r.getMessage() == "login failed"] == \
        ["unohtaja"] * world.settings.login_max_failures_per_user
    # The failures were this device's: the account still logs in from elsewhere.
    assert _login(client, "unohtaja", PASSWORD).status_code == 200
