"""What every page gets: the open store, the user, the change bus and a way
to run work off the GUI thread.

Operations run in the background (``ctx.run``); when one changes records, it
announces it on ``ctx.bus.changed`` (kind, ids) on the GUI thread, and each
view decides whether it must refresh (as Anki's operations do).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6

from desktop.errors import InvalidInput, KenttaError, ProfileLocked
from desktop.ui.background import run_in_background
from desktop.ui.qt import QMessageBox, QObject, QWidget, Signal

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


class UiContext:
    def __init__(self, store: Store, actor: Actor) -> None:
        self.store = store
        self.actor = actor
        self.bus = ChangeBus()

    def run(
        self,
        work: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Run ``work`` on a worker thread; results come back on the GUI thread.

        Without ``on_failed``, a failure is shown in a dialog: a KenttaError
        by its message, anything else by the excepthook's dialog. With
        ``parent``, nothing is called back once that widget has been deleted.
        """

        def alive() -> bool:
            # A result that arrives after its widget was closed and deleted is dropped.
            return parent is None or shiboken6.isValid(parent)

        def done(result: Any) -> None:
            if on_done is not None and alive():
                on_done(result)

        def failed(error: Exception) -> None:
            if not alive():
                return
            if on_failed is not None:
                on_failed(error)
            else:
                show_error(parent, error)

        run_in_background(work, on_done=done, on_failed=failed)


def show_error(parent: QWidget | None, error: Exception) -> None:
    if isinstance(error, ProfileLocked):
        # The profile was locked (or closed at quit) while the work ran: the lock
        # screen already says so; a dialog over it would only hide it.
        logger.info("background work ended by the lock")
        return
    if isinstance(error, (KenttaError, InvalidInput)):
        QMessageBox.warning(parent, "Kenttä", str(error))
        return
    from desktop.ui.excepthook import report_exception

    report_exception(type(error), error, error.__traceback__)
