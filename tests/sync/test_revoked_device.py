"""A lost laptop: the administrator revokes its device, and at its next sync the laptop hears
so and deletes its profile (every file of the folder and its keyring entries), leaving the
notice for the next start. A session that merely ended deletes nothing."""

from __future__ import annotations

import json
import shutil
import uuid

import pytest
from sqlmodel import Session

from desktop.services import clients, drafts, sync_session
from desktop.services.revoked import revoked_notice
from desktop.services.setup import current_actor
from desktop.store.layout import UI_FILE
from desktop.store.recovery import DAMAGED_PREFIX
from desktop.store.settings import UI_LANGUAGE
from sync.client.errors import DeviceRevoked
from sync.client.transport import MemoryTokens, Transport
from sync.server.tokens import revoke_device, revoke_device_tokens
from tests.server.conftest import PASSWORD
from tests.sync.conftest import run_sync

MESSAGE = "This device has been revoked: an administrator has stopped it from syncing."


def _device(store) -> uuid.UUID:
    return uuid.UUID(sync_session.DEVICE_ID.get(store))


def _revoke(server, store) -> None:
    with Session(server.engine) as session:
        revoke_device(session, device_id=_device(store))
        session.commit()


def _profile_with_everything(server, profiles, username):
    """A synced profile with an unsent client, a draft, a backup and a damaged-* copy."""
    store = profiles(username)
    run_sync(store)
    actor = current_actor(store)
    clients.create_client(store, actor=actor, data={"name": "Kadonnut Kannettava"})
    drafts.save_draft(store, "client:new", "client", {"name": "Keskeneräinen"})
    store.backup("test")
    damaged = store.data_dir / f"{DAMAGED_PREFIX}test"
    damaged.mkdir()
    shutil.copy(store.db_path, damaged / store.db_path.name)
    UI_LANGUAGE.set(store.data_dir, "sv")
    return store


def _keyring_entries(file_keyring, store) -> list[str]:
    entries = json.loads(file_keyring.read_text()) if file_keyring.exists() else {}
    return [name for name in entries if name.endswith(f"\x00{store.profile_id}")]


def test_a_revoked_laptop_deletes_its_profile_at_its_next_sync(server, profiles, file_keyring):
    coach = server.add_user("career_coach")
    store = _profile_with_everything(server, profiles, coach.username)
    folder = store.data_dir
    assert len(_keyring_entries(file_keyring, store)) == 2  # the database key and the tokens
    assert {"kentta.db", "profile.json", "backups"} <= {p.name for p in folder.iterdir()}

    _revoke(server, store)
    with pytest.raises(DeviceRevoked) as raised:
        run_sync(store)
    assert raised.value.code == "device_revoked" and str(raised.value).startswith(MESSAGE)

    assert [p.name for p in folder.iterdir()] == [UI_FILE]
    assert json.loads((folder / UI_FILE).read_text()) == {"language": "sv", "device_revoked": True}
    assert _keyring_entries(file_keyring, store) == []
    assert store.locked  # nothing can open a connection and make the database again
    assert revoked_notice(folder) and not revoked_notice(folder)  # said once


def test_the_refresh_token_alone_tells_the_laptop_it_was_revoked(server, profiles, file_keyring):
    """The access token long expired (and purged), the refresh token is all it holds."""
    coach = server.add_user("career_coach")
    store = profiles(coach.username)
    run_sync(store)
    tokens = sync_session.ProfileTokens(store)
    tokens.save(tokens.load().model_copy(update={"access_token": "vanhentunut"}))
    _revoke(server, store)
    with pytest.raises(DeviceRevoked):
        run_sync(store)
    assert [p.name for p in store.data_dir.iterdir()] == [UI_FILE]


def test_an_ended_session_or_a_bad_token_deletes_nothing(server, profiles, file_keyring):
    coach = server.add_user("career_coach")
    store = profiles(coach.username)
    run_sync(store)
    before = sorted(p.name for p in store.data_dir.iterdir())
    tokens = sync_session.ProfileTokens(store)
    tokens.save(tokens.load().model_copy(update={"access_token": "x", "refresh_token": "y"}))
    receipt = run_sync(store)
    assert receipt.outcome == "failed" and receipt.error_code == "session_ended"
    sync_session.login(store, server_url=server.url, username=coach.username, password=PASSWORD)
    with Session(server.engine) as session:  # the server ended the session (a logout)
        revoke_device_tokens(session, device_id=_device(store))
        session.commit()
    receipt = run_sync(store)
    assert receipt.outcome == "failed" and receipt.error_code == "session_ended"
    assert sorted(p.name for p in store.data_dir.iterdir()) == before
    assert not revoked_notice(store.data_dir)
    assert current_actor(store).staff_id == coach.staff_id  # the profile still opens


def test_a_login_naming_the_revoked_device_hears_it_too(server, profiles, file_keyring):
    coach = server.add_user("career_coach")
    store = profiles(coach.username)
    run_sync(store)
    _revoke(server, store)
    with Transport(server.url, tokens=MemoryTokens()) as transport, pytest.raises(DeviceRevoked):
        transport.login(username=coach.username, password=PASSWORD, device_name="sama kone",
                        device_id=_device(store))


def test_kentta_sync_of_a_revoked_laptop_exits_1_with_the_message(
        server, profiles, run_kentta, file_keyring):
    coach = server.add_user("career_coach")
    store = profiles(coach.username)
    run_sync(store)
    folder, device = store.data_dir, _device(store)
    _revoke(server, store)
    store.close()
    result = run_kentta("sync", "--data-dir", str(folder))
    assert result.returncode == 1
    assert MESSAGE in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["logs", UI_FILE]
    # The new log: the line of the deletion (and the command's own failure line), nothing personal.
    lines = (folder / "logs" / "kentta.log").read_text().splitlines()
    assert "this device was revoked by the server: the profile was deleted" in lines[0]
    assert not any(str(coach.username) in line or str(device) in line for line in lines)
