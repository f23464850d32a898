"""Attachments' content through /v1/files: stored in chunks per organisation and SHA-256,
resumable, idempotent, held to the organisation's limit, scoped like the records that name it,
and deleted with the last record that refers to it. SQLite and PostgreSQL (``world``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid

from sqlalchemy import func
from sqlmodel import Session, select

from sync.server.files import FILE_CHUNK_BYTES
from sync.server.models import FileChunk, FileContent
from sync.server.purge import run_purge


def content(size: int) -> bytes:
    """A PDF's first bytes (the server tells the type by them), then random ones."""
    return b"%PDF-1.7\n" + os.urandom(size - 9)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def attachment(user, client_id, data: bytes, *, record_id=None, media_type="application/pdf"):
    return user.change("client_attachment", record_id, fields={
        "client_id": str(client_id), "file_name": "allekirjoitettu.pdf",
        "media_type": media_type, "size": len(data), "sha256": sha(data),
        "attached_on": "2026-03-02", "attachment_kind": "signed_handover",
    })


def new_client(user) -> uuid.UUID:
    client_id = uuid.uuid4()
    assert user.push_one(user.change("client", client_id))["status"] == "applied"
    return client_id


def attached(user, data: bytes, client_id=None) -> tuple[uuid.UUID, uuid.UUID]:
    client_id = client_id or new_client(user)
    record_id = uuid.uuid4()
    assert user.push_one(attachment(user, client_id, data, record_id=record_id))["status"] == "applied"
    return client_id, record_id


def put(user, data: bytes, digest: str | None = None, *, start: int = 0, total=None):
    total = len(data) + start if total is None else total
    headers = {**user.headers, "Content-Range": f"bytes {start}-{start + len(data) - 1}/{total}"}
    return user.http.put(f"/v1/files/{digest or sha(data)}", content=data, headers=headers)


def head(user, digest: str):
    return user.http.head(f"/v1/files/{digest}", headers=user.headers)


def get(user, digest: str, **headers):
    return user.http.get(f"/v1/files/{digest}", headers={**user.headers, **headers})


def stored(engine) -> tuple[int, int]:
    with Session(engine) as session:
        files = session.exec(select(func.count()).select_from(FileContent)).one()
        chunks = session.exec(select(func.count()).select_from(FileChunk)).one()
    return files, chunks


def test_a_file_goes_up_resumes_and_comes_back_byte_identical(world, engine):
    coach = world.user("career_coach")
    data = content(3 * FILE_CHUNK_BYTES + 1234)
    digest = sha(data)
    attached(coach, data)
    assert head(coach, digest).headers["X-Kentta-Received"] == "0"
    # The first two chunks and half the third arrive; the half chunk is not kept.
    cut = 2 * FILE_CHUNK_BYTES + FILE_CHUNK_BYTES // 2
    partial = put(coach, data[:cut], digest, total=len(data))
    assert partial.status_code == 409 and partial.json()["received"] == 2 * FILE_CHUNK_BYTES
    offset = int(head(coach, digest).headers["X-Kentta-Received"])
    assert offset == 2 * FILE_CHUNK_BYTES
    # Resumed from an earlier offset than the server has: the known bytes are skipped.
    again = put(coach, data[FILE_CHUNK_BYTES:], digest, start=FILE_CHUNK_BYTES)
    assert again.status_code == 200, again.text
    assert again.json() == {"received": len(data), "complete": True}
    assert stored(engine) == (1, 4)
    # The same bytes again change nothing.
    assert put(coach, data).status_code == 200
    assert stored(engine) == (1, 4)
    whole = get(coach, digest)
    assert whole.status_code == 200 and whole.content == data
    assert whole.headers["content-type"] == "application/pdf"
    rest = get(coach, digest, Range=f"bytes={FILE_CHUNK_BYTES + 7}-")
    assert rest.status_code == 206 and rest.content == data[FILE_CHUNK_BYTES + 7:]
    assert rest.headers["content-range"] == f"bytes {FILE_CHUNK_BYTES + 7}-{len(data) - 1}/{len(data)}"


def test_content_whose_hash_does_not_match_is_discarded(world, engine):
    coach = world.user("career_coach")
    data = content(FILE_CHUNK_BYTES + 10)
    attached(coach, data)
    forged = bytearray(data)
    forged[-1] ^= 0xFF
    answer = put(coach, bytes(forged), sha(data))
    assert answer.status_code == 422 and "SHA-256" in answer.json()["detail"]
    assert stored(engine) == (0, 0)
    assert get(coach, sha(data)).status_code == 404


def test_content_that_is_not_its_records_type_is_refused_and_not_kept(world, engine):
    coach = world.user("career_coach")
    script = b"#!/bin/sh\n" + os.urandom(FILE_CHUNK_BYTES * 2)  # named a PDF by its record
    attached(coach, script)
    answer = put(coach, script)
    assert answer.status_code == 415 and answer.json()["code"] == "type_refused"
    assert stored(engine) == (1, 0)  # the upload's row, no content
    assert head(coach, sha(script)).headers["X-Kentta-Received"] == "0"
    assert get(coach, sha(script)).status_code == 404


def test_one_copy_per_organisation_and_another_organisation_cannot_read_it(world, engine):
    coach, other_coach = world.user("career_coach"), world.user("career_coach")
    data = content(5000)
    attached(coach, data)
    attached(other_coach, data)  # the same file on another client of the organisation
    assert put(coach, data).status_code == 200
    assert put(other_coach, data).status_code == 200
    assert stored(engine) == (1, 1)
    assert get(other_coach, sha(data)).content == data

    stranger = world.user("career_coach", org=str(world.new_org()))
    unknown = content(5000)
    for answer in (head(stranger, sha(data)), get(stranger, sha(data)), put(stranger, data),
                   head(stranger, sha(unknown)), get(stranger, sha(unknown))):
        assert answer.status_code == 404
    # Attached in the other organisation too, it is stored there apart, once more.
    attached(stranger, data)
    assert put(stranger, data).status_code == 200
    assert stored(engine) == (2, 2)


def test_only_the_clients_staff_read_its_files_and_a_file_needs_its_record_first(world, engine):
    coach, colleague, manager = (world.user("career_coach"), world.user("career_coach"),
                                 world.user("manager"))
    admin = world.user("admin")
    data = content(4000)
    before = put(coach, data)  # no record names it yet
    assert before.status_code == 404 and before.json()["detail"] == get(coach, sha(data)).json()["detail"]
    attached(coach, data)
    assert put(coach, data).status_code == 200
    for outsider in (colleague, manager, admin):
        assert head(outsider, sha(data)).status_code == 404
        assert get(outsider, sha(data)).status_code == 404


def test_over_the_organisations_limit_is_refused_before_it_is_read(world, engine):
    admin, coach = world.user("admin"), world.user("career_coach")
    assert admin.push_one(admin.change("organisation", world.org_id, base_rev=1,
                                       fields={"attachment_max_mb": 1}))["status"] == "applied"
    data = content(1024 * 1024 + 1)
    attached(coach, data)
    answer = put(coach, data)
    assert answer.status_code == 413
    assert "1 MB" in answer.json()["detail"] and answer.json()["limit_mb"] == 1
    assert stored(engine) == (0, 0)
    # Declared small, sent large: refused as the bytes pass the declared size.
    lying = coach.http.put(f"/v1/files/{sha(data)}", content=data,
                           headers={**coach.headers, "Content-Range": "bytes 0-99/100"})
    assert lying.status_code == 400
    assert stored(engine) == (0, 0)


def test_content_is_deleted_with_the_last_record_that_refers_to_it(world, engine):
    coach = world.user("career_coach")
    data = content(2 * FILE_CHUNK_BYTES)
    client_id, first = attached(coach, data)
    _, second = attached(coach, data, client_id)
    assert put(coach, data).status_code == 200
    today = dt.date.today()
    coach.push_one(coach.change("client_attachment", first, base_rev=1, fields={}, deleted=True))
    # Deleted, but restorable for the undo period: kept, and no longer served.
    assert run_purge(engine=engine, today=today).erased == 0
    assert stored(engine) == (1, 2)
    assert run_purge(engine=engine, today=today + dt.timedelta(days=60)).erased == 1
    assert stored(engine) == (1, 2)  # the second record still refers to it
    assert get(coach, sha(data)).content == data
    coach.push_one(coach.change("client_attachment", second, base_rev=1, fields={}, deleted=True))
    assert get(coach, sha(data)).status_code == 404
    assert run_purge(engine=engine, today=today + dt.timedelta(days=60)).erased == 1
    assert stored(engine) == (0, 0)


def test_the_retention_purge_of_a_client_removes_its_files(world, engine):
    coach = world.user("career_coach")
    client_id = uuid.uuid4()
    fields = {**coach.change("client", client_id)["fields"], "service_start": "2023-06-01",
              "service_end": "2024-01-31"}
    assert coach.push_one(coach.change("client", client_id, fields=fields))["status"] == "applied"
    data = content(3000)
    attached(coach, data, client_id)
    assert put(coach, data).status_code == 200
    report = run_purge(engine=engine, today=dt.date(2026, 2, 1))
    assert report.clients == 1
    assert stored(engine) == (0, 0)


def test_staff_taken_off_the_client_can_no_longer_read_its_files(world, engine):
    coach, colleague = world.user("career_coach"), world.user("career_coach")
    client_id = uuid.uuid4()
    fields = {**coach.change("client", client_id)["fields"],
              "assigned_staff_ids": [str(coach.staff_id), str(colleague.staff_id)]}
    assert coach.push_one(coach.change("client", client_id, fields=fields))["status"] == "applied"
    data = content(10_000)
    attached(coach, data, client_id)
    assert put(coach, data).status_code == 200
    assert get(colleague, sha(data)).content == data
    taken_off = coach.push_one(coach.change("client", client_id, base_rev=1, fields={
        "assigned_staff_ids": [str(coach.staff_id)]}))
    assert taken_off["status"] == "applied"
    assert get(colleague, sha(data)).status_code == 404
    assert head(colleague, sha(data)).status_code == 404
    assert get(coach, sha(data)).content == data
