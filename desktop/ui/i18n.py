"""The translations' sources: ``python -m desktop.ui.i18n`` compiles every ``.ts`` to ``.qm``
(``--update`` first refreshes the ``.ts`` files from the code). Loading them at run time is
``desktop/i18n.py``'s, re-exported here for the UI.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from desktop.i18n import (  # noqa: F401 - the UI's names for them
    DEFAULT,
    LANGUAGES,
    Translations,
    compile_translations,
    error_message,
    system_language,
    translations_dir,
    translator_for,
)


def update_sources() -> None:
    """Refresh the .ts files from the source (``--update``).

    Without source locations: a line moved in the code then changes nothing in the .ts files, so
    branches that add strings in different places merge without conflicts.
    """
    import subprocess  # a developer's command: not imported at every start

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = shutil.which("pyside6-lupdate") or str(lupdate)
    package = Path(__file__).resolve().parent.parent
    folders = ("ui", "reports", "services", "store", "handover", "exchange", "sync")
    sources = [str(p) for folder in folders for p in sorted((package / folder).rglob("*.py"))]
    sources += [str(package / name) for name in ("errors.py", "files.py")]  # errors' messages
    for language in LANGUAGES:
        target = translations_dir() / f"kentta_{language}.ts"
        subprocess.run([tool, *sources, "-source-language", "en", "-target-language", language,
                        "-no-obsolete", "-locations", "none", "-ts", str(target)], check=True)


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    print("\n".join(str(p) for p in compile_translations(force=True)))
