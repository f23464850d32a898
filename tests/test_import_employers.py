"""Importing employer lists as spreadsheets save them (names are invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from faker import Faker
from sqlmodel import select

from desktop.exchange.employer_import import ImportFileError, RowProblem, UnknownColumns, import_employers
from desktop.services import employers
from desktop.store.tables import Employer, Locality, OutboxEntry


@pytest.fixture
def ids():
    """Valid, distinct business IDs (Faker's, seeded)."""
    fake = Faker("fi_FI")
    fake.seed_instance(7)
    return list(dict.fromkeys(fake.company_business_id() for _ in range(20)))


def wrong_check_digit(business_id: str) -> str:
    return business_id[:-1] + str((int(business_id[-1]) + 1) % 10)


def write(tmp_path, text: str, encoding: str = "utf-8", name: str = "tyonantajat.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def stored(store) -> dict[str, Employer]:
    with store.reader() as session:
        return {e.name: e for e in session.exec(select(Employer)).all()}


def outbox_kinds(store) -> list[str]:
    with store.reader() as session:
        return [entry.kind for entry in session.exec(select(OutboxEntry)).all()]


def test_excel_finnish_semicolons_bom(store, actor, tmp_path, ids):
    text = (
        "Yrityksen nimi;Y-tunnus;Kotikunta;Toimiala;Osoite;Aiesopimus\r\n"
        f"Kärkkäinen Rakennus Oy;{ids[0]};Oulu;Rakentaminen;Ämmänkatu 3, 90100 Oulu;1.2.2024\r\n"
        f"Öhman Kuljetus Ky;{ids[1]};Raahe;Kuljetus ja varastointi;;2024-03-15\r\n"
    )
    path = write(tmp_path, text, "utf-8-sig")
    report = import_employers(store, actor=actor, path=path)
    assert (report.imported, report.skipped, report.problems) == (2, 0, [])
    assert report.encoding == "utf-8-sig" and report.delimiter == ";"
    rows = stored(store)
    first = rows["Kärkkäinen Rakennus Oy"]
    assert first.business_id == ids[0]
    assert first.municipality == "Oulu" and first.industry == "Rakentaminen"
    assert first.address == "Ämmänkatu 3, 90100 Oulu"
    assert first.letter_of_intent_date == dt.date(2024, 2, 1)
    assert rows["Öhman Kuljetus Ky"].letter_of_intent_date == dt.date(2024, 3, 15)
    assert rows["Öhman Kuljetus Ky"].address is None
    with store.reader() as session:
        oulu = session.exec(select(Locality).where(Locality.name == "Oulu")).one()
    assert first.locality_id == oulu.id
    assert outbox_kinds(store).count("employer") == 2
    assert employers.find_by_business_id(store, ids[1]).name == "Öhman Kuljetus Ky"


def test_english_headers_commas_any_case_and_spacing(store, actor, tmp_path, ids):
    text = (
        "  COMPANY , business_id,MUNICIPALITY,industry ,Letter of intent\n"
        f"Nordic Welding Ltd,{ids[2]},Ylivieska,Teollisuus,\n"
        f"Haapa Care Oy, {ids[3]} ,Haapavesi,,2023-11-30\n"
    )
    report = import_employers(store, actor=actor, path=write(tmp_path, text))
    assert (report.imported, report.problems, report.delimiter) == (2, [], ",")
    assert report.encoding == "utf-8"
    rows = stored(store)
    assert rows["Nordic Welding Ltd"].industry == "Teollisuus"
    assert rows["Haapa Care Oy"].business_id == ids[3]
    assert rows["Haapa Care Oy"].letter_of_intent_date == dt.date(2023, 11, 30)


def test_quoted_fields_with_delimiter_and_newline_keep_line_numbers(store, actor, tmp_path, ids):
    text = (
        "Nimi;Ytunnus;Osoite\n"
        f'"Mäki; Mäki ja Pojat Oy";{ids[4]};"Teollisuustie 5\n90400 Oulu"\n'
        f'Lahtinen Metalli Oy;{wrong_check_digit(ids[5])};"Pajakuja 1\nRaahe"\n'
        f"Peltola Hoiva Oy;{ids[6]};\n"
    )
    report = import_employers(store, actor=actor, path=write(tmp_path, text), skip_invalid=True)
    assert report.imported == 2 and report.skipped == 1
    assert [p.line for p in report.problems] == [4]
    rows = stored(store)
    assert rows["Mäki; Mäki ja Pojat Oy"].address == "Teollisuustie 5\n90400 Oulu"
    assert "Peltola Hoiva Oy" in rows


def test_bad_rows_are_reported_and_nothing_is_imported(store, actor, tmp_path, ids):
    text = (
        "Nimi;Y-tunnus;Aiesopimus\n"
        f"Hyvä Yritys Oy;{ids[7]};\n"
        f"Väärä Tarkiste Oy;{wrong_check_digit(ids[8])};\n"
        "\n"
        f";{ids[9]};\n"
        f"Päiväys Oy;{ids[10]};31.2.2024\n"
        f"Muoto Oy;12345;\n"
        f"Toinen Hyvä Oy;{ids[11]};\n"
    )
    report = import_employers(store, actor=actor, path=write(tmp_path, text))
    assert report.imported == 0 and report.skipped == 6
    lines = [p.line for p in report.problems]
    assert lines == [3, 5, 6, 7]
    messages = {p.line: p.message for p in report.problems}
    assert "check digit" in messages[3] and messages[3].startswith("Y-tunnus:")
    assert "name is missing" in messages[5]
    assert "31.2.2024" in messages[6] and "not a date" in messages[6]
    assert "1234567-8" in messages[7]
    assert stored(store) == {}
    assert "employer" not in outbox_kinds(store)


def test_skip_invalid_imports_the_good_rows(store, actor, tmp_path, ids):
    text = (
        "Nimi,Y-tunnus\n"
        f"Hyvä Yritys Oy,{ids[7]}\n"
        f"Väärä Tarkiste Oy,{wrong_check_digit(ids[8])}\n"
        f"Toinen Hyvä Oy,{ids[11]}\n"
        "Ilman Tunnusta Tmi,\n"
    )
    report = import_employers(store, actor=actor, path=write(tmp_path, text), skip_invalid=True)
    assert (report.imported, report.skipped) == (3, 1)
    assert report.problems == [RowProblem(3, report.problems[0].message)]
    assert set(stored(store)) == {"Hyvä Yritys Oy", "Toinen Hyvä Oy", "Ilman Tunnusta Tmi"}
    assert outbox_kinds(store).count("employer") == 3


def test_duplicate_business_ids_in_file_and_profile(store, actor, tmp_path, ids):
    employers.create_employer(store, actor=actor, data={"name": "Vanha Asiakas Oy", "business_id": ids[12]})
    text = (
        "Nimi;Y-tunnus\n"
        f"Uusi Oy;{ids[13]}\n"
        f"Sama Uudestaan Oy;{ids[13].replace('-', '')}\n"
        f"Vanha Asiakas Oy;{ids[12]}\n"
    )
    report = import_employers(store, actor=actor, path=write(tmp_path, text), skip_invalid=True)
    assert report.imported == 1 and report.skipped == 2
    messages = {p.line: p.message for p in report.problems}
    assert "line 2" in messages[3]
    assert "already recorded" in messages[4]
    assert set(stored(store)) == {"Vanha Asiakas Oy", "Uusi Oy"}


def test_cp1252_file_as_old_excel_saves_it(store, actor, tmp_path, ids):
    text = f"Nimi;Kunta;Y-tunnus\r\nSäännöllinen Siivous Oy;Pyhäjoki;{ids[14]}\r\n"
    report = import_employers(store, actor=actor, path=write(tmp_path, text, "cp1252"))
    assert report.encoding == "cp1252" and report.imported == 1
    assert stored(store)["Säännöllinen Siivous Oy"].municipality == "Pyhäjoki"


def test_tab_separated_and_blank_lines(store, actor, tmp_path, ids):
    text = f"\nName\tBusiness ID\n\nTabula Oy\t{ids[15]}\n\t\n"
    report = import_employers(store, actor=actor, path=write(tmp_path, text))
    assert (report.imported, report.problems, report.delimiter) == (1, [], "\t")


def test_excel_sep_line_decides_the_delimiter(store, actor, tmp_path, ids):
    text = f"sep=,\r\nNimi,Osoite\r\nPilkku Oy,\"Satamatie 1; B-rappu, Raahe\"\r\n"
    report = import_employers(store, actor=actor, path=write(tmp_path, text))
    assert (report.imported, report.delimiter) == (1, ",")
    assert stored(store)["Pilkku Oy"].address == "Satamatie 1; B-rappu, Raahe"


def test_missing_name_column_is_a_clear_error(store, actor, tmp_path, ids):
    path = write(tmp_path, f"Y-tunnus;Kunta\n{ids[16]};Oulu\n")
    with pytest.raises(ImportFileError, match="no column for the employer's name"):
        import_employers(store, actor=actor, path=path)
    assert stored(store) == {}


def test_an_unknown_header_refuses_the_file_naming_it_and_the_known_ones(store, actor, tmp_path, ids):
    path = write(tmp_path, f"Nimi;Y-tunus;Kunta\nEka Oy;{ids[0]};Oulu\nToka Oy;{ids[1]};Raahe\n"
                           f"Kolmas Oy;{ids[2]};Oulu\n")
    with pytest.raises(UnknownColumns) as refused:
        import_employers(store, actor=actor, path=path)
    assert refused.value.unknown == ["Y-tunus"]
    message = str(refused.value)
    assert message.startswith("Nothing was imported") and "“Y-tunus”" in message
    assert "Y-tunnus / Business ID" in message and "Nimi / Name" in message
    assert stored(store) == {} and "employer" not in outbox_kinds(store)


def test_a_column_this_list_does_not_keep_or_a_second_name_column_is_refused(store, actor, tmp_path, ids):
    for header in ("Nimi;Y-tunnus;Yhteyshenkilö", "Nimi;Y-tunnus;Yritys"):
        path = write(tmp_path, f"{header}\nEka Oy;{ids[0]};Outi\n")
        with pytest.raises(UnknownColumns) as refused:
            import_employers(store, actor=actor, path=path)
        assert refused.value.unknown == [header.split(";")[-1]]
    assert stored(store) == {}


def test_empty_and_missing_files(store, actor, tmp_path):
    with pytest.raises(ImportFileError, match="empty"):
        import_employers(store, actor=actor, path=write(tmp_path, "\n\n"))
    with pytest.raises(ImportFileError, match="no file"):
        import_employers(store, actor=actor, path=tmp_path / "puuttuu.csv")


def test_the_app_shows_the_refusal_in_its_language(qapp, store, actor, tmp_path, ids):
    from desktop.i18n import Translations, error_message

    path = write(tmp_path, f"Nimi;Y-tunus\nEka Oy;{ids[0]}\n")
    with pytest.raises(UnknownColumns) as refused:
        import_employers(store, actor=actor, path=path)
    translations = Translations(qapp)
    try:
        translations.use("fi")
        finnish = error_message(refused.value)
        translations.use("sv")
        swedish = error_message(refused.value)
    finally:
        translations.use("en")
    assert finnish.startswith("Mitään ei tuotu") and "“Y-tunus”" in finnish and "Y-tunnus / Business ID" in finnish
    assert swedish.startswith("Ingenting importerades") and "“Y-tunus”" in swedish
    assert error_message(refused.value) == str(refused.value)  # English
