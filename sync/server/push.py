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
from sqlalchemy import Engine, insert, tuple_
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, select

from sync.merge import same_value, three_way_merge
from sync.protocol import Change, ChangeResult, ConflictInfo, FieldError, PushRequest, PushResponse
from sync.records import RECORD_TYPES
from sync.server.accounts import sync_account_from_staff
from sync.server.authorship import StaffDirectory, settle_authorship
from sync.server.authz import AUDIT_KIND, Principal, may_write_kind
from sync.server.core.db import write_engine
from sync.server.client_scope import ClientScope, Refused, no_such_record
from sync.server.pull import visible_record
from sync.server.models import (
    AccessRevocation,
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
        response = PushResponse.model_validate(stored.response)
        response.replayed = True
        return response
    planner = _Planner(session, principal, request)
    results = [planner.plan_or_refuse(change) for change in request.changes]
    planner.store()
    response = PushResponse(batch_id=request.batch_id, results=results)
    session.execute(
        insert(PushBatch.__table__).values(
            batch_id=request.batch_id,
            account_id=principal.account_id,
            device_id=principal.device_id,
            response=response.model_dump(mode="json"),
            created_at=utcnow(),
        )
    )
    counts: dict[str, int] = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    logger.info(
        "push",
        extra={"account_id": str(principal.account_id), "device_id": str(principal.device_id),
               "batch_id": str(request.batch_id), **counts},
    )
    return response


class _Planner:
    def __init__(self, session: Session, principal: Principal, request: PushRequest):
        self.session = session
        self.principal = principal
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
        if keys:
            for conflict in session.exec(
                select(FieldConflictRow).where(
                    tuple_(FieldConflictRow.kind, FieldConflictRow.record_id).in_(keys),
                    FieldConflictRow.resolved_at.is_(None),
                )
            ).all():
                self.open_conflicts.setdefault((conflict.kind, conflict.record_id), []).append(
                    conflict
                )
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
        fields = merged if deleted else _validate(kind, change.id, merged)
        if not deleted:
            fields = settle_authorship(self.staff, kind, fields, state)
        old_fields = state["fields"] if state else {}
        changed = [n for n in fields if not same_value(fields.get(n), old_fields.get(n))]
        if state is not None and deleted != state["deleted"]:
            changed.append("deleted")
        if kind == AUDIT_KIND and state is not None:
            if changed or merge.conflicts:
                raise Refused("append_only", "Audit events cannot be changed.")
            return self._unchanged(change, state)
        scope_effects = self.scope.check(kind, change.id, fields, deleted, state)
        resolving = []
        if state is not None and change.base_rev == state["rev"]:
            resolving = [
                c for c in self.open_conflicts.get(key, []) if c.field in device and c.resolved_at is None
            ]
        if state is not None and not changed and not merge.conflicts and not resolving:
            return self._unchanged(change, state)
        rev = (state["rev"] if state else 0) + 1
        write = Write(kind, change.id, p.organisation_id, rev, fields, deleted, changed,
                      str(p.staff_id), device_id=p.device_id)
        conflicts = []
        for item in merge.conflicts:
            row = FieldConflictRow(
                organisation_id=p.organisation_id, kind=kind, record_id=change.id,
                field=item.field, server_value=item.server_value, device_value=item.device_value,
                base_rev=change.base_rev, rev=rev, device_id=p.device_id, staff_id=p.staff_id,
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
        elif merge.conflicts:
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
        self.snapshots[(kind, change.id, rev)] = {**fields, "deleted": deleted}
        self.state[key] = {
            "organisation_id": p.organisation_id, "rev": rev, "seq": None, "fields": fields,
            "deleted": deleted, "purged": False,
        }
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

    def store(self) -> None:
        """Store the accepted writes. Everything that needs no sequence number is done first;
        then the writes are numbered (which locks the counter until commit) and inserted."""
        resequence = [(row.kind, row.id) for row in self.scope.resequence_rows()]
        revocations = self.scope.revocations
        count = len(self.writes) + len(resequence) + len(revocations)
        if count == 0:
            return
        writes = [write for write, _ in self.writes]
        staged = stage_writes(self.session, writes, known=self.rows)
        self.scope.drop_access()
        for write in writes:
            if write.kind == "staff":
                sync_account_from_staff(self.session, staff_id=write.id, fields=write.fields)
        for row in self.new_conflicts + self.resolved:
            self.session.add(row)
        self.session.flush()

        first = number_and_store(self.session, staged, count)
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


def _validate(kind: str, record_id: uuid.UUID, fields: dict[str, Any]) -> dict[str, Any]:
    try:
        return validated_fields(kind, record_id, fields)
    except ValidationError as exc:
        errors = [_field_error(error) for error in exc.errors(include_url=False)]
        summary = "; ".join(f"{e.field or kind}: {e.message}" for e in errors)
        raise Refused("invalid", summary, field_errors=errors) from None


def _field_error(error: dict[str, Any]) -> FieldError:
    location = [str(part) for part in error.get("loc", ())]
    context = error.get("ctx") or {}
    field = context.get("field")
    name = ".".join(location) or (str(field) if field is not None else None)
    return FieldError(field=name, type=str(error.get("type", "invalid")), message=str(error.get("msg", "")))
