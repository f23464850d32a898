"""Translations at run time: Qt Linguist ``.ts`` files under ``resources/translations``,
compiled to ``.qm`` by ``pyside6-lrelease`` (at first use when missing or stale, or with
``python -m desktop.ui.i18n``) and installed as QtCore translators.

QtCore only, no widgets: headless commands (``kentta report``) translate through here without
loading the UI. Source strings are English. The language is the user's setting, else the
system locale's when it is Finnish, Swedish or English, else Finnish.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resources_dir

logger = logging.getLogger(__name__)

LANGUAGES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
DEFAULT = "fi"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else None


def compile_translations(force: bool = False) -> list[Path]:
    """Build every stale ``.qm`` from its ``.ts``; returns the files built."""
    import subprocess  # only to build one (before the first paint at every start, ~2.5 ms)

    built = []
    tool = _lrelease()
    for ts in sorted(translations_dir().glob("kentta_*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if tool is None:
            logger.warning("pyside6-lrelease not found; translations not compiled")
            break
        try:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                           capture_output=True, timeout=60)
            built.append(qm)
        except (OSError, subprocess.SubprocessError) as error:
            logger.warning("could not compile %s: %s", ts.name, type(error).__name__)
    return built


class Translations:
    """Installs the app's and Qt's own translators for one language at a time."""

    def __init__(self, app) -> None:
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> str:
        if language not in LANGUAGES:
            language = DEFAULT
        compile_translations()
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        if language != "en":
            ours = QTranslator(self.app)
            if ours.load(str(translations_dir() / f"kentta_{language}.qm")):
                self.app.installTranslator(ours)
                self._installed.append(ours)
            else:
                logger.warning("no compiled translation for %s", language)
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self.app.installTranslator(qt)
                self._installed.append(qt)
        # Numbers in texts ("%Ln työnantajaa") grouped as the language writes them: 20 000.
        QLocale.setDefault(QLocale(language))
        self.language = language
        return language


def translator_for(language: str, context: str):
    """A ``translate(text)`` for headless work (reports from the command line):
    a QCoreApplication with the language's translator, no widgets."""
    app = QCoreApplication.instance() or QCoreApplication([])
    Translations(app).use(language)
    return lambda text: QCoreApplication.translate(context, text)


def error_message(error: BaseException) -> str:
    """A ``KenttaError``'s message in the language installed (``desktop/errors.py``): its
    English text translated in the context ``Errors``, the values put in afterwards; any other
    error as its own text."""
    from desktop.errors import ERRORS, KenttaError
    from desktop.translation import fill

    if not isinstance(error, KenttaError) or not error.text:
        return str(error)
    params = error.params if isinstance(error.params, tuple) else ()
    return fill(QCoreApplication.translate(ERRORS, error.text), params)
