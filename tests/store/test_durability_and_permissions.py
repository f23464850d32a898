"""Every commit of the store is synced (synchronous=FULL), and a profile is readable by its user only."""

from __future__ import annotations

import os
import stat

import pytest

from desktop.logsetup import configure_logging
from desktop.services import clients
from desktop.store.layout import DB_FILE
from desktop.store.settings import UI_LANGUAGE
from desktop.store.profile import create_profile, open_profile

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

FULL = 2


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _modes(folder) -> dict[str, int]:
    entries = [folder, *folder.rglob("*")]
    return {str(p.relative_to(folder)) or ".": _mode(p) for p in entries}


def test_the_stores_connections_and_a_push_acknowledgement_commit_with_synchronous_full(store, actor):
    with store.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == FULL
    with store.session() as session:  # a write transaction, as acknowledge() runs
        assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar_one() == FULL


def test_a_profile_and_every_file_written_in_it_are_private(tmp_path, file_keyring, actor, store):
    folder = store.data_dir
    configure_logging(folder)
    import logging

    logging.getLogger("desktop.test").warning("a line for the log file")
    clients.create_client(store, actor=actor, data={"name": "Yksityinen Asiakas"})
    store.backup(reason="test")
    UI_LANGUAGE.set(folder, "sv")
    with store.connect() as conn:  # the WAL and its index exist while a connection is open
        conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one()
        modes = _modes(folder)
    names = set(modes)
    assert {DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", "profile.json", "ui.json", "logs",
            "logs/kentta.log", "backups"} <= names
    assert any(name.startswith("backups/kentta-") for name in names)
    wrong = {name: oct(mode) for name, mode in modes.items()
             if mode != (0o700 if (folder / name).is_dir() else 0o600)}
    assert wrong == {}
    configure_logging(None)


def test_an_existing_profile_is_tightened_when_it_is_opened(tmp_path, file_keyring):
    store = create_profile(tmp_path / "p")
    folder = store.data_dir
    store.close()
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    (folder / "logs").mkdir(mode=0o755)
    (folder / "logs" / "kentta.log").write_text("old\n")
    os.chmod(folder / "logs" / "kentta.log", 0o644)
    reopened = open_profile(folder)
    reopened.close()
    wrong = {name: oct(mode) for name, mode in _modes(folder).items()
             if mode != (0o700 if (folder / name).is_dir() else 0o600)}
    assert wrong == {}
