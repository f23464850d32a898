"""What is in a profile folder, readable without opening the store.

Start-up asks these before the data layer is loaded: whether a profile is
there, and the language its user chose (kept beside the database in
``ui.json``, which holds nothing personal: the language code only).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

PROFILE_FILE = "profile.json"
DB_FILE = "kentta.db"
UI_FILE = "ui.json"
# The key under which a store's write sessions carry their profile folder (``Session.info``).
SESSION_DATA_DIR = "kentta.data_dir"

logger = logging.getLogger(__name__)


def profile_exists(data_dir: Path) -> bool:
    return (Path(data_dir) / PROFILE_FILE).exists()


def read_ui_language(data_dir: Path) -> str | None:
    """The UI language last used with this profile, or None when not known."""
    try:
        value = json.loads((Path(data_dir) / UI_FILE).read_text(encoding="utf-8")).get("language")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def write_ui_language(data_dir: Path, language: str) -> None:
    """Remember the profile's UI language for the next start (before the profile is open)."""
    from desktop.files import write_atomically

    if read_ui_language(data_dir) == language:
        return
    try:
        write_atomically(Path(data_dir) / UI_FILE, json.dumps({"language": language}).encode(), private=True)
    except OSError as error:  # only the next start's first second is in the system language
        logger.warning("ui.json not written: %s", type(error).__name__)
