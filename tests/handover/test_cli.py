"""``kentta handover`` as a person runs it."""

from __future__ import annotations

import json

from sqlmodel import select

from desktop.store.tables import AuditEvent, HandoverForm
from tests.handover.conftest import NAME, PERSONAL_ID, check_pdf_file, pdf_text, squeeze


def test_the_form_for_the_authority_in_the_clients_language(run_kentta, store, client, tmp_path):
    out = tmp_path / "lomake.pdf"
    plan = tmp_path / "plan.txt"
    plan.write_text("Söker till närvårdarutbildningen.\n\nBehöver stöd i början.", encoding="utf-8")
    result = run_kentta("handover", "--data-dir", str(store.data_dir), "--client", str(client.id),
                        "--for-authority", "-o", str(out), "--work-done", "Vi träffades tolv gånger.",
                        "--further-plan", f"@{plan}")
    assert result.returncode == 0, result.stderr
    assert "KT-" in result.stdout and str(out) in result.stdout
    check_pdf_file(out)
    text = "\n".join(pdf_text(out.read_bytes()))
    assert "Avslutnings- / överföringsblankett" in text  # the client's language, Swedish
    for value in (NAME, PERSONAL_ID, "Vi träffades tolv gånger."):
        assert value in text
    assert squeeze(plan.read_text(encoding="utf-8")) in squeeze(text)
    with store.reader() as session:
        form = session.exec(select(HandoverForm)).one()
        actions = sorted(e.action for e in session.exec(select(AuditEvent)).all())
    assert form.for_authority and form.document_number in result.stdout
    assert actions == ["generate", "save"]


def test_masked_code_other_language_and_password(run_kentta, store, client, tmp_path):
    out = tmp_path / "form.pdf"
    secret = tmp_path / "secret.txt"
    secret.write_text("sähköposti-2026\n", encoding="utf-8")
    result = run_kentta("handover", "--data-dir", str(store.data_dir), "--client", client.id.hex[:8],
                        "--lang", "en", "--pdf-password-file", str(secret), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "password-protected" in result.stdout
    text = "\n".join(pdf_text(out.read_bytes(), password="sähköposti-2026"))
    assert "Handover form" in text and "131052-****" in text and PERSONAL_ID not in text


def test_refused_without_consent_and_no_file(run_kentta, store, client_without_consent, tmp_path):
    out = tmp_path / "form.pdf"
    result = run_kentta("handover", "--data-dir", str(store.data_dir), "--client", str(client_without_consent.id),
                        "-o", str(out))
    assert result.returncode == 1
    assert "no consent in force" in result.stderr and "Record the client's consent" in result.stderr
    assert "Eino" not in result.stderr
    assert not out.exists() and list(tmp_path.glob("*.pdf")) == []
    with store.reader() as session:
        assert session.exec(select(HandoverForm)).all() == []


def test_bad_arguments_say_what_to_do(run_kentta, store, client, tmp_path):
    unknown = run_kentta("handover", "--data-dir", str(store.data_dir), "--client", "ffffffff",
                         "-o", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 1 and "No client" in unknown.stderr
    not_pdf = run_kentta("handover", "--data-dir", str(store.data_dir), "--client", str(client.id),
                         "-o", str(tmp_path / "x.txt"))
    assert not_pdf.returncode == 1 and "must end in .pdf" in not_pdf.stderr
    assert run_kentta("handover", "--data-dir", str(store.data_dir), "-o", "x.pdf").returncode == 2


def test_from_a_demo_profile(run_kentta, tmp_path, file_keyring):
    """``kentta demo`` and then ``kentta handover`` for a demo client whose consent allows it."""
    data = tmp_path / "demo"
    made = run_kentta("demo", "--clients", "15", "--employers", "6", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    dump = tmp_path / "export.json"
    assert run_kentta("export", "-o", str(dump), "--data-dir", str(data)).returncode == 0
    records = json.loads(dump.read_text(encoding="utf-8"))
    consenting = [c["client_id"] for c in records["consent"] if c["share_with_authority"] and not c["withdrawn_on"]]
    out = tmp_path / "demo.pdf"
    result = run_kentta("handover", "--data-dir", str(data), "--client", consenting[0], "-o", str(out))
    assert result.returncode == 0, result.stderr
    check_pdf_file(out)
    [client] = [c for c in records["client"] if c["id"] == consenting[0]]
    assert client["name"] in "\n".join(pdf_text(out.read_bytes()))
