"""The base of every page in the main window."""

from __future__ import annotations

from desktop.ui.context import UiContext
from desktop.ui.qt import QLabel, QVBoxLayout, QWidget, Signal


class Page(QWidget):
    """A page of the main window. Subclasses override what they support."""

    # ``count_changed(n)``: what the navigation shows beside the page's title, e.g. "Today (3)";
    # 0 shows the title alone. Pages whose spec has ``counts=True`` are built at start to tell it.
    count_changed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def new_record(self) -> None:
        """Ctrl+N on this page."""

    def show_record(self, kind: str, record_id) -> bool:
        """Show one record (from search or another page); True when handled."""
        return False

    def can_close(self) -> bool:
        """False when the page has unsaved work the user wants to keep open."""
        return True

    def bring_forward(self) -> None:
        """Make this page the window's current one, when the page itself opens something
        (a restored draft, a record asked for by another page)."""
        window = self.window()
        key = self.objectName().removeprefix("page_")
        if window is not self and hasattr(window, "go_to") and key in window.pages:
            window.go_to(key)


class PlaceholderPage(Page):
    """A place kept for a capability that arrives with a later issue."""

    def __init__(self, ctx: UiContext, text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)
