"""``kentta summary`` as a person runs it."""

from __future__ import annotations

from sqlmodel import select

from desktop.store.tables import AuditEvent
from tests.handover.conftest import check_pdf_file, pdf_text, squeeze
from tests.summary.conftest import NAME, PLAN, SECRETS


def test_the_sheet_in_the_clients_language_and_in_swedish(run_kentta, store, client, tmp_path):
    out = tmp_path / "yhteenveto.pdf"
    result = run_kentta("summary", "--data-dir", str(store.data_dir), "--client", client.id.hex[:8], "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and NAME not in result.stdout
    check_pdf_file(out)
    [page] = pdf_text(out.read_bytes())
    assert "Asiakkaan yhteenveto" in page and NAME in page and squeeze(PLAN) in squeeze(page)
    assert not any(word in page for word in SECRETS.values())

    swedish = tmp_path / "sammanfattning.pdf"
    result = run_kentta("summary", "--data-dir", str(store.data_dir), "--client", str(client.id),
                        "--language", "sv", "-o", str(swedish))
    assert result.returncode == 0, result.stderr
    [page] = pdf_text(swedish.read_bytes())
    assert "Sammanfattning om klienten" in page
    with store.reader() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.record_kind == "summary_sheet")
                              .order_by(AuditEvent.at)).all()
    assert [(e.action, e.client_id) for e in events] == [("generate", client.id), ("save", client.id)] * 2
    assert events[2].detail == "language=sv"


def test_bad_arguments_say_what_to_do(run_kentta, store, client, tmp_path):
    unknown = run_kentta("summary", "--data-dir", str(store.data_dir), "--client", "ffffffff",
                         "-o", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 1 and "No client" in unknown.stderr
    not_pdf = run_kentta("summary", "--data-dir", str(store.data_dir), "--client", str(client.id),
                         "-o", str(tmp_path / "x.txt"))
    assert not_pdf.returncode == 1 and "must end in .pdf" in not_pdf.stderr
    assert run_kentta("summary", "--data-dir", str(store.data_dir), "--client", str(client.id), "--language", "de",
                      "-o", str(tmp_path / "x.pdf")).returncode == 2
    assert list(tmp_path.glob("*.pdf")) == []
