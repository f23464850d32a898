"""The sheet as data: which consent it states and which dates it says are due (pure)."""

from __future__ import annotations

import datetime as dt
import uuid

from desktop.summary.model import EXIT_WINDOW, SERVICE_END, SIX_MONTHS, TRANSITION_END, build_summary
from sync.records import ClientBase, ConsentBase, TransitionBase

ON = dt.date(2026, 6, 15)


def client(**fields) -> ClientBase:
    return ClientBase(id=uuid.uuid4(), name="Aino Asiakas", **fields)


def consent(given: dt.date, withdrawn: dt.date | None = None, **fields) -> ConsentBase:
    return ConsentBase(id=uuid.uuid4(), client_id=uuid.uuid4(), given_on=given, withdrawn_on=withdrawn, **fields)


def sheet(person: ClientBase, **records):
    return build_summary(client=person, language="fi", organisation="Hanke", generated_on=ON, **records)


def test_the_consent_in_force_else_the_newest_withdrawn_one():
    old = consent(dt.date(2025, 1, 1), dt.date(2025, 6, 1), share_with_authority=True)
    new = consent(dt.date(2026, 1, 1), share_with_partners=True, recorded_how="electronic")
    stated = sheet(client(), consents=[old, new]).consent
    assert stated.in_force and stated.given_on == dt.date(2026, 1, 1) and stated.recorded_how == "electronic"
    assert (stated.share_with_authority, stated.share_with_partners) == (False, True)
    withdrawn = sheet(client(), consents=[old]).consent
    assert not withdrawn.in_force and withdrawn.withdrawn_on == dt.date(2025, 6, 1)
    later = consent(dt.date(2026, 7, 1))  # given after the sheet's date: not yet
    assert sheet(client(), consents=[later]).consent is None


def test_due_dates_ahead_and_the_funders_open_follow_ups_only():
    person = client(service_start=dt.date(2026, 1, 1), service_end=dt.date(2026, 6, 30))
    transitions = [
        TransitionBase(id=uuid.uuid4(), client_id=person.id, transition_kind="work_trial",
                       start_date=dt.date(2026, 5, 1), end_date=dt.date(2026, 6, 20)),
        TransitionBase(id=uuid.uuid4(), client_id=person.id, transition_kind="paid_work",
                       start_date=dt.date(2026, 2, 1), end_date=dt.date(2026, 3, 1)),  # over
    ]
    due = sheet(person, transitions=transitions).due
    assert [(d.kind, d.due) for d in due] == [
        (TRANSITION_END, dt.date(2026, 6, 20)), (SERVICE_END, dt.date(2026, 6, 30)),
        (EXIT_WINDOW, dt.date(2026, 7, 28)), (SIX_MONTHS, dt.date(2026, 12, 30))]
    assert due[0].transition_kind == "work_trial" and due[2].opens == dt.date(2026, 6, 30)

    recorded = client(service_end=dt.date(2026, 5, 1), exit_situation="employed", qualification_gained=False,
                      eura_exit="by_staff", situation_6_months=None)
    assert [d.kind for d in sheet(recorded).due] == [SIX_MONTHS]  # the exit data are in; the service is over
    assert sheet(client(service_end=dt.date(2026, 5, 1), situation_6_months="unknown", exit_situation="other",
                        qualification_gained=True, eura_exit="by_participant")).due == ()


def test_transitions_newest_first_and_the_code_masked():
    person = client(personal_id="131052-308T")
    older = TransitionBase(id=uuid.uuid4(), client_id=person.id, transition_kind="studies",
                           start_date=dt.date(2025, 9, 1))
    newer = TransitionBase(id=uuid.uuid4(), client_id=person.id, transition_kind="paid_work",
                           start_date=dt.date(2026, 3, 1))
    made = sheet(person, transitions=[older, newer])
    assert [t.kind for t in made.transitions] == ["paid_work", "studies"]
    assert made.personal_id == "131052-****"
