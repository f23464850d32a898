"""The Qt names that most UI modules share, in one import.

A UI module imports these from here and any other Qt class straight from PySide6. Qt is imported
by ``desktop/ui/`` only, and QtCore by ``desktop/i18n.py`` (translations for headless commands):
the services, the store, the sync engine, the reports and the commands run without Qt, and
tests/test_imports.py fails when one of them imports it.
"""

from PySide6.QtCore import (  # noqa: F401
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence  # noqa: F401
from PySide6.QtWidgets import (  # noqa: F401
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
