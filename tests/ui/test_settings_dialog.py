"""The Settings dialog: language, lock time, PIN and passphrase, read and written on a worker;
a changed passphrase unlocks the profile at the next start, the old one no longer does."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event

from desktop.errors import WrongPassphrase
from desktop.services import setup
from desktop.services.preferences import read_preferences
from desktop.store.profile import create_profile, open_profile, read_meta, verify_pin
from desktop.store.settings import CALENDAR_WITH_NAMES, IDLE_MINUTES, LANGUAGE
from desktop.ui.context import UiContext
from desktop.ui.qt import QDialogButtonBox, Qt
from desktop.ui.settings_dialog import SettingsDialog
from tests.conftest import PASSPHRASE

NEW = "uusi tunnuslause 2027"


def _dialog(qtbot, ctx, language="fi"):
    dialog = SettingsDialog(ctx, read_preferences(store=ctx.store), language=language)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _type(qtbot, field, text):
    field.clear()
    qtbot.keyClicks(field, text)


@pytest.fixture
def passphrase_profile(tmp_path, no_keyring):
    store = create_profile(tmp_path / "profile", passphrase=PASSPHRASE, use_keyring=False)
    actor = setup.set_up_profile(store, user_name="Testi Valmentaja", role="career_coach",
                                 organisation_name="Testihanke", localities=["Oulu"])
    yield store, actor
    store.close()


def test_a_changed_passphrase_unlocks_the_profile_and_the_old_one_no_longer_does(qtbot, qapp, passphrase_profile):
    store, actor = passphrase_profile
    folder = store.data_dir
    dialog = _dialog(qtbot, UiContext(store, actor))
    assert dialog.current_passphrase.isVisibleTo(dialog)
    before = (folder / "profile.json").read_text()

    _type(qtbot, dialog.new_passphrase, "lyhyt")
    _type(qtbot, dialog.new_passphrase_again, "lyhyt")
    _ok(qtbot, dialog)
    assert "8" in dialog.error.text() and dialog.isVisible()  # too short: refused before any work

    _type(qtbot, dialog.new_passphrase, NEW)
    _type(qtbot, dialog.new_passphrase_again, NEW + "!")
    _ok(qtbot, dialog)
    assert dialog.error.text() == dialog.tr("The two passphrases differ.")

    _type(qtbot, dialog.new_passphrase_again, NEW)
    _ok(qtbot, dialog)
    assert dialog.error.text() == dialog.tr("Give the current passphrase to change it.")

    _type(qtbot, dialog.current_passphrase, "vaara tunnuslause")
    _ok(qtbot, dialog)
    assert not dialog.buttons.isEnabled()  # busy while the worker checks it
    qtbot.waitUntil(lambda: "wrong" in dialog.error.text())
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert (folder / "profile.json").read_text() == before  # nothing changed

    said: list[str] = []
    dialog.ctx.bus.status.connect(said.append)
    _type(qtbot, dialog.current_passphrase, PASSPHRASE)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == SettingsDialog.DialogCode.Accepted)
    assert said == [dialog.tr("The passphrase was changed. Use the new one from now on.")]  # in the status bar
    store.close()

    with pytest.raises(WrongPassphrase):
        open_profile(folder, passphrase=PASSPHRASE)
    reopened = open_profile(folder, passphrase=NEW)
    try:
        assert setup.current_actor(reopened).staff_id == actor.staff_id
    finally:
        reopened.close()


def test_a_keyring_profile_is_given_its_first_recovery_passphrase(qtbot, ctx, store):
    assert read_meta(store.data_dir).wrapped_key is None
    dialog = _dialog(qtbot, ctx)
    assert not dialog.current_passphrase.isVisibleTo(dialog)
    _type(qtbot, dialog.new_passphrase, NEW)
    _type(qtbot, dialog.new_passphrase_again, NEW)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == SettingsDialog.DialogCode.Accepted)
    store.close()
    reopened = open_profile(store.data_dir, passphrase=NEW)  # the recovery route, not the keyring
    reopened.close()


def test_language_lock_time_and_pin_are_written_on_a_worker(qtbot, ctx, store):
    threads = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")) and "setting" in statement:
            threads.append(threading.current_thread())

    event.listen(store.engine, "before_cursor_execute", seen)
    dialog = _dialog(qtbot, ctx)
    assert dialog.idle.value() == 10
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.idle.setValue(25)
    _type(qtbot, dialog.pin, "12")
    _ok(qtbot, dialog)
    assert "4" in dialog.error.text() and dialog.isVisible()
    _type(qtbot, dialog.pin, "2468")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == SettingsDialog.DialogCode.Accepted)
    assert (LANGUAGE.get(store), IDLE_MINUTES.get(store)) == ("sv", 25)
    assert verify_pin(read_meta(store.data_dir), "2468")
    assert threads and threading.main_thread() not in threads


def test_client_names_in_calendar_files_are_off_until_the_user_allows_them(qtbot, ctx, store):
    dialog = _dialog(qtbot, ctx)
    box = dialog.calendar_names
    assert not box.isChecked() and not CALENDAR_WITH_NAMES.get(store)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == SettingsDialog.DialogCode.Accepted)
    assert CALENDAR_WITH_NAMES.get(store) is True
    again = _dialog(qtbot, ctx)
    assert again.calendar_names.isChecked()
    qtbot.mouseClick(again.calendar_names, Qt.MouseButton.LeftButton)
    _ok(qtbot, again)
    qtbot.waitUntil(lambda: again.result() == SettingsDialog.DialogCode.Accepted)
    assert CALENDAR_WITH_NAMES.get(store) is False


def test_the_app_opens_the_dialog_with_what_the_profile_holds_and_applies_the_lock_time(qtbot, qapp, store, actor):
    from desktop.ui.app import Application
    from desktop.ui.i18n import Translations

    IDLE_MINUTES.set(store, 30)
    LANGUAGE.set(store, "en")
    translations = Translations(qapp)
    application = Application(qapp, store, translations)
    try:
        window = application.show()
        qtbot.addWidget(window)
        assert window.idle.timer.interval() == 30 * 60_000
        application.open_settings()
        qtbot.waitUntil(lambda: application.settings_dialog is not None)
        dialog = application.settings_dialog
        assert dialog.idle.value() == 30
        dialog.idle.setValue(5)
        _ok(qtbot, dialog)
        qtbot.waitUntil(lambda: window.idle.timer.interval() == 5 * 60_000)
        assert IDLE_MINUTES.get(store) == 5
    finally:
        translations.use("en")  # the next tests read English texts


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_finnish_and_swedish_translate_every_setting_label_and_dialog_text(tmp_path, language):
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from desktop.store import settings
    from desktop.ui import settings_dialog

    def contexts(root):
        return {c.findtext("name"): {m.findtext("source"): m for m in c.iter("message")} for c in root.iter("context")}

    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), settings.__file__, settings_dialog.__file__,
                    "-ts", str(tmp_path / "found.ts")], check=True, capture_output=True)
    found = contexts(ET.parse(tmp_path / "found.ts").getroot())
    assert {s.label for s in settings.SETTINGS.values()} <= set(found["Settings"])
    ours = contexts(ET.parse(Path(settings.__file__).parents[2] / "resources" / "translations"
                             / f"kentta_{language}.ts").getroot())
    untranslated = [(name, source) for name, messages in found.items() for source in messages
                    if (ours.get(name, {}).get(source) is None
                        or ours[name][source].find("translation").get("type") == "unfinished"
                        or not (ours[name][source].find("translation").text or "").strip())]
    assert untranslated == []
