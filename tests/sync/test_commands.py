"""``kentta login`` and ``kentta sync`` as a person runs them: a new laptop, a restore onto an
empty folder, the receipt and the exit code, the TLS rule."""

from __future__ import annotations

import json

from desktop.services import clients, employers
from desktop.services.setup import current_actor
from desktop.store.profile import open_profile
from desktop.sync.tables import SyncRefused
from tests.server.conftest import PASSWORD
from tests.sync.compare import differences, local_view
from tests.sync.conftest import run_sync

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _password_file(tmp_path):
    path = tmp_path / "password.txt"
    path.write_text(PASSWORD + "\n", encoding="utf-8")
    return str(path)


def test_login_on_an_empty_folder_makes_the_profile_and_downloads_everything(
        server, profiles, run_kentta, tmp_path, file_keyring):
    coach = server.add_user("career_coach")
    old = profiles(coach.username)
    run_sync(old)
    actor = current_actor(old)
    client = clients.create_client(old, actor=actor, data={"name": "Palautettava Asiakas"})
    employers.create_employer(old, actor=actor, data={"name": "Palautus Oy", "business_id": "3914177-5"})
    run_sync(old)
    before = {key: value for key, value in local_view(old).items() if key[0] != "audit_event"}
    old.close()

    # The laptop is lost: a new one logs in on an empty folder.
    folder = tmp_path / "new-laptop"
    result = run_kentta("login", "--server", server.url, "--user", coach.username,
                        "--password-file", _password_file(tmp_path), "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert "New profile" in result.stdout and "Sync ok" in result.stdout
    assert "refused:   0" in result.stdout
    restored = open_profile(folder)
    try:
        after = {key: value for key, value in local_view(restored).items() if key[0] != "audit_event"}
        assert after == before
        assert current_actor(restored).staff_id == coach.staff_id
        assert differences(restored, server.view(coach.username)) == []
        assert ("client", str(client.id)) in after
    finally:
        restored.close()
    # The key and the tokens went to the keyring, not into profile.json.
    entries = json.loads(file_keyring.read_text())
    assert any(name.startswith("Kenttä sync") for name in entries)
    assert "access_token" not in (folder / "profile.json").read_text()

    again = run_kentta("sync", "--data-dir", str(folder))
    assert again.returncode == 0, again.stderr
    assert "sent:      0" in again.stdout


def test_sync_exits_1_and_lists_what_was_refused(server, profiles, run_kentta, tmp_path, file_keyring):
    coach, colleague = server.add_user("career_coach"), server.add_user("career_coach")
    store = profiles(coach.username)
    run_sync(store)
    made = clients.create_client(store, actor=current_actor(store), data={
        "name": "Väärin Osoitettu", "assigned_staff_ids": [str(colleague.staff_id)]})
    folder = store.data_dir
    store.close()
    result = run_kentta("sync", "--data-dir", str(folder))
    assert result.returncode == 1
    assert "refused:   1" in result.stdout
    assert f"refused client {made.id}: not_assigned" in result.stdout
    assert "Väärin" not in result.stdout + result.stderr  # ids, never names
    reopened = open_profile(folder)
    with reopened.reader() as session:
        assert session.get(SyncRefused, ("client", made.id)) is not None
    reopened.close()


def test_without_a_keyring_the_profile_has_a_passphrase_and_keeps_the_tokens_inside(
        server, run_kentta, tmp_path):
    coordinator = server.add_user("employer_coordinator")
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("pitkä salalause 2026\n", encoding="utf-8")
    folder = tmp_path / "p"
    missing = run_kentta("login", "--server", server.url, "--user", coordinator.username,
                         "--password-file", _password_file(tmp_path), "--data-dir", str(folder),
                         env=NO_KEYRING)
    assert missing.returncode == 1 and "passphrase" in missing.stderr
    assert not folder.exists()
    made = run_kentta("login", "--server", server.url, "--user", coordinator.username,
                      "--password-file", _password_file(tmp_path), "--data-dir", str(folder),
                      "--passphrase-file", str(passphrase), env=NO_KEYRING)
    assert made.returncode == 0, made.stderr
    synced = run_kentta("sync", "--data-dir", str(folder), "--passphrase-file", str(passphrase),
                        env=NO_KEYRING)
    assert synced.returncode == 0, synced.stderr
    assert b"access_token" not in (folder / "kentta.db").read_bytes()  # encrypted


def test_login_refuses_plain_http_to_another_host_before_anything(run_kentta, tmp_path):
    folder = tmp_path / "p"
    result = run_kentta("login", "--server", "http://kentta.example.fi", "--user", "aino",
                        "--password-file", _password_file(tmp_path), "--data-dir", str(folder))
    assert result.returncode == 1
    assert "https" in result.stderr and "kentta.example.fi" in result.stderr
    assert not folder.exists()


def test_a_wrong_password_leaves_no_profile(server, run_kentta, tmp_path, file_keyring):
    coach = server.add_user("career_coach")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("ei tämä\n", encoding="utf-8")
    folder = tmp_path / "p"
    result = run_kentta("login", "--server", server.url, "--user", coach.username,
                        "--password-file", str(wrong), "--data-dir", str(folder))
    assert result.returncode == 1 and "Wrong username or password" in result.stderr
    assert not (folder / "profile.json").exists()
