"""Random interleaved edits, deletes, conflict choices and syncs (some losing answers) on three
laptops against the real server. After every sync that ends: each value it sent is on the
server or in a conflict (nothing lost). At the end, once every laptop has synced until quiet:
every profile holds the server's data, no record has a revision applied twice, every open
conflict is shown on every laptop, and no value was overwritten by a laptop that had never
seen it (every conflict surfaced)."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test
from sqlmodel import Session, select

from desktop.errors import InvalidInput, NotFound
from desktop.services import employers, sync_session
from desktop.services.setup import current_actor
from desktop.store.settings import DEVICE_ID
from desktop.store.profile import create_profile
from desktop.store.tables import Employer, OutboxEntry
from desktop.services.conflicts import list_conflicts, resolve_conflict
from desktop.sync.replica import DesktopReplica
from sync.server.accounts import create_organisation
from sync.server.models import DeletedContent, FieldConflictRow, Record, RecordRevision
from sync.server.store import current_seq
from tests.server.conftest import PASSWORD
from tests.sync.compare import differences
from tests.sync.conftest import FAST
from tests.sync.hooks import Hooked, drop_after_answer, is_pull, is_push, once

FIELDS = ("industry", "notes")
VALUES = ("A", "B", "C")
LAPTOPS = 3


class SyncMachine(RuleBasedStateMachine):
    server = None  # set by the test

    @initialize()
    def set_up(self):
        srv = self.server
        with Session(srv.engine) as session:
            srv.org_id = create_organisation(session=session, name=f"Tila {uuid.uuid4().hex[:8]}")
            session.commit()
        self.folder = Path(tempfile.mkdtemp(prefix="kentta-stateful-"))
        self.accounts = [srv.add_user(role) for role in
                         ("employer_coordinator", "employer_coordinator", "career_coach")]
        self.stores = []
        for number, account in enumerate(self.accounts):
            store = create_profile(self.folder / f"laptop-{number}")
            sync_session.login(store, server_url=srv.url, username=account.username, password=PASSWORD)
            self.stores.append(store)
        self.devices = [uuid.UUID(DEVICE_ID.get(s)) for s in self.stores]
        self.observed = [dict() for _ in self.stores]  # (id, field) -> values seen there
        self.windows = []  # (laptop, first seq, last seq, what it had seen when the sync began)
        self.created = 0
        for _ in range(2):  # two employers every laptop shares from the start
            self.create(0)
        for number in range(LAPTOPS):
            self._sync(number)

    def teardown(self):
        for store in getattr(self, "stores", []):
            store.close()
        if hasattr(self, "folder"):
            shutil.rmtree(self.folder, ignore_errors=True)

    # --- helpers ------------------------------------------------------------------------

    def _live(self, number: int) -> list[uuid.UUID]:
        with self.stores[number].reader() as session:
            rows = session.exec(select(Employer.id).where(Employer.deleted == False)).all()  # noqa: E712
        return sorted(rows)

    def _observe(self, number: int) -> None:
        seen = self.observed[number]
        with self.stores[number].reader() as session:
            for row in session.exec(select(Employer)).all():
                for name in FIELDS:
                    seen.setdefault((row.id, name), set()).add(getattr(row, name))
        for conflict in list_conflicts(self.stores[number]):
            for value in (conflict.mine, conflict.theirs):
                if conflict.field in FIELDS:
                    seen.setdefault((conflict.record_id, conflict.field), set()).add(value)

    def _sent(self, number: int) -> list:
        replica = DesktopReplica(self.stores[number], device_id=self.devices[number])
        changes = list(replica.pending_changes())
        for batch in replica.in_flight_batches():
            changes.extend(batch.changes)
        return changes

    def _sync(self, number: int, *, transport=None):
        store = self.stores[number]
        sent = self._sent(number)
        with Session(self.server.engine) as session:
            first = current_seq(session)
        snapshot = {key: set(values) for key, values in self.observed[number].items()}
        receipt = sync_session.sync(store, backoff=FAST, http_transport=transport)
        with Session(self.server.engine) as session:
            last = current_seq(session)
        self.windows.append((number, first, last, snapshot))
        assert receipt.refused == [], receipt.lines()
        if receipt.outcome == "ok":
            self._check_nothing_lost(number, sent)
        self._observe(number)
        return receipt

    def _check_nothing_lost(self, number: int, sent) -> None:
        local = {(c.record_id, c.field): c for c in list_conflicts(self.stores[number])}
        with Session(self.server.engine) as session:
            for change in sent:
                revisions = session.exec(select(RecordRevision).where(
                    RecordRevision.kind == "employer", RecordRevision.record_id == change.id)).all()
                if change.deleted:
                    assert not revisions or any(r.deleted for r in revisions), change
                    continue
                conflicts = session.exec(select(FieldConflictRow).where(
                    FieldConflictRow.record_id == change.id)).all()
                # An edit that lost to a delete is kept server-side with the deleted content.
                kept_apart = session.get(DeletedContent, ("employer", change.id))
                lost = [edit["fields"] for edit in kept_apart.lost_edits] if kept_apart else []
                for name, value in change.fields.items():
                    if name not in FIELDS:
                        continue
                    kept = any(r.fields.get(name) == value for r in revisions)
                    server_side = any(c.field == name and c.device_value == value for c in conflicts)
                    here = (change.id, name) in local and local[(change.id, name)].mine == value
                    gone = local.get((change.id, "deleted"))
                    # Lost to a delete: the laptop keeps no value (its notice names the field);
                    # the server keeps the value with the deleted content for the undo period.
                    into_tombstone = gone is not None and name in (gone.mine or [])
                    lost_to_delete = any(edit.get(name) == value for edit in lost)
                    assert kept or server_side or here or into_tombstone or lost_to_delete, \
                        (change.id, name, value)

    # --- what people do -------------------------------------------------------------

    @rule(number=st.integers(0, LAPTOPS - 1))
    def create(self, number):
        if self.created >= 3:  # few records, so laptops often edit the same ones
            return
        self.created += 1
        store = self.stores[number]
        employers.create_employer(store, actor=current_actor(store),
                                  data={"name": f"Tila {self.created} Oy", "industry": "A"})

    @rule(laptops=st.lists(st.integers(0, LAPTOPS - 1), min_size=1, max_size=LAPTOPS, unique=True),
          data=st.data())
    def work(self, laptops, data):
        """A few edits (now and then a delete) on one or more laptops, offline."""
        for number in laptops:
            store = self.stores[number]
            for _ in range(data.draw(st.integers(1, 2))):
                live = self._live(number)
                if not live:
                    break
                record_id = data.draw(st.sampled_from(live))
                if data.draw(st.integers(0, 9)) == 0:
                    employers.delete_employer(store, actor=current_actor(store), employer_id=record_id)
                    continue
                name, value = data.draw(st.sampled_from(FIELDS)), data.draw(st.sampled_from(VALUES))
                employers.update_employer(store, actor=current_actor(store), employer_id=record_id,
                                          fields={name: value})

    @rule(number=st.integers(0, LAPTOPS - 1), data=st.data())
    def choose(self, number, data):
        found = list_conflicts(self.stores[number])
        if not found:
            return
        conflict = data.draw(st.sampled_from(found))
        store = self.stores[number]
        try:
            resolve_conflict(store, actor=current_actor(store), conflict_id=conflict.id,
                             choice=data.draw(st.sampled_from(("mine", "theirs"))))
        except (InvalidInput, NotFound):
            pass  # e.g. the record was deleted meanwhile

    @rule(number=st.integers(0, LAPTOPS - 1), how=st.sampled_from(("plain", "editing", "losing")),
          data=st.data())
    def sync(self, number, how, data):
        """A sync: plain; while the person edits (the edit lands between push and pull); or
        with answers lost after the server committed (retried in the same sync when few, the
        saved batch sent again by the next sync when many)."""
        if how == "plain":
            self._sync(number)
        elif how == "losing":
            hooked = Hooked()
            hooked.after.append(drop_after_answer(is_push, times=data.draw(st.integers(1, 6))))
            self._sync(number, transport=hooked)
        else:
            self._sync_while_editing(number, data)

    def _sync_while_editing(self, number, data):
        live = self._live(number)
        if not live:
            self._sync(number)
            return
        record_id = data.draw(st.sampled_from(live))
        name, value = data.draw(st.sampled_from(FIELDS)), data.draw(st.sampled_from(VALUES))
        store = self.stores[number]

        def edit_now():
            try:
                employers.update_employer(store, actor=current_actor(store), employer_id=record_id,
                                          fields={name: value})
            except NotFound:
                pass  # deleted by what this sync sent

        hooked = Hooked()
        hooked.before.append(once(is_pull, edit_now))
        self._sync(number, transport=hooked)

    @invariant()
    def nothing_duplicated_here(self):
        for store in getattr(self, "stores", []):
            with store.reader() as session:
                seqs = session.exec(select(OutboxEntry.seq)).all()
            assert len(seqs) == len(set(seqs))

    # --- the end --------------------------------------------------------------------

    def check_end(self):
        for _round in range(4):  # until a whole round sends and receives nothing
            quiet = True
            for number in range(LAPTOPS):
                receipt = self._sync(number)
                quiet = quiet and receipt.sent == 0 and receipt.received == 0
            if quiet:
                break
        views = {n: self.server.view(a.username) for n, a in enumerate(self.accounts)}
        for number, store in enumerate(self.stores):
            assert differences(store, views[number]) == [], number
            with store.reader() as session:
                assert session.exec(select(OutboxEntry)).all() == []
        self._check_revisions()
        self._check_conflicts_everywhere()
        self._check_no_silent_overwrite()

    def _check_revisions(self):
        with Session(self.server.engine) as session:
            records = session.exec(select(Record).where(Record.kind == "employer",
                                                        Record.organisation_id == self.server.org_id)).all()
            for record in records:
                revs = sorted(r.rev for r in session.exec(select(RecordRevision).where(
                    RecordRevision.kind == "employer", RecordRevision.record_id == record.id)).all())
                assert revs == list(range(1, record.rev + 1)), record.id

    def _check_conflicts_everywhere(self):
        """Every field with an open conflict on the server shows a conflict on every laptop;
        a laptop that lost a value there sees its own value as "mine"."""
        with Session(self.server.engine) as session:
            rows = session.exec(select(FieldConflictRow).where(
                FieldConflictRow.organisation_id == self.server.org_id,
                FieldConflictRow.resolved_at.is_(None))).all()
        for number, store in enumerate(self.stores):
            shown = {(c.record_id, c.field): c for c in _conflict_rows(store)}
            for row in rows:
                assert (row.record_id, row.field) in shown, (number, row.record_id, row.field)
                own = [r.device_value for r in rows if r.device_id == self.devices[number]
                       and (r.record_id, r.field) == (row.record_id, row.field)]
                if own:
                    assert shown[(row.record_id, row.field)].mine in own

    def _check_no_silent_overwrite(self):
        by_device = {device: number for number, device in enumerate(self.devices)}
        with Session(self.server.engine) as session:
            revisions = session.exec(select(RecordRevision).where(RecordRevision.kind == "employer")
                                     .order_by(RecordRevision.record_id, RecordRevision.rev)).all()
        history: dict[uuid.UUID, list] = {}
        for revision in revisions:
            history.setdefault(revision.record_id, []).append(revision)
        for record_id, revs in history.items():
            for index, revision in enumerate(revs[1:], start=1):
                number = by_device.get(revision.device_id)
                before = revs[index - 1]
                if number is None or before.deleted or revision.deleted:
                    continue
                for name in FIELDS:
                    old, new = before.fields.get(name), revision.fields.get(name)
                    if old == new:
                        continue
                    setter = next(r for r in reversed(revs[:index]) if name in r.changed or r.rev == 1)
                    if setter.device_id == revision.device_id:
                        continue
                    seen = self._seen_before(number, revision.seq, record_id, name)
                    assert old in seen, (record_id, name, old, new, revision.rev)

    def _seen_before(self, number: int, seq: int, record_id, name) -> set:
        for laptop, first, last, snapshot in self.windows:
            if laptop == number and first < seq <= last:
                return snapshot.get((record_id, name), set())
        raise AssertionError(f"revision at seq {seq} was not made during a sync of laptop {number}")


def _conflict_rows(store):
    from desktop.sync.tables import SyncConflict

    with store.reader() as session:
        return session.exec(select(SyncConflict)).all()


class CheckedMachine(SyncMachine):
    def teardown(self):
        try:
            if hasattr(self, "stores"):
                self.check_end()
        finally:
            super().teardown()


def test_random_edits_deletes_and_syncs_on_three_laptops(server, file_keyring):
    CheckedMachine.server = server
    run_state_machine_as_test(
        CheckedMachine,
        settings=settings(max_examples=20, stateful_step_count=30, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]),
    )
