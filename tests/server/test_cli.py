"""The kentta-server admin commands, run through main() as the entry point runs them."""

from __future__ import annotations

import json

import pytest

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
