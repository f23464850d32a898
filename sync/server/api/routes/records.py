"""A record as stored, and its revision history."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, status

from sync.protocol import ErrorMessage, PulledChange, RecordHistory
from sync.server.api.deps import CurrentUser, SessionDep
from sync.server.pull import history, visible_record

router = APIRouter(
    prefix="/records",
    tags=["records"],
    responses={404: {"model": ErrorMessage, "description": "No such record, or not yours to see"}},
)

KindPath = Annotated[str, Path(max_length=40, description="A record kind, e.g. client")]


def _not_found() -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, "No such record, or not yours to see.")


@router.get("/{kind}/{record_id}", response_model=PulledChange)
def get_record(kind: KindPath, record_id: uuid.UUID, user: CurrentUser, session: SessionDep):
    row = visible_record(session, user, kind, record_id)
    if row is None:
        raise _not_found()
    return PulledChange(
        kind=row.kind, id=row.id, rev=row.rev, seq=row.seq, deleted=row.deleted,
        fields=row.fields, modified_at=row.modified_at, modified_by=row.modified_by,
    )


@router.get("/{kind}/{record_id}/history", response_model=RecordHistory)
def get_history(kind: KindPath, record_id: uuid.UUID, user: CurrentUser, session: SessionDep):
    """Every revision: who (staff id) changed which fields, when, from which device."""
    found = history(session=session, principal=user, kind=kind, record_id=record_id)
    if found is None:
        raise _not_found()
    return found
