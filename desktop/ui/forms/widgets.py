"""Small pieces that forms and record views share: a named button, a field with
its error label under it, and combo boxes chosen by data or filled with the
profile's localities."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton
from shiboken6 import isValid

from desktop.services import setup
from desktop.ui.context import UiContext
from desktop.ui.qt import QComboBox, QLabel, QVBoxLayout, QWidget

logger = logging.getLogger(__name__)


def button(text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.clicked.connect(slot)
    return widget


def field_box(widget: QWidget, error: QLabel) -> QWidget:
    """A field with its error label under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


def select_data(combo: QComboBox, value: Any) -> bool:
    """Choose the item whose data equals ``value`` (findData compares Python objects by identity).

    Returns whether there was one.
    """
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return True
    return False


MINE = object()  # ``fill_localities``' choice of the user's own locality


def fill_localities(ctx: UiContext, combo: QComboBox, selected: Any = None, *,
                    on_filled: Callable[[], None] | None = None) -> None:
    """Add the profile's localities to ``combo`` (read in the background) and choose ``selected``
    (``MINE``: the user's own locality, for something new made in the field).

    The combo sends no signals while it is filled: choosing the record's own
    locality is not a change the person made.
    """
    store = ctx.store

    def read() -> tuple[list[tuple[Any, str]], Any]:
        rows = [(row.id, row.name) for row in setup.localities(store)]
        return rows, setup.my_locality_id(store) if selected is MINE else selected

    def fill(found: tuple[list[tuple[Any, str]], Any]) -> None:
        rows, chosen = found
        if not isValid(combo):
            return
        combo.blockSignals(True)
        for locality_id, name in rows:
            combo.addItem(name, locality_id)
        if chosen is not None:
            select_data(combo, chosen)
        combo.blockSignals(False)
        if on_filled is not None:
            on_filled()

    ctx.run(read, on_done=fill,
            on_failed=lambda error: logger.warning("localities not read: %s", type(error).__name__))
