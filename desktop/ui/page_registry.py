"""The pages of the main window, in navigation order.

A page's module is imported when the page is first built (its first visit),
not at start-up: the window shows before the pages' dependencies are loaded.
``PAGE_MODULES`` lets start-up load them on a worker thread meanwhile.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from desktop.ui.main_window import PageSpec
from desktop.ui.pages import Page
from desktop.ui.qt import QCoreApplication

PAGE_MODULES = (
    "desktop.ui.today.page",
    "desktop.ui.employers.page",
    "desktop.ui.visits.page",
    "desktop.ui.clients.page",
    "desktop.ui.events.page",
    "desktop.ui.reports.page",
    "desktop.ui.sync.page",
    "desktop.ui.admin.page",
)

# The record kinds (sync/records.py) that no page opens: set up with the profile or the server,
# or shown only inside another record (a handover form from its client, a file in the
# "Attachments" section of its client or employer, a manager's opening of a client on its page, a
# colleague's request to be assigned on the client's page). Every other kind is
# opened by exactly one page below; tests/ui/test_page_kinds.py fails when a kind is in neither.
KINDS_WITHOUT_A_PAGE = frozenset({"organisation", "locality", "staff", "handover_form", "break_glass",
                                  "assignment_request", "client_attachment", "employer_attachment",
                                  "audit_event"})


def _page(module: str, name: str) -> Callable[..., Page]:
    def make(ctx) -> Page:
        return getattr(importlib.import_module(module), name)(ctx)

    make.__qualname__ = name
    return make


def page_specs() -> list[PageSpec]:
    """The pages; coordinators, coaches and managers start on Today (what is due: follow-ups,
    services and transitions ending, funder's dates, consents, purges, drafts, conflicts), an
    administrator on Sync (accounts and devices are the server's; no client data is theirs).
    Today opens no record of its own: it forwards to the page that opens each one.
    Administration is shown to administrators (staff and devices) and managers (a client's
    audit trail) only."""
    # Literal contexts and texts, so that lupdate finds them.
    translate = QCoreApplication.translate
    today, employers, visits, clients, events, reports, sync, admin = PAGE_MODULES
    return [
        PageSpec("today", translate("Pages", "Today"), _page(today, "TodayPage"),
                 starts_for=("employer_coordinator", "career_coach", "manager"),
                 shown_for=("employer_coordinator", "career_coach", "manager"), counts=True),
        PageSpec("employers", translate("Pages", "Employers"), _page(employers, "EmployersPage"),
                 ("employer", "contact", "position")),
        PageSpec("visits", translate("Pages", "Visits"), _page(visits, "VisitsPage"), ("visit", "new_visit")),
        PageSpec("clients", translate("Pages", "Clients"), _page(clients, "ClientsPage"),
                 ("client", "client_note", "consent", "assessment", "transition")),
        PageSpec("events", translate("Pages", "Events"), _page(events, "EventsPage"),
                 ("recruitment_event", "event_participant")),
        PageSpec("reports", translate("Pages", "Reports"), _page(reports, "ReportsPage")),
        PageSpec("sync", translate("Pages", "Sync"), _page(sync, "SyncPage"), starts_for=("admin",)),
        PageSpec("admin", translate("Pages", "Administration"), _page(admin, "AdminPage"),
                 shown_for=("admin", "manager")),
    ]
