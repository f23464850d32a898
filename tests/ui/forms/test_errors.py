"""The one table of error messages: every code the sources raise has an entry,
lupdate finds each text in its context, and a translation is what the form shows."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pydantic import ValidationError

from desktop.errors import FieldError, InvalidInput
from desktop.ui.forms import errors
from desktop.ui.forms.errors import CASES, MESSAGES, WITH_VALUE, FieldErrors, message_for, show_field_errors
from desktop.ui.qt import QCoreApplication, QWidget
from sync.records import RECORD_TYPES

ROOT = Path(__file__).resolve().parents[3]
TOOLS = Path(sys.executable).parent
# PydanticCustomError("code", ...) and FieldError(field, "code", ...) / FieldError(field=..., type="code", ...)
RAISED = (re.compile(r'PydanticCustomError\(\s*"(\w+)"'),
          re.compile(r'FieldError\(\s*(?:[^,()"]|"[^"]*"|\([^()]*\))*,\s*(?:code=|type=)?"(\w+)"'))


def raised_codes() -> dict[str, set[str]]:
    """Each code given as a literal where an error is raised, with the files that raise it."""
    found: dict[str, set[str]] = {}
    for folder in ("desktop", "sync"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.parent.name == "forms" and path.parent.parent.name == "ui":
                continue  # the table itself
            text = path.read_text(encoding="utf-8")
            for pattern in RAISED:
                for code in pattern.findall(text):
                    found.setdefault(code, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_code_raised_in_the_sources_has_a_message():
    found = raised_codes()
    # the search itself works: codes of records.py, identifiers.py and the services are among those found
    assert {"not_allowed", "required", "end_before_start", "follow_up_before_visit", "taken_up_without_briefing",
            "invalid_business_id", "invalid_personal_id", "duplicate_business_id", "duplicate_participant",
            "wrong_employer", "before_service"} <= set(found)
    assert "sync/records.py" in found["follow_up_before_visit"]
    missing = {code: sorted(files) for code, files in found.items() if code not in MESSAGES}
    assert missing == {}, "add these codes to desktop/ui/forms/errors.py MESSAGES"


def test_the_cases_of_a_code_are_told_apart_by_words_the_sources_use():
    identifiers = (ROOT / "sync" / "identifiers.py").read_text(encoding="utf-8")
    for code, (words, case) in CASES.items():
        assert words in identifiers, f"{code}: the English message no longer says {words!r}"
        assert f"{code}.{case}" in MESSAGES


@pytest.mark.parametrize(("kind", "data"), [
    ("position", {"employer_id": "nope", "title": "", "count": "many", "found_on": "2025-01-01T10:30"}),
    ("visit", {"employer_id": "8d1c0f1e-0000-4000-8000-000000000000", "visited_at": "eilen",
               "open_positions": -1, "briefing_given": "maybe"}),
    ("client", {"name": "x" * 300, "service_start": "tomorrow", "target_group": "abc"}),
])
def test_pydantic_codes_of_the_record_schemas_have_messages(kind, data):
    with pytest.raises(ValidationError) as refused:
        RECORD_TYPES[kind].model_validate(data)
    codes = {item["type"] for item in refused.value.errors()}
    assert len(codes) >= 3
    assert codes <= set(MESSAGES)


def test_cases_values_and_the_english_fallback(qapp):
    wrong_digit = FieldError("business_id", "invalid_business_id",
                             "The business ID 3914177-6 has a wrong check digit: check the number.")
    not_a_form = FieldError("business_id", "invalid_business_id", "The business ID 12345 is not of the form 1234567-8.")
    assert message_for(wrong_digit) == "The business ID has a wrong check digit: check the number."
    assert message_for(wrong_digit, "3914177-6") == "The business ID 3914177-6 has a wrong check digit: check the number."
    assert message_for(not_a_form, "12345") == "The business ID 12345 is not of the form 1234567-8."
    assert message_for(FieldError("personal_id", "invalid_personal_id", "The personal identity code has a wrong "
                                  "check character: check it."), "131052-308U") == (
        "The personal identity code has a wrong check character: check it.")  # an identity code is never quoted
    assert message_for(FieldError("name", "required", "A name, please."), "x") == "This field is required."
    assert message_for(FieldError("x", "brand_new_code", "The English message.")) == "The English message."


def lupdate(source: Path, target: Path) -> ET.Element:
    subprocess.run([str(TOOLS / "pyside6-lupdate"), str(source), "-ts", str(target)], check=True,
                   capture_output=True)
    return ET.parse(target).getroot()


def test_lupdate_finds_every_message_in_the_context_the_form_looks_up(tmp_path):
    root = lupdate(Path(errors.__file__), tmp_path / "errors.ts")
    contexts = {context.findtext("name"): {m.findtext("source") for m in context.iter("message")}
                for context in root.iter("context")}
    assert set(contexts) == {errors.CONTEXT}
    assert contexts[errors.CONTEXT] == set(MESSAGES.values()) | set(WITH_VALUE.values())


def test_a_translation_is_what_the_form_shows(qapp, tmp_path):
    from PySide6.QtCore import QTranslator

    root = lupdate(Path(errors.__file__), tmp_path / "errors_fi.ts")
    finnish = {"This field is required.": "Tämä kenttä on pakollinen.",
               "An employer with business ID %1 is already recorded.": "Y-tunnuksella %1 on jo työnantaja."}
    for message in root.iter("message"):
        if message.findtext("source") in finnish:
            translation = message.find("translation")
            translation.text = finnish[message.findtext("source")]
            translation.attrib.pop("type", None)
    ET.ElementTree(root).write(tmp_path / "errors_fi.ts", encoding="utf-8")
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(tmp_path / "errors_fi.ts"), "-qm",
                    str(tmp_path / "errors_fi.qm")], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "errors_fi.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert message_for(FieldError("name", "missing", "Field required")) == "Tämä kenttä on pakollinen."
        duplicate = FieldError("business_id", "duplicate_business_id", "An employer with business ID 3914177-5 "
                               "is already recorded.")
        assert message_for(duplicate, "3914177-5") == "Y-tunnuksella 3914177-5 on jo työnantaja."
    finally:
        QCoreApplication.removeTranslator(translator)
    assert message_for(FieldError("name", "missing", "Field required")) == "This field is required."


def test_errors_beside_their_fields_and_the_rest_under_the_form(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    labels = FieldErrors()
    name, form = labels.label("name"), labels.label("form")
    assert (name.objectName(), form.objectName()) == ("error_name", "error_form")
    left = labels.show([FieldError("name", "required", "."), FieldError("name", "string_too_long", "."),
                        FieldError("phone", "wrong_employer", ".")])
    assert left == []
    assert name.text() == "This field is required.\nThe text is too long." and not name.isHidden()
    assert form.text() == "This contact works for another employer." and not form.isHidden()
    labels.show([FieldError("form", "end_before_start", ".")])  # what was shown before goes
    assert name.text() == "" and name.isHidden()
    assert form.text() == "The end cannot be before the start."

    only_name = FieldErrors()
    only_name.label("name")
    unplaced = FieldError("client_id", "duplicate_participant", ".")
    assert only_name.show([unplaced, FieldError("name", "required", ".")]) == [unplaced]


def test_errors_with_no_place_go_to_a_dialog(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, error: shown.append(error))
    owner = QWidget()
    qtbot.addWidget(owner)
    labels = FieldErrors()
    label = labels.label("client_id")
    show_field_errors(owner, labels, InvalidInput([FieldError("client_id", "duplicate_participant", "."),
                                                   FieldError("event_id", "required", ".")]))
    assert label.text() == "The client is already a participant of this event."
    assert [[e.field for e in error.errors] for error in shown] == [["event_id"]]
    failure = RuntimeError("disk")
    show_field_errors(owner, labels, failure)
    assert shown[-1] is failure
