"""First run: the setup dialog creates an encrypted, set-up profile."""

from __future__ import annotations

from desktop.services.setup import current_actor
from desktop.store.profile import open_profile, read_meta
from desktop.ui.app import create_from_setup
from desktop.ui.profile_dialogs import SetupDialog
from desktop.ui.qt import QDialogButtonBox, Qt


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_setup_without_keyring_requires_a_passphrase(qtbot, tmp_path, no_keyring):
    dialog = SetupDialog(keyring_works=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Testi Koordinaattori")
    dialog.role.setCurrentIndex(dialog.role.findData("employer_coordinator"))
    qtbot.keyClicks(dialog.organisation, "Testihanke")
    qtbot.keyClicks(dialog.locality, "Raahe")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "vähintään" in dialog.error.text()
    qtbot.keyClicks(dialog.passphrase, "salasana123")
    qtbot.keyClicks(dialog.passphrase_again, "salasana124")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "eivät täsmää" in dialog.error.text()
    dialog.passphrase_again.clear()
    qtbot.keyClicks(dialog.passphrase_again, "salasana123")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == SetupDialog.DialogCode.Accepted

    store = create_from_setup(tmp_path / "p", dialog)
    store.close()
    assert not read_meta(tmp_path / "p").key_in_keyring
    reopened = open_profile(tmp_path / "p", passphrase="salasana123")
    assert current_actor(reopened).role == "employer_coordinator"
    reopened.close()
