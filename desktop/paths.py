"""Where Kenttä keeps its files, for a source tree and a frozen bundle alike."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Kentta"


def default_data_dir() -> Path:
    """The per-user data folder, unless ``KENTTA_DATA_DIR`` names another."""
    override = os.environ.get("KENTTA_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package, or inside a bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
