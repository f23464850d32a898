"""Icons of the navigation and the main actions: the desktop's icon theme where it has one,
else the style's own standard pixmaps (drawn by Qt, so nothing is shipped for them)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle

from desktop.ui.qt import QApplication, QIcon, Qt

SP = QStyle.StandardPixmap

# name: (freedesktop icon-theme name, the style's standard pixmap when the theme has none)
ICONS: dict[str, tuple[str, QStyle.StandardPixmap | None]] = {
    "today": ("view-calendar-day", SP.SP_DialogApplyButton),
    "employers": ("x-office-address-book", SP.SP_DirHomeIcon),
    "visits": ("x-office-calendar", SP.SP_FileDialogDetailedView),
    "clients": ("system-users", SP.SP_FileDialogContentsView),
    "events": ("appointment-new", SP.SP_FileDialogListView),
    "reports": ("x-office-spreadsheet", SP.SP_FileDialogInfoView),
    "sync": ("emblem-synchronizing", SP.SP_BrowserReload),
    "admin": ("preferences-system-network", SP.SP_ComputerIcon),
    "new": ("document-new", SP.SP_FileIcon),
    "find": ("edit-find", SP.SP_FileDialogContentsView),
    "lock": ("system-lock-screen", None),  # no standard pixmap is a padlock: drawn below
    "settings": ("preferences-system", SP.SP_FileDialogDetailedView),
    "quit": ("application-exit", SP.SP_DialogCloseButton),
    "about": ("help-about", SP.SP_MessageBoxInformation),
    "save": ("document-save", SP.SP_DialogSaveButton),
    "print": ("document-print", SP.SP_DialogApplyButton),
    "export": ("document-save-as", SP.SP_DialogSaveButton),
}


def icon(name: str) -> QIcon:
    """The icon of ``name`` (a key of ``ICONS``); a null icon for a name not there."""
    found = ICONS.get(name)
    if found is None:
        return QIcon()
    theme_name, standard = found
    if QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    if standard is None:
        return QIcon(lock_pixmap(32, QApplication.palette().color(QPalette.ColorRole.ButtonText)))
    return QApplication.style().standardIcon(standard)


def lock_pixmap(size: int, colour: QColor) -> QPixmap:
    """A padlock, drawn (no icon font needed)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, max(2, size // 8)))
    painter.drawArc(QRectF(size * 0.25, size * 0.08, size * 0.5, size * 0.6), 0, 180 * 16)
    painter.drawLine(QPointF(size * 0.25, size * 0.38), QPointF(size * 0.25, size * 0.45))
    painter.drawLine(QPointF(size * 0.75, size * 0.38), QPointF(size * 0.75, size * 0.45))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(size * 0.12, size * 0.45, size * 0.76, size * 0.5), 2, 2)
    painter.end()
    return pixmap
