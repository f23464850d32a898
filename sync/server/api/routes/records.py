"""A record as stored, and its revision history."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, status

from sync.protocol import ErrorMessage, PulledChange, RecordHistory
from sync.server.api.deps import CurrentUser, EngineDep, SessionDep
from sync.server.pull import history, record_out, seen_record
from sync.server.restore import RestoreError, restore_record

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
    found = seen_record(session, user, kind, record_id)
    if found is None:
        raise _not_found()
    return record_out(*found)


@router.get("/{kind}/{record_id}/history", response_model=RecordHistory)
def get_history(kind: KindPath, record_id: uuid.UUID, user: CurrentUser, session: SessionDep):
    """Every revision: who (staff id) changed which fields, when, from which device."""
    found = history(session=session, principal=user, kind=kind, record_id=record_id)
    if found is None:
        raise _not_found()
    return found


@router.post(
    "/{kind}/{record_id}/restore",
    response_model=PulledChange,
    responses={
        403: {"model": ErrorMessage, "description": "Only a manager may restore"},
        404: {"model": ErrorMessage, "description": "Nothing to restore, or not yours to see"},
        409: {"model": ErrorMessage, "description": "The undo period is over (or its client "
              "is deleted)"},
    },
)
def post_restore(kind: KindPath, record_id: uuid.UUID, user: CurrentUser, engine: EngineDep):
    """Undo a delete within the organisation's undo period (``undo_days``): a new revision
    with the content back, which syncs to every device that may see the record."""
    try:
        return restore_record(engine=engine, principal=user, kind=kind, record_id=record_id)
    except RestoreError as error:
        raise HTTPException(error.status, error.message) from None
