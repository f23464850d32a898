"""The pages of the main window, in navigation order."""

from __future__ import annotations

from desktop.ui.clients.page import ClientsPage
from desktop.ui.employers.page import EmployersPage
from desktop.ui.events.page import EventsPage
from desktop.ui.main_window import PageSpec
from desktop.ui.pages import PlaceholderPage
from desktop.ui.qt import QCoreApplication
from desktop.ui.reports.page import ReportsPage
from desktop.ui.visits.page import VisitsPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


def page_specs() -> list[PageSpec]:
    return [
        PageSpec("employers", _tr("Employers"), EmployersPage, ("employer", "contact", "position")),
        PageSpec("visits", _tr("Visits"), VisitsPage, ("visit", "new_visit")),
        PageSpec("clients", _tr("Clients"), ClientsPage,
                 ("client", "client_note", "consent", "assessment", "transition")),
        PageSpec("events", _tr("Events"), EventsPage, ("recruitment_event", "event_participant")),
        PageSpec("reports", _tr("Reports"), ReportsPage),
        PageSpec("sync", _tr("Sync"),
                 lambda ctx: PlaceholderPage(ctx, _tr("Syncing with the server comes here."))),
    ]
