"""The funder's figures: the EU common indicators of Regulation (EU) 2021/1057, Annex I, each by
gender (women, men, non-binary persons), computed in the database from the clients' entry and
exit data (``sync.records.ClientBase``).

Rules (``docs/report-figures.md`` says the same in words):

- A *participant* is a client (not deleted) whose service starts in the period, within the
  chosen locality and staff member, whose entry data are complete: gender, date of birth,
  labour market status at entry, education level, and for the unemployed whether long-term.
  As in the funder's own system, a participant with incomplete entry data drops out of every
  aggregate; ``incomplete_participants`` counts them and the completeness list names them.
- Age is the age on the service's start (the entry date).
- The optional questions (disability, ...) count the answer "yes", only for the questions the
  organisation asks (``OrganisationBase.esf_questions``).
- The *results* count the participants who left in the period: their service ends in it (the
  exit date), wherever it started, with complete entry data. "Upon leaving" is the situation in
  the four weeks after leaving, the last event counting (``exit_situation``); six months after
  leaving is ``situation_6_months``.
- A person who left and came back as a new client (``returned_from_id``) is one participant:
  counted among the outputs at the first entry, and among the results with the last exit.

Each indicator carries the code the Commission gives it in its ESF+ monitoring guidance
(EECO for outputs, EECR for results).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from desktop.reports.queries import Scope
from sync.records import ESF_OPTIONAL_QUESTIONS, GENDERS


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# The JSON keys of the breakdown, in order: women, men, non-binary persons, all of them.
BREAKDOWN = ("women", "men", "non_binary", "total")
_KEY_OF_GENDER = dict(zip(GENDERS, BREAKDOWN))


@dataclass(frozen=True)
class Indicator:
    name: str
    code: str | None  # the Commission's code
    label: str
    definition: str
    result: bool = False  # counted over those who left in the period
    optional: bool = False  # asked only where the organisation turns the question on


INDICATORS: tuple[Indicator, ...] = (
    Indicator("participants", "EECO01", QT_TRANSLATE_NOOP("ReportFigures", "Total number of participants"),
              QT_TRANSLATE_NOOP("ReportFigures", "Clients whose service starts in the period and whose entry "
                                              "data are complete.")),
    Indicator("unemployed", "EECO02", QT_TRANSLATE_NOOP("ReportFigures", "Unemployed, including long-term unemployed"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants unemployed at entry, long-term unemployed included.")),
    Indicator("long_term_unemployed", "EECO03", QT_TRANSLATE_NOOP("ReportFigures", "Long-term unemployed"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants unemployed at entry and long-term unemployed.")),
    Indicator("inactive", "EECO04", QT_TRANSLATE_NOOP("ReportFigures", "Inactive"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants outside the labour force at entry.")),
    Indicator("employed", "EECO05", QT_TRANSLATE_NOOP("ReportFigures", "Employed, including self-employed"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants employed or self-employed at entry.")),
    Indicator("under_18", "EECO06", QT_TRANSLATE_NOOP("ReportFigures", "Children below 18 years of age"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants under 18 on the day their service starts.")),
    Indicator("age_18_29", "EECO07", QT_TRANSLATE_NOOP("ReportFigures", "Young people between 18 and 29 years of age"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants aged 18 to 29 on the day their service starts.")),
    Indicator("age_55_plus", "EECO08", QT_TRANSLATE_NOOP("ReportFigures", "Participants of 55 years of age and above"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants aged 55 or more on the day their service starts.")),
    Indicator("isced_0_2", "EECO09", QT_TRANSLATE_NOOP("ReportFigures", "With lower secondary education or less (ISCED 0-2)"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants whose highest education at entry is ISCED 0 to 2.")),
    Indicator("isced_3_4", "EECO10", QT_TRANSLATE_NOOP("ReportFigures", "With upper secondary or post-secondary education (ISCED 3-4)"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants whose highest education at entry is ISCED 3 or 4.")),
    Indicator("isced_5_8", "EECO11", QT_TRANSLATE_NOOP("ReportFigures", "With tertiary education (ISCED 5-8)"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants whose highest education at entry is ISCED 5 to 8.")),
    Indicator("disability", "EECO12", QT_TRANSLATE_NOOP("ReportFigures", "Participants with disabilities"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants who answered yes; those who declined are not counted."),
              optional=True),
    Indicator("third_country_national", "EECO13", QT_TRANSLATE_NOOP("ReportFigures", "Third-country nationals"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants who answered yes; those who declined are not counted."),
              optional=True),
    Indicator("foreign_background", "EECO14", QT_TRANSLATE_NOOP("ReportFigures", "Participants with a foreign background"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants who answered yes; those who declined are not counted."),
              optional=True),
    Indicator("minority", "EECO15", QT_TRANSLATE_NOOP("ReportFigures", "Minorities (including marginalised communities such as Roma)"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants who answered yes; those who declined are not counted."),
              optional=True),
    Indicator("homeless", "EECO16", QT_TRANSLATE_NOOP("ReportFigures", "Homeless or affected by housing exclusion"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants who answered yes; those who declined are not counted."),
              optional=True),
    Indicator("job_searching_on_leaving", "EECR01", QT_TRANSLATE_NOOP("ReportFigures", "Engaged in job searching upon leaving"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants who left in the period and were searching for a job "
                                              "in the four weeks after leaving (the last event counts)."),
              result=True),
    Indicator("in_education_on_leaving", "EECR02", QT_TRANSLATE_NOOP("ReportFigures", "In education or training upon leaving"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants who left in the period and were in education or "
                                              "training in the four weeks after leaving (the last event counts)."),
              result=True),
    Indicator("qualification_on_leaving", "EECR03", QT_TRANSLATE_NOOP("ReportFigures", "Gaining a qualification upon leaving"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants who left in the period with a qualification gained."),
              result=True),
    Indicator("employed_on_leaving", "EECR04", QT_TRANSLATE_NOOP("ReportFigures", "In employment, including self-employment, upon leaving"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants who left in the period and were employed or "
                                              "self-employed in the four weeks after leaving (the last event counts)."),
              result=True),
    Indicator("employed_6_months", "EECR05", QT_TRANSLATE_NOOP("ReportFigures", "In employment, including self-employment, six months after leaving"),
              QT_TRANSLATE_NOOP("ReportFigures", "Participants who left in the period and were employed or "
                                              "self-employed six months after leaving."),
              result=True),
)
BY_NAME = {indicator.name: indicator for indicator in INDICATORS}
assert {i.name for i in INDICATORS if i.optional} == set(ESF_OPTIONAL_QUESTIONS)

COMPLETE_ENTRY = """c.gender IS NOT NULL AND c.birth_date IS NOT NULL
    AND c.labour_status_at_entry IS NOT NULL AND c.education_level IS NOT NULL
    AND (c.labour_status_at_entry != 'unemployed' OR c.long_term_unemployed IS NOT NULL)"""
# Whole years from the birth date to the service's start (ISO dates compare as text).
AGE_AT_ENTRY = """(CAST(strftime('%Y', c.service_start) AS INTEGER) - CAST(strftime('%Y', c.birth_date) AS INTEGER)
    - (strftime('%m-%d', c.service_start) < strftime('%m-%d', c.birth_date)))"""

_OUTPUTS = {
    "participants": "1",
    "unemployed": "c.labour_status_at_entry = 'unemployed'",
    "long_term_unemployed": "c.labour_status_at_entry = 'unemployed' AND c.long_term_unemployed = 1",
    "inactive": "c.labour_status_at_entry = 'inactive'",
    "employed": "c.labour_status_at_entry = 'employed'",
    "under_18": "age < 18",
    "age_18_29": "age BETWEEN 18 AND 29",
    "age_55_plus": "age >= 55",
    "isced_0_2": "c.education_level = 'isced_0_2'",
    "isced_3_4": "c.education_level = 'isced_3_4'",
    "isced_5_8": "c.education_level = 'isced_5_8'",
    **{name: f"c.{name} = 'yes'" for name in ESF_OPTIONAL_QUESTIONS},
}
_RESULTS = {
    "job_searching_on_leaving": "c.exit_situation = 'job_searching'",
    "in_education_on_leaving": "c.exit_situation = 'education_or_training'",
    "qualification_on_leaving": "c.qualification_gained = 1",
    "employed_on_leaving": "c.exit_situation = 'employed'",
    "employed_6_months": "c.situation_6_months = 'employed'",
}
assert set(_OUTPUTS) | set(_RESULTS) == set(BY_NAME)


def shown(questions: list[str] | tuple[str, ...]) -> tuple[Indicator, ...]:
    """The indicators a report shows: the optional ones only where the organisation asks."""
    return tuple(i for i in INDICATORS if not i.optional or i.name in questions)


def organisation_questions(session: Session) -> list[str]:
    row = session.execute(text(
        "SELECT esf_questions FROM organisation WHERE deleted = 0 ORDER BY rowid LIMIT 1")).first()
    return [q for q in (json.loads(row[0]) if row and row[0] else []) if q in ESF_OPTIONAL_QUESTIONS]


FIRST_ENTRY = "c.returned_from_id IS NULL"
LAST_EXIT = ("NOT EXISTS (SELECT 1 FROM client AS later WHERE later.returned_from_id = c.id "
             "AND later.deleted = 0)")


def _counts(session: Session, scope: Scope, where_date: str, sums: dict[str, str]) -> dict[str, dict[str, int]]:
    columns = ",\n".join(f"coalesce(sum(CASE WHEN {condition} THEN 1 ELSE 0 END), 0)"
                         for condition in sums.values())
    sql = f"""
        SELECT c.gender, {columns}
        FROM (SELECT c.*, {AGE_AT_ENTRY} AS age FROM client AS c) AS c
        WHERE c.deleted = 0 AND {where_date} AND {scope.in_locality("c")} AND {scope.assigned("c")}
          AND {COMPLETE_ENTRY}
        GROUP BY c.gender
    """
    found = {name: dict.fromkeys(BREAKDOWN, 0) for name in sums}
    for gender, *values in session.execute(text(sql), scope.params).all():
        key = _KEY_OF_GENDER.get(gender)
        if key is None:
            continue  # not one of the funder's values: entry data incomplete
        for name, value in zip(sums, values):
            found[name][key] += value
            found[name]["total"] += value
    return found


def esf_figures(session: Session, scope: Scope) -> tuple[dict[str, dict[str, int]], int]:
    """Every indicator the organisation reports, by gender, and the participants left out for
    incomplete entry data."""
    questions = organisation_questions(session)
    entered = f"c.service_start IS NOT NULL AND {scope.in_period('c.service_start')} AND {FIRST_ENTRY}"
    left = f"c.service_end IS NOT NULL AND {scope.in_period('c.service_end')} AND {LAST_EXIT}"
    found = _counts(session, scope, entered, _OUTPUTS) | _counts(session, scope, left, _RESULTS)
    incomplete, = session.execute(text(f"""
        SELECT count(*) FROM client AS c
        WHERE c.deleted = 0 AND {entered} AND {scope.in_locality("c")} AND {scope.assigned("c")}
          AND NOT ({COMPLETE_ENTRY})
    """), scope.params).one()
    return {i.name: found[i.name] for i in shown(questions)}, incomplete
