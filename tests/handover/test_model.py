"""The document model: a pure function of the records, tested without rendering."""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid

import pytest

from desktop.errors import InvalidInput
from desktop.handover.model import (
    MAX_TEXT,
    ConsentRequired,
    HandoverTexts,
    build_handover,
    consent_in_force,
)
from sync.records import AssessmentBase, ClientBase, ConsentBase, StaffBase, TransitionBase

DAY = dt.date(2026, 1, 15)


def records(**consent):
    client = ClientBase(name="Aino Asiakas", personal_id="131052-308T", language="fi",
                        service_start=dt.date(2025, 3, 1), referral_source="Kela",
                        employment_area="Raahen seudun työllisyysalue")
    consents = [ConsentBase(client_id=client.id,
                            **({"share_with_authority": True, "given_on": dt.date(2025, 3, 1)} | consent))]
    return client, consents


def build(client, consents, *, for_authority=False, texts=HandoverTexts(), **more):
    return build_handover(client=client, consents=consents, coach=StaffBase(name="Ville Valmentaja"),
                          texts=texts, language="fi", for_authority=for_authority,
                          organisation="Hanke", generated_on=DAY, **more)


def test_the_personal_identity_code_is_full_only_for_the_authority():
    client, consents = records()
    assert build(client, consents, for_authority=True).personal_id == "131052-308T"
    assert build(client, consents).personal_id == "131052-****"
    client.personal_id = None
    assert build(client, consents, for_authority=True).personal_id == ""


@pytest.mark.parametrize("consent, words", [
    ({"share_with_authority": False}, "does not cover sharing information with the employment authority"),
    ({"withdrawn_on": dt.date(2025, 12, 1)}, "has no consent in force"),
    ({"given_on": dt.date(2026, 2, 1)}, "has no consent in force"),  # given after the form's date
])
def test_refused_without_a_consent_in_force_for_the_authority(consent, words):
    client, consents = records(**consent)
    with pytest.raises(ConsentRequired, match=words) as refused:
        build(client, consents)
    assert "Record" in str(refused.value) and "Aino" not in str(refused.value)


def test_the_newest_consent_in_force_decides():
    client, consents = records()
    newer = ConsentBase(client_id=client.id, given_on=dt.date(2025, 9, 1), share_with_authority=False)
    assert consent_in_force([*consents, newer], DAY) is newer
    with pytest.raises(ConsentRequired):
        build(client, [*consents, newer])
    newer.deleted = True
    assert consent_in_force([*consents, newer], DAY) is consents[0]


def test_the_assessment_summary_goes_where_the_consent_covers_it():
    client, consents = records(share_with_partners=False)
    older = AssessmentBase(client_id=client.id, assessed_on=dt.date(2025, 3, 5), summary="Vanha.")
    newer = AssessmentBase(client_id=client.id, assessed_on=dt.date(2025, 6, 5), summary="  Uusi arvio. ")
    empty = AssessmentBase(client_id=client.id, assessed_on=dt.date(2025, 8, 5), summary="")
    assessments = [older, newer, empty]
    for_authority = build(client, consents, for_authority=True, assessments=assessments)
    assert for_authority.assessment.summary == "Uusi arvio."
    assert for_authority.assessment.assessment_id == newer.id
    assert build(client, consents, assessments=assessments).assessment is None
    client2, partners = records(share_with_partners=True)
    assert build(client2, partners, assessments=assessments).assessment.assessed_on == dt.date(2025, 6, 5)


def test_transitions_become_results_in_date_order_with_employer_names():
    client, consents = records()
    employer = uuid.uuid4()
    later = TransitionBase(client_id=client.id, transition_kind="studies", start_date=dt.date(2025, 9, 1))
    first = TransitionBase(client_id=client.id, transition_kind="work_trial", employer_id=employer,
                           start_date=dt.date(2025, 5, 1), end_date=dt.date(2025, 6, 30))
    gone = TransitionBase(client_id=client.id, transition_kind="paid_work", start_date=dt.date(2025, 4, 1),
                          deleted=True)
    document = build(client, consents, transitions=[later, first, gone], employer_names={employer: "Oy Ab"})
    assert [(r.kind, r.employer) for r in document.results] == [("work_trial", "Oy Ab"), ("studies", "")]


def test_texts_are_cleaned_and_limited():
    client, consents = records()
    decomposed = unicodedata.normalize("NFD", "Nguyễn\r\nrivi\x00\x07\tloppu  ")
    document = build(client, consents, texts=HandoverTexts(work_done=decomposed))
    assert document.texts.work_done == "Nguyễn\nrivi    loppu"
    assert unicodedata.is_normalized("NFC", document.texts.work_done)
    with pytest.raises(InvalidInput) as too_long:
        build(client, consents, texts=HandoverTexts(further_plan="x" * (MAX_TEXT + 1)))
    assert too_long.value.codes() == {"further_plan": "too_long"}


def test_a_draft_has_no_document_number_and_a_language_is_checked():
    client, consents = records()
    assert build(client, consents).is_draft
    assert not build(client, consents, document_number="KT-2026-000001").is_draft
    with pytest.raises(InvalidInput):
        build_handover(client=client, consents=consents, coach=None, texts=HandoverTexts(), language="de",
                       for_authority=False, organisation="", generated_on=DAY)


def test_a_form_for_the_authority_is_addressed_to_an_employment_area():
    client, consents = records()
    assert build(client, consents, for_authority=True).recipient == "Raahen seudun työllisyysalue"
    assert build(client, consents, for_authority=True, employment_area=" Oulun seudun työllisyysalue ").recipient \
        == "Oulun seudun työllisyysalue"
    assert build(client, consents).recipient == ""  # a form for partners names no authority
    with pytest.raises(InvalidInput) as refused:
        build(client, consents, for_authority=True, employment_area="")
    assert [(e.field, e.code) for e in refused.value.errors] == [("employment_area", "employment_area_required")]
