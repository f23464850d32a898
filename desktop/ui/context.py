"""What every page gets: the open store, the user, the change bus and a way
to run work off the GUI thread.

Operations run in the background (``ctx.run``, ``ctx.operation``: see
``desktop.ui.background``); when one changes records, it
announces it on ``ctx.bus.changed`` (kind, ids) on the GUI thread, and each
view decides whether it must refresh (as Anki's operations do).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.ui.background import Operation
from desktop.ui.qt import QObject, Signal

if TYPE_CHECKING:
    from desktop.services.changes import Actor
    from desktop.store.profile import Store

logger = logging.getLogger(__name__)


class ChangeBus(QObject):
    """``changed(kind, ids)``: records of ``kind`` changed; ``ids`` is a set or None (many)."""

    changed = Signal(str, object)
    # ``open_record(kind, id)``: a page asks the main window to show a record.
    open_record = Signal(str, object)
    # ``status(text)``: a short message for the status bar.
    status = Signal(str)
    # ``sync_requested()``: a page wants a sync now (the main window starts it on the Sync page).
    sync_requested = Signal()


class UiContext:
    def __init__(self, store: Store, actor: Actor) -> None:
        self.store = store
        self.actor = actor
        self.bus = ChangeBus()

    def operation(self, work: Callable[[], Any], *, parent: QObject | None = None) -> Operation:
        """An operation to build (``desktop.ui.background``): ``.success()``, ``.failure()``,
        ``.with_progress()``, then ``.run_in_background()``."""
        return Operation(work, parent=parent)

    def run(
        self,
        work: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Run ``work`` on a worker thread; results come back on the GUI thread.

        The short form of ``operation(work, parent=parent).success(on_done).failure(on_failed)``:
        without ``on_failed``, a failure is shown in a dialog; with ``parent``,
        nothing is called back once that object has been deleted.
        """
        self.operation(work, parent=parent).success(on_done).failure(on_failed).run_in_background()
