"""The main window fits the screen it starts on, keeps fitting whatever page is open,
and comes back where it was at the next start."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.services import employers, setup
from desktop.store.profile import create_profile
from desktop.store.settings import WINDOW_GEOMETRY
from desktop.ui.main_window import MainWindow
from desktop.ui.page_registry import page_specs
from desktop.ui.qt import QApplication
from desktop.ui.window_geometry import screen_key
from tests.conftest import ROOT


@pytest.fixture
def folder(tmp_path, file_keyring):
    store = create_profile(tmp_path / "profile")
    actor = setup.set_up_profile(store, user_name="Testi Koordinaattori", role="employer_coordinator",
                                 organisation_name="Testihanke", localities=["Oulu", "Raahe"], language="fi")
    employers.create_employer(store, actor=actor, data={"name": "Hämeenlinnan Kone Oy"})
    store.close()
    return tmp_path / "profile"


def probe(folder, tmp_path, width: int, height: int) -> dict:
    screen = tmp_path / f"screen-{width}x{height}.json"
    screen.write_text(json.dumps({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-m", "tests.ui.window.probe", str(folder)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(outer: list[int], inner: list[int]) -> bool:
    ox, oy, ow, oh = outer
    x, y, w, h = inner
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_the_window_fits_the_screen_on_every_page(folder, tmp_path, size):
    measured = probe(folder, tmp_path, *size)
    assert measured["screen"] == [0, 0, *size]
    for page, frame in measured["frames"].items():
        assert inside(measured["screen"], frame), (page, frame)
    assert len({tuple(frame) for frame in measured["frames"].values()}) == 1  # no page resized it


def test_the_window_comes_back_where_it_was_on_that_screen(qtbot, qapp, folder):
    first = MainWindow(None, page_specs())
    qtbot.addWidget(first)
    first.place_on_screen(folder)
    first.show()
    first.setGeometry(40, 30, 700, 500)
    qtbot.waitUntil(lambda: first.geometry().width() == 700)
    first.close()
    assert list(WINDOW_GEOMETRY.get(folder)) == [screen_key(QApplication.primaryScreen())]

    again = MainWindow(None, page_specs())
    qtbot.addWidget(again)
    again.place_on_screen(folder)
    again.show()
    assert (again.geometry().x(), again.geometry().y(), again.width(), again.height()) == (40, 30, 700, 500)


def test_a_geometry_kept_for_another_screen_is_not_used(qtbot, qapp, folder):
    window = MainWindow(None, page_specs())
    qtbot.addWidget(window)
    WINDOW_GEOMETRY.set(folder, {"Monitor 3840x2160": bytes(window.saveGeometry().toBase64()).decode()})
    window.resize(3000, 2000)
    window.place_on_screen(folder)
    area = QApplication.primaryScreen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
