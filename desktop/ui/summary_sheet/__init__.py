"""The client summary sheet in the app: ``open_summary_dialog``."""

from __future__ import annotations

from desktop.ui.context import UiContext
from desktop.ui.qt import Qt, QWidget


def open_summary_dialog(ctx: UiContext, client_id, parent: QWidget | None = None):
    """Open the summary dialog for ``client_id`` (modal to ``parent``) and return it.

    With a parent, the dialog is deleted when closed; without one, keep the
    returned reference for as long as it is shown.
    """
    from desktop.ui.summary_sheet.dialog import SummaryDialog

    dialog = SummaryDialog(ctx, client_id, parent)
    if parent is not None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
