"""What the Administration page's tabs share: calls to the server off the GUI thread, their
failures said on the page, a table of rows, and times as the laptop's clock shows them."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHeaderView

from desktop.services.sync_session import NotLoggedIn
from desktop.ui.background import operation
from desktop.ui.context import UiContext
from desktop.ui.qt import QTableView, QWidget, Signal
from desktop.ui.sync.conflicts import RowsModel
from desktop.ui.sync.revoked import end_revoked_session, is_revoked
from desktop.ui.widgets.tables import list_view, selected_row

logger = logging.getLogger(__name__)


def when(moment: dt.datetime | None) -> str:
    """A server time in the laptop's own time zone, to the minute; "" for none."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def rows_table(model: RowsModel, name: str) -> QTableView:
    table = list_view(name, model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AdminTab(QWidget):
    """A tab of the page: ``refresh()`` reads its rows from the server."""

    said = Signal(str)  # a line for the page's state
    failed = Signal(object)  # an error the page words (or a lost login it shows)
    busy = Signal(bool)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: str | None = None  # what a change said, until the rows are read again

    def refresh(self) -> None:
        """Read the tab's rows again."""

    def after_change(self, text: str) -> None:
        """A change was made: read the rows again, then say ``text``."""
        self.pending = text
        self.refresh()

    def show_rows(self, table: QTableView, model: RowsModel, items: list, cells: list[list[str]],
                  key: Callable[[Any], Any]) -> None:
        """New rows; the row chosen before stays chosen if it is still there."""
        chosen = selected(table, model)
        model.set_rows(items, cells)
        keys = [key(item) for item in items]
        if chosen is not None and key(chosen) in keys:
            table.selectRow(keys.index(key(chosen)))

    def report(self, text: str) -> None:
        """The rows were read: say what a change said, else ``text``."""
        self.said.emit(self.pending or text)
        self.pending = None

    def call(self, work: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[Exception], None] | None = None) -> None:
        """``work`` on a worker; ``done(result)`` here, or the failure said on the page (or by
        ``failed``, a dialog's own)."""
        def on_failed(error: Exception) -> None:
            if is_revoked(error):
                end_revoked_session(self)  # the profile was deleted on the worker
            elif failed is not None and not isinstance(error, NotLoggedIn):
                failed(error)
            else:
                self.failed.emit(error)

        operation(work, parent=self).success(done).failure(on_failed).with_progress(
            self.busy.emit).run_in_background()


def selected(table: QTableView, model: RowsModel):
    """The object of the selected row, or None."""
    row = selected_row(table)
    return model.items[row] if 0 <= row < len(model.items) else None
