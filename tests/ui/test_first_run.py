"""First run: the setup dialog creates an encrypted, set-up profile."""

from __future__ import annotations

from desktop.services import setup
from desktop.services.setup import current_actor
from desktop.store.profile import open_profile, read_meta, verify_pin
from desktop.store.settings import LANGUAGE
from desktop.ui.app import create_from_setup
from desktop.ui.profile_dialogs import SetupDialog
from PySide6.QtWidgets import QPushButton

from desktop.ui.qt import QApplication, QDialogButtonBox, Qt


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_setup_without_keyring_requires_a_passphrase(qtbot, tmp_path, no_keyring):
    dialog = SetupDialog(keyring_works=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.use_keyring.isEnabled() and not dialog.use_keyring.isChecked()
    qtbot.keyClicks(dialog.name, "Testi Koordinaattori")
    dialog.role.setCurrentIndex(dialog.role.findData("employer_coordinator"))
    qtbot.keyClicks(dialog.organisation, "Testihanke")
    dialog.locality.setCurrentText("Raahe")
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text()
    qtbot.keyClicks(dialog.passphrase, "salasana123")
    qtbot.keyClicks(dialog.passphrase_again, "salasana124")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != SetupDialog.DialogCode.Accepted
    dialog.passphrase_again.clear()
    qtbot.keyClicks(dialog.passphrase_again, "salasana123")
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == SetupDialog.DialogCode.Accepted

    store = create_from_setup(tmp_path / "p", dialog)
    store.close()
    meta = read_meta(tmp_path / "p")
    assert not meta.key_in_keyring and verify_pin(meta, "2468")
    reopened = open_profile(tmp_path / "p", passphrase="salasana123")
    assert current_actor(reopened).role == "employer_coordinator"
    assert LANGUAGE.get(reopened) == "sv"
    assert [loc.name for loc in setup.localities(reopened)] == ["Raahe"]
    reopened.close()


def test_setup_with_keyring_needs_a_pin_or_passphrase_for_the_lock(qtbot, tmp_path, file_keyring):
    dialog = SetupDialog(keyring_works=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Testi Valmentaja")
    qtbot.keyClicks(dialog.organisation, "Testihanke")
    assert dialog.use_keyring.isChecked()
    assert "PIN" in dialog.problem()
    qtbot.keyClicks(dialog.pin, "12")
    assert "PIN" in dialog.problem()
    qtbot.keyClicks(dialog.pin, "34")
    assert dialog.problem() is None
    store = create_from_setup(tmp_path / "p", dialog)
    store.close()
    assert read_meta(tmp_path / "p").key_in_keyring
    open_profile(tmp_path / "p").close()


def test_esc_after_typing_asks_before_quitting_and_untouched_quits(qtbot, no_keyring):
    from tests.ui.dialogs import answer, back_to, discard_question, no_question, opened

    dialog = opened(qtbot, SetupDialog(keyring_works=False))
    qtbot.keyClicks(dialog.name, "Testi Valmentaja")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    box = discard_question(qtbot)
    assert box.findChild(QPushButton, "discard_confirm").text() == "Quit"
    answer(qtbot, box, "discard_keep")
    assert dialog.isVisible() and dialog.name.text() == "Testi Valmentaja"

    back_to(qtbot, dialog)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    answer(qtbot, discard_question(qtbot), "discard_confirm")
    assert not dialog.isVisible() and dialog.result() == SetupDialog.DialogCode.Rejected

    untouched = opened(qtbot, SetupDialog(keyring_works=False))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not untouched.isVisible() and no_question()


def test_the_note_names_the_passphrase_as_its_field_does(qtbot, no_keyring):
    """Without a keyring the passphrase is the profile's only key, not a recovery one."""
    from desktop.ui.i18n import Translations
    from desktop.ui.qt import QApplication

    translations = Translations(QApplication.instance())
    try:
        for language, plain, recovery in (("en", "passphrase", "recovery passphrase"),
                                          ("fi", "tunnuslause", "palautustunnuslause"),
                                          ("sv", "lösenfras", "återställningslösenfras")):
            translations.use(language)
            dialog = SetupDialog(keyring_works=False)
            qtbot.addWidget(dialog)
            label, note = dialog.passphrase_label.text().casefold(), dialog.note.text().casefold()
            assert plain in label and recovery not in label, language
            assert plain in note and recovery not in note, language
            dialog.show()
            dialog.use_keyring.setEnabled(True)
            dialog.use_keyring.setFocus()
            qtbot.keyClick(dialog.use_keyring, Qt.Key.Key_Space)  # as with a keyring
            assert dialog.use_keyring.isChecked()
            assert recovery in dialog.passphrase_label.text().casefold(), language
            assert recovery in dialog.note.text().casefold(), language
    finally:
        translations.use("en")
