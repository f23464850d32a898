"""Events page (being built)."""

from desktop.ui.pages import PlaceholderPage


class EventsPage(PlaceholderPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, "", parent)
