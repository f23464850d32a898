"""Colours read back from rendered widgets: contrast as WCAG 2 measures it."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def pixels(image: QImage, area: QRect) -> list[QColor]:
    area = area.intersected(image.rect())
    return [image.pixelColor(x, y) for y in range(area.top(), area.bottom() + 1)
            for x in range(area.left(), area.right() + 1)]


def background_and_ink(image: QImage, area: QRect) -> tuple[QColor, QColor]:
    """The commonest colour of ``area`` and the one that stands out most from it."""
    found = pixels(image, area)
    background = QColor(Counter(c.rgb() for c in found).most_common(1)[0][0])
    ink = max(found, key=lambda c: contrast(c, background))
    return background, ink
