"""The hand-made dataset in a real profile, for every report test."""

from __future__ import annotations

import pytest

from tests.reports import dataset


@pytest.fixture
def made(store, actor):
    return dataset.build(store, actor)


@pytest.fixture
def ctx(qapp, store, actor):
    from desktop.ui.context import UiContext

    return UiContext(store, actor)
