"""The pages of the main window, in navigation order."""

from __future__ import annotations

from desktop.ui.clients.page import ClientsPage
from desktop.ui.employers.page import EmployersPage
from desktop.ui.events.page import EventsPage
from desktop.ui.main_window import PageSpec
from desktop.ui.qt import QCoreApplication
from desktop.ui.reports.page import ReportsPage
from desktop.ui.sync.page import SyncPage
from desktop.ui.visits.page import VisitsPage


def page_specs() -> list[PageSpec]:
    # Literal contexts and texts, so that lupdate finds them.
    translate = QCoreApplication.translate
    return [
        PageSpec("employers", translate("Pages", "Employers"), EmployersPage,
                 ("employer", "contact", "position")),
        PageSpec("visits", translate("Pages", "Visits"), VisitsPage, ("visit", "new_visit")),
        PageSpec("clients", translate("Pages", "Clients"), ClientsPage,
                 ("client", "client_note", "consent", "assessment", "transition")),
        PageSpec("events", translate("Pages", "Events"), EventsPage,
                 ("recruitment_event", "event_participant")),
        PageSpec("reports", translate("Pages", "Reports"), ReportsPage),
        PageSpec("sync", translate("Pages", "Sync"), SyncPage),
    ]
