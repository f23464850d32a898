"""The words for stored codes (note and transition kinds, consent methods, languages, event kinds):
literal texts lupdate finds in their contexts, translated into Finnish and Swedish, and shown in
Finnish on a client's timeline.

``SYNC_SCREENSHOTS=folder`` saves a screenshot of the timeline."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.services import clients
from desktop.ui import client_codes as labels
from desktop.ui.context import UiContext
from desktop.ui.events import event_dialog
from desktop.ui.events.event_dialog import EVENT_KINDS, event_kinds
from desktop.ui.qt import Qt
from tests.sync.test_sync_page import _shot
from tests.ui.sync.conftest import finnish  # noqa: F401 - the fixture is used by name

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
TABLES = {"note_kinds": labels.NOTE_KINDS, "transition_kinds": labels.TRANSITION_KINDS,
          "consent_methods": labels.CONSENT_METHODS, "languages": labels.LANGUAGES}
# The funder's data (read through ``labels.translated``).
FUNDER_TABLES = (labels.GENDERS, labels.LABOUR_STATUSES, labels.EDUCATION_LEVELS, labels.ANSWERS, labels.YES_NO,
                 labels.EURA_STATES, labels.EXIT_SITUATIONS, labels.SITUATIONS_6_MONTHS, labels.ESF_QUESTIONS)
# The same word in English and Finnish: the event's own name.
SAME_IN_FINNISH = {"Työkohtaamo"}


def _contexts(path: Path) -> dict[str, dict[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return {context.findtext("name"): {m.findtext("source"): m for m in context.iter("message")}
            for context in root.iter("context")}


def _all_client_labels() -> set[str]:
    return {text for table in (*TABLES.values(), *FUNDER_TABLES) for text in table.values()}


def test_lupdate_finds_every_code_label_in_its_context(tmp_path):
    target = tmp_path / "codes.ts"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), labels.__file__, event_dialog.__file__,
                    "-ts", str(target)], check=True, capture_output=True)
    found = _contexts(target)
    assert set(found["ClientLabels"]) == _all_client_labels()
    assert set(found["EventLabels"]) == set(EVENT_KINDS.values())
    assert "" not in found  # nothing left without a context


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_code_label_is_translated(language):
    contexts = _contexts(TRANSLATIONS / f"kentta_{language}.ts")
    for context, sources in (("ClientLabels", _all_client_labels()), ("EventLabels", set(EVENT_KINDS.values()))):
        for source in sources:
            message = contexts.get(context, {}).get(source)
            assert message is not None, f"{context}/{source} not in kentta_{language}.ts"
            translation = message.find("translation")
            assert translation.get("type") is None and (translation.text or "").strip(), f"{context}/{source}"
            if source not in SAME_IN_FINNISH:
                assert translation.text != source, f"{context}/{source} left in English in kentta_{language}.ts"


def test_no_message_is_unfinished_in_any_language():
    for language in ("fi", "sv", "en"):
        text = (TRANSLATIONS / f"kentta_{language}.ts").read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, language


def test_the_functions_translate_every_code_into_finnish(finnish):
    for name, table in TABLES.items():
        shown = getattr(labels, name)()
        assert set(shown) == set(table), name
        for code, english in table.items():
            assert shown[code] and (shown[code] != english or english in SAME_IN_FINNISH), (name, code)
    assert labels.note_kinds()["phone"] == "Puhelu"
    assert labels.transition_kinds()["wage_subsidised_work"] == "Palkkatuettu työ"
    assert labels.consent_methods()["verbal"] == "Suullisesti"
    assert labels.languages()["sv"] == "ruotsi"
    assert labels.translated(labels.GENDERS) == {
        "woman": "nainen", "man": "mies", "non_binary": "muu kuin nainen tai mies"}
    assert labels.translated(labels.ANSWERS)["declined"] == "ei halua vastata"
    kinds = event_kinds()
    assert kinds == {"tyokohtaamo": "Työkohtaamo", "remote_recruitment": "Etärekrytointi", "other": "Muu"}


def test_english_keeps_the_source_words(qapp):
    assert labels.note_kinds()["joint_meeting"] == "Joint meeting"
    assert event_kinds()["remote_recruitment"] == "Remote recruitment"


def test_a_clients_timeline_names_the_note_kinds_in_finnish(qtbot, store, actor, finnish):
    from desktop.ui.clients.page import ClientsPage

    client = clients.create_client(store, actor=actor, data={
        "name": "Aino Asiakas", "municipality": "Raahe", "service_path": "Osmo",
        "service_start": dt.date(2025, 3, 1)})
    for day, kind in enumerate(labels.NOTE_KINDS, start=1):
        clients.add_note(store, actor=actor, client_id=client.id, data={
            "note_kind": kind, "noted_on": dt.date(2025, 4, day), "text": f"Muistiinpano {day}"})
    clients.record_transition(store, actor=actor, client_id=client.id, data={
        "transition_kind": "wage_subsidised_work", "start_date": dt.date(2025, 5, 1)})
    page = ClientsPage(UiContext(store, actor))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.apply_filter()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    view = page.view
    qtbot.waitUntil(lambda: view.notes.model.rowCount() == 4 and view.transitions.model.rowCount() == 1)
    headings = [view.notes.model.index(row).data() for row in range(4)]
    assert [heading.split(" · ")[:2] for heading in headings] == [
        ["4.4.2025", "Toimiston ulkopuolella"], ["3.4.2025", "Yhteistapaaminen"],
        ["2.4.2025", "Puhelu"], ["1.4.2025", "Tapaaminen"]]
    assert view.transitions.model.index(0, 0).data() == "Palkkatuettu työ"
    _shot(page, "client-timeline-fi")
