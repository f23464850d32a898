"""The handover form (lopettamis-/siirtolomake) in the app: ``open_handover_dialog``."""

from __future__ import annotations

from desktop.ui.context import UiContext
from desktop.ui.qt import Qt, QWidget


def open_handover_dialog(ctx: UiContext, client_id, parent: QWidget | None = None):
    """Open the handover dialog for ``client_id`` (modal to ``parent``) and return it.

    With a parent, the dialog is deleted when closed; without one, keep the
    returned reference for as long as it is shown.
    """
    from desktop.ui.handover.dialog import HandoverDialog

    dialog = HandoverDialog(ctx, client_id, parent)
    if parent is not None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
