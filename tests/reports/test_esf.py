"""The EU common indicators by gender against the hand-made participants' known answers."""

from __future__ import annotations

import json

import pytest

from desktop.reports import esf
from desktop.reports.export import report_json
from desktop.reports.figures import compute_figures
from tests.reports import esf_dataset
from tests.reports.esf_dataset import PERIOD


@pytest.fixture
def participants(store, actor):
    return esf_dataset.build(store, actor)


def test_every_indicator_by_gender_in_the_period(store, participants):
    report = compute_figures(store, period_from=PERIOD[0], period_to=PERIOD[1])
    assert report.esf == esf_dataset.IN_PERIOD
    assert report.esf_incomplete == esf_dataset.INCOMPLETE_IN_PERIOD


def test_a_staff_member_and_a_locality_choose_their_participants(store, participants):
    for chosen in ({"staff": "Ville Valmentaja"}, {"locality": "Raahe"}):
        report = compute_figures(store, period_from=PERIOD[0], period_to=PERIOD[1], **chosen)
        assert report.esf == esf_dataset.VILLE, chosen
        assert report.esf_incomplete == 0


def test_only_the_questions_the_organisation_asks_are_reported(store, participants):
    report = compute_figures(store, period_from=PERIOD[0], period_to=PERIOD[1])
    shown = [name for name in report.esf if esf.BY_NAME[name].optional]
    assert shown == ["disability", "homeless"]  # P3's third-country answer is not reported


def test_the_json_report_has_the_esf_key_with_every_breakdown(store, participants):
    data = json.loads(json.dumps(report_json(compute_figures(store, period_from=PERIOD[0],
                                                             period_to=PERIOD[1]))))
    assert data["esf"] == esf_dataset.IN_PERIOD
    assert all(list(counts) == ["women", "men", "non_binary", "total"] for counts in data["esf"].values())
    assert data["esf_incomplete_participants"] == 2


def test_an_empty_profile_gives_zeros_for_the_indicators_always_asked(store):
    report = compute_figures(store)
    assert set(report.esf) == {i.name for i in esf.INDICATORS if not i.optional}
    assert all(counts == esf_dataset.by_gender() for counts in report.esf.values())


def test_every_indicator_names_its_commission_code_once():
    codes = [i.code for i in esf.INDICATORS]
    assert len(set(codes)) == len(codes)
    assert all(code.startswith("EECR" if i.result else "EECO") for i, code in zip(esf.INDICATORS, codes))


def test_the_documentation_defines_every_indicator():
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "report-figures.md").read_text(encoding="utf-8")
    for indicator in esf.INDICATORS:
        assert f"| `{indicator.name}` | {indicator.code} | {indicator.label} |" in docs, indicator.name
        assert indicator.definition in docs, indicator.name
