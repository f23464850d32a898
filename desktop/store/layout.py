"""What is in a profile folder, readable without opening the store.

Start-up asks these before the data layer is loaded: whether a profile is
there, and the language its user chose (``ui.json`` beside the database,
which holds nothing personal: the language code only; read and written as
the setting ``desktop.store.settings.UI_LANGUAGE``).
"""

from __future__ import annotations

from pathlib import Path

PROFILE_FILE = "profile.json"
DB_FILE = "kentta.db"
UI_FILE = "ui.json"
# The key under which a store's write sessions carry their profile folder (``Session.info``).
SESSION_DATA_DIR = "kentta.data_dir"


def profile_exists(data_dir: Path) -> bool:
    return (Path(data_dir) / PROFILE_FILE).exists()
