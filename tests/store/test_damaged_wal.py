"""A damaged WAL on a real SQLCipher profile: never opened as if sound, nothing lost, a way back."""

from __future__ import annotations

import pytest
from sqlmodel import func, select

from desktop.errors import WalDamaged
from desktop.store.layout import DB_FILE
from desktop.store.profile import check_profile, open_profile, restore_latest_backup
from desktop.store.tables import Client, OutboxEntry as Outbox
from tests.store.crash import PASSPHRASE, crashed_profile, digests, flip_byte_in_frame


def _counts(store) -> tuple[int, int]:
    with store.reader() as session:
        return (session.exec(select(func.count()).select_from(Client)).one(),
                session.exec(select(func.count()).select_from(Outbox)).one())


@pytest.fixture(scope="module")
def crashed(tmp_path_factory):
    """50 edits, then the process died before a checkpoint (made once, copied per test)."""
    return crashed_profile(tmp_path_factory.mktemp("crashed") / "p", edits=50)


@pytest.fixture
def profile(crashed, tmp_path, no_keyring):
    import shutil

    folder = tmp_path / "p"
    shutil.copytree(crashed, folder)
    return folder


def test_an_intact_wal_after_a_crash_keeps_every_edit(profile):
    store = open_profile(profile, passphrase=PASSPHRASE)
    try:
        clients, outbox = _counts(store)
    finally:
        store.close()
    assert clients == 51  # the one in the backup and the 50 of the crashed process
    assert outbox >= 50


def test_opening_refuses_a_damaged_wal_keeps_copies_and_changes_nothing(profile):
    flip_byte_in_frame(profile, 10)
    before = digests(profile)
    with pytest.raises(WalDamaged) as raised:
        open_profile(profile, passphrase=PASSPHRASE)
    error = raised.value
    assert error.transactions == 50
    assert "frame 10" in str(error) and "50 recent saved changes" in str(error)
    assert digests(profile) == before  # SQLite never saw the files
    assert error.aside.parent == profile and error.aside.name.startswith("damaged-")
    assert digests(error.aside) == before
    # A second attempt refuses again, and keeps no second copy of the same files.
    with pytest.raises(WalDamaged):
        open_profile(profile, passphrase=PASSPHRASE)
    assert [p.name for p in profile.glob("damaged-*")] == [error.aside.name]
    assert digests(profile) == before


def test_check_reports_the_damaged_wal_and_changes_no_file(profile):
    assert check_profile(profile, passphrase=PASSPHRASE) == []
    flip_byte_in_frame(profile, 10)
    before = digests(profile)
    problems = check_profile(profile, passphrase=PASSPHRASE)
    assert len(problems) == 1 and "frame 10" in problems[0] and "50 recent saved changes" in problems[0]
    assert digests(profile) == before
    assert not list(profile.glob("damaged-*"))
    # The edits are all still there: the intact WAL opens whole once the byte is put back.
    flip_byte_in_frame(profile, 10)
    store = open_profile(profile, passphrase=PASSPHRASE)
    try:
        assert _counts(store)[0] == 51
    finally:
        store.close()


def test_the_last_backup_replaces_the_damaged_files_which_stay_aside(profile):
    flip_byte_in_frame(profile, 10)
    before = digests(profile)
    with pytest.raises(WalDamaged) as raised:
        open_profile(profile, passphrase=PASSPHRASE)
    store = restore_latest_backup(profile, passphrase=PASSPHRASE)
    try:
        assert _counts(store)[0] == 1  # what the backup held
    finally:
        store.close()
    assert digests(raised.value.aside) == before
    assert not (profile / f"{DB_FILE}-wal").exists() or digests(profile)[f"{DB_FILE}-wal"] != before[f"{DB_FILE}-wal"]
