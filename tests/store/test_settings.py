"""Settings declared once (desktop/store/settings.py): typed, with defaults and labels, and no
other module reads or writes the setting table or names a setting by its key."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from desktop.store import settings
from desktop.store.settings import (
    CURSOR, DOCUMENT_COUNTER, FOLDER_SETTINGS, IDLE_MINUTES, SERVER_URL, SETTINGS, UI_LANGUAGE,
    WINDOW_GEOMETRY,
)
from desktop.store.tables import Setting

ROOT = Path(__file__).resolve().parents[2]
# Keys that are also ordinary words of the code (a client's language, a SQL parameter);
# the rule on the setting table below covers them.
COMMON_WORDS = {"me", "language"}


def _sources(root: Path):
    for folder in ("desktop", "sync", "docs", "benchmarks"):
        for path in sorted((root / folder).rglob("*.py")):
            relative = path.relative_to(root).as_posix()
            if relative == "desktop/store/settings.py" or "/migrations/" in relative:
                continue
            yield relative, ast.parse(path.read_text(encoding="utf-8"))


def bare_setting_uses(root: Path) -> list[str]:
    """Where code outside the settings module names a setting's key or touches the setting table."""
    found = []
    keys = set(SETTINGS) - COMMON_WORDS
    for relative, tree in _sources(root):
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value in keys:
                found.append(f"{relative}:{node.lineno} {node.value!r}")
            if isinstance(node, ast.ImportFrom) and node.module == "desktop.store.tables" \
                    and relative != "desktop/store/tables.py" \
                    and any(alias.name == "Setting" for alias in node.names):
                found.append(f"{relative}:{node.lineno} imports Setting")
    return found


def test_no_module_but_the_settings_module_names_a_setting_or_its_table():
    assert bare_setting_uses(ROOT) == []


def test_every_setting_has_a_key_type_default_and_label():
    assert {"me", "language", "idle_minutes", "sync.server_url", "sync.username", "sync.device_id",
            "sync.staff_id", "sync.role", "sync.ca_file", "sync.auto", "sync.tokens", "sync.cursor",
            "sync.last_sync", "handover.document_counter"} <= set(SETTINGS)
    assert list(FOLDER_SETTINGS) == [("ui.json", "language"), ("ui.json", "window_geometry"),
                                     ("ui.json", "device_revoked")]
    for setting in [*SETTINGS.values(), *FOLDER_SETTINGS.values()]:
        assert setting.label and isinstance(setting.type, type)
        assert setting.default is None or isinstance(setting.default, setting.type)


def test_a_key_declared_twice_is_refused():
    with pytest.raises(ValueError, match="declared twice"):
        settings.SettingVar("sync.cursor", int, 0, "again")
    assert SETTINGS["sync.cursor"] is CURSOR


def test_settings_read_their_default_and_keep_what_is_written(store):
    assert IDLE_MINUTES.get(store) == 10 and CURSOR.get(store) == 0 and SERVER_URL.get(store) is None
    IDLE_MINUTES.set(store, 25)
    SERVER_URL.set(store, "https://kentta.example.fi")
    with store.session() as session:
        CURSOR.write(session, 42)
    with store.reader() as session:
        assert session.get(Setting, "idle_minutes").value == 25
        assert (IDLE_MINUTES.read(session), CURSOR.read(session)) == (25, 42)
    SERVER_URL.set(store, None)
    assert SERVER_URL.get(store) is None


def test_a_value_of_the_wrong_type_is_refused_and_nothing_is_written(store):
    IDLE_MINUTES.set(store, 15)
    for wrong in ("15", 15.0, True):
        with pytest.raises(TypeError, match="idle_minutes"):
            IDLE_MINUTES.set(store, wrong)
    assert IDLE_MINUTES.get(store) == 15


def test_a_stored_value_of_another_type_reads_as_the_default(store):
    with store.session() as session:
        session.merge(Setting(key="idle_minutes", value="soon"))
    assert IDLE_MINUTES.get(store) == 10


def test_a_mutable_default_is_never_shared(store):
    with store.session() as session:
        counters = DOCUMENT_COUNTER.read(session)
        counters["2026"] = 5
    assert DOCUMENT_COUNTER.get(store) == {} and DOCUMENT_COUNTER.default == {}


def test_the_folder_setting_reads_a_missing_or_damaged_file_as_its_default(tmp_path):
    assert UI_LANGUAGE.get(tmp_path) is None
    UI_LANGUAGE.set(tmp_path, "sv")
    assert json.loads((tmp_path / "ui.json").read_text()) == {"language": "sv"}
    assert UI_LANGUAGE.get(tmp_path) == "sv"
    (tmp_path / "ui.json").write_text('{"language": 3}')
    assert UI_LANGUAGE.get(tmp_path) is None
    (tmp_path / "ui.json").write_bytes(b"\x00")
    assert UI_LANGUAGE.get(tmp_path) is None


def test_the_folder_settings_of_one_file_keep_each_other(tmp_path):
    UI_LANGUAGE.set(tmp_path, "sv")
    WINDOW_GEOMETRY.set(tmp_path, {"Screen 1366x768": "AdnQywAD"})
    UI_LANGUAGE.set(tmp_path, "fi")
    assert json.loads((tmp_path / "ui.json").read_text()) == {
        "language": "fi", "window_geometry": {"Screen 1366x768": "AdnQywAD"}}
    WINDOW_GEOMETRY.get(tmp_path)["other"] = "x"  # a copy: the next read is unchanged
    assert WINDOW_GEOMETRY.get(tmp_path) == {"Screen 1366x768": "AdnQywAD"}
