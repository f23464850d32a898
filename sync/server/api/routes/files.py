"""An attachment's content, addressed by its SHA-256: ``HEAD``, ``PUT`` and ``GET``.

- ``HEAD /v1/files/{sha256}``: ``X-Kentta-Received`` (bytes the server has: an upload resumes
  there), ``X-Kentta-Size``, ``X-Kentta-Complete``.
- ``PUT /v1/files/{sha256}`` with ``Content-Range: bytes START-END/TOTAL`` (or a whole body):
  the body streamed chunk by chunk into the database. Bytes the server already has are skipped,
  so sending the same bytes again changes nothing; a complete file is answered at once. The
  hash is checked when the last byte arrives (422 and discarded on a mismatch). Larger than the
  organisation's ``attachment_max_mb``: 413 before anything is read, naming the limit. Content
  whose first bytes are not its record's type (``sync.attachments.sniff``): 415, nothing kept.
- ``GET /v1/files/{sha256}``, streamed, with ``Range: bytes=START-`` for a resumed download.

Not visible to the caller (no record it sees in full refers to the hash), or not there: 404.
"""

from __future__ import annotations

import re
from typing import Annotated

from anyio import to_thread
from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from sqlmodel import Session
from starlette.requests import ClientDisconnect

from sync.protocol import ErrorMessage, RequestInvalid
from sync.server import files
from sync.server.api.deps import CurrentUser, EngineDep
from sync.server.files import FILE_CHUNK_BYTES, FileRefused

router = APIRouter(prefix="/files", tags=["files"])
NOT_FOUND = {"model": ErrorMessage, "description": "No such file, or not yours to see"}

ShaPath = Annotated[str, Path(pattern="^[0-9a-f]{64}$", description="The content's SHA-256 (hex)")]
_CONTENT_RANGE = re.compile(r"^bytes (\d{1,15})-(\d{1,15})/(\d{1,15})$")
_RANGE = re.compile(r"^bytes=(\d{1,15})-(\d{0,15})$")


def _refused(error: FileRefused) -> JSONResponse:
    return JSONResponse({"detail": error.message, **error.extra}, status_code=error.status)


def _stored_headers(stored: files.Stored) -> dict[str, str]:
    return {"X-Kentta-Received": str(stored.received), "X-Kentta-Size": str(stored.size),
            "X-Kentta-Complete": "1" if stored.complete else "0"}


@router.head(
    "/{sha256}",
    response_class=Response,
    responses={200: {"description": "How much of the file the server has (headers only)",
                     "content": {}},
               404: {"description": "No such file, or not yours to see", "content": {}}},
)
def head_file(sha256: ShaPath, user: CurrentUser, engine: EngineDep) -> Response:
    with Session(engine) as session:
        try:
            stored = files.status(session, user, sha256)
        except FileRefused as error:
            return Response(status_code=error.status)
    return Response(status_code=200, headers=_stored_headers(stored))


def _declared(request: Request) -> tuple[int, int] | FileRefused:
    """(start, total) of the upload from Content-Range, or Content-Length for a whole body."""
    header = request.headers.get("content-range")
    length = request.headers.get("content-length")
    if header is None:
        if length is None or not length.isdigit():
            return FileRefused(411, "Send Content-Range (bytes START-END/TOTAL) or Content-Length.")
        return 0, int(length)
    match = _CONTENT_RANGE.match(header.strip())
    if match is None:
        return FileRefused(400, "Content-Range must read bytes START-END/TOTAL.")
    start, end, total = (int(value) for value in match.groups())
    if not start <= end < total:
        return FileRefused(400, "Content-Range must lie within the file.")
    if length is not None and length.isdigit() and int(length) != end - start + 1:
        return FileRefused(400, "Content-Length is not the length Content-Range gives.")
    return start, total


@router.put(
    "/{sha256}",
    responses={
        404: NOT_FOUND,
        409: {"model": ErrorMessage, "description": "The upload starts beyond what the server "
              "has, or moved on meanwhile: ask with HEAD and resume there"},
        413: {"model": ErrorMessage, "description": "Larger than the organisation's limit"},
        415: {"model": ErrorMessage, "description": "The content is not its record's type, or not "
              "a type that may be attached"},
        422: {"model": ErrorMessage | RequestInvalid,
              "description": "The content does not match its SHA-256 (discarded), or its size is "
              "not its record's; or the request does not fit the schema"},
    },
)
async def put_file(sha256: ShaPath, request: Request, user: CurrentUser,
                   engine: EngineDep) -> Response:
    declared = _declared(request)
    if isinstance(declared, FileRefused):
        return _refused(declared)
    start, total = declared
    try:
        stored = await to_thread.run_sync(files.begin_upload, engine, user, sha256, total)
        if stored.complete:
            return JSONResponse({"received": stored.received, "complete": True})
        if start > stored.received:
            raise FileRefused(409, "The upload starts beyond what the server has: resume at "
                              "X-Kentta-Received.", code="offset_ahead", received=stored.received)
        limit = await to_thread.run_sync(_limit, engine, user)
        received = await _receive(request, engine, user, sha256, start, stored.received, total,
                                  limit)
        if received < total:
            raise FileRefused(409, "The body ended before the file did: resume at "
                              "X-Kentta-Received.", code="incomplete", received=received)
        stored = await to_thread.run_sync(files.finish_upload, engine, user.organisation_id,
                                          sha256)
    except FileRefused as error:
        return _refused(error)
    except ClientDisconnect:
        return Response(status_code=400)  # nobody reads it; the whole chunks stay stored
    return JSONResponse({"received": stored.received, "complete": True})


def _limit(engine, user) -> int:
    with Session(engine) as session:
        return files.limit_bytes(session, user.organisation_id)


async def _receive(request: Request, engine, user, sha256: str, position: int, received: int,
                   total: int, limit: int) -> int:
    """Read the body into whole chunks, each stored as it fills; the bytes the server has.

    ``position`` is the stream's offset in the file; bytes before ``received`` (what the server
    has) are skipped, so the same bytes again change nothing. At most one chunk and one piece
    of the body are held."""
    buffer = bytearray()  # the bytes from ``position - len(buffer)`` on
    async for piece in request.stream():
        if not piece:
            continue
        if position < received:  # already stored: skipped
            skip = min(len(piece), received - position)
            piece, position = piece[skip:], position + skip
            if not piece:
                continue
        position += len(piece)
        if position > total:
            if position > limit:
                raise files.too_large(limit)
            raise FileRefused(400, "The body is longer than Content-Range says.")
        buffer += piece
        while len(buffer) >= FILE_CHUNK_BYTES:
            offset = position - len(buffer)
            data = bytes(buffer[:FILE_CHUNK_BYTES])
            del buffer[:FILE_CHUNK_BYTES]
            received = await to_thread.run_sync(files.store_chunk, engine, user.organisation_id,
                                                sha256, offset, data)
            if received > offset + FILE_CHUNK_BYTES:  # stored by another upload meanwhile
                del buffer[:received - offset - FILE_CHUNK_BYTES]
    if buffer and position == total and position > received:
        received = await to_thread.run_sync(files.store_chunk, engine, user.organisation_id,
                                            sha256, position - len(buffer), bytes(buffer))
    return received


@router.get(
    "/{sha256}",
    responses={200: {"content": {"application/octet-stream": {}}}, 404: NOT_FOUND,
               206: {"description": "The part asked for with Range"},
               416: {"description": "The range lies beyond the file"}},
)
def get_file(sha256: ShaPath, request: Request, user: CurrentUser, engine: EngineDep):
    session = Session(engine)
    try:
        row = files.readable(session, user, sha256)
    except FileRefused as error:
        session.close()
        return _refused(error)
    start, status_code, size = 0, 200, row.size
    headers = {"Accept-Ranges": "bytes", "X-Kentta-Size": str(size)}
    wanted = request.headers.get("range")
    if wanted is not None:
        match = _RANGE.match(wanted.strip())
        if match is None or int(match.group(1)) >= max(size, 1):
            session.close()
            return Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})
        start, status_code = int(match.group(1)), 206
        headers["Content-Range"] = f"bytes {start}-{size - 1}/{size}"
    headers["Content-Length"] = str(size - start)
    organisation_id, media_type = row.organisation_id, row.media_type

    def body():
        try:
            skip = start % FILE_CHUNK_BYTES
            for data in files.chunks(session, organisation_id, sha256, start // FILE_CHUNK_BYTES):
                yield data[skip:] if skip else data
                skip = 0
        finally:
            session.close()

    return StreamingResponse(body(), status_code=status_code, media_type=media_type,
                             headers=headers)
