"""Imports as the code says they are: the headless commands load nothing of the UI, Qt is
imported by the UI (and QtCore by the translations), and no UI feature folder imports another
that imports it back."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import command_modules
from tests.reports import dataset

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop" / "ui"
WIDGETS = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtPrintSupport")

# Print, at exit, the modules of the UI and the Qt widget libraries that the process loaded.
_REPORT_LOADED = """
import atexit, json, sys
def _loaded():
    names = sorted(n for n in sys.modules if n.startswith("desktop.ui") or n.startswith({widgets!r}))
    print("LOADED=" + json.dumps(names), file=sys.stderr)
atexit.register(_loaded)
"""


def _python(code: str, *args: str) -> subprocess.CompletedProcess:
    env = os.environ.copy()
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-c", _REPORT_LOADED.format(widgets=WIDGETS) + code, *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def _loaded(result: subprocess.CompletedProcess) -> list[str]:
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("LOADED=")]
    return json.loads(line.removeprefix("LOADED="))


HEADLESS = sorted(module.__name__ for module in command_modules() if module.NAME != "gui")


def test_every_command_but_the_window_is_headless():
    assert "desktop.commands.report" in HEADLESS and "desktop.commands.export" in HEADLESS
    assert not any(name.endswith(".gui") for name in HEADLESS)


@pytest.mark.parametrize("module", ["desktop.cli", *HEADLESS])
def test_a_headless_command_module_imports_no_ui(module):
    assert _loaded(_python(f"import {module}")) == []


def test_kentta_report_and_export_run_without_the_ui(store, actor, tmp_path):
    dataset.build(store, actor)
    run = "import sys\nfrom desktop.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    profile = ["--data-dir", str(store.data_dir)]
    for args in (["report", "--format", "json", "--lang", "fi"],
                 ["report", "-o", str(tmp_path / "raportti.pdf"), "--lang", "sv"],
                 ["export", "-o", str(tmp_path / "kaikki.json")]):
        assert _loaded(_python(run, *args, *profile)) == [], args


def _python_files(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported(tree: ast.AST):
    """Every module an import statement names (at the top or inside a function)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def test_qt_is_imported_only_by_the_ui_and_qtcore_by_the_translations():
    outside = {}
    for folder in ("desktop", "sync"):
        for path, tree in _python_files(ROOT / folder):
            if UI in path.parents:
                continue
            qt = sorted({name.split(".")[1] for name in _imported(tree)
                         if name.startswith("PySide6.") and len(name.split(".")) > 1})
            if qt:
                outside[str(path.relative_to(ROOT))] = qt
    assert outside == {"desktop/i18n.py": ["QtCore"]}


def _feature(path: Path) -> str | None:
    parts = path.relative_to(UI).parts
    return parts[0] if len(parts) > 1 else None


def test_no_ui_feature_folders_import_each_other_in_a_circle():
    features = {path.name for path in UI.iterdir() if (path / "__init__.py").exists()}
    edges: dict[str, set[str]] = {feature: set() for feature in features}
    for path, tree in _python_files(UI):
        feature = _feature(path)
        if feature is None:
            continue
        for name in _imported(tree):
            parts = name.split(".")
            if parts[:2] == ["desktop", "ui"] and len(parts) > 2 and parts[2] in features and parts[2] != feature:
                edges[feature].add(parts[2])
    assert edges["events"] >= {"clients"}  # the graph is read at all

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})) for nxt in edges[start])

    circles = sorted(feature for feature in features if reaches(feature, feature, {feature}))
    assert circles == [], {feature: sorted(edges[feature]) for feature in circles}


def _modules_importing(folder: Path, prefix: str) -> dict[str, list[str]]:
    found = {}
    for path, tree in _python_files(folder):
        names = sorted({name for name in _imported(tree) if name == prefix or name.startswith(prefix + ".")})
        if names:
            found[str(path.relative_to(ROOT))] = names
    return found


def test_the_replica_imports_no_service():
    """``desktop/sync/`` is the replica over the store; use cases (``desktop/services/``) sit
    above it and call it, never the other way round."""
    assert _modules_importing(ROOT / "desktop" / "services", "desktop.sync")  # the graph is read at all
    assert _modules_importing(ROOT / "desktop" / "sync", "desktop.services") == {}
    assert _modules_importing(ROOT / "desktop" / "sync", "desktop.ui") == {}


def test_only_the_outbox_module_names_outbox_rows():
    """``desktop/sync/outbox.py`` owns the outbox: no other module builds, reads or rewrites an
    ``OutboxEntry`` (the table is declared in ``desktop/store/tables.py``)."""
    owner, table = ROOT / "desktop" / "sync" / "outbox.py", ROOT / "desktop" / "store" / "tables.py"
    naming = {}
    for folder in ("desktop", "sync"):
        for path, tree in _python_files(ROOT / folder):
            if path in (owner, table):
                continue
            uses = sorted({node.lineno for node in ast.walk(tree)
                           if (isinstance(node, ast.Name) and node.id == "OutboxEntry")
                           or (isinstance(node, ast.Attribute) and node.attr == "OutboxEntry")
                           or (isinstance(node, ast.alias) and node.name.endswith("OutboxEntry"))})
            if uses:
                naming[str(path.relative_to(ROOT))] = uses
    assert "OutboxEntry(" in owner.read_text(encoding="utf-8")
    assert naming == {}


SHARED_PARTS = ("record_table", "list_view", "fit_columns", "selected_row", "quiet_timer", "debounce", "ask",
                "RecordPicker", "DraftKeeper")
COMMON = {"widgets", "forms", "lists"}  # shared by every feature: no feature of their own


def test_shared_ui_parts_are_defined_once_in_widgets_which_imports_no_feature():
    features = {path.name for path in UI.iterdir() if (path / "__init__.py").exists()} - COMMON
    defined: dict[str, list[str]] = {}
    for path, tree in _python_files(UI):
        for node in tree.body:  # a module's own names (a local helper may share one)
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name in SHARED_PARTS:
                defined.setdefault(node.name, []).append(str(path.relative_to(UI)))
        if _feature(path) == "widgets":
            reached = {name.split(".")[2] for name in _imported(tree)
                       if name.startswith("desktop.ui.") and len(name.split(".")) > 2}
            assert reached & features == set(), (path, reached & features)
    assert {name: places for name, places in defined.items()
            if len(places) != 1 or not places[0].startswith("widgets/")} == {}
    assert sorted(defined) == sorted(SHARED_PARTS)


def test_the_window_s_shell_starts_without_the_data_layer():
    """What runs before the first paint (``desktop.cli`` and ``desktop.ui.app``, as the start-up
    benchmark's driver imports them) loads neither pydantic nor SQLAlchemy: both come on the
    loader thread once the shell is on screen. Nor ``secrets`` (OpenSSL's hashes, ~5 ms) or
    ``subprocess``, which only a temporary file's name and building translations needed."""
    code = ("import sys, desktop.cli, desktop.ui.app; "
            "print('HEAVY=' + ','.join(sorted({n.split('.')[0] for n in sys.modules} "
            "& {'pydantic', 'sqlalchemy', 'sqlmodel', 'pkgutil', 'secrets', 'subprocess'})))")
    result = _python(code)
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.startswith("HEAVY=")]
    assert line == "HEAVY="


def test_the_first_page_opens_without_the_sync_wire_models():
    """The loader thread's modules (``DATA_MODULES``) leave out what only a sync or a migration
    needs: the wire models of ``sync.protocol`` (~20 ms of pydantic) and Alembic."""
    code = ("import importlib, sys, desktop.cli, desktop.ui.app as app\n"
            "for name in app.DATA_MODULES: importlib.import_module(name)\n"
            "print('HEAVY=' + ','.join(sorted({'sync.protocol', 'alembic'} & set(sys.modules))))")
    result = _python(code)
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.startswith("HEAVY=")]
    assert line == "HEAVY="
