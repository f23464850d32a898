"""Where a Today row leads: the page that opens its record (the Today page opens none itself).

A record goes through the change bus's ``open_record``, as a search hit does; a draft opens its
form (a visit's on the Visits page, a handover form's in its dialog over its client's page); a
colleague's request to be assigned opens the client's page, where it is decided; a conflict opens the Sync
page's Conflicts tab with that conflict chosen (a record set aside: its Set aside tab); the
changes waiting open the Sync page's receipt.
"""

from __future__ import annotations

import logging
import uuid

logger = logging.getLogger(__name__)


def open_item(page, item) -> None:
    if item.kind == "draft":
        open_draft(page, str(item.record_id), item.client_id)
    elif item.kind == "assignment_request":
        page.ctx.bus.open_record.emit("client", item.client_id)
    elif item.kind == "conflict":
        window = page.window()
        if not (hasattr(window, "go_to") and "sync" in window.pages):
            return
        sync_page = window.go_to("sync")
        if item.record_kind == "outbox":
            sync_page.tabs.setCurrentWidget(sync_page.receipt)
        elif item.record_kind.startswith("refused:"):
            sync_page.tabs.setCurrentWidget(sync_page.refused)
        else:
            sync_page.show_conflict(item.record_id)
    else:
        page.ctx.bus.open_record.emit(item.record_kind, item.record_id)


def open_draft(page, key: str, client_id: uuid.UUID | None) -> None:
    """A visit's draft on the Visits page (an edit's with its visit); a handover form's in its
    dialog over its client's page; any other draft on its client."""
    kind, _sep, rest = key.partition(":")
    window = page.window()
    if kind == "visit" and hasattr(window, "go_to") and "visits" in window.pages:
        window.go_to("visits").show_draft(key)
        return
    target = client_id
    if target is None and kind == "handover":
        try:
            target = uuid.UUID(rest)
        except ValueError:
            target = None
    if target is not None and kind == "handover" and hasattr(window, "go_to") and "clients" in window.pages:
        window.go_to("clients").show_handover(target)
    elif target is not None:
        page.ctx.bus.open_record.emit("client", target)
    else:
        logger.info("a draft of kind %s has no page to open it", kind)

