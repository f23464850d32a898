"""The first window: it opens on the profile and shows what it holds."""

from __future__ import annotations

from desktop.services import employers
from desktop.ui.profile_window import ProfileWindow


def test_window_shows_record_counts(qtbot, store, actor):
    employers.create_employer(store, actor=actor, data={"name": "Ikkuna Oy"})
    employers.create_employer(store, actor=actor, data={"name": "Toinen Ikkuna Oy"})
    window = ProfileWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.count_labels["employer"].text() == "2")
    assert window.count_labels["staff"].text() == "1"
    assert window.count_labels["locality"].text() == "4"
    assert window.count_labels["outbox"].text() != "…"
    assert str(store.data_dir) in window.centralWidget().findChildren(type(window.count_labels["employer"]))[0].text()
