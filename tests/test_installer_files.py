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


# --- ./dev and the X11 libraries it checks for ------------------------------------------------

LDD_WITHOUT_CURSOR = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f4b)
\tlibxcb-cursor.so.0 => not found
\tlibfoo-unknown.so.3 => not found
"""


def test_the_missing_library_message_names_the_libraries_and_the_apt_line():
    from desktop.qt_libraries import APT_LINE, message, missing_libraries

    missing = missing_libraries(LDD_WITHOUT_CURSOR)
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libfoo-unknown.so.3"]
    text = message(missing)
    assert "cannot open its window" in text and "libxcb-cursor.so.0" in text
    assert "    sudo apt-get install libxcb-cursor0 libxcb-icccm4\n" in text
    assert "provides libfoo-unknown.so.3" in text
    assert missing_libraries("\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n") == []
    # README.md gives the same apt line as the check.
    assert APT_LINE in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_check_is_for_linux_and_qts_x11_plugin_only():
    from desktop.qt_libraries import needs_xcb

    assert needs_xcb({}, "linux") and needs_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not needs_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not needs_xcb({"QT_QPA_PLATFORM": "wayland"}, "linux")
    assert not needs_xcb({}, "darwin") and not needs_xcb({}, "win32")


@pytest.fixture
def dev_copy(tmp_path):
    """./dev beside a pyproject.toml, with a stand-in venv whose python and kentta log their calls
    (the stand-in runs the real check module, with the ldd that PATH gives)."""
    import shutil
    import sys

    folder = tmp_path / "kentta"
    folder.mkdir()
    shutil.copy(ROOT / "dev", folder / "dev")
    (folder / "pyproject.toml").write_text("[project]\nname = 'kentta'\n", encoding="utf-8")
    bin_dir = folder / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    log = tmp_path / "calls.log"
    (bin_dir / "python").write_text(
        "#!/bin/sh\n"
        f'echo "python $*" >> "{log}"\n'
        f'[ "$2" = desktop.qt_libraries ] && PYTHONPATH="{ROOT}" exec "{sys.executable}" -m desktop.qt_libraries\n'
        "exit 0\n", encoding="utf-8")
    (bin_dir / "kentta").write_text(f'#!/bin/sh\necho "kentta $*" >> "{log}"\n', encoding="utf-8")
    for script in bin_dir.iterdir():
        script.chmod(0o755)
    return folder, log


def _dev(folder, *args, path_first=None):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "KENTTA_VENV")}
    if path_first is not None:
        env["PATH"] = f"{path_first}:{env['PATH']}"
    return subprocess.run([str(folder / "dev"), *args], capture_output=True, text=True, env=env, timeout=120)


def test_dev_run_installs_only_when_pyproject_changed_and_passes_the_arguments_on(dev_copy):
    import os
    import time

    folder, log = dev_copy
    for _ in range(2):
        result = _dev(folder, "run", "--help")
        assert result.returncode == 0, result.stderr
    calls = log.read_text(encoding="utf-8").splitlines()
    assert sum("pip install" in call for call in calls) == 1  # the second start installs nothing
    assert calls.count("kentta --help") == 2
    later = time.time() + 5
    os.utime(folder / "pyproject.toml", (later, later))  # pyproject.toml changed: installed again
    assert _dev(folder, "run").returncode == 0
    assert sum("pip install" in call for call in log.read_text(encoding="utf-8").splitlines()) == 2


def test_dev_run_says_what_is_missing_and_does_not_start(dev_copy, tmp_path):
    """An ldd that reports libxcb-cursor missing, as on a plain Debian machine."""
    import shutil

    folder, log = dev_copy
    fake = tmp_path / "fakebin"
    fake.mkdir()
    (fake / "ldd").write_text(
        f'#!/bin/sh\n"{shutil.which("ldd")}" "$@" | sed "s|libxcb-cursor.so.0 => .*|libxcb-cursor.so.0 => not found|"\n',
        encoding="utf-8")
    (fake / "ldd").chmod(0o755)
    result = _dev(folder, "run", path_first=fake)
    assert result.returncode == 1
    assert "libxcb-cursor.so.0" in result.stderr and "sudo apt-get install libxcb-cursor0" in result.stderr
    assert not any(line.startswith("kentta") for line in log.read_text(encoding="utf-8").splitlines())
