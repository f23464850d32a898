"""The installer's committed files, checked without building anything: the PyInstaller spec,
the Linux desktop entry, AppStream metadata and icons, the Windows Inno Setup script, the build
scripts, and the version the About dialog shows. Building and running the bundle is
``installer/build && installer/smoke-test``."""

from __future__ import annotations

import ast
import configparser
import re
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
LINUX = INSTALLER / "linux"
APP_ID = "fi.kentta.Kentta"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture(scope="module")
def spec() -> ast.Module:
    return ast.parse((INSTALLER / "kentta.spec").read_text(encoding="utf-8"), filename="kentta.spec")


def _assigned(tree: ast.Module, name: str) -> ast.expr:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return node.value
    raise AssertionError(f"the spec assigns no {name}")


def _calls(tree: ast.AST, function: str) -> list[ast.Call]:
    return [node for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == function]


def _string_args(calls: list[ast.Call]) -> set[str]:
    return {arg.value for call in calls for arg in call.args if isinstance(arg, ast.Constant)}


def test_spec_collects_keyring_backends_and_their_entry_points(spec):
    hidden = _assigned(spec, "HIDDEN_IMPORTS")
    assert "keyring.backends" in _string_args(_calls(hidden, "collect_submodules"))
    assert "keyring" in _string_args(_calls(_assigned(spec, "DATAS"), "copy_metadata"))
    # On Linux, the Secret Service backend needs these two.
    source = ast.unparse(spec)
    assert "'secretstorage'" in source and "'jeepney'" in source


def test_spec_collects_resources_migrations_and_the_sqlcipher_dialect(spec):
    datas = ast.unparse(_assigned(spec, "DATAS"))
    assert "resource_files()" in datas
    assert "migration_scripts('desktop.store.migrations')" in datas
    assert "collect_data_files('reportlab')" in datas
    resources = ast.unparse(next(f for f in spec.body
                                 if isinstance(f, ast.FunctionDef) and f.name == "resource_files"))
    assert "'resources'" in resources and "'.ts'" in resources  # .qm in, .ts sources out
    hidden = ast.literal_eval(ast.List(elts=[e for e in _assigned(spec, "HIDDEN_IMPORTS").elts
                                             if isinstance(e, ast.Constant)], ctx=ast.Load()))
    assert {"sqlcipher3", "sqlalchemy.dialects.sqlite.pysqlcipher"} <= set(hidden)


def test_spec_excludes_no_qt_module_that_the_app_imports(spec):
    unused = set(ast.literal_eval(_assigned(spec, "UNUSED_QT")))
    used = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtCharts", "QtPrintSupport"} <= used
    assert not used & unused
    assert {"QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia", "QtBluetooth",
            "QtDesigner", "QtNetworkAuth", "QtSql", "QtTest"} <= unused


def test_spec_macos_bundle_carries_the_identifier_and_version(spec):
    assert ast.literal_eval(_assigned(spec, "BUNDLE_ID")) == APP_ID
    version = ast.unparse(_assigned(spec, "VERSION"))
    assert "pyproject.toml" in version and "['project']['version']" in version
    (bundle,) = _calls(spec, "BUNDLE")
    keywords = {k.arg: k.value for k in bundle.keywords}
    assert ast.unparse(keywords["bundle_identifier"]) == "BUNDLE_ID"
    assert ast.unparse(keywords["version"]) == "VERSION"
    plist = keywords["info_plist"]
    entries = {ast.literal_eval(k): v for k, v in zip(plist.keys, plist.values)}
    assert ast.literal_eval(entries["NSHighResolutionCapable"]) is True
    assert ast.unparse(entries["CFBundleShortVersionString"]) == "VERSION"


def test_desktop_entry_is_well_formed_and_names_the_app_and_its_icon():
    path = LINUX / f"{APP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "Kenttä"
    assert section["Exec"] == "kentta"
    assert section["Icon"] == APP_ID
    assert section["Categories"].endswith(";")


def test_appstream_metadata_matches_the_desktop_entry_and_pyproject_version():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "kentta"
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == VERSION, \
        "add a <release> for the version in pyproject.toml to the metainfo file"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icons_have_the_sizes_their_names_say():
    pngs = sorted((LINUX / "icons").glob("kentta-*.png"))
    assert {int(p.stem.split("-")[1]) for p in pngs} >= {16, 32, 48, 64, 128, 256, 512}
    for png in pngs:
        size = int(png.stem.split("-")[1])
        assert _png_size(png.read_bytes()) == (size, size), png.name
    ico = (INSTALLER / "windows" / "kentta.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (INSTALLER / "macos" / "kentta.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_inno_setup_script_installs_shortcuts_and_leaves_user_data_alone():
    text = (INSTALLER / "windows" / "kentta.iss").read_text(encoding="utf-8-sig")
    sections = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["AppVersion"] == "{#AppVersion}"  # given from pyproject.toml at build time
    assert setup["AppId"].startswith("{{")
    assert "dist\\kentta" in text and "recursesubdirs" in " ".join(sections["Files"])
    icons = " ".join(sections["Icons"])
    assert "{autoprograms}" in icons and "{autodesktop}" in icons
    assert "UninstallDelete" not in sections and "Code" not in sections
    assert "localappdata" not in " ".join(" ".join(v) for v in sections.values()).lower()


@pytest.mark.parametrize("script", ["build", "smoke-test", "linux/make-deb"])
def test_installer_scripts_are_executable_shell(script):
    path = INSTALLER / script
    assert path.stat().st_mode & 0o111, f"{script} is not executable"
    subprocess.run(["sh", "-n", str(path)], check=True)


def test_about_dialog_shows_the_pyproject_version(qtbot, store, actor):
    from desktop.ui.context import UiContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.page_registry import page_specs
    from desktop.ui.qt import QAction, QApplication, QMessageBox, QTimer
    from PySide6.QtCore import Qt

    window = MainWindow(UiContext(store, actor), page_specs(), user_label="Testi Valmentaja")
    qtbot.addWidget(window)
    window.show()
    from PySide6.QtWidgets import QMenu

    action = window.findChild(QAction, "action_about")
    help_menu = window.findChild(QMenu, "menu_help")
    bar = window.menuBar()
    shown = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        shown.append(box.text())
        box.accept()

    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(help_menu.menuAction()).center())
    qtbot.waitUntil(help_menu.isVisible)
    QTimer.singleShot(0, read_and_close)
    qtbot.mouseClick(help_menu, Qt.MouseButton.LeftButton, pos=help_menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: bool(shown))
    assert f"Kenttä {VERSION}" in shown[0]
