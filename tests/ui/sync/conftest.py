"""The Sync page's tests: the UI in Finnish, as most people here use it."""

from __future__ import annotations

import pytest


@pytest.fixture
def finnish(qapp):
    from desktop.ui.i18n import Translations

    translations = Translations(qapp)
    assert translations.use("fi") == "fi"
    yield translations
    translations.use("en")  # removes the translators again
