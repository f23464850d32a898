"""``kentta attach``, ``kentta attachments`` and ``kentta attachment get`` as a person runs them,
on a real profile (the file keyring reaches the subprocess)."""

from __future__ import annotations

import hashlib

from sqlmodel import select

from desktop.services import clients, employers
from desktop.store.tables import AuditEvent, ClientAttachment
from tests.support import files


def test_attach_list_and_get_a_clients_file(run_kentta, store, actor, tmp_path):
    client = clients.create_client(store, actor=actor, data={"name": "Komento Asiakas"})
    source = files.text_pdf(tmp_path / "ansioluettelo.pdf", "Komentoriviliite", pages=2)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    data = ["--data-dir", str(store.data_dir)]

    attached = run_kentta("attach", *data, "--client", client.id.hex[:8], str(source), "--kind", "cv")
    assert attached.returncode == 0, attached.stderr
    assert digest in attached.stdout
    with store.reader() as session:
        record = session.exec(select(ClientAttachment)).one()
    assert (record.client_id, record.attachment_kind, record.sha256) == (client.id, "cv", digest)

    listed = run_kentta("attachments", *data, "--client", str(client.id))
    assert listed.returncode == 0, listed.stderr
    header, row = listed.stdout.strip().splitlines()
    assert header.split("\t")[:4] == ["id", "name", "size", "sha256"]
    assert row.split("\t")[:4] == [str(record.id), "ansioluettelo.pdf", str(source.stat().st_size), digest]

    out = tmp_path / "saved.pdf"
    got = run_kentta("attachment", "get", str(record.id)[:8], "-o", str(out), *data)
    assert got.returncode == 0, got.stderr
    assert out.read_bytes() == source.read_bytes()
    with store.reader() as session:
        assert [e.action for e in session.exec(select(AuditEvent).where(AuditEvent.record_id == record.id))] == [
            "export"]


def test_refusals_say_why(run_kentta, store, actor, tmp_path):
    client = clients.create_client(store, actor=actor, data={"name": "Komento Asiakas"})
    employer = employers.create_employer(store, actor=actor, data={"name": "Komento Oy"})
    data = ["--data-dir", str(store.data_dir)]
    text = tmp_path / "muistio.pdf"
    text.write_text("not a PDF at all", encoding="utf-8")
    refused = run_kentta("attach", *data, "--client", str(client.id), str(text))
    assert refused.returncode == 1 and "not a PDF, JPEG, PNG, DOCX or ODT" in refused.stderr

    big = files.large_pdf(tmp_path / "iso.pdf", 20 * 1024 * 1024 + 1)
    too_big = run_kentta("attach", *data, "--employer", str(employer.id), str(big), "--kind", "letter_of_intent")
    assert too_big.returncode == 1 and "20 MB" in too_big.stderr

    letter = run_kentta("attach", *data, "--employer", str(employer.id)[:8], str(files.odt(tmp_path / "a.odt")),
                        "--kind", "letter_of_intent")
    assert letter.returncode == 0, letter.stderr
    assert run_kentta("attachments", *data, "--employer", str(employer.id)).stdout.count("\n") == 2

    missing = run_kentta("attachment", "get", "ffffffff", "-o", str(tmp_path / "x.pdf"), *data)
    assert missing.returncode == 1 and "No attachment" in missing.stderr
    assert run_kentta("attach", *data, str(text)).returncode == 2  # neither --client nor --employer
