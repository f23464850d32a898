"""Administration over HTTP: staff accounts and devices (admins), a client's audit trail
(managers); each by role, within the organisation, and what each change does."""

from __future__ import annotations

import logging
import uuid

import pytest

from sync.records import STAFF_ROLES
from tests.server.conftest import PASSWORD
from tests.server.factories import HEADERS, fake, login

NEW_PASSWORD = "kolme-iloista-pingviiniä"


def _staff_record(user, staff_id) -> dict:
    answer = user.http.get(f"/v1/records/staff/{staff_id}", headers=user.headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _login(client, username, password):
    return client.post("/v1/auth/login", headers=HEADERS,
                       json={"username": username, "password": password, "device_name": "kone"})


def _add(client, admin, **body):
    values = {"username": f"uusi-{uuid.uuid4().hex[:6]}", "name": fake.name(),
              "role": "career_coach", "localities": ["Oulu"], **body}
    return client.post("/v1/admin/staff", headers=admin.headers, json=values)


# --- who may call what -------------------------------------------------------------------

def _calls(target_account: uuid.UUID, device: uuid.UUID, client_id: uuid.UUID):
    """Every administration call as (method, path, body): ids given by the caller."""
    return [
        ("GET", "/v1/admin/staff", None),
        ("POST", "/v1/admin/staff", {"username": f"x-{uuid.uuid4().hex[:6]}", "name": "Uusi Ihminen",
                                     "role": "career_coach", "password": NEW_PASSWORD}),
        ("PATCH", f"/v1/admin/staff/{target_account}", {"localities": ["Kemi"]}),
        ("POST", f"/v1/admin/staff/{target_account}/password", {"password": NEW_PASSWORD}),
        ("GET", "/v1/admin/devices", None),
        ("POST", f"/v1/admin/devices/{device}/revoke", None),
        ("GET", f"/v1/audit/clients/{client_id}", None),
    ]


def _allowed(role: str, path: str) -> bool:
    return role == ("manager" if path.startswith("/v1/audit/") else "admin")


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_each_call_is_for_its_role_only(world, client, role):
    coach = world.user("career_coach")
    target = world.add("employer_coordinator")
    device = login(client, target.username, PASSWORD).device_id
    client_id = uuid.uuid4()
    coach.push_one(coach.change("client", client_id))
    me = world.user(role)
    for method, path, body in _calls(target.id, device, client_id):
        answer = client.request(method, path, headers=me.headers, json=body)
        if _allowed(role, path):
            assert answer.status_code in (200, 201), (path, answer.text)
        else:
            assert answer.status_code == 403, (path, answer.text)
            assert set(answer.json()) <= {"detail", "code"}
    assert client.get("/v1/admin/staff", headers=HEADERS).status_code == 401


@pytest.mark.parametrize("role", ["admin", "manager"])
def test_another_organisation_is_as_if_it_did_not_exist(world, client, role):
    me = world.user(role)
    org = str(world.new_org())
    stranger = world.add("career_coach", org=org)
    there = login(client, stranger.username, PASSWORD)
    foreign_client = uuid.uuid4()
    there.push_one(there.change("client", foreign_client))
    foreign = _calls(stranger.id, there.device_id, foreign_client)
    missing = _calls(uuid.uuid4(), uuid.uuid4(), uuid.uuid4())
    for (method, path, body), (_m, nowhere, _b) in zip(foreign, missing):
        if not _allowed(role, path) or path.endswith(("/staff", "/devices")):
            continue
        answer = client.request(method, path, headers=me.headers, json=body)
        unknown = client.request(method, nowhere, headers=me.headers, json=body)
        assert answer.status_code == unknown.status_code == 404, (path, answer.text)
        assert answer.json() == unknown.json()
    if role == "admin":
        listed = client.get("/v1/admin/staff", headers=me.headers).json()
        assert stranger.username not in {row["username"] for row in listed}
        devices = client.get("/v1/admin/devices", headers=me.headers).json()
        assert str(there.device_id) not in {row["id"] for row in devices}
    assert client.get("/v1/auth/me", headers=there.headers).status_code == 200


# --- staff accounts ------------------------------------------------------------------------

def test_an_admin_adds_an_account_and_its_staff_record_syncs(world, client, caplog):
    admin = world.user("admin")
    coach = world.user("career_coach")
    name = fake.name()
    with caplog.at_level(logging.INFO, logger="sync.server.accounts"):
        made = _add(client, admin, username="Uusi-Valmentaja", name=name, password=NEW_PASSWORD,
                    localities=["Oulu", "Raahe"])
    assert made.status_code == 201, made.text
    body = made.json()
    assert body["generated_password"] is None
    account = body["account"]
    assert (account["username"], account["name"], account["role"], account["active"],
            account["localities"]) == ("uusi-valmentaja", name, "career_coach", True,
                                       ["Oulu", "Raahe"])
    record = _staff_record(coach, account["staff_id"])
    assert record["fields"]["name"] == name and record["fields"]["localities"] == ["Oulu", "Raahe"]
    pulled = {c["id"] for c in coach.pull_all() if c["kind"] == "staff"}
    assert account["staff_id"] in pulled
    history = client.get(f"/v1/records/staff/{account['staff_id']}/history",
                         headers=coach.headers).json()
    assert history["revisions"][0]["modified_by"] == str(admin.staff_id)
    assert history["revisions"][0]["device_id"] == str(admin.device_id)
    assert _login(client, "uusi-valmentaja", NEW_PASSWORD).status_code == 200
    listed = client.get("/v1/admin/staff", headers=admin.headers).json()
    row = next(r for r in listed if r["username"] == "uusi-valmentaja")
    assert row["last_seen_at"] is not None
    logged = " ".join(r.getMessage() + str(r.__dict__) for r in caplog.records)
    assert "account created" in logged and name not in logged and NEW_PASSWORD not in logged


def test_adding_refuses_a_taken_username_and_a_weak_password(world, client):
    admin = world.user("admin")
    taken = world.add("career_coach")
    clash = _add(client, admin, username=taken.username.upper(), password=NEW_PASSWORD)
    assert clash.status_code == 409 and "taken" in clash.json()["detail"]
    weak = _add(client, admin, password="salasana")
    assert weak.status_code == 422
    assert weak.json()["detail"][0]["loc"] == ["body", "password"]
    blank = _add(client, admin, name="   ", password=NEW_PASSWORD)
    assert blank.status_code == 422 and blank.json()["detail"][0]["loc"] == ["body", "name"]
    generated = _add(client, admin)
    assert generated.status_code == 201
    password = generated.json()["generated_password"]
    assert password and _login(client, generated.json()["account"]["username"],
                               password).status_code == 200


def test_role_and_localities_change_with_the_staff_record(world, client):
    admin = world.user("admin")
    coach = world.user("career_coach")
    other = world.add("career_coach")
    changed = client.patch(f"/v1/admin/staff/{other.id}", headers=admin.headers,
                           json={"role": "manager", "localities": ["Kemi", " ", "Tornio"]})
    assert changed.status_code == 200, changed.text
    assert changed.json()["role"] == "manager"
    assert changed.json()["localities"] == ["Kemi", "Tornio"]
    record = _staff_record(coach, other.staff_id)
    assert record["rev"] == 2
    assert (record["fields"]["role"], record["fields"]["localities"]) == ("manager",
                                                                          ["Kemi", "Tornio"])
    assert login(client, other.username, PASSWORD).role == "manager"


def test_deactivating_stops_tokens_and_login_at_once(world, client):
    admin = world.user("admin")
    account = world.add("career_coach")
    laptop = login(client, account.username, PASSWORD)
    off = client.patch(f"/v1/admin/staff/{account.id}", headers=admin.headers,
                       json={"active": False})
    assert off.status_code == 200 and off.json()["active"] is False
    assert client.get("/v1/auth/me", headers=laptop.headers).status_code == 401
    assert client.post("/v1/auth/refresh", headers=HEADERS,
                       json={"refresh_token": laptop.refresh_token}).status_code == 401
    assert _login(client, account.username, PASSWORD).status_code == 401
    assert _staff_record(admin, account.staff_id)["fields"]["active"] is False
    on = client.patch(f"/v1/admin/staff/{account.id}", headers=admin.headers,
                      json={"active": True})
    assert on.status_code == 200 and on.json()["active"] is True
    # The old session stays ended: reactivating gives back the password, not the tokens.
    assert client.get("/v1/auth/me", headers=laptop.headers).status_code == 401
    assert _login(client, account.username, PASSWORD).status_code == 200
    assert _staff_record(admin, account.staff_id)["fields"]["active"] is True


def test_resetting_a_password_ends_the_sessions(world, client):
    admin = world.user("admin")
    account = world.add("career_coach")
    laptop = login(client, account.username, PASSWORD)
    reset = client.post(f"/v1/admin/staff/{account.id}/password", headers=admin.headers, json={})
    assert reset.status_code == 200, reset.text
    generated = reset.json()["generated_password"]
    assert generated and len(generated) >= 20
    assert client.get("/v1/auth/me", headers=laptop.headers).status_code == 401
    assert _login(client, account.username, PASSWORD).status_code == 401
    assert _login(client, account.username, generated).status_code == 200
    chosen = client.post(f"/v1/admin/staff/{account.id}/password", headers=admin.headers,
                         json={"password": NEW_PASSWORD})
    assert chosen.status_code == 200 and chosen.json()["generated_password"] is None
    assert _login(client, account.username, NEW_PASSWORD).status_code == 200
    weak = client.post(f"/v1/admin/staff/{account.id}/password", headers=admin.headers,
                       json={"password": "12345678"})
    assert weak.status_code == 422
    assert _login(client, account.username, NEW_PASSWORD).status_code == 200


def test_the_last_active_admin_stays(world, client):
    admin = world.user("admin")
    me = admin_account = next(r for r in client.get("/v1/admin/staff", headers=admin.headers).json()
                              if r["username"] == admin.username)
    for body in ({"active": False}, {"role": "manager"}):
        refused = client.patch(f"/v1/admin/staff/{me['account_id']}", headers=admin.headers,
                               json=body)
        assert refused.status_code == 409, refused.text
        assert "last active administrator" in refused.json()["detail"]
    assert client.get("/v1/admin/staff", headers=admin.headers).status_code == 200
    second = world.add("admin")
    off = client.patch(f"/v1/admin/staff/{second.id}", headers=admin.headers,
                       json={"active": False})
    assert off.status_code == 200
    assert client.patch(f"/v1/admin/staff/{admin_account['account_id']}", headers=admin.headers,
                        json={"role": "manager"}).status_code == 409
    client.patch(f"/v1/admin/staff/{second.id}", headers=admin.headers, json={"active": True})
    demoted = client.patch(f"/v1/admin/staff/{me['account_id']}", headers=admin.headers,
                           json={"role": "manager"})
    assert demoted.status_code == 200 and demoted.json()["role"] == "manager"


# --- devices -------------------------------------------------------------------------------

def test_devices_are_listed_with_their_owners(world, client):
    admin = world.user("admin")
    account = world.add("career_coach")
    laptop = login(client, account.username, PASSWORD, device_name="Kenttä on kannettava-7")
    devices = client.get("/v1/admin/devices", headers=admin.headers).json()
    row = next(d for d in devices if d["id"] == str(laptop.device_id))
    name = _staff_record(admin, account.staff_id)["fields"]["name"]
    assert (row["name"], row["username"], row["owner_name"]) == (
        "Kenttä on kannettava-7", account.username, name)
    assert row["last_seen_at"] and row["revoked_at"] is None
    revoked = client.post(f"/v1/admin/devices/{laptop.device_id}/revoke", headers=admin.headers)
    assert revoked.json()["revoked_at"] and revoked.json()["username"] == account.username


# --- a client's audit trail ----------------------------------------------------------------

def test_a_manager_reads_a_clients_trail_without_its_content(world, client):
    manager = world.user("manager")
    account = world.add("career_coach")
    coach = login(client, account.username, PASSWORD, device_name="Kenttä on valmentajan-kone")
    coach_name = _staff_record(coach, coach.staff_id)["fields"]["name"]
    client_id, note_id = uuid.uuid4(), uuid.uuid4()
    client_name, note_text = "Salainen Asiakasnimi", "Arkaluonteinen muistiinpanoteksti"
    coach.push_one(coach.change("client", client_id, fields={
        "name": client_name, "assigned_staff_ids": [str(coach.staff_id)],
        "service_start": "2026-03-02"}))
    coach.push_one(coach.change("client_note", note_id, fields={
        "client_id": str(client_id), "noted_on": "2026-03-03", "text": note_text}))
    coach.push_one(coach.change("client_note", note_id, base_rev=1, fields={"text": note_text + "!"}))
    for action in ("view", "export"):
        coach.push_one(coach.change("audit_event", fields={
            "action": action, "record_kind": "client", "record_id": str(client_id),
            "client_id": str(client_id), "at": "2026-03-04T10:00:00"}))
    # Another client's events stay out of this trail.
    elsewhere = uuid.uuid4()
    coach.push_one(coach.change("client", elsewhere))
    coach.push_one(coach.change("audit_event", client_id=elsewhere))

    answer = client.get(f"/v1/audit/clients/{client_id}", headers=manager.headers)
    assert answer.status_code == 200, answer.text
    entries = answer.json()["entries"]
    got = [(e["source"], e["action"], e["record_kind"]) for e in entries]
    assert sorted(got) == sorted([
        ("revision", "created", "client"), ("revision", "created", "client_note"),
        ("revision", "changed", "client_note"), ("audit_event", "view", "client"),
        ("audit_event", "export", "client")])
    assert {(e["staff_name"], e["device_name"]) for e in entries} == {
        (coach_name, "Kenttä on valmentajan-kone")}
    changed = next(e for e in entries if e["action"] == "changed")
    assert changed["changed_fields"] == ["text"] and changed["record_id"] == str(note_id)
    assert [e["at"] for e in entries] == sorted(e["at"] for e in entries)
    assert client_name not in answer.text and note_text not in answer.text
    assert "Salainen" not in answer.text and "muistiinpano" not in answer.text
