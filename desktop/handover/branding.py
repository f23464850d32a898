"""The organisation's name, address and logo on printed forms.

They come from ``resources/branding/`` (see its README) and can be replaced
there without code changes; a ``branding/`` folder in the profile's data
folder overrides them file by file, and ``organisation.json`` key by key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import KenttaError
from desktop.paths import resources_dir
from desktop.translation import QT_TRANSLATE_NOOP

BRANDING = "branding"
ORGANISATION_FILE = "organisation.json"
LOGO_FILES = ("logo.png", "logo.jpg", "logo.jpeg")


class BrandingError(KenttaError):
    pass


@dataclass(frozen=True)
class Branding:
    name: str  # "" means: print the organisation recorded in the profile
    address: tuple[str, ...]
    contact: str
    logo: Path | None


def branding_folders(data_dir: Path | None) -> list[Path]:
    """Where branding is looked up, the overriding folder first."""
    folders = [Path(data_dir) / BRANDING] if data_dir is not None else []
    return folders + [resources_dir() / BRANDING]


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise BrandingError(QT_TRANSLATE_NOOP(
            "Errors", "The branding file %1 is not valid JSON (line %2): "
            "fix it or remove it, then make the form again."), path, error.lineno) from None
    except (OSError, UnicodeDecodeError) as error:
        raise BrandingError(QT_TRANSLATE_NOOP("Errors", "Cannot read the branding file %1 (%2); fix or remove it."),
                            path, error) from None
    if not isinstance(data, dict):
        raise BrandingError(QT_TRANSLATE_NOOP(
            "Errors", "The branding file %1 must hold one JSON object; see resources/branding/README.md."), path)
    return data


def _in_language(value, language: str) -> str:
    if isinstance(value, dict):
        for key in (language, "fi", *value):
            if isinstance(value.get(key), str) and value[key].strip():
                return value[key].strip()
        return ""
    return value.strip() if isinstance(value, str) else ""


def load_branding(data_dir: Path | None, language: str) -> Branding:
    folders = branding_folders(data_dir)
    merged: dict = {}
    for folder in reversed(folders):  # the default first, overrides on top
        path = folder / ORGANISATION_FILE
        if path.is_file():
            merged.update(_read(path))
    logo = next((folder / name for folder in folders for name in LOGO_FILES if (folder / name).is_file()), None)
    address = merged.get("address") or []
    if isinstance(address, str):
        address = address.splitlines()
    return Branding(
        name=_in_language(merged.get("name"), language),
        address=tuple(line.strip() for line in address if isinstance(line, str) and line.strip()),
        contact=_in_language(merged.get("contact"), language),
        logo=logo,
    )
