"""Every record kind is opened by one page of the main window, or is declared as opened by none;
what a page lists in the registry is what the page itself opens."""

from __future__ import annotations

from collections import Counter

from desktop.ui.page_registry import KINDS_WITHOUT_A_PAGE, page_specs
from sync.records import RECORD_TYPES


def test_every_record_kind_is_opened_by_one_page_or_declared_without_one(qapp):
    listed = Counter(kind for spec in page_specs() for kind in spec.kinds)
    assert [kind for kind, pages in listed.items() if pages > 1] == []
    assert set(listed).isdisjoint(KINDS_WITHOUT_A_PAGE)
    missing = set(RECORD_TYPES) - set(listed) - KINDS_WITHOUT_A_PAGE
    assert missing == set(), "add the kind to a page in desktop/ui/page_registry.py or to KINDS_WITHOUT_A_PAGE"
    assert KINDS_WITHOUT_A_PAGE <= set(RECORD_TYPES)
    assert set(listed) - set(RECORD_TYPES) == {"new_visit"}  # an action, not a kind


def test_the_registry_lists_what_each_page_opens(qapp):
    from desktop.ui.clients.client_view import CLIENT_KINDS
    from desktop.ui.employers.page import SHOWN_KINDS

    kinds = {spec.key: set(spec.kinds) for spec in page_specs()}
    assert kinds["clients"] == set(CLIENT_KINDS)
    assert kinds["employers"] == set(SHOWN_KINDS)


def test_search_hits_have_a_label_and_a_page(qapp):
    from desktop.services.search import _LABELS
    from desktop.ui.search_box import kind_label

    routed = {kind for spec in page_specs() for kind in spec.kinds}
    assert set(_LABELS) <= routed
    assert [kind for kind in _LABELS if kind_label(kind) == kind] == []
