"""Qt's own texts that its Finnish or Swedish catalog (``qtbase_fi``, ``qtbase_sv``) leaves
untranslated, in the contexts (and with the disambiguations) Qt looks them up with.

``desktop.i18n.Translations`` installs Qt's catalog after the app's, so Qt's translation wins
where it has one and the app's .ts files give these where it has none. Nothing calls
``_marked``: lupdate reads it, and the walk through the UI (``tests/ui/test_language_walk.py``)
fails when Qt shows one more English text.
"""

from desktop.ui.qt import QCoreApplication


def _marked() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        # the file dialog (saving a report, a handover form)
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        # its Type column
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "File"),
        translate("QAbstractFileIconProvider", "Unknown"),
    )
