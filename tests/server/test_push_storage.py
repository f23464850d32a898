"""How a push stores its batch: record rows, revisions and sequence numbers, checked through the
API and in the database (on SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid

from sqlmodel import Session, select

from sync.server.accounts import deactivate
from sync.server.models import Record, RecordRevision
from sync.server.store import current_seq


def _history(user, kind: str, record_id) -> list[dict]:
    response = user.http.get(f"/v1/records/{kind}/{record_id}/history", headers=user.headers)
    assert response.status_code == 200, response.text
    return response.json()["revisions"]


def _revision_seqs(engine, kind: str, record_id) -> list[tuple[int, int]]:
    with Session(engine) as session:
        rows = session.exec(
            select(RecordRevision)
            .where(RecordRevision.kind == kind, RecordRevision.record_id == record_id)
            .order_by(RecordRevision.rev)
        ).all()
        return [(row.rev, row.seq) for row in rows]


def test_a_batch_of_new_and_existing_records_numbers_every_change_in_order(world):
    coach = world.user("career_coach")
    old_id, gone_id = uuid.uuid4(), uuid.uuid4()
    coach.push(coach.change("employer", old_id, fields={"name": "Vanha Oy"}),
               coach.change("employer", gone_id, fields={"name": "Poistuva Oy"}))
    fresh_id = uuid.uuid4()
    results = coach.push(
        coach.change("employer", fresh_id, fields={"name": "Uusi Oy"}),
        coach.change("employer", old_id, base_rev=1, fields={"industry": "Kauppa"}),
        coach.change("employer", fresh_id, base_rev=1, fields={"municipality": "Raahe"}),
        coach.change("employer", gone_id, base_rev=1, fields={}, deleted=True),
        coach.change("employer", old_id, base_rev=2, fields={"municipality": "Oulu"}),
    )["results"]
    assert [(r["status"], r["rev"]) for r in results] == [
        ("applied", 1), ("applied", 2), ("applied", 2), ("applied", 2), ("applied", 3)]
    seqs = [r["seq"] for r in results]
    assert seqs == list(range(seqs[0], seqs[0] + 5))
    assert current_seq_of(world.engine) == seqs[-1]

    # Each record once, as of its last change in the batch, with that change's number.
    reader = world.user("employer_coordinator")
    pulled = {c["id"]: c for c in reader.pull_all() if c["kind"] == "employer"}
    old, fresh, gone = pulled[str(old_id)], pulled[str(fresh_id)], pulled[str(gone_id)]
    assert (old["rev"], old["seq"]) == (3, seqs[4])
    assert old["fields"]["name"] == "Vanha Oy" and old["fields"]["industry"] == "Kauppa"
    assert old["fields"]["municipality"] == "Oulu"
    assert (fresh["rev"], fresh["seq"]) == (2, seqs[2])
    assert fresh["fields"]["name"] == "Uusi Oy" and fresh["fields"]["municipality"] == "Raahe"
    assert (gone["rev"], gone["seq"], gone["deleted"]) == (2, seqs[3], True)

    # Every change is a revision of its own, with its own number and what it changed.
    assert _revision_seqs(world.engine, "employer", old_id)[1:] == [(2, seqs[1]), (3, seqs[4])]
    assert _revision_seqs(world.engine, "employer", fresh_id) == [(1, seqs[0]), (2, seqs[2])]
    history = _history(coach, "employer", old_id)
    assert [r["changed"] for r in history[1:]] == [{"industry": "Kauppa"}, {"municipality": "Oulu"}]
    assert all(r["device_id"] == str(coach.device_id) for r in history)


def current_seq_of(engine) -> int:
    with Session(engine) as session:
        return current_seq(session)


def test_a_replayed_batch_of_updates_stores_nothing_more(world):
    coach = world.user("career_coach")
    record_id = uuid.uuid4()
    coach.push_one(coach.change("employer", record_id, fields={"name": "Toisto Oy"}))
    batch = uuid.uuid4()
    change = coach.change("employer", record_id, base_rev=1, fields={"industry": "Teollisuus"})
    first = coach.push(change, batch_id=batch)
    top = current_seq_of(world.engine)
    again = coach.push(change, batch_id=batch)
    assert again["replayed"] and again["results"] == first["results"]
    assert current_seq_of(world.engine) == top
    assert [rev for rev, _ in _revision_seqs(world.engine, "employer", record_id)] == [1, 2]


def test_a_client_that_gains_staff_renumbers_its_records_after_the_batch(world):
    first, second = world.user("career_coach"), world.user("career_coach")
    client_id = uuid.uuid4()
    first.push_one(first.change("client", client_id))
    note = first.change("client_note", client_id=client_id)
    first.push_one(note)
    results = first.push(
        first.change("client_note", note["id"], base_rev=1,
                     fields={**note["fields"], "text": "Päivitetty"}),
        first.change("client", client_id, base_rev=1, fields={
            "assigned_staff_ids": [str(first.staff_id), str(second.staff_id)]}),
    )["results"]
    assert [r["status"] for r in results] == ["applied", "applied"]
    got = {(c["kind"], c["id"]): c for c in second.pull_all()}
    renumbered = got[("client_note", note["id"])]
    # The note's record is numbered after the batch's changes; its revision keeps its own.
    assert renumbered["rev"] == 2 and renumbered["fields"]["text"] == "Päivitetty"
    assert renumbered["seq"] > max(r["seq"] for r in results)
    assert _revision_seqs(world.engine, "client_note", uuid.UUID(note["id"]))[-1] == (2, results[0]["seq"])
    assert current_seq_of(world.engine) == renumbered["seq"]


def test_a_session_that_changed_a_record_reads_the_stored_change(world):
    account = world.add("career_coach")
    with Session(world.engine, expire_on_commit=False) as session:
        before = session.get(Record, ("staff", account.staff_id))
        assert before.fields.get("active", True) is True and before.rev == 1
        deactivate(session=session, username=account.username)
        after = session.get(Record, ("staff", account.staff_id))
        assert after.fields["active"] is False and after.rev == 2
        session.commit()


def _principal(world, user):
    from sync.server.tokens import authenticate

    with Session(world.engine) as session:
        return authenticate(session, user.access_token)


def test_a_batch_pushed_twice_at_once_is_stored_once_and_both_get_its_answer(world):
    # The second transaction loses the race on the new record's key (or the batch id): it is
    # retried, and answers as a replay. On PostgreSQL the losing statement is the one sent with
    # its COMMIT (store._commit_with), whose error must come back as SQLAlchemy's to be retried.
    import threading

    from sync.protocol import PushRequest
    from sync.server.push import push

    coach = world.user("career_coach")
    principal = _principal(world, coach)
    for _ in range(3):
        request = PushRequest.model_validate({
            "device_id": str(coach.device_id), "batch_id": str(uuid.uuid4()),
            "changes": [coach.change("employer") for _ in range(20)]})
        barrier, answers, errors = threading.Barrier(2), [], []

        def run():
            barrier.wait()
            try:
                answers.append(push(engine=world.engine, principal=principal, request=request))
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=run) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        assert sorted(a.replayed for a in answers) == [False, True]
        assert answers[0].results == answers[1].results
        assert all(r.status == "applied" and r.seq for r in answers[0].results)
        ids = [uuid.UUID(c["id"]) for c in request.model_dump(mode="json")["changes"]]
        assert [[rev for rev, _ in _revision_seqs(world.engine, "employer", i)] for i in ids] == [[1]] * 20


def test_a_replay_answers_the_numbers_the_push_gave(world):
    # The answer is stored before its writes are numbered (their seqs as offsets from the first
    # number, which the numbering statement adds): a replay gives the same seqs, next to an
    # unchanged record's own seq, which is stored as it is.
    coach = world.user("career_coach")
    kept_id = uuid.uuid4()
    kept = coach.push_one(coach.change("employer", kept_id, fields={"name": "Pysyvä Oy"}))
    batch = uuid.uuid4()
    changes = [coach.change("employer", fields={"name": "Uusi Oy"}),
               coach.change("employer", kept_id, base_rev=1, fields={"name": "Pysyvä Oy"}),
               coach.change("employer", fields={"name": "Toinen Oy"})]
    first = coach.push(*changes, batch_id=batch)
    assert [r["seq"] for r in first["results"]] == [kept["seq"] + 1, kept["seq"], kept["seq"] + 2]
    again = coach.push(*changes, batch_id=batch)
    assert again["replayed"] and again["results"] == first["results"]


def test_a_day_of_notes_reads_their_client_once(world):
    """A push of many notes of a client pushed before reads the client's row once, not once a
    note (the load test's end-of-day pushes spent half the server's time so)."""
    from sqlalchemy import event

    coach = world.user("career_coach")
    client_id = uuid.uuid4()
    coach.push_one(coach.change("client", client_id))
    notes = [coach.change("client_note", client_id=client_id) for _ in range(30)]
    reads: list[str] = []

    def note(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT") and "FROM record " in statement \
                and "FOR UPDATE" not in statement:
            reads.append(statement)

    event.listen(world.engine, "before_cursor_execute", note)
    try:
        results = coach.push(*notes)["results"]
    finally:
        event.remove(world.engine, "before_cursor_execute", note)
    assert [r["status"] for r in results] == ["applied"] * 30
    assert len(reads) <= 3, [r.split("WHERE")[-1] for r in reads]
