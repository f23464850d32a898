"""The app's look in one place: the visible keyboard focus, and the few colours of its own
(errors, the sensitive-assessment marking), derived from the palette so that a dark system
theme stays readable.

Qt follows the system's light or dark setting itself (``QStyleHints.colorScheme``): what is
drawn here takes the palette's roles, or a colour mixed into them, never a fixed light colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from desktop.ui.qt import QApplication

# Tables, lists and text areas show no focus of their own in most styles: a frame in the
# palette's highlight colour shows which one the keyboard is in, and the current cell of a
# table keeps a dotted frame of the same colour. Styling an item takes the style's own drawing
# of it away, so a selected item is given the selection's colours here too (without them the
# navigation's current page was white on a pale ground).
FOCUS_STYLE = """
QAbstractItemView:focus, QTextEdit:focus, QPlainTextEdit:focus {
    border: 2px solid palette(highlight);
}
QAbstractItemView::item:focus {
    border: 1px dotted palette(highlight);
}
QAbstractItemView::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QAbstractItemView::item:selected:focus {
    border: 1px dotted palette(highlighted-text);
}
"""

# Accents chosen for either kind of background: (on a light one, on a dark one).
ERROR = ("#b00020", "#ff8a80")
# A QR code's modules and background: phones read it dark on light, whatever the theme.
QR_DARK, QR_LIGHT = "#000000", "#ffffff"
SENSITIVE = ("#6a1b9a", "#ce93d8")
NOTICE = ("#b7791f", "#ffd54f")  # something others did that the reader should know (break-glass)


def palette() -> QPalette:
    return QApplication.palette()


def is_dark(colours: QPalette | None = None) -> bool:
    return (colours or palette()).color(QPalette.ColorRole.Window).lightness() < 128


def accent(pair: tuple[str, str], colours: QPalette | None = None) -> QColor:
    """The one of ``pair`` that reads on the palette's background."""
    return QColor(pair[1] if is_dark(colours) else pair[0])


def tinted(pair: tuple[str, str], amount: float = 0.1, colours: QPalette | None = None) -> QColor:
    """The palette's base colour with a little of the accent mixed in: a background the
    palette's text stays readable on, light or dark."""
    base = (colours or palette()).color(QPalette.ColorRole.Base)
    tint = accent(pair, colours)
    mixed = [round(b + (t - b) * amount) for b, t in zip(base.getRgb()[:3], tint.getRgb()[:3])]
    return QColor(*mixed)


def error_style() -> str:
    """A label's style sheet for an error message."""
    return f"color: {accent(ERROR).name()};"


def apply_app_style(app: QApplication) -> None:
    app.setStyleSheet(FOCUS_STYLE)


def dark_palette() -> QPalette:
    """A dark palette as a dark system theme gives one (used where the platform has no theme
    of its own to follow, as for the screenshots)."""
    colours = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e8e8e8"), (roles.Base, "#1f1f1f"),
                         (roles.AlternateBase, "#2a2a2a"), (roles.Text, "#e8e8e8"), (roles.Button, "#353535"),
                         (roles.ButtonText, "#e8e8e8"), (roles.BrightText, "#ffffff"), (roles.Highlight, "#3d8ec9"),
                         (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#353535"),
                         (roles.ToolTipText, "#e8e8e8"), (roles.PlaceholderText, "#9a9a9a"), (roles.Link, "#8ab4f8"),
                         (roles.Light, "#4a4a4a"), (roles.Midlight, "#3d3d3d"), (roles.Mid, "#555555"),
                         (roles.Dark, "#1a1a1a"), (roles.Shadow, "#000000")):
        colours.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        colours.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return colours
