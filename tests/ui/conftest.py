"""UI fixtures: a context over a real, set-up SQLCipher profile."""

from __future__ import annotations

import pytest

from desktop.ui.context import UiContext


@pytest.fixture
def ctx(qapp, store, actor):
    return UiContext(store, actor)


@pytest.fixture
def main_window(qtbot, ctx):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.page_registry import page_specs

    window = MainWindow(ctx, page_specs(), user_label="Testi Valmentaja")
    qtbot.addWidget(window)
    window.show()
    return window
