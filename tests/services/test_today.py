"""The day's work as a service (no Qt): every kind of item over a dataset made with the services,
its boundaries (overdue, today, day 14 against day 15), what never appears (deleted, done,
another's or figures-only clients), and follow-ups marked done or moved as synced changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlmodel import select

from desktop.errors import InvalidInput
from desktop.services import clients, drafts, today, visits
from desktop.store.tables import AssignmentRequest, Client, Organisation, OutboxEntry, Staff, Visit
from desktop.sync.apply import PageWriter
from desktop.sync.tables import SyncConflict
from sync.protocol import PulledChange, PullResponse
from sync.retention import purge_on

TODAY = dt.date(2026, 12, 3)  # a Thursday
VISITED = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def visit(store, actor, employer, follow_up: dt.date | None, **data) -> Visit:
    return visits.record_visit(store, actor=actor, employer_id=employer.id,
                               data={"visited_at": VISITED, "follow_up_date": follow_up} | data)


def client(store, actor, name: str, **data) -> Client:
    made = clients.create_client(store, actor=actor, data={"name": name} | data)
    return made


def consented(store, actor, name: str, **data) -> Client:
    made = client(store, actor, name, **data)
    clients.record_consent(store, actor=actor, client_id=made.id,
                           data={"given_on": dt.date(2026, 1, 5), "share_with_authority": True})
    return made


def keys(items) -> set[tuple[str, object]]:
    return {(item.kind, item.record_id) for item in items}


def of_kind(items, kind: str) -> list:
    return [item for item in items if item.kind == kind]


def test_follow_ups_overdue_today_and_within_the_days_not_after_nor_done(store, actor, kone):
    overdue = visit(store, actor, kone, day(-3))
    due_now = visit(store, actor, kone, TODAY)
    last_day = visit(store, actor, kone, day(14))
    too_late = visit(store, actor, kone, day(15))
    none = visit(store, actor, kone, None)
    done = visit(store, actor, kone, day(1))
    today.mark_follow_up_done(store, actor=actor, visit_id=done.id, done_on=TODAY)

    items = today.items_for(store, actor, today=TODAY)
    follow_ups = of_kind(items, "follow_up")
    assert [(item.record_id, item.due) for item in follow_ups] == [
        (overdue.id, day(-3)), (due_now.id, TODAY), (last_day.id, day(14))]
    assert {item.title for item in follow_ups} == {"Kempeleen Kone Oy"}
    assert all(item.record_kind == "visit" and item.client_id is None for item in follow_ups)
    assert [item.when(TODAY) for item in follow_ups] == ["overdue", "today", "later"]
    assert too_late.id not in {item.record_id for item in follow_ups}
    assert none.id not in {item.record_id for item in follow_ups}
    # More days ahead bring the later one in; fewer leave the one on day 14 out.
    assert too_late.id in {i.record_id for i in of_kind(today.items_for(store, actor, today=TODAY, days=15),
                                                         "follow_up")}
    assert last_day.id not in {i.record_id for i in of_kind(today.items_for(store, actor, today=TODAY, days=13),
                                                            "follow_up")}


def test_when_groups_by_the_rest_of_the_week():
    item = lambda due: today.TodayItem("follow_up", due, "visit", uuid.uuid4(), "x")  # noqa: E731
    assert item(day(-1)).when(TODAY) == "overdue"
    assert item(TODAY).when(TODAY) == "today"
    assert item(day(3)).when(TODAY) == "this_week"  # Sunday
    assert item(day(4)).when(TODAY) == "later"  # next Monday


def test_a_follow_up_marked_done_is_a_synced_change_with_when_and_who(store, actor, kone):
    made = visit(store, actor, kone, day(2))
    today.mark_follow_up_done(store, actor=actor, visit_id=made.id, done_on=day(1))
    with store.reader() as session:
        row = session.get(Visit, made.id)
    assert row.follow_up_done_on == day(1) and row.follow_up_done_by == actor.staff_id
    entry = _entries(store, made.id)[-1]
    assert entry.fields["follow_up_done_on"] == day(1).isoformat()
    assert entry.fields["follow_up_done_by"] == str(actor.staff_id)
    assert made.id not in {item.record_id for item in today.items_for(store, actor, today=TODAY)}


def test_a_moved_follow_up_moves_and_opens_again(store, actor, kone):
    made = visit(store, actor, kone, day(-2))
    today.mark_follow_up_done(store, actor=actor, visit_id=made.id, done_on=day(-1))
    today.move_follow_up(store, actor=actor, visit_id=made.id, to=day(20))
    assert made.id not in {i.record_id for i in today.items_for(store, actor, today=TODAY)}
    [moved] = [i for i in today.items_for(store, actor, today=TODAY, days=30) if i.record_id == made.id]
    assert moved.due == day(20)
    with store.reader() as session:
        row = session.get(Visit, made.id)
    assert row.follow_up_date == day(20) and row.follow_up_done_on is None and row.follow_up_done_by is None
    assert _entries(store, made.id)[-1].fields["follow_up_date"] == day(20).isoformat()
    # Not before the visit itself: refused, nothing changed.
    with pytest.raises(InvalidInput):
        today.move_follow_up(store, actor=actor, visit_id=made.id, to=VISITED.date() - dt.timedelta(days=1))
    with store.reader() as session:
        assert session.get(Visit, made.id).follow_up_date == day(20)


def test_another_staff_members_and_deleted_visits_give_nothing(store, actor, kone):
    other = dataclasses.replace(actor, staff_id=_pull_staff(store, "Toinen Koordinaattori"))
    theirs = visit(store, other, kone, TODAY, staff_id=other.staff_id)
    gone = visit(store, actor, kone, TODAY)
    visits.delete_visit(store, actor=actor, visit_id=gone.id)
    found = keys(today.items_for(store, actor, today=TODAY))
    assert ("follow_up", theirs.id) not in found and ("follow_up", gone.id) not in found
    assert ("follow_up", theirs.id) in keys(today.items_for(store, other, today=TODAY))


def test_services_and_transitions_ending_within_two_weeks(store, actor):
    start = dt.date(2026, 1, 5)
    ends_today = consented(store, actor, "Aino Asiakas", service_start=start, service_end=TODAY)
    ends_14 = consented(store, actor, "Bertta Asiakas", service_start=start, service_end=day(14))
    ends_15 = consented(store, actor, "Cecilia Asiakas", service_start=start, service_end=day(15))
    ended = consented(store, actor, "Dora Asiakas", service_start=start, service_end=day(-1))
    ending = {i.record_id for i in of_kind(today.items_for(store, actor, today=TODAY), "service_ending")}
    assert ending == {ends_today.id, ends_14.id}
    assert ended.id not in ending and ends_15.id not in ending

    person = consented(store, actor, "Eero Asiakas", service_start=start)
    trial = clients.record_transition(store, actor=actor, client_id=person.id, data={
        "transition_kind": "work_trial", "start_date": dt.date(2026, 11, 1), "end_date": day(14)})
    subsidised = clients.record_transition(store, actor=actor, client_id=person.id, data={
        "transition_kind": "wage_subsidised_work", "start_date": dt.date(2026, 11, 1), "end_date": TODAY})
    later = clients.record_transition(store, actor=actor, client_id=person.id, data={
        "transition_kind": "work_trial", "start_date": dt.date(2026, 11, 1), "end_date": day(15)})
    studies = clients.record_transition(store, actor=actor, client_id=person.id, data={
        "transition_kind": "studies", "start_date": dt.date(2026, 11, 1), "end_date": day(3)})
    items = of_kind(today.items_for(store, actor, today=TODAY), "transition_ending")
    assert {i.record_id for i in items} == {trial.id, subsidised.id}
    assert later.id not in {i.record_id for i in items} and studies.id not in {i.record_id for i in items}
    assert {(i.record_kind, i.client_id, i.title) for i in items} == {("transition", person.id, "Eero Asiakas")}


def test_consent_missing_for_active_clients_only(store, actor):
    none = client(store, actor, "Aino Ilman", service_start=dt.date(2026, 2, 1))
    given = consented(store, actor, "Bertta Antanut", service_start=dt.date(2026, 2, 1))
    withdrawn = consented(store, actor, "Cecilia Perunut", service_start=dt.date(2026, 2, 1))
    with store.reader() as session:
        [consent] = [c for c in session.exec(select(clients.Consent)).all() if c.client_id == withdrawn.id]
    clients.withdraw_consent(store, actor=actor, consent_id=consent.id, withdrawn_on=day(-1))
    ended = client(store, actor, "Dora Päättynyt", service_start=dt.date(2026, 2, 1),
                   service_end=day(-10))
    future_withdrawal = consented(store, actor, "Eino Vielä", service_start=dt.date(2026, 2, 1))
    with store.reader() as session:
        [later] = [c for c in session.exec(select(clients.Consent)).all() if c.client_id == future_withdrawal.id]
    clients.withdraw_consent(store, actor=actor, consent_id=later.id, withdrawn_on=day(5))

    missing = of_kind(today.items_for(store, actor, today=TODAY), "consent_missing")
    assert {i.record_id for i in missing} == {none.id, withdrawn.id}
    assert given.id not in {i.record_id for i in missing} and ended.id not in {i.record_id for i in missing}
    assert all(i.due == TODAY and i.record_kind == "client" and i.client_id == i.record_id for i in missing)


def test_purge_soon_follows_the_organisations_retention_and_the_servers_rule(store, actor):
    with store.session() as session:
        organisation = session.exec(select(Organisation)).one()
        organisation.retention_months = 6
        session.add(organisation)
    # Purged on day 30 and on day 31 from today.
    in_30 = consented(store, actor, "Aino Poistuva", service_start=dt.date(2025, 1, 1),
                      service_end=dt.date(2026, 7, 2))
    in_31 = consented(store, actor, "Bertta Pysyvä", service_start=dt.date(2025, 1, 1),
                      service_end=dt.date(2026, 7, 3))
    assert purge_on(dt.date(2026, 7, 2), 6) == day(30)
    assert purge_on(dt.date(2026, 7, 3), 6) == day(31)
    soon = of_kind(today.items_for(store, actor, today=TODAY), "purge_soon")
    assert [(i.record_id, i.due) for i in soon] == [(in_30.id, day(30))]
    assert in_31.id not in {i.record_id for i in soon}


def test_the_funders_follow_ups_of_the_users_clients(store, actor):
    left = consented(store, actor, "Aino Lähtenyt", service_start=dt.date(2026, 1, 5),
                     service_end=dt.date(2026, 5, 20))
    just_left = consented(store, actor, "Bertta Juuri", service_start=dt.date(2026, 1, 5),
                          service_end=day(-2))
    items = today.items_for(store, actor, today=TODAY)
    assert ("esf_six_months", left.id) in keys(items)  # due 20.11.2026: overdue
    [six] = [i for i in items if i.kind == "esf_six_months" and i.record_id == left.id]
    assert six.due == dt.date(2026, 11, 20) and six.when(TODAY) == "overdue"
    [window] = [i for i in items if i.kind == "esf_exit_window" and i.record_id == just_left.id]
    assert window.due == day(26) and window.title == "Bertta Juuri" and window.client_id == just_left.id


def test_drafts_conflicts_and_waiting_changes(store, actor, kone):
    drafts.save_draft(store, "visit:new:abc", "visit", {"employer_id": str(kone.id)})
    person = consented(store, actor, "Aino Asiakas", service_start=dt.date(2026, 1, 5))
    drafts.save_draft(store, f"handover:{person.id}", "handover", {"work_done": "…"})
    with store.session() as session:
        session.add(SyncConflict(id=uuid.uuid4(), kind="employer", record_id=kone.id, field="name",
                                 mine="Kone Oy", theirs="Kempeleen Kone Oy", mine_kept=False,
                                 origin="pull"))
    items = today.items_for(store, actor, today=TODAY)
    found = {(i.kind, i.record_kind, str(i.record_id), i.title, i.client_id) for i in items
             if i.kind in ("draft", "conflict")}
    assert ("draft", "draft", "visit:new:abc", "Kempeleen Kone Oy", None) in found
    assert ("draft", "draft", f"handover:{person.id}", "Aino Asiakas", person.id) in found
    assert ("conflict", "employer", str(kone.id), "Kempeleen Kone Oy", None) in found
    with store.reader() as session:
        waiting = today.outbox.waiting(session)
    assert waiting > 0
    assert ("conflict", "outbox", "waiting", str(waiting), None) in found


def test_colleagues_requests_to_be_assigned_to_the_users_clients_wait_for_the_user(store, actor):
    mine = client(store, actor, "Aino Asiakas", service_start=dt.date(2026, 1, 5))
    colleague = _pull_staff(store, "Kaisa Kollega", "career_coach")
    other_coach = _pull_staff(store, "Olli Muu", "career_coach")
    theirs = _pull_figures_only(store, assigned=str(other_coach))
    asked = _pull_request(store, mine.id, colleague, at=dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc))
    decided = _pull_request(store, mine.id, other_coach, status="accepted")
    _pull_request(store, theirs, colleague)  # not the user's client: another's to decide
    own = _pull_request(store, mine.id, actor.staff_id)  # the user's own request: not the user's to decide

    requests = of_kind(today.items_for(store, actor, today=TODAY), "assignment_request")
    assert [(i.record_kind, i.record_id, i.due, i.title, i.who, i.client_id) for i in requests] == [
        ("assignment_request", asked, day(-2), "Aino Asiakas", "Kaisa Kollega", mine.id)]
    assert decided not in {i.record_id for i in requests} and own not in {i.record_id for i in requests}
    # Asked two days ago and still waiting: counted as due.
    assert today.due_today(requests, TODAY) == 1
    # The same requests the client's page shows.
    from desktop.services import assignment
    assert [r.id for r in assignment.open_assignment_requests(store, actor)] == [asked]
    # Accepted on this laptop: the row goes.
    assignment.decide(store, actor=actor, request_id=asked, accept=True)
    assert not of_kind(today.items_for(store, actor, today=TODAY), "assignment_request")


def test_every_kind_appears_and_the_count_due_today(store, actor, kone):
    _everything(store, actor, kone)
    items = today.items_for(store, actor, today=TODAY)
    assert {item.kind for item in items} == set(today.KINDS)
    assert items == sorted(items, key=lambda i: i.due)
    assert today.due_today(items, TODAY) == sum(1 for i in items if i.when(TODAY) in ("overdue", "today"))
    assert 0 < today.due_today(items, TODAY) < len(items)


def test_deleted_clients_give_nothing(store, actor, kone):
    _everything(store, actor, kone)
    with store.reader() as session:
        ids = [row.id for row in session.exec(select(Client)).all()]
    for client_id in ids:
        clients.delete_client(store, actor=actor, client_id=client_id)
    items = today.items_for(store, actor, today=TODAY)
    assert not [i for i in items if i.client_id is not None]
    assert {"service_ending", "transition_ending", "consent_missing", "purge_soon", "esf_exit_window",
            "esf_six_months", "assignment_request"}.isdisjoint({i.kind for i in items})


def test_a_manager_gets_only_assigned_clients_and_an_admin_none(store, actor, kone):
    _everything(store, actor, kone)
    mine = {i.record_id for i in today.items_for(store, actor, today=TODAY) if i.client_id}
    assert mine
    # The same clients, held by a manager as figures only (not assigned to them).
    manager = dataclasses.replace(actor, staff_id=_pull_staff(store, "Päivi Päällikkö", "manager"),
                                  role="manager")
    assert not [i for i in today.items_for(store, manager, today=TODAY) if i.client_id]
    figures = _pull_figures_only(store, assigned=str(uuid.uuid4()))
    assert figures not in {i.record_id for i in today.items_for(store, manager, today=TODAY)}
    admin = dataclasses.replace(actor, role="admin")
    assert not [i for i in today.items_for(store, admin, today=TODAY) if i.client_id]


# --- helpers -----------------------------------------------------------------------------


def _everything(store, actor, kone) -> None:
    visit(store, actor, kone, day(-1))
    start = dt.date(2025, 1, 1)
    consented(store, actor, "Aino Päättyvä", service_start=start, service_end=day(5))
    person = consented(store, actor, "Bertta Kokeilu", service_start=start)
    clients.record_transition(store, actor=actor, client_id=person.id, data={
        "transition_kind": "work_trial", "start_date": dt.date(2026, 11, 1), "end_date": day(7)})
    client(store, actor, "Cecilia Ilman", service_start=start)
    consented(store, actor, "Dora Lähtenyt", service_start=start, service_end=day(-3))
    consented(store, actor, "Eino Vanha", service_start=dt.date(2024, 1, 1), service_end=dt.date(2024, 12, 20))
    drafts.save_draft(store, "visit:new:x", "visit", {"employer_id": str(kone.id)})
    _pull_request(store, person.id, _pull_staff(store, "Kaisa Kollega", "career_coach"))
    with store.session() as session:
        session.add(SyncConflict(id=uuid.uuid4(), kind="employer", record_id=kone.id, field="name",
                                 mine="a", theirs="b", mine_kept=False, origin="pull"))


def _entries(store, record_id) -> list[OutboxEntry]:
    with store.reader() as session:
        return list(session.exec(select(OutboxEntry).where(OutboxEntry.record_id == record_id)
                                 .order_by(OutboxEntry.seq)).all())


def _pull(store, change: PulledChange) -> None:
    with store.session() as session:
        PageWriter(session, device_id=uuid.uuid4(), histories={}).write(
            PullResponse(changes=[change], next_cursor=change.seq, has_more=False))


def _pull_staff(store, name: str, role: str = "employer_coordinator") -> uuid.UUID:
    staff_id = uuid.uuid4()
    _pull(store, PulledChange(kind="staff", id=staff_id, rev=1, seq=100 + len(name), deleted=False,
                              modified_at=dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc),
                              fields={"name": name, "role": role}))
    with store.reader() as session:
        assert session.get(Staff, staff_id) is not None
    return staff_id


def _pull_request(store, client_id, requested_by, *, status: str = "requested",
                  at: dt.datetime = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.timezone.utc)) -> uuid.UUID:
    """A colleague's request to be assigned to ``client_id``, as the server makes it and sync brings it."""
    request_id = uuid.uuid4()
    with store.reader() as session:
        seq = 700 + len(session.exec(select(AssignmentRequest)).all())
    _pull(store, PulledChange(kind="assignment_request", id=request_id, rev=1, seq=seq, deleted=False,
                              modified_at=at, fields={
                                  "client_id": str(client_id), "requested_by": str(requested_by),
                                  "requested_at": at.isoformat(), "status": status}))
    return request_id


def _pull_figures_only(store, *, assigned: str) -> uuid.UUID:
    client_id = uuid.uuid4()
    _pull(store, PulledChange(
        kind="client", id=client_id, rev=3, seq=500, deleted=False, figures_only=True,
        modified_at=dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc),
        fields={"service_start": "2026-01-10", "service_end": day(3).isoformat(),
                "assigned_staff_ids": [assigned]}))
    return client_id



def test_the_visit_form_setting_a_new_follow_up_date_opens_a_done_follow_up_again(store, actor, kone):
    from desktop.services import visit_state

    made = visit(store, actor, kone, day(-2))
    today.mark_follow_up_done(store, actor=actor, visit_id=made.id, done_on=day(-1))
    state = visit_state.load_visit(store, made.id)
    visits.save_visit(store, actor=actor, state=state | {"notes": "Soitettu"})  # the date kept: still done
    with store.reader() as session:
        assert session.get(Visit, made.id).follow_up_done_on == day(-1)
    state = visit_state.load_visit(store, made.id)
    visits.save_visit(store, actor=actor, state=state | {"follow_up_date": day(6).isoformat()})
    with store.reader() as session:
        row = session.get(Visit, made.id)
    assert (row.follow_up_date, row.follow_up_done_on, row.follow_up_done_by) == (day(6), None, None)
    assert made.id in {i.record_id for i in of_kind(today.items_for(store, actor, today=TODAY), "follow_up")}
