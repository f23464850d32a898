"""The handover service on a real SQLCipher profile: prefill, refusal, numbers, record and audit."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat

import pytest
from sqlmodel import select

from desktop.errors import InvalidInput
from desktop.handover.model import ConsentRequired
from desktop.services import clients, handover
from desktop.services.handover import HandoverTexts
from desktop.store.settings import DOCUMENT_COUNTER
from desktop.store.tables import AuditEvent, Draft, HandoverForm, OutboxEntry, Setting
from tests.handover.conftest import EMPLOYER, NAME, PERSONAL_ID, SUMMARY, pdf_text

TEXTS = HandoverTexts(work_done="Tapasimme 12 kertaa.", strengths="Sinnikäs.",
                      further_plan="Opinnot syksyllä.", further_support_need="Opintojen alussa.")
DAY = dt.date(2026, 1, 15)


def rows(store, table):
    with store.reader() as session:
        return list(session.exec(select(table)).all())


def test_prefill_reads_the_records_and_keeps_the_code_masked(store, actor, client, coach_name):
    prefill = handover.load_prefill(store, actor=actor, client_id=client.id, on=DAY)
    assert (prefill.client_name, prefill.masked_personal_id, prefill.language) == (NAME, "131052-****", "sv")
    assert prefill.coach_name == coach_name and prefill.referral_source == "Työllisyyspalvelut"
    assert [(r.kind, r.employer) for r in prefill.results] == [("work_trial", EMPLOYER), ("studies", "")]
    assert prefill.assessment_on == dt.date(2025, 3, 12)
    assert prefill.assessment_included(for_authority=True)
    assert not prefill.assessment_included(for_authority=False)  # consent without partners
    assert prefill.consent_problem is None and prefill.texts == HandoverTexts()
    assert prefill.latest_document is None


def test_generate_stores_the_form_its_hash_and_the_audit_event_together(store, actor, client):
    made = handover.generate(store, actor=actor, client_id=client.id, texts=TEXTS, for_authority=True, on=DAY)
    assert made.document_number == "KT-2026-000001"
    assert made.sha256 == hashlib.sha256(made.pdf).hexdigest()
    [form] = rows(store, HandoverForm)
    assert (form.id, form.pdf_sha256, form.document_number) == (made.form_id, made.sha256, made.document_number)
    assert form.language == "sv" and form.for_authority and form.consent_confirmed
    assert form.further_plan == "Opinnot syksyllä." and "Arbetsprövning – " + EMPLOYER in form.results
    [event] = [e for e in rows(store, AuditEvent) if e.action == "generate"]
    assert (event.record_kind, event.record_id, event.client_id) == ("handover_form", form.id, client.id)
    assert NAME not in (event.detail or "") and PERSONAL_ID not in (event.detail or "")
    outbox = {(e.kind, e.record_id) for e in rows(store, OutboxEntry)}
    assert ("handover_form", form.id) in outbox and ("audit_event", event.id) in outbox  # both sync
    text = "\n".join(pdf_text(made.pdf))
    assert PERSONAL_ID in text and SUMMARY in text and "Avslutnings- / överföringsblankett" in text


def _version(number: int) -> HandoverTexts:
    """The coach's texts, changed a little: another version of the form."""
    return HandoverTexts(**TEXTS.as_dict() | {"strengths": f"Sinnikäs ({number})."})


def test_document_numbers_are_unique_and_never_reused(store, actor, client):
    numbers = [handover.generate(store, actor=actor, client_id=client.id, texts=_version(n), on=DAY).document_number
               for n in range(3)]
    assert numbers == ["KT-2026-000001", "KT-2026-000002", "KT-2026-000003"]
    # A profile whose counter was lost (say, restored from the server) continues after its records.
    with store.session() as session:
        session.delete(session.get(Setting, DOCUMENT_COUNTER.key))
    assert handover.generate(store, actor=actor, client_id=client.id, texts=_version(3), on=DAY).document_number \
        == "KT-2026-000004"
    next_year = handover.generate(store, actor=actor, client_id=client.id, texts=_version(4), on=dt.date(2027, 1, 2))
    assert next_year.document_number == "KT-2027-000001"


def test_an_unchanged_form_keeps_its_number_and_a_changed_one_gets_a_new_one(store, actor, client):
    first = handover.generate(store, actor=actor, client_id=client.id, texts=TEXTS, on=DAY)
    again = handover.generate(store, actor=actor, client_id=client.id, texts=TEXTS, on=DAY + dt.timedelta(days=3))
    assert (again.form_id, again.document_number, again.made_before) == (first.form_id, "KT-2026-000001", True)
    assert "KT-2026-000001" in "\n".join(pdf_text(again.pdf))
    assert again.document.generated_on == DAY  # the form as it was made
    assert len(rows(store, HandoverForm)) == 1
    assert [e.action for e in rows(store, AuditEvent)].count("generate") == 1

    changed = [
        dict(texts=_version(1)),  # the coach's words
        dict(texts=_version(1), for_authority=True),  # a choice
        dict(texts=_version(1), for_authority=True, language="en"),
    ]
    numbers = [handover.generate(store, actor=actor, client_id=client.id, on=DAY, **c).document_number
               for c in changed]
    assert numbers == ["KT-2026-000002", "KT-2026-000003", "KT-2026-000004"]
    # The records it prints changed: a new version too.
    clients.update_client(store, actor=actor, client_id=client.id, fields={"municipality": "Raahe"})
    moved = handover.generate(store, actor=actor, client_id=client.id, on=DAY, **changed[-1])
    assert (moved.document_number, moved.made_before) == ("KT-2026-000005", False)
    # Back to an older version: that is a change from the newest form, so a new number.
    older = handover.generate(store, actor=actor, client_id=client.id, texts=TEXTS, on=DAY)
    assert older.document_number == "KT-2026-000006"


def test_without_consent_nothing_is_made_or_written(store, actor, client_without_consent):
    before = {table: len(rows(store, table)) for table in (HandoverForm, AuditEvent, OutboxEntry, Setting)}
    with pytest.raises(ConsentRequired, match="Record the client's consent"):
        handover.generate(store, actor=actor, client_id=client_without_consent.id, texts=TEXTS, on=DAY)
    with pytest.raises(ConsentRequired):
        handover.preview_pdf(store, actor=actor, client_id=client_without_consent.id, texts=TEXTS, on=DAY)
    assert {table: len(rows(store, table)) for table in before} == before
    prefill = handover.load_prefill(store, actor=actor, client_id=client_without_consent.id, on=DAY)
    assert "no consent in force" in str(prefill.consent_problem)


def test_a_withdrawn_consent_stops_the_form(store, actor, client):
    consent = clients.current_consent(store, client.id, DAY)
    clients.withdraw_consent(store, actor=actor, consent_id=consent.id, withdrawn_on=dt.date(2025, 12, 1))
    with pytest.raises(ConsentRequired):
        handover.generate(store, actor=actor, client_id=client.id, texts=TEXTS, on=DAY)
    assert rows(store, HandoverForm) == []


def test_preview_is_a_draft_and_records_only_the_assessment_view(store, actor, client):
    pdf = handover.preview_pdf(store, actor=actor, client_id=client.id, texts=TEXTS, for_authority=True, on=DAY)
    text = "\n".join(pdf_text(pdf))
    assert "UTKAST" in text and "KT-" not in text
    assert rows(store, HandoverForm) == []
    assert [(e.action, e.record_kind) for e in rows(store, AuditEvent)] == [("view", "assessment")]
    handover.preview_pdf(store, actor=actor, client_id=client.id, texts=TEXTS, language="en", on=DAY)
    assert len(rows(store, AuditEvent)) == 1  # not for the authority: no summary shown, nothing viewed


def test_save_and_print_are_audited_and_a_password_protects_the_saved_copy(store, actor, client, tmp_path):
    made = handover.generate(store, actor=actor, client_id=client.id, texts=TEXTS, on=DAY)
    plain = tmp_path / "form.pdf"
    assert handover.save_pdf(store, actor=actor, generated=made, path=plain) == made.sha256
    assert plain.read_bytes() == made.pdf
    if os.name == "posix":
        assert stat.S_IMODE(plain.stat().st_mode) == 0o600  # a client's personal data: owner only
    protected = tmp_path / "protected.pdf"
    digest = handover.save_pdf(store, actor=actor, generated=made, path=protected, password="kevät-2026")
    assert "Nguyễn" in "".join(pdf_text(protected.read_bytes(), password="kevät-2026"))
    handover.record_print(store, actor=actor, generated=made, pages=2)
    events = [(e.action, e.record_id, e.detail) for e in rows(store, AuditEvent)]
    assert (("save", made.form_id, f"document={made.document_number};encrypted=0;sha256={made.sha256}")
            in events)
    assert ("save", made.form_id, f"document={made.document_number};encrypted=1;sha256={digest}") in events
    assert ("print", made.form_id, f"document={made.document_number};pages=2") in events
    with pytest.raises(InvalidInput):
        handover.save_pdf(store, actor=actor, generated=made, path=tmp_path / "short.pdf", password="lyhyt")
    assert not (tmp_path / "short.pdf").exists()


def test_the_coachs_draft_is_kept_until_the_form_is_made(store, actor, client):
    handover.save_texts_draft(store, client_id=client.id, texts=TEXTS)
    assert handover.load_prefill(store, actor=actor, client_id=client.id).texts == TEXTS
    handover.generate(store, actor=actor, client_id=client.id, texts=TEXTS, on=DAY)
    assert rows(store, Draft) == []
    prefill = handover.load_prefill(store, actor=actor, client_id=client.id)
    assert prefill.texts == TEXTS and prefill.latest_document == "KT-2026-000001"


def test_clients_are_found_by_id_or_its_beginning(store, actor, client, client_without_consent):
    assert handover.resolve_client_id(store, str(client.id)) == client.id
    assert handover.resolve_client_id(store, client.id.hex[:8].upper()) == client.id
    with pytest.raises(Exception, match="at least its first 8"):
        handover.resolve_client_id(store, "abc")
    with pytest.raises(Exception, match="No client"):
        handover.resolve_client_id(store, "00000000")


def test_forms_made_at_the_same_time_get_different_numbers(store, actor, client):
    """Two windows (or the app and ``kentta handover``) making forms at once never share a number."""
    from concurrent.futures import ThreadPoolExecutor

    def make(n):
        return handover.generate(store, actor=actor, client_id=client.id, texts=_version(n), on=DAY).document_number

    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = list(pool.map(make, range(12)))
    assert sorted(numbers) == [f"KT-2026-{n:06d}" for n in range(1, 13)]
    assert len(rows(store, HandoverForm)) == 12


def test_a_client_with_many_results_gets_a_form_whose_record_keeps_what_fits(store, actor, client):
    """Found by testing the summary sheet: 40 transitions at an employer with a long name made
    the record's copy of the results longer than the field allows, and no form could be made."""
    from desktop.handover.texts import texts_for
    from desktop.services import employers
    from sync.records import LONG_TEXT_MAX

    long_name = "Pohjois-Pohjanmaan " + "Työ- ja elinkeinopalveluiden " * 6 + "Osuuskunta"
    employer = employers.create_employer(store, actor=actor, data={"name": long_name[:200]})
    for n in range(60):
        clients.record_transition(store, actor=actor, client_id=client.id, data={
            "transition_kind": "work_trial", "employer_id": employer.id,
            "start_date": dt.date(2025, 3, 1) + dt.timedelta(days=4 * n)})
    made = handover.generate(store, actor=actor, client_id=client.id, texts=TEXTS, for_authority=True, on=DAY)
    [form] = rows(store, HandoverForm)
    assert len(form.results) <= LONG_TEXT_MAX
    *kept, closing = form.results.split("\n")
    assert closing == f"… och {62 - len(kept)} till (alla resultat finns i blankettens PDF)"
    every = handover.results_text(made.document.results, texts_for("sv"), limit=10**9).split("\n")
    assert len(every) == 62 and kept == every[:len(kept)] and len(kept) > 10  # whole lines, in order
    text = " ".join(" ".join(pdf_text(made.pdf)).split())
    assert text.count("Arbetsprövning") == 61  # the PDF prints every result
