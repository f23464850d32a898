"""Attachments on a real SQLCipher profile: attached, listed, exported, refused (over the
limit, not an allowed type) before anything is stored, stored once per content, and erased
with the last record that refers to them (a delete, a client's erasure, a pulled tombstone or
access revocation). The plaintext of an attached PDF is in no file of the profile folder, and
attaching a 20 MB file does not hold it in memory."""

from __future__ import annotations

import datetime as dt
import hashlib
import tracemalloc
import uuid

import pytest
from sqlalchemy import func
from sqlmodel import select

from desktop.errors import InvalidInput
from desktop.services import attachments, changes, clients, employers
from desktop.services.attachments import FileTooLarge, UnsupportedFileType
from desktop.store.tables import (
    AuditEvent,
    ClientAttachment,
    EmployerAttachment,
    FileChunk,
    FileContent,
    FileTransfer,
    HandoverForm,
    Organisation,
    OutboxEntry,
)
from desktop.sync.replica import DesktopReplica
from sync import attachments as rules
from sync.protocol import PulledChange, PullResponse
from tests.support import files
from tests.support.decrypted import every_page

WORD = "Xyzzorbelkatti"  # a distinctive word, found nowhere else
NOW = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def client(store, actor):
    return clients.create_client(store, actor=actor, data={"name": "Liite Asiakas"})


def _counts(store) -> dict[str, int]:
    with store.reader() as session:
        return {table.__tablename__: session.exec(select(func.count()).select_from(table)).one()
                for table in (ClientAttachment, EmployerAttachment, FileContent, FileChunk, FileTransfer)}


def _set_limit(store, actor, megabytes: int) -> None:
    with store.session() as session:
        organisation = session.exec(select(Organisation)).one()
        changes.update(session, organisation, {"attachment_max_mb": megabytes}, actor=actor)


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- the types, by content -----------------------------------------------------------------


def test_the_allowed_types_are_told_by_their_content(tmp_path):
    made = {
        rules.PDF: files.text_pdf(tmp_path / "a.pdf", WORD),
        rules.PNG: files.png(tmp_path / "a.png"),
        rules.JPEG: files.jpeg(tmp_path / "a.jpg"),
        rules.DOCX: files.docx(tmp_path / "a.docx"),
        rules.ODT: files.odt(tmp_path / "a.odt"),
    }
    for media_type, path in made.items():
        assert rules.sniff(path.read_bytes()[:rules.SNIFF_BYTES]) == media_type, path.name
    assert rules.sniff(b"MZ\x90\x00 an executable") is None
    assert rules.sniff(b"Just some text, named .pdf") is None
    # a ZIP that is neither a DOCX nor an ODT
    other = tmp_path / "other.zip"
    import zipfile
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert rules.sniff(other.read_bytes()) is None


def test_a_digest_is_64_lower_case_hex_digits():
    good = hashlib.sha256(b"x").hexdigest()
    assert rules.is_sha256(good)
    assert not rules.is_sha256(good.upper()) and not rules.is_sha256(good[:-1]) and not rules.is_sha256(good + "0")
    with pytest.raises(Exception):
        ClientAttachment.model_validate({"client_id": uuid.uuid4(), "file_name": "a.pdf",
                                         "media_type": rules.PDF, "size": 1, "sha256": good.upper(),
                                         "attached_on": dt.date.today()})


# --- attach, list, export ------------------------------------------------------------------


def test_attach_list_and_export(store, actor, client, tmp_path):
    source = files.text_pdf(tmp_path / "suostumus.pdf", WORD, pages=40)
    record = attachments.attach(store, actor=actor, path=source, kind="consent_form", client_id=client.id,
                                description="Allekirjoitettu lomake")
    assert (record.file_name, record.media_type, record.size, record.sha256) == (
        "suostumus.pdf", rules.PDF, source.stat().st_size, _sha(source))
    assert record.attached_on == dt.date.today() and record.attachment_kind == "consent_form"

    listed = attachments.list_for_client(store, client.id)
    assert [a.id for a in listed] == [record.id]
    assert attachments.has_content(store, record.sha256)
    chunks = list(attachments.read_chunks(store, record.sha256))
    assert all(len(chunk) == rules.CHUNK_BYTES for chunk in chunks[:-1])
    assert b"".join(chunks) == source.read_bytes() == attachments.content_bytes(store, record.sha256)

    with store.reader() as session:
        outbox = session.exec(select(OutboxEntry).where(OutboxEntry.record_id == record.id)).one()
        transfer = session.get(FileTransfer, record.sha256)
    assert outbox.kind == "client_attachment" and outbox.fields["sha256"] == record.sha256
    assert (transfer.direction, transfer.state, transfer.attempts) == ("up", "waiting", 0)

    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    attachments.export(store, actor=actor, attachment_id=record.id, path=target)
    assert target.read_bytes() == source.read_bytes()
    assert list(target.parent.iterdir()) == [target]  # no partial file left
    with store.reader() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.record_id == record.id)).all()
    assert [(e.action, e.record_kind, e.client_id) for e in events] == [
        ("export", "client_attachment", client.id)]


def test_an_employers_letter_of_intent(store, actor, tmp_path):
    employer = employers.create_employer(store, actor=actor, data={"name": "Liite Oy"})
    record = attachments.attach(store, actor=actor, path=files.docx(tmp_path / "aiesopimus.docx"),
                                kind="letter_of_intent", employer_id=employer.id)
    assert record.kind == "employer_attachment" and record.media_type == rules.DOCX
    assert [a.id for a in attachments.list_for_employer(store, employer.id)] == [record.id]
    with pytest.raises(InvalidInput):  # a client's kind is not an employer's
        attachments.attach(store, actor=actor, path=files.png(tmp_path / "a.png"), kind="cv",
                           employer_id=employer.id)
    employers.delete_employer(store, actor=actor, employer_id=employer.id)
    assert _counts(store) == dict.fromkeys(_counts(store), 0)


# --- refused before anything is stored -----------------------------------------------------


def test_a_file_over_the_limit_is_refused_before_anything_is_stored(store, actor, client, tmp_path):
    _set_limit(store, actor, 1)
    big = files.large_pdf(tmp_path / "iso.pdf", 1024 * 1024 + 1)
    with store.reader() as session:
        outbox_before = session.exec(select(func.count()).select_from(OutboxEntry)).one()
    with pytest.raises(FileTooLarge) as refused:
        attachments.attach(store, actor=actor, path=big, kind="cv", client_id=client.id)
    assert "1 MB" in str(refused.value) and "1.0 MB" in str(refused.value)
    assert _counts(store) == dict.fromkeys(_counts(store), 0)
    with store.reader() as session:
        assert session.exec(select(func.count()).select_from(OutboxEntry)).one() == outbox_before
    # exactly the limit is allowed
    fits = files.large_pdf(tmp_path / "mahtuu.pdf", 1024 * 1024)
    attachments.attach(store, actor=actor, path=fits, kind="cv", client_id=client.id)
    assert _counts(store)["client_attachment"] == 1


def test_a_file_that_is_not_an_allowed_type_is_refused_whatever_its_name(store, actor, client, tmp_path):
    fake = tmp_path / "ansioluettelo.pdf"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 5000)
    with pytest.raises(UnsupportedFileType):
        attachments.attach(store, actor=actor, path=fake, kind="cv", client_id=client.id)
    assert _counts(store) == dict.fromkeys(_counts(store), 0)
    # a real PNG named .bin is a PNG
    record = attachments.attach(store, actor=actor, path=files.png(tmp_path / "kuva.bin"), kind="other",
                                client_id=client.id)
    assert record.media_type == rules.PNG


# --- once per content; a signed handover form ---------------------------------------------


def test_the_same_content_attached_twice_is_stored_once(store, actor, client, tmp_path):
    other = clients.create_client(store, actor=actor, data={"name": "Toinen Asiakas"})
    source = files.large_pdf(tmp_path / "sama.pdf", 3 * rules.CHUNK_BYTES + 17)
    first = attachments.attach(store, actor=actor, path=source, kind="other", client_id=client.id)
    second = attachments.attach(store, actor=actor, path=source, kind="cv", client_id=other.id)
    assert first.id != second.id and first.sha256 == second.sha256
    assert _counts(store) | {"client_attachment": 2} == {
        "client_attachment": 2, "employer_attachment": 0, "file_content": 1, "file_chunk": 4,
        "file_transfer": 1}

    attachments.delete_attachment(store, actor=actor, attachment_id=first.id)
    assert attachments.has_content(store, first.sha256)  # the other record still refers to it
    attachments.delete_attachment(store, actor=actor, attachment_id=second.id)
    assert _counts(store) == dict.fromkeys(_counts(store), 0)
    with pytest.raises(attachments.ContentNotHere):
        attachments.content_bytes(store, first.sha256)


def test_a_signed_scan_names_its_handover_form(store, actor, client, tmp_path):
    with store.session() as session:
        changes.create(session, HandoverForm, {"client_id": client.id, "document_number": "KT-2026-0007"},
                       actor=actor)
    scan = files.jpeg(tmp_path / "skannaus.jpg")
    with pytest.raises(InvalidInput) as unknown:
        attachments.attach(store, actor=actor, path=scan, kind="signed_handover", client_id=client.id,
                           document_number="KT-2026-9999")
    assert unknown.value.errors[0].code == "unknown_document_number"
    with pytest.raises(InvalidInput):  # only a signed form names a form
        attachments.attach(store, actor=actor, path=scan, kind="cv", client_id=client.id,
                           document_number="KT-2026-0007")
    assert _counts(store) == dict.fromkeys(_counts(store), 0)
    attachments.attach(store, actor=actor, path=scan, kind="signed_handover", client_id=client.id,
                       document_number="KT-2026-0007")
    assert attachments.signed_document_numbers(store, client.id) == {"KT-2026-0007"}


# --- erased with the last record -----------------------------------------------------------


def test_a_deleted_client_takes_its_files_content_with_it(store, actor, client, tmp_path):
    record = attachments.attach(store, actor=actor, path=files.text_pdf(tmp_path / "cv.pdf", WORD),
                                kind="cv", client_id=client.id)
    assert WORD.encode() in every_page(store)
    clients.delete_client(store, actor=actor, client_id=client.id)
    assert _counts(store) == dict.fromkeys(_counts(store), 0)
    assert not attachments.has_content(store, record.sha256)
    assert WORD.encode() not in every_page(store)


def _synced(store, record) -> None:
    with store.session() as session:
        for entry in session.exec(select(OutboxEntry).where(OutboxEntry.record_id == record.id)).all():
            session.delete(entry)
        session.get(type(record), record.id).rev = 1


@pytest.mark.parametrize("how", ["access_revoked", "client_tombstone", "attachment_tombstone"])
def test_a_pulled_revocation_or_tombstone_erases_the_content(store, actor, client, tmp_path, how):
    record = attachments.attach(store, actor=actor, path=files.text_pdf(tmp_path / "cv.pdf", WORD),
                                kind="cv", client_id=client.id)
    _synced(store, client), _synced(store, record)
    kind, record_id = ("client_attachment", record.id) if how == "attachment_tombstone" else ("client", client.id)
    change = PulledChange(kind=kind, id=record_id, rev=5, seq=5, fields={}, modified_at=NOW,
                          deleted=how != "access_revoked", access_revoked=how == "access_revoked")
    DesktopReplica(store, device_id=uuid.uuid4()).apply_page(
        PullResponse(changes=[change], next_cursor=5, has_more=False), histories={})
    counts = _counts(store)
    assert counts["client_attachment"] == counts["file_content"] == counts["file_chunk"] == 0
    assert counts["file_transfer"] == 0
    assert WORD.encode() not in every_page(store)


# --- nothing readable in the profile folder; memory -------------------------------------------


def _profile_bytes(store) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(store.data_dir.rglob("*")) if path.is_file())


def test_the_plaintext_of_an_attached_pdf_is_in_no_file_of_the_profile(store, actor, client, tmp_path):
    source = files.text_pdf(tmp_path / "allekirjoitettu.pdf", WORD, pages=3)
    record = attachments.attach(store, actor=actor, path=source, kind="signed_handover", client_id=client.id)
    attachments.content_bytes(store, record.sha256)
    needles = (WORD.encode(), b"allekirjoitettu.pdf", source.read_bytes()[:64])
    files_now = _profile_bytes(store)
    assert not [n for n in needles if n in files_now]
    # decrypted, the content is there: the scan above would have found plaintext
    assert WORD.encode() in every_page(store)
    with store.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
    assert not [n for n in needles if n in _profile_bytes(store)]


def test_attaching_a_20_mb_file_does_not_hold_it_in_memory(store, actor, client, tmp_path):
    size = 20 * 1000 * 1000
    source = files.large_pdf(tmp_path / "iso.pdf", size)
    tracemalloc.start()
    try:
        record = attachments.attach(store, actor=actor, path=source, kind="other", client_id=client.id)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert record.size == size
    assert peak < 3 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB while attaching {size / 1e6:.0f} MB"
    assert _counts(store)["file_chunk"] == -(-size // rules.CHUNK_BYTES)
