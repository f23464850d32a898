"""Real PDFs from the renderer, read back with pypdf (and checked with qpdf where installed)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from io import BytesIO

import pytest
from pypdf import PdfReader

from desktop.errors import KenttaError
from desktop.handover.branding import load_branding
from desktop.handover.model import HandoverTexts, build_handover
from desktop.handover.render import render_pdf
from desktop.handover.texts import FORM_TEXTS
from sync.records import AssessmentBase, ClientBase, ConsentBase, StaffBase, TransitionBase
from tests.handover.conftest import check_pdf_file, pdf_text, squeeze

TEXTS = HandoverTexts(
    work_done="Tapasimme kymmenen kertaa.\n\nHarjoittelimme työhaastattelua & CV:n <tekoa>.",
    strengths="Täsmällinen, oppii nopeasti; puhuu vietnamia, suomea ja ruotsia (å, ä, ö).",
    further_plan="Hakeutuu lähihoitajakoulutukseen syksyllä.",
    further_support_need="Tarvitsee tukea opintojen alussa.",
)


AREA = "Oulun seudun työllisyysalue"

def document(*, language="fi", texts=TEXTS, for_authority=True, number="KT-2026-000042", name="Nguyễn Thị Åsa Öhman"):
    client = ClientBase(name=name, personal_id="131052-308T", municipality="Pyhäjoki", language=language,
                        referral_source="Työllisyyspalvelut", referred_on=dt.date(2025, 2, 20),
                        service_path="Osmo", service_start=dt.date(2025, 3, 1), service_end=dt.date(2025, 11, 30),
                        employment_area=AREA)
    consent = ConsentBase(client_id=client.id, share_with_authority=True, given_on=dt.date(2025, 3, 1))
    trial = TransitionBase(client_id=client.id, transition_kind="work_trial", start_date=dt.date(2025, 5, 5),
                           end_date=dt.date(2025, 7, 31), employer_id=client.id)
    assessment = AssessmentBase(client_id=client.id, assessed_on=dt.date(2025, 3, 12), summary="Työkyky hyvä.")
    return build_handover(client=client, consents=[consent], coach=StaffBase(name="Päivi Pyykkö"),
                          transitions=[trial], employer_names={client.id: "Ääninen Oy"}, assessments=[assessment],
                          texts=texts, language=language, for_authority=for_authority,
                          organisation="Pohjois-Pohjanmaan työllisyyshanke", generated_on=dt.date(2026, 1, 15),
                          document_number=number)


def render(doc, data_dir=None, **kwargs) -> bytes:
    return render_pdf(doc, branding=load_branding(data_dir, doc.language), **kwargs)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_section_and_the_clients_data_are_in_the_pdf(language, tmp_path):
    doc = document(language=language)
    data = render(doc)
    path = tmp_path / "form.pdf"
    path.write_bytes(data)
    check_pdf_file(path)
    pages = pdf_text(data)
    text = "\n".join(pages)
    words = FORM_TEXTS[language]
    for heading in (words.title, words.client_section, words.work_done, words.results, words.assessment,
                    words.strengths, words.further_plan, words.further_support_need, words.consent,
                    words.signatures, words.client_signature, words.coach_signature,
                    words.recipient.format(area=AREA)):
        assert squeeze(heading) in squeeze(text), heading
    for value in ("Nguyễn Thị Åsa Öhman", "131052-308T", "Pyhäjoki", "Työllisyyspalvelut", "Osmo",
                  "Päivi Pyykkö", "KT-2026-000042", "Ääninen Oy", "Työkyky hyvä.",
                  words.transition_kinds["work_trial"], words.day(dt.date(2025, 3, 1))):
        assert value in text, value
    for field in ("work_done", "strengths", "further_plan", "further_support_need"):
        assert squeeze(getattr(TEXTS, field)) in squeeze(text), field
    assert words.page.format(page=len(pages), pages=len(pages)) in pages[-1]


def test_a_ten_thousand_character_plan_flows_over_pages_intact():
    sentences = [f"Vaihe {n}: hakee työkokeiluun Åsan ja Nguyễnin kanssa, tarkistaa ääkköset öisin. "
                 for n in range(1, 400)]
    plan = "".join(sentences)[:10_000]
    data = render(document(texts=HandoverTexts(further_plan=plan, work_done="Lyhyt.")))
    pages = pdf_text(data)
    assert len(pages) >= 4
    running = {"Lopettamis- / siirtolomake · KT-2026-000042", "Pohjois-Pohjanmaan työllisyyshanke",
               "Salassa pidettävä · KT-2026-000042 · Nguyễn Thị Åsa Öhman"}
    body = []
    for number, page in enumerate(pages, start=1):
        label = f"Sivu {number}/{len(pages)}"
        assert label in page
        body += [line for line in page.splitlines() if line not in running and line != label]
    assert squeeze(plan) in squeeze("\n".join(body))
    assert squeeze(plan) not in squeeze(pages[0] + pages[1])  # it did need the pages


def test_a_long_unbroken_word_and_many_lines_are_not_cut():
    word = "Työllisyyspalvelukokonaisuusuudistussuunnitelma" * 8  # 376 letters, no space
    lines = "\n".join(f"rivi {n}" for n in range(1, 121))
    data = render(document(texts=HandoverTexts(work_done=word, strengths=lines)))
    text = squeeze("".join(pdf_text(data)))
    assert word in text
    assert all(f"rivi{n}" in text for n in range(1, 121))


def test_the_personal_identity_code_is_masked_unless_for_the_authority():
    masked = "\n".join(pdf_text(render(document(for_authority=False))))
    assert "131052-****" in masked and "131052-308T" not in masked
    assert FORM_TEXTS["fi"].recipient.format(area=AREA) not in masked and AREA not in masked


def test_the_fonts_are_embedded():
    reader = PdfReader(BytesIO(render(document())))
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]).split("+")[-1])
            assert descriptor is not None, font["/BaseFont"]
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded


def test_a_draft_is_marked_and_has_no_number():
    text = "\n".join(pdf_text(render(document(number=None))))
    assert FORM_TEXTS["fi"].draft in text and "KT-" not in text


def test_a_password_encrypts_with_aes_256(tmp_path):
    data = render(document(), password="salasana-123")
    reader = PdfReader(BytesIO(data))
    assert reader.is_encrypted
    assert reader.decrypt("väärä salasana") == 0
    assert "Nguyễn" in "".join(pdf_text(data, password="salasana-123"))
    encryption = reader.trailer["/Encrypt"]
    assert (encryption["/V"], encryption["/R"]) == (5, 6)  # AES-256, the PDF 2.0 handler
    path = tmp_path / "protected.pdf"
    path.write_bytes(data)
    if shutil.which("qpdf"):
        checked = subprocess.run(["qpdf", "--check", "--password=salasana-123", str(path)],
                                 capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_profiles_branding_folder_overrides_the_default(tmp_path):
    folder = tmp_path / "branding"
    folder.mkdir()
    (folder / "organisation.json").write_text(json.dumps({
        "name": {"fi": "Esimerkkikaupunki, työllisyyspalvelut", "en": "City of Example"},
        "address": ["Torikatu 1", "90100 Oulu"]}), encoding="utf-8")
    fi = "\n".join(pdf_text(render(document(), data_dir=tmp_path)))
    assert "Esimerkkikaupunki, työllisyyspalvelut" in fi and "90100 Oulu" in fi
    assert "Pohjois-Pohjanmaan työllisyyshanke" in fi  # the project is still named
    assert "City of Example" in "\n".join(pdf_text(render(document(language="en"), data_dir=tmp_path)))
    default = load_branding(None, "fi")
    assert default.name == "" and default.logo is not None and default.logo.name == "logo.png"
    (folder / "organisation.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(KenttaError, match="not valid JSON"):
        load_branding(tmp_path, "fi")


def _y_of(data: bytes, wanted: str) -> float:
    """The height on page 1 where a text that starts with ``wanted`` is drawn."""
    found = []

    def visit(text, cm, tm, _font, _size):
        if text.strip().startswith(wanted):
            found.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])  # the text matrix in page space

    PdfReader(BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    assert found, wanted
    return found[0]


def test_a_tall_organisation_header_pushes_the_text_down_and_a_too_tall_one_is_refused(tmp_path):
    folder = tmp_path / "branding"
    folder.mkdir()
    address = ["Kauppakatu 10", "PL 62", "92101 Raahe", "Y-tunnus 0123456-7", "Käyntiosoite: Rantakatu 1"]
    (folder / "organisation.json").write_text(json.dumps({
        "name": "Raahen seudun kaupunki – Työllisyyspalvelut ja kuntakokeilun yhteinen palvelualue",
        "address": address, "contact": "puh. 040 123 4567"}), encoding="utf-8")
    data = render(document(), data_dir=tmp_path)
    assert _y_of(data, "Lopettamis-") < _y_of(data, "puh. 040 123 4567") - 20
    assert all(line in "\n".join(pdf_text(data)) for line in address)
    (folder / "organisation.json").write_text(json.dumps({"name": "Hyvin pitkä nimi " * 40}), encoding="utf-8")
    with pytest.raises(KenttaError, match="do not fit in the form's header"):
        render(document(), data_dir=tmp_path)
