"""The kentta-server admin commands, run through main() as the entry point runs them."""

from __future__ import annotations

import json
import secrets

import pytest

from sync.protocol import MAX_PASSWORD_LENGTH
from sync.server.cli import main
from tests.server.factories import HEADERS


@pytest.fixture
def url(database_url):
    return database_url


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_admin_commands(url, capsys, tmp_path, client):
    assert run(capsys, "migrate", "--database-url", url)[0] == 0
    code, out, _ = run(capsys, "create-org", "Pohjoisen hanke", "--database-url", url)
    assert code == 0 and out.strip()
    password = tmp_path / "password.txt"
    password.write_text("pitkä-salasana-1\n", encoding="utf-8")
    code, staff_id, err = run(
        capsys, "add-staff", "--org", "Pohjoisen hanke", "--username", "Mikko",
        "--name", "Mikko Testaaja", "--role", "career_coach", "--localities", "Oulu", "Raahe",
        "--password-file", str(password), "--database-url", url,
    )
    assert code == 0, err
    code, out, _ = run(capsys, "list-staff", "--json", "--database-url", url)
    [row] = [json.loads(line) for line in out.splitlines()]
    assert row["username"] == "mikko" and row["role"] == "career_coach" and row["active"]
    assert row["staff_id"] == staff_id.strip()
    # The account logs in over HTTP, and its staff record syncs.
    login = client.post("/v1/auth/login", headers=HEADERS, json={
        "username": "mikko", "password": "pitkä-salasana-1", "device_name": "cli"})
    assert login.status_code == 200
    device_id = login.json()["device_id"]
    assert run(capsys, "revoke-device", device_id, "--database-url", url)[0] == 0
    assert run(capsys, "deactivate", "mikko", "--database-url", url)[0] == 0
    code, out, _ = run(capsys, "list-staff", "--json", "--database-url", url)
    assert json.loads(out.splitlines()[0])["active"] is False
    assert client.post("/v1/auth/login", headers=HEADERS, json={
        "username": "mikko", "password": "pitkä-salasana-1", "device_name": "cli"}).status_code == 401
    assert run(capsys, "reactivate", "mikko", "--database-url", url)[0] == 0
    code, out, _ = run(capsys, "list-staff", "--json", "--database-url", url)
    assert json.loads(out.splitlines()[0])["active"] is True
    assert client.post("/v1/auth/login", headers=HEADERS, json={
        "username": "mikko", "password": "pitkä-salasana-1", "device_name": "cli"}).status_code == 200
    assert run(capsys, "purge", "--database-url", url)[0] == 0


def test_failures_exit_1_with_a_message(url, capsys):
    code, _, err = run(capsys, "deactivate", "ei-ketään", "--database-url", url)
    assert code == 1 and "No account" in err
    code, _, err = run(capsys, "add-staff", "--org", "Ei ole", "--username", "x", "--name", "X",
                       "--role", "admin", "--database-url", url)
    assert code == 1 and "kentta-server:" in err
    code, _, err = run(capsys, "list-staff", "--database-url",
                       "postgresql://postgres@127.0.0.1:1/nothing")
    assert code == 1 and "database" in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["add-staff", "--role", "wizard"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2


def _add_staff(capsys, url, tmp_path, username, password):
    path = tmp_path / f"{username}.txt"
    path.write_text(password + "\n", encoding="utf-8")
    return run(capsys, "add-staff", "--org", "Salasanahanke", "--username", username,
               "--name", "Sanna Salasana", "--role", "career_coach",
               "--password-file", str(path), "--database-url", url)


def _logs_in(client, username, password):
    return client.post("/v1/auth/login", headers=HEADERS, json={
        "username": username, "password": password, "device_name": "cli"}).status_code == 200


def test_add_staff_refuses_weak_and_overlong_passwords(url, capsys, tmp_path, client):
    assert run(capsys, "create-org", "Salasanahanke", "--database-url", url)[0] == 0
    refused = {
        "salasana123": "too easy to guess",
        "Password1!": "commonly used password",
        "lyhyt": "at least 8 characters",
        "Mikko-tunturi-kesä-2026": "username",
        "salasanasanna": "too easy to guess",  # the person's name counts as a known word
        secrets.token_urlsafe(750) + "x": f"at most {MAX_PASSWORD_LENGTH} characters",
    }
    for password, reason in refused.items():
        code, _, err = _add_staff(capsys, url, tmp_path, "mikko", password)
        assert code == 1 and reason in err, (password[:20], err)
        assert "choose" in err
    # The longest password the login accepts can be given, and it logs in.
    longest = secrets.token_urlsafe(750)
    assert len(longest) == MAX_PASSWORD_LENGTH
    code, _, err = _add_staff(capsys, url, tmp_path, "mikko", longest)
    assert code == 0, err
    assert _logs_in(client, "mikko", longest)


def test_set_password(url, capsys, tmp_path, client):
    assert run(capsys, "create-org", "Salasanahanke", "--database-url", url)[0] == 0
    assert _add_staff(capsys, url, tmp_path, "aada", "vanha-kelkka-sininen")[0] == 0
    logged_in = client.post("/v1/auth/login", headers=HEADERS, json={
        "username": "aada", "password": "vanha-kelkka-sininen", "device_name": "cli"}).json()
    new = tmp_path / "new.txt"
    new.write_text("qwerty123\n", encoding="utf-8")
    code, _, err = run(capsys, "set-password", "aada", "--password-file", str(new),
                       "--database-url", url)
    assert code == 1 and "too easy to guess" in err
    assert _logs_in(client, "aada", "vanha-kelkka-sininen")  # nothing changed
    new.write_text("uusi-porkkana-lentää\n", encoding="utf-8")
    code, out, err = run(capsys, "set-password", "AADA", "--password-file", str(new),
                         "--database-url", url)
    assert code == 0, err
    assert "log in again" in out
    assert not _logs_in(client, "aada", "vanha-kelkka-sininen")
    assert _logs_in(client, "aada", "uusi-porkkana-lentää")
    me = client.get("/v1/auth/me", headers={
        **HEADERS, "Authorization": f"Bearer {logged_in['access_token']}"})
    assert me.status_code == 401  # the devices logged in with the old password log in again
    code, _, err = run(capsys, "set-password", "ei-ketään", "--password-file", str(new),
                       "--database-url", url)
    assert code == 1 and "No account" in err
