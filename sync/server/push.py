"""``POST /v1/sync/push``: apply a batch of record changes, one receipt per change.

A batch runs in one transaction, in two phases. First every change is planned against the
records as stored (rows locked ``FOR UPDATE``, in key order): authorisation, three-way merge,
validation with the shared schema. A change that fails is refused on its own. Then the
accepted writes get their sequence numbers from the counter row (locked last, held until
commit) and are stored. The answer is stored with the batch id, so a replay gets it again.
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Engine, func, insert, tuple_, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, select

from sync.field_errors import from_validation_error
from sync.merge import same_value, three_way_merge
from sync.protocol import Change, ChangeResult, ConflictInfo, FieldError, PushRequest, PushResponse
from sync.records import RECORD_TYPES
from sync.server.accounts import sync_account_from_staff
from sync.server.assignment import KIND as ASSIGNMENT_KIND, settle_decision
from sync.server.authorship import StaffDirectory, settle_authorship
from sync.server.authz import AUDIT_KIND, Principal, may_write_kind
from sync.server.core.db import write_engine
from sync.server.client_scope import ClientScope, Refused, no_such_record
from sync.server.pull import visible_record
from sync.server.models import (
    AccessRevocation,
    DeletedContent,
    FieldConflictRow,
    PushBatch,
    Record,
    RecordRevision,
    utcnow,
)
from sync.server.store import (
    COMMON_FIELDS,
    DATA_FIELDS,
    Write,
    stage_writes,
    number_and_store,
    renumber_records,
    state_of,
    validated_fields,
)

logger = logging.getLogger(__name__)

RETRYABLE_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock
ATTEMPTS = 6


class BatchOfAnotherAccount(Exception):
    """The batch id was used by another account (409)."""


def _with_retries(engine: Engine, work):
    """Run ``work(session)`` in a transaction; again when the database reports a lost race."""
    for attempt in range(ATTEMPTS):
        try:
            with Session(write_engine(engine), expire_on_commit=False) as session:
                answer = work(session)
                session.commit()
                return answer
        except DBAPIError as exc:
            sqlstate = getattr(exc.orig, "sqlstate", None)
            retry = isinstance(exc, IntegrityError) or sqlstate in RETRYABLE_SQLSTATES
            if not retry or attempt == ATTEMPTS - 1:
                raise
            logger.info("transaction retried", extra={"attempt": attempt + 1, "sqlstate": sqlstate})
            time.sleep(random.uniform(0.005, 0.05) * (attempt + 1))
    raise AssertionError("unreachable")


def push(*, engine: Engine, principal: Principal, request: PushRequest) -> PushResponse:
    """Apply a batch (one transaction, retried whole when it loses a race)."""
    return _with_retries(engine, lambda session: _push_once(session, principal, request))


class ConflictNotFound(Exception):
    """No open conflict with that id on a record this principal may see (404)."""


def resolve_conflict(
    *, engine: Engine, principal: Principal, conflict_id: uuid.UUID, value: Any
) -> ChangeResult:
    """Set the conflict's field to ``value``: a change with the current revision as base,
    which resolves every open conflict on that field. Refusals come back as the result."""

    def work(session: Session) -> ChangeResult:
        conflict = session.get(FieldConflictRow, conflict_id)
        if (
            conflict is None
            or conflict.resolved_at is not None
            or conflict.organisation_id != principal.organisation_id
            or visible_record(session, principal, conflict.kind, conflict.record_id) is None
        ):
            raise ConflictNotFound()
        record = session.get(Record, (conflict.kind, conflict.record_id))
        if conflict.field == "deleted":
            # An edit lost to a delete: acknowledged by deleting on the current revision.
            if value is not True:
                return ChangeResult(
                    kind=conflict.kind, id=conflict.record_id, status="refused",
                    reason="use_restore: The record stays deleted; a manager can restore it "
                    f"(POST /v1/records/{conflict.kind}/{conflict.record_id}/restore).",
                )
            change = Change(kind=conflict.kind, id=conflict.record_id, base_rev=record.rev,
                            fields={}, deleted=True)
        else:
            change = Change(
                kind=conflict.kind, id=conflict.record_id, base_rev=record.rev,
                fields={conflict.field: value}, deleted=record.deleted,
            )
        request = PushRequest(device_id=principal.device_id, batch_id=uuid.uuid4(), changes=[change])
        planner = _Planner(session, principal, request)
        result = planner.plan_or_refuse(change)
        planner.store()
        return result

    return _with_retries(engine, work)


def _push_once(session: Session, principal: Principal, request: PushRequest) -> PushResponse:
    stored = session.get(PushBatch, request.batch_id)
    if stored is not None:
        if stored.account_id != principal.account_id:
            raise BatchOfAnotherAccount()
        response = PushResponse.model_validate(stored_answer(stored.response))
        response.replayed = True
        return response
    planner = _Planner(session, principal, request)
    results = [planner.plan_or_refuse(change) for change in request.changes]
    counts: dict[str, int] = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    logger.info(
        "push",
        extra={"account_id": str(principal.account_id), "device_id": str(principal.device_id),
               "batch_id": str(request.batch_id), **counts},
    )
    # The answer is stored with the writes, before they are numbered: the seq of a change
    # numbered by this batch is kept as its offset from the first number (``stored_answer``).
    answer = PushResponse(batch_id=request.batch_id, results=results).model_dump(mode="json")
    offsets = planner.offsets()
    numbered = [index for index, result in enumerate(results) if id(result) in offsets]
    for index in numbered:
        answer["results"][index]["seq"] = offsets[id(results[index])]
    answer["numbered"] = numbered
    planner.store(batch={
        "batch_id": request.batch_id, "account_id": principal.account_id,
        "device_id": principal.device_id, "response": answer, "created_at": utcnow(),
    })
    return PushResponse(batch_id=request.batch_id, results=results)


def stored_answer(stored: dict[str, Any]) -> dict[str, Any]:
    """A stored push answer as it was given: the changes the batch numbered get their numbers
    back from ``first_seq`` (answers stored before that was done hold them as they are)."""
    answer = dict(stored)
    first, numbered = answer.pop("first_seq", None), answer.pop("numbered", [])
    if numbered:
        results = [dict(result) for result in answer["results"]]
        for index in numbered:
            results[index]["seq"] += first
        answer["results"] = results
    return answer


class _Planner:
    def __init__(self, session: Session, principal: Principal, request: PushRequest):
        self.session = session
        self.principal = principal
        self.batch_id = request.batch_id
        keys = sorted({(c.kind, c.id) for c in request.changes if c.kind in RECORD_TYPES})
        rows = []
        if keys:
            rows = session.exec(
                select(Record)
                .where(tuple_(Record.kind, Record.id).in_(keys))
                .order_by(Record.kind, Record.id)
                .with_for_update()
            ).all()
        self.rows: dict[tuple[str, uuid.UUID], Record] = {(r.kind, r.id): r for r in rows}
        self.state: dict[tuple[str, uuid.UUID], dict[str, Any]] = {
            key: state_of(row) for key, row in self.rows.items()
        }
        self.snapshots: dict[tuple[str, uuid.UUID, int], dict[str, Any]] = {}
        self.open_conflicts: dict[tuple[str, uuid.UUID], list[FieldConflictRow]] = {}
        # Conflicts are on stored records only: a batch of new records reads none.
        stored = [key for key in keys if key in self.rows]
        if stored:
            for conflict in session.exec(
                select(FieldConflictRow).where(
                    tuple_(FieldConflictRow.kind, FieldConflictRow.record_id).in_(stored),
                    FieldConflictRow.resolved_at.is_(None),
                )
            ).all():
                self.open_conflicts.setdefault((conflict.kind, conflict.record_id), []).append(
                    conflict
                )
        # Deleted records' content kept for the undo period, with the edits that lost to it.
        self.kept: dict[tuple[str, uuid.UUID], DeletedContent] = {}
        if any(row.deleted for row in rows):
            for kept in session.exec(
                select(DeletedContent).where(
                    tuple_(DeletedContent.kind, DeletedContent.record_id).in_(keys)
                )
            ).all():
                self.kept[(kept.kind, kept.record_id)] = kept
        self.new_kept: list[DeletedContent] = []
        self.deleting: list[tuple[str, uuid.UUID]] = []
        self.staff = StaffDirectory(session, principal, self.state)
        self.scope = ClientScope(session, principal, self.state, self.staff)
        self.writes: list[tuple[Write, ChangeResult]] = []
        self.new_conflicts: list[FieldConflictRow] = []
        self.resolved: list[FieldConflictRow] = []

    def plan_or_refuse(self, change) -> ChangeResult:
        try:
            return self.plan(change)
        except Refused as refused:
            return ChangeResult(
                kind=change.kind,
                id=change.id,
                status="refused",
                reason=f"{refused.code}: {refused.message}",
                field_errors=refused.field_errors,
            )

    def plan(self, change) -> ChangeResult:
        p, kind, key = self.principal, change.kind, (change.kind, change.id)
        if kind not in RECORD_TYPES:
            raise Refused("unknown_kind", f"There is no record kind {kind!r}.")
        if not may_write_kind(p, kind):
            raise Refused("not_permitted", f"Your role may not change {kind} records.")
        unknown = sorted(set(change.fields) - set(DATA_FIELDS[kind]) - COMMON_FIELDS)
        if unknown:
            names = ", ".join(repr(name) if "\x00" in name else name for name in unknown)
            raise Refused("unknown_field", f"Unknown fields for {kind}: {names}.")
        if kind == "organisation" and change.id != p.organisation_id:
            raise Refused("not_permitted", "You may change your own organisation only.")
        state = self.state.get(key)
        # Not there, or not this principal's to see: one answer (no existence oracle).
        if (state is None and change.base_rev != 0) or (
            state is not None and not self.scope.may_see(kind, change.id, state)
        ):
            raise no_such_record()
        if state is not None and state["purged"]:
            raise Refused("purged", "This record was purged under the retention rules.")
        if state is None and change.deleted:
            # Made and deleted offline: nothing to delete, nothing to store.
            return ChangeResult(kind=kind, id=change.id, status="applied", rev=0)
        if state is not None and state["deleted"]:
            return self._plan_on_tombstone(change, state)
        device = {k: v for k, v in change.fields.items() if k not in COMMON_FIELDS}
        base = self._base(kind, change.id, change.base_rev, state)
        current = {**state["fields"], "deleted": state["deleted"]} if state else {}
        merge = three_way_merge(base=base, server=current, device={**device, "deleted": change.deleted})
        merged = dict(merge.fields)
        deleted = bool(merged.pop("deleted", False))
        if kind in ("staff", "locality") and merged.get("organisation_id") is None:
            merged["organisation_id"] = str(p.organisation_id)
        if str(merged.get("organisation_id", p.organisation_id)) != str(p.organisation_id):
            raise Refused("not_permitted", "A record cannot move to another organisation.")
        # A delete is validated like any change: what it leaves is the content kept for undo.
        fields = _validate(kind, change.id, merged)
        if not deleted:
            fields = settle_authorship(self.staff, kind, fields, state)
        if kind == ASSIGNMENT_KIND and not deleted:
            fields = _validate(kind, change.id, settle_decision(p, fields, state))
        old_fields = state["fields"] if state else {}
        changed = [n for n in fields if not same_value(fields.get(n), old_fields.get(n))]
        if state is not None and deleted != state["deleted"]:
            changed.append("deleted")
        if kind == AUDIT_KIND and state is not None:
            if changed or merge.conflicts:
                raise Refused("append_only", "Audit events cannot be changed.")
            return self._unchanged(change, state)
        scope_effects = self.scope.check(kind, change.id, fields, deleted, state, changed)
        resolving = []
        if state is not None and change.base_rev == state["rev"]:
            resolving = [
                c for c in self.open_conflicts.get(key, []) if c.field in device and c.resolved_at is None
            ]
        if state is not None and not changed and not merge.conflicts and not resolving:
            return self._unchanged(change, state)
        rev = (state["rev"] if state else 0) + 1
        # A tombstone carries no content: the content stays server-side for the undo period.
        write = Write(kind, change.id, p.organisation_id, rev, {} if deleted else fields, deleted,
                      changed, str(p.staff_id), device_id=p.device_id)
        if deleted:
            self._keep_deleted(key, rev, fields)
        conflicts = []
        # A delete's own field values lose to the server's: nothing to record.
        for item in () if deleted else merge.conflicts:
            row = FieldConflictRow(
                organisation_id=p.organisation_id, kind=kind, record_id=change.id,
                field=item.field, server_value=item.server_value, device_value=item.device_value,
                base_rev=change.base_rev, rev=rev, device_id=p.device_id, staff_id=p.staff_id,
                batch_id=self.batch_id,
            )
            conflicts.append(row)
            self.new_conflicts.append(row)
            self.open_conflicts.setdefault(key, []).append(row)
        now = utcnow()
        for row in resolving:
            row.resolved_at, row.resolved_by = now, p.staff_id
            self.resolved.append(row)
        if state is None:
            status = "applied"
        elif conflicts:
            status = "conflict"
        else:
            status = "applied" if change.base_rev == state["rev"] else "merged"
        result = ChangeResult(
            kind=kind, id=change.id, status=status, rev=rev,
            conflicts=[
                ConflictInfo(field=c.field, server_value=c.server_value,
                             device_value=c.device_value, conflict_id=c.id)
                for c in conflicts
            ],
        )
        self.writes.append((write, result))
        self.scope.commit_effects(scope_effects, deleted=deleted)
        self.snapshots[(kind, change.id, rev)] = {**write.fields, "deleted": deleted}
        self.state[key] = {
            "organisation_id": p.organisation_id, "rev": rev, "seq": None, "fields": fields,
            "deleted": deleted, "purged": False,
        }
        return result

    def _keep_deleted(self, key: tuple[str, uuid.UUID], rev: int, content: dict[str, Any]) -> None:
        """Keep a deleted record's content for the undo period; its conflicts lose their values
        (and open ones are closed: the delete settles them)."""
        kept = DeletedContent(kind=key[0], record_id=key[1],
                              organisation_id=self.principal.organisation_id, rev=rev,
                              fields=content, lost_edits=[])
        self.kept[key] = kept
        self.new_kept.append(kept)
        self.deleting.append(key)
        self.open_conflicts[key] = []

    def _plan_on_tombstone(self, change, state) -> ChangeResult:
        """A change of a record the server holds deleted (contract for deletes, points 3, 5).

        Its values never enter the tombstone. A delete on the current revision acknowledges the
        open ``deleted`` conflicts. An edit is answered as a conflict on ``deleted`` naming the
        fields it changed (no values), kept server-side with the deleted content, and gives the
        tombstone a new revision so every device that sees it is told."""
        p, kind, key = self.principal, change.kind, (change.kind, change.id)
        content = state["fields"]  # the content kept for the undo period (see state_of)
        self.scope.check(kind, change.id, content, True, state)
        rev = state["rev"] + 1
        if change.deleted:
            resolving = [c for c in self.open_conflicts.get(key, [])
                         if c.field == "deleted" and c.resolved_at is None]
            if change.base_rev != state["rev"] or not resolving:
                return self._unchanged(change, state)
            now = utcnow()
            for row in resolving:
                row.resolved_at, row.resolved_by = now, p.staff_id
                self.resolved.append(row)
            return self._write_tombstone(change, state, rev, "applied", [])
        device = {k: v for k, v in change.fields.items() if k not in COMMON_FIELDS}
        base = self._base(kind, change.id, change.base_rev, state)
        names = sorted(name for name, value in device.items()
                       if not same_value(value, base.get(name)))
        if not names:
            return self._unchanged(change, state)
        if content:
            _validate(kind, change.id, {**content, **device})
        row = FieldConflictRow(
            organisation_id=p.organisation_id, kind=kind, record_id=change.id, field="deleted",
            server_value=True, device_value=names, base_rev=change.base_rev, rev=rev,
            device_id=p.device_id, staff_id=p.staff_id, batch_id=self.batch_id,
        )
        self.new_conflicts.append(row)
        self.open_conflicts.setdefault(key, []).append(row)
        kept = self.kept.get(key)
        if kept is None:  # a tombstone whose content is gone: keep the edit alone
            kept = DeletedContent(kind=kind, record_id=change.id, organisation_id=p.organisation_id,
                                  rev=state["rev"], fields={}, lost_edits=[])
            self.kept[key] = kept
            self.new_kept.append(kept)
        kept.lost_edits = [*kept.lost_edits, {
            "rev": rev, "staff_id": str(p.staff_id), "device_id": str(p.device_id),
            "at": utcnow().isoformat(), "fields": device,
        }]
        return self._write_tombstone(change, state, rev, "conflict", [row])

    def _write_tombstone(self, change, state, rev, status, conflicts) -> ChangeResult:
        p = self.principal
        write = Write(change.kind, change.id, p.organisation_id, rev, {}, True, [],
                      str(p.staff_id), device_id=p.device_id)
        result = ChangeResult(
            kind=change.kind, id=change.id, status=status, rev=rev,
            conflicts=[
                ConflictInfo(field=c.field, server_value=c.server_value,
                             device_value=c.device_value, conflict_id=c.id)
                for c in conflicts
            ],
        )
        self.writes.append((write, result))
        self.snapshots[(change.kind, change.id, rev)] = {"deleted": True}
        self.state[(change.kind, change.id)] = {**state, "rev": rev, "seq": None}
        return result

    def _unchanged(self, change, state) -> ChangeResult:
        return ChangeResult(
            kind=change.kind, id=change.id, status="applied", rev=state["rev"], seq=state["seq"]
        )

    def _base(self, kind, record_id, base_rev, state) -> dict[str, Any]:
        if state is None or base_rev == 0:
            return {}
        if base_rev == state["rev"]:
            return {**state["fields"], "deleted": state["deleted"]}
        if base_rev > state["rev"]:
            raise Refused("unknown_base", "base_rev is newer than the server's revision.")
        snapshot = self.snapshots.get((kind, record_id, base_rev))
        if snapshot is None:
            revision = self.session.get(RecordRevision, (kind, record_id, base_rev))
            if revision is None:
                raise Refused("unknown_base", "The server has no such revision.")
            snapshot = {**revision.fields, "deleted": revision.deleted}
        return snapshot

    def offsets(self) -> dict[int, int]:
        """The result of each write (by ``id``): the write's offset from the batch's first
        sequence number."""
        return {id(result): offset for offset, (_, result) in enumerate(self.writes)}

    def store(self, batch: dict[str, Any] | None = None) -> None:
        """Store the accepted writes (and ``batch``, the push's stored answer, see
        ``number_and_store``). Everything that needs no sequence number is done first; then
        the writes are numbered (which locks the counter until commit) and inserted."""
        resequence = [(row.kind, row.id) for row in self.scope.resequence_rows()]
        revocations = self.scope.revocations
        figures_again = self.scope.figures_again()
        count = len(self.writes) + len(resequence) + len(revocations) + len(figures_again)
        if count == 0:
            if batch is not None:
                self.session.execute(insert(PushBatch.__table__).values(**batch))
            return
        writes = [write for write, _ in self.writes]
        staged = stage_writes(self.session, writes, known=self.rows)
        self.scope.drop_access()
        for write in writes:
            if write.kind == "staff":
                sync_account_from_staff(self.session, staff_id=write.id, fields=write.fields)
        for row in self.new_conflicts + self.resolved + self.new_kept:
            self.session.add(row)
        self.session.flush()
        now = utcnow()
        for kind, record_id in self.deleting:
            # A deleted record's conflicts keep no values (its content is kept apart).
            self.session.execute(
                update(FieldConflictRow)
                .where(FieldConflictRow.kind == kind, FieldConflictRow.record_id == record_id,
                       FieldConflictRow.field != "deleted")
                .values(server_value=None, device_value=None,
                        resolved_at=func.coalesce(FieldConflictRow.resolved_at, now),
                        resolved_by=func.coalesce(FieldConflictRow.resolved_by,
                                                  self.principal.staff_id))
            )

        # Nothing written after the numbering: the commit goes with it (``number_and_store``).
        last = not (resequence or revocations or figures_again)
        first = number_and_store(self.session, staged, count, batch,
                                 and_commit=last and batch is not None)
        for write, result in self.writes:
            result.seq = write.seq
        seq = first + len(writes)
        # Records of a client that gained staff: numbered anew, so the new staff pull them.
        renumber_records(self.session, resequence, seq)
        seq += len(resequence)
        for client_id, staff_id in revocations:
            self.session.add(
                AccessRevocation(seq=seq, organisation_id=self.principal.organisation_id,
                                 client_id=client_id, staff_id=staff_id)
            )
            seq += 1
        if revocations:
            self.session.flush()
        # A manager taken off a client: its figures again, after the revocation.
        renumber_records(self.session, figures_again, seq)


def _validate(kind: str, record_id: uuid.UUID, fields: dict[str, Any]) -> dict[str, Any]:
    try:
        return validated_fields(kind, record_id, fields)
    except ValidationError as exc:
        errors = [FieldError(**error.to_wire()) for error in from_validation_error(exc)]
        summary = "; ".join(f"{e.field or kind}: {e.message}" for e in errors)
        raise Refused("invalid", summary, field_errors=errors) from None

