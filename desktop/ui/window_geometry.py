"""The main window's size and place: fitted to the screen, remembered per screen.

The geometry is kept in the profile folder's ``ui.json`` (``WINDOW_GEOMETRY``), readable
before the profile is unlocked, so that the first frame of the next start already has it.
It is keyed by the screen's name and size: a laptop used alone and at a desk with a
larger monitor gets back the place it had on each.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QStyle, QWidget

from desktop.store.settings import WINDOW_GEOMETRY

# What the window asks for on a screen that has room for it.
PREFERRED_SIZE = QSize(1200, 780)


def screen_key(screen: QScreen) -> str:
    size = screen.size()
    return f"{screen.name() or 'screen'} {size.width()}x{size.height()}"


def _frame_allowance(window: QWidget) -> QSize:
    """What the window manager's frame adds: measured once shown, estimated before."""
    if window.isVisible() and window.frameGeometry().size() != window.geometry().size():
        return window.frameGeometry().size() - window.geometry().size()
    style = window.style()
    border = style.pixelMetric(QStyle.PixelMetric.PM_MdiSubWindowFrameWidth, None, window)
    title = style.pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, window)
    return QSize(2 * border, title + 2 * border)


def available_area(window: QWidget, screen: QScreen | None = None) -> QRect:
    """The part of the screen the window (with its frame) may cover, without panels and docks."""
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    allowance = _frame_allowance(window)
    return QRect(area.topLeft(), area.size() - allowance)


def fit_to_screen(window: QWidget, size: QSize = PREFERRED_SIZE, screen: QScreen | None = None) -> None:
    """Size the window to ``size`` or the available screen, whichever is smaller, centred on it."""
    area = available_area(window, screen)
    fitted = size.boundedTo(area.size()).expandedTo(window.minimumSize())
    window.resize(fitted)
    window.move(area.x() + (area.width() - fitted.width()) // 2, area.y() + (area.height() - fitted.height()) // 2)


def restore(window: QWidget, data_dir: Path) -> None:
    """The size and place last kept for a connected screen (the primary one first), or a fitted window."""
    saved = WINDOW_GEOMETRY.get(data_dir)
    primary = QGuiApplication.primaryScreen()
    screens = [primary, *(s for s in QGuiApplication.screens() if s is not primary)]
    for screen in screens:
        value = saved.get(screen_key(screen))
        if isinstance(value, str) and window.restoreGeometry(QByteArray.fromBase64(value.encode("ascii"))):
            if screen.availableGeometry().contains(window.frameGeometry()):
                return
            break  # kept on a screen of this name and size that was laid out otherwise
    fit_to_screen(window)


def save(window: QWidget, data_dir: Path) -> None:
    """Keep the window's geometry for the screen it is on."""
    screen = window.screen()
    if screen is None:
        return
    saved = WINDOW_GEOMETRY.get(data_dir)
    saved[screen_key(screen)] = bytes(window.saveGeometry().toBase64()).decode("ascii")
    WINDOW_GEOMETRY.set(data_dir, saved)
