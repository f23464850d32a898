"""Start-up on a profile whose WAL is damaged: the person chooses, in Finnish, between the last backup and quitting."""

from __future__ import annotations

import json

from sqlmodel import func, select

from desktop.errors import WalDamaged
from desktop.store.layout import DB_FILE, UI_FILE
from desktop.store.tables import Client
from desktop.ui.profile_dialogs import DamagedProfileDialog
from tests.store.crash import PASSPHRASE, crashed_profile, digests, flip_byte_in_frame
from tests.ui.test_startup import starter, when_shown  # noqa: F401 - the fixture


def _damaged(folder):
    crashed_profile(folder, edits=20)
    flip_byte_in_frame(folder, 10)
    (folder / UI_FILE).write_text(json.dumps({"language": "fi"}))
    return folder


def test_the_last_backup_is_offered_and_restored(qtbot, tmp_path, no_keyring, starter):  # noqa: F811
    folder = _damaged(tmp_path / "p")
    before = digests(folder)
    seen = []

    def restore(dialog: DamagedProfileDialog) -> None:
        seen.append(dialog.message.text())
        assert dialog.restore.isVisible()
        qtbot.mouseClick(dialog.restore, qtbot_button())

    when_shown(DamagedProfileDialog, restore)
    start = starter(folder, PASSPHRASE)
    start.begin()
    with qtbot.waitSignal(start.opened, timeout=30_000):
        pass
    assert len(seen) == 1
    assert "20 viimeisintä tallennettua muutosta" in seen[0] and "varmuuskopiosta" in seen[0]
    store = start.window.ctx.store
    with store.reader() as session:
        assert session.exec(select(func.count()).select_from(Client)).one() == 1  # the backup's
    [aside] = folder.glob("damaged-*")
    assert digests(aside) == before  # the damaged files are kept for support


def test_quitting_leaves_everything_as_it_is(qtbot, tmp_path, no_keyring, starter):  # noqa: F811
    folder = _damaged(tmp_path / "p")
    before = digests(folder)

    when_shown(DamagedProfileDialog, lambda dialog: qtbot.mouseClick(dialog.quit, qtbot_button()))
    start = starter(folder, PASSPHRASE)
    start.begin()
    qtbot.waitUntil(lambda: start.error is not None, timeout=30_000)
    assert isinstance(start.error, WalDamaged)
    assert not start.window.isVisible()
    assert digests(folder) == before
    assert (folder / f"{DB_FILE}-wal").exists()


def qtbot_button():
    from desktop.ui.qt import Qt

    return Qt.MouseButton.LeftButton
