"""``ctx.run`` for a widget: its callbacks are dropped once the widget is gone.

A search or a save can finish after its form was closed (the window shut,
a test ended); calling back into a deleted widget would raise in the GUI
thread. The work itself still runs to its end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6

from desktop.ui.context import UiContext, show_error
from desktop.ui.qt import QObject

logger = logging.getLogger(__name__)


def run_for(owner: QObject, ctx: UiContext, work: Callable[[], Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[Exception], None] | None = None) -> None:
    def alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            if shiboken6.isValid(owner):
                callback(value)
            else:
                logger.debug("result for a closed %s dropped", type(owner).__name__)
        return call

    ctx.run(work, on_done=alive(on_done or (lambda _r: None)),
            on_failed=alive(on_failed or (lambda error: show_error(owner, error))))
