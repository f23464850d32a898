"""The Sync page's words: every field of every record kind has a literal text that lupdate finds
and that Finnish and Swedish translate; each sync error code and refusal reason has its text."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.ui.qt import QCoreApplication
from desktop.ui.sync import labels, messages
from desktop.ui.sync.labels import FIELD_LABELS, KIND_LABELS, PLACES, field_label, kind_label, record_label, value_text
from desktop.ui.sync.messages import ERROR_TEXTS, REFUSAL_CASES, REFUSAL_TEXTS, error_text, refusal_text
from sync.client.errors import ServerUnreachable
from sync.records import RECORD_TYPES

ROOT = Path(__file__).resolve().parents[3]
TOOLS = Path(sys.executable).parent
TRANSLATIONS = ROOT / "resources" / "translations"


def _contexts(root: ET.Element) -> dict[str, dict[str, ET.Element]]:
    return {context.findtext("name"): {m.findtext("source"): m for m in context.iter("message")}
            for context in root.iter("context")}


def _lupdate(source: Path, target: Path) -> dict[str, dict[str, ET.Element]]:
    subprocess.run([str(TOOLS / "pyside6-lupdate"), str(source), "-ts", str(target)], check=True,
                   capture_output=True)
    return _contexts(ET.parse(target).getroot())


def test_every_field_of_every_record_kind_has_a_label():
    missing = {kind: sorted(set(schema.data_fields()) - set(FIELD_LABELS))
               for kind, schema in RECORD_TYPES.items()}
    assert {kind: names for kind, names in missing.items() if names} == {}, \
        "add these fields to desktop/ui/sync/labels.py FIELD_LABELS"
    assert len(RECORD_TYPES) >= 16 and len(FIELD_LABELS) >= 90


def test_every_record_kind_has_a_label():
    assert set(KIND_LABELS) == set(RECORD_TYPES), "add the kind to desktop/ui/sync/labels.py KIND_LABELS"
    assert len(set(KIND_LABELS.values())) == len(KIND_LABELS)


def test_lupdate_finds_every_field_label_as_a_literal(tmp_path):
    found = _lupdate(Path(labels.__file__), tmp_path / "labels.ts")
    assert set(found["Fields"]) == set(FIELD_LABELS.values())
    assert set(KIND_LABELS.values()) <= set(found["Sync"])
    assert set(found["FieldValues"]) == set(PLACES.values())


def test_lupdate_finds_every_error_and_refusal_text(tmp_path):
    found = _lupdate(Path(messages.__file__), tmp_path / "messages.ts")
    assert set(found[messages.ERRORS]) == {text for text, _names in ERROR_TEXTS.values()}
    assert set(found[messages.REFUSALS]) == set(REFUSAL_TEXTS.values())


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_finnish_and_swedish_translate_every_field_error_and_refusal(language):
    contexts = _contexts(ET.parse(TRANSLATIONS / f"kentta_{language}.ts").getroot())
    wanted = {"Fields": set(FIELD_LABELS.values()), "FieldValues": set(PLACES.values()),
              "Sync": set(KIND_LABELS.values()),
              messages.ERRORS: {text for text, _names in ERROR_TEXTS.values()},
              messages.REFUSALS: set(REFUSAL_TEXTS.values())}
    for context, sources in wanted.items():
        untranslated = []
        for source in sources:
            message = contexts.get(context, {}).get(source)
            translation = None if message is None else message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
                untranslated.append(source)
            elif source.count("%1") != translation.text.count("%1"):
                untranslated.append(source + " (loses %1)")
        assert sorted(untranslated) == [], f"{context} in kentta_{language}.ts"


def _literal_codes(folder: Path, pattern: re.Pattern) -> set[str]:
    return {code for path in folder.rglob("*.py") for code in pattern.findall(path.read_text(encoding="utf-8"))}


def test_every_error_code_and_refusal_reason_the_sources_give_has_a_text():
    codes = _literal_codes(ROOT / "sync" / "client", re.compile(r'code="(\w+)"'))
    defaults = _literal_codes(ROOT / "sync" / "client", re.compile(r'default_code = "(\w+)"'))
    assert {"unreachable", "server_busy", "certificate", "login_failed", "address_plain_http"} <= codes
    assert (codes | defaults) - set(ERROR_TEXTS) == set()
    reasons = _literal_codes(ROOT / "sync" / "server", re.compile(r'Refused\(\s*"(\w+)"'))
    assert {"not_permitted", "not_assigned", "invalid", "purged"} <= reasons
    assert reasons - set(REFUSAL_TEXTS) == set()
    server = "".join(path.read_text(encoding="utf-8") for path in (ROOT / "sync" / "server").rglob("*.py"))
    for code, cases in REFUSAL_CASES.items():
        for words, case in cases:
            assert words in server, f"{code}: the server's message no longer says {words!r}"
            assert f"{code}.{case}" in REFUSAL_TEXTS


def test_english_texts_fill_their_params_and_unknown_codes_keep_the_message(qapp):
    error = ServerUnreachable("Cannot reach …", code="unreachable", host="kentta.example.fi")
    assert error_text(error.code, error.params).startswith("Cannot reach the server at kentta.example.fi:")
    assert error_text("brand_new", {}, "The English message.") == "The English message."
    assert refusal_text("not_permitted: Your role may not change staff records.") == \
        "Your role may not change records of this kind."
    assert refusal_text("not_permitted: The server has no such record that you may change.") == \
        "You may not change this record."
    assert refusal_text("new_reason: The server's words.") == "The server's words."
    assert refusal_text("invalid: x", [{"field": "business_id", "type": "invalid_business_id",
                                        "message": "The business ID 1 is not of the form 1234567-8."},
                                       {"field": "open_positions", "type": "greater_than_equal", "message": "…"}]) == (
        "Business ID: The business ID is not of the form 1234567-8.\nOpen positions: The number is too small.")
    assert field_label("assigned_staff_ids.0") == "Assigned staff" and field_label("no_such") == "no_such"
    assert kind_label("client_note") == "Client note" and kind_label("brand_new") == "brand_new"
    assert record_label("2026-11-22") == "22.11.2026" and record_label("Kallio Oy") == "Kallio Oy"
    assert value_text("2026-11-22", "follow_up_date") == "22.11.2026"
    assert value_text("on_site", "place") == "On site" and value_text("Kirjasto", "place") == "Kirjasto"
    assert value_text("2026-11-22", "notes") == "2026-11-22"  # a text field is shown as typed


def test_in_finnish(finnish):
    assert field_label("letter_of_intent_date") == "Aiesopimus"
    assert field_label("interest_wage_subsidy") == "Kiinnostus palkkatukeen"
    assert value_text("on_site", "place") == "Paikan päällä"
    assert value_text("career_coach", "role") == "Uravalmentaja"
    assert value_text(True, "hired") == "Kyllä"
    assert kind_label("recruitment_event") != "Recruitment event"
    assert error_text("server_busy", {"host": "kentta.example.fi"}).startswith(
        "Palvelin kentta.example.fi on ruuhkautunut")
    assert refusal_text("invalid: …", [{"field": "name", "type": "required", "message": "…"}]) == (
        "Nimi: Tämä kenttä on pakollinen.")
    assert QCoreApplication.translate("SyncRefusals", REFUSAL_TEXTS["not_permitted.role"]) != \
        REFUSAL_TEXTS["not_permitted.role"]
