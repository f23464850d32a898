"""Deleting a revoked device's profile when the OS keyring will not let go of its key: the folder
still goes, and the log says an entry is left, by what it held, not whose profile it was."""

from __future__ import annotations

import json
import logging
import shutil
import subprocess

import pytest

from desktop.services.revoked import delete_revoked_profile
from desktop.store.layout import UI_FILE


def _immutable(path, on: bool) -> bool:
    """The keyring's file made unwritable even for root (ext4's immutable flag); False where it cannot be."""
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True)
    return done.returncode == 0


def test_a_keyring_that_refuses_to_delete_the_key_is_logged_and_the_profile_still_goes(store, file_keyring, caplog):
    folder, profile_id = store.data_dir, store.profile_id
    assert any(name.endswith(profile_id) for name in json.loads(file_keyring.read_text()))
    if not _immutable(file_keyring, True):
        pytest.skip("no immutable flag here: the file keyring cannot be made to refuse")
    try:
        with caplog.at_level(logging.WARNING, logger="desktop.services.revoked"):
            delete_revoked_profile(store)
    finally:
        _immutable(file_keyring, False)

    assert [p.name for p in folder.iterdir()] == [UI_FILE]  # the database, its backups and profile.json are gone
    warnings = [r.getMessage() for r in caplog.records if r.name == "desktop.services.revoked"
                and r.levelno == logging.WARNING]
    assert any("database key could not be deleted" in w and "PermissionError" in w for w in warnings)
    assert not any("sync tokens" in w for w in warnings)  # it never logged in: no entry is no failure
    assert not any(profile_id in r.getMessage() for r in caplog.records)
    assert any(name.endswith(profile_id) for name in json.loads(file_keyring.read_text()))  # left, as logged
