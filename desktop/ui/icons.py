"""Icons of the navigation and the main actions: the desktop's icon theme where it has one,
else the style's own standard pixmaps (drawn by Qt, so nothing is shipped for them)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from desktop.ui.qt import QApplication, QIcon

SP = QStyle.StandardPixmap

# name: (freedesktop icon-theme name, the style's standard pixmap when the theme has none)
ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "employers": ("x-office-address-book", SP.SP_DirHomeIcon),
    "visits": ("x-office-calendar", SP.SP_FileDialogDetailedView),
    "clients": ("system-users", SP.SP_FileDialogContentsView),
    "events": ("appointment-new", SP.SP_FileDialogListView),
    "reports": ("x-office-spreadsheet", SP.SP_FileDialogInfoView),
    "sync": ("emblem-synchronizing", SP.SP_BrowserReload),
    "new": ("document-new", SP.SP_FileIcon),
    "find": ("edit-find", SP.SP_FileDialogContentsView),
    "lock": ("system-lock-screen", SP.SP_DialogNoButton),
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
    return QApplication.style().standardIcon(standard)
