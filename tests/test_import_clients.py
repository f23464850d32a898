"""Importing client lists as spreadsheets save them (names and identity codes are invented)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from faker import Faker
from sqlmodel import select

from desktop.exchange.client_import import UnknownClientColumns, import_clients
from desktop.exchange.csv_table import ImportFileError
from desktop.services import clients
from desktop.store.tables import Client, Locality, OutboxEntry, Staff
from sync.identifiers import birth_date_of


@pytest.fixture
def codes():
    """Valid, distinct personal identity codes of adults (Faker's, seeded)."""
    fake = Faker("fi_FI")
    fake.seed_instance(11)
    return list(dict.fromkeys(fake.ssn(min_age=18, max_age=60) for _ in range(20)))


@pytest.fixture
def colleague(store, actor):
    with store.session() as session:
        other = Staff(name="Päivi Öhman", role="career_coach", email="paivi.ohman@example.fi")
        session.add(other)
    return other


def wrong_check_character(code: str) -> str:
    alphabet = "0123456789ABCDEFHJKLMNPRSTUVWXY"
    return code[:-1] + alphabet[(alphabet.index(code[-1]) + 1) % len(alphabet)]


def write(tmp_path, text: str, encoding: str = "utf-8", name: str = "asiakkaat.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def stored(store) -> dict[str, Client]:
    with store.reader() as session:
        return {c.name: c for c in session.exec(select(Client)).all()}


def outbox_kinds(store) -> list[str]:
    with store.reader() as session:
        return [entry.kind for entry in session.exec(select(OutboxEntry)).all()]


def test_excel_windows_1252_semicolons_crlf(store, actor, tmp_path, codes):
    # What Excel's "CSV (semicolon delimited)" writes on a Finnish Windows: cp1252, CRLF.
    text = (
        "Nimi;Henkilötunnus;Puhelin;Kotikunta;Kieli;Lähettäjä;Lähetepäivä;Palvelu alkaa;"
        "Palvelupolku;Sukupuoli\r\n"
        f"Äijälä Sööti;{codes[0]};040 123 4567;Raahe;suomi;TE-palvelut;3.2.2025;10.2.2025;Osmo;nainen\r\n"
        f"Öberg Åsa;{codes[1].lower()};;Oulu;ruotsi;;;2025-03-01;Osku;Mies\r\n"
    )
    raw = text.encode("cp1252")
    assert b"\xe4" in raw and b"\xf6" in raw  # ä and ö as Windows-1252 writes them
    path = tmp_path / "asiakkaat.csv"
    path.write_bytes(raw)
    report = import_clients(store, actor=actor, path=path)
    assert (report.imported, report.skipped, report.problems) == (2, 0, [])
    assert (report.encoding, report.delimiter) == ("cp1252", ";")
    rows = stored(store)
    first = rows["Äijälä Sööti"]
    assert first.personal_id == codes[0] and first.birth_date == birth_date_of(codes[0])
    assert (first.phone, first.municipality, first.language) == ("040 123 4567", "Raahe", "fi")
    assert (first.referral_source, first.referred_on) == ("TE-palvelut", dt.date(2025, 2, 3))
    assert (first.service_start, first.service_path, first.gender) == (dt.date(2025, 2, 10), "Osmo", "woman")
    assert first.assigned_staff_ids == [str(actor.staff_id)]
    second = rows["Öberg Åsa"]
    assert second.personal_id == codes[1].upper() and second.language == "sv" and second.gender == "man"
    with store.reader() as session:
        oulu = session.exec(select(Locality).where(Locality.name == "Oulu")).one()
    assert second.locality_id == oulu.id
    assert outbox_kinds(store).count("client") == 2


def test_bom_utf8_english_headers_commas_and_staff_by_name_or_email(store, actor, colleague, tmp_path, codes):
    text = (
        "First name,Last name,Personal ID,Email,Locality,Language,Service start,Service end,Staff\n"
        f"Noora,Niemi,{codes[2]},noora@example.fi,Ylivieska,en,1.1.2025,30.6.2025,\"Päivi Öhman,testi valmentaja\"\n"
        f"Jussi,Jokela,,,,,,,\"PAIVI.OHMAN@example.fi, Testi Valmentaja\"\n"
    )
    report = import_clients(store, actor=actor, path=write(tmp_path, text, "utf-8-sig"))
    assert (report.imported, report.problems, report.encoding, report.delimiter) == (2, [], "utf-8-sig", ",")
    rows = stored(store)
    noora = rows["Noora Niemi"]
    assert noora.assigned_staff_ids == [str(colleague.id), str(actor.staff_id)]
    assert (noora.service_start, noora.service_end) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    assert noora.email == "noora@example.fi" and noora.language == "en"
    assert rows["Jussi Jokela"].assigned_staff_ids == [str(colleague.id), str(actor.staff_id)]
    assert rows["Jussi Jokela"].personal_id is None


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(store, actor, tmp_path, codes):
    clients.create_client(store, actor=actor, data={"name": "Vanha Asiakas", "personal_id": codes[3]})
    text = (
        "Nimi;Hetu;Palvelu alkaa;Palvelu päättyy;Vastuuhenkilö;Paikkakunta\n"
        f"Hyvä Rivi;{codes[4]};1.2.2025;;;\n"                       # 2 good
        f"Väärä Tarkiste;{wrong_check_character(codes[5])};;;;\n"   # 3 check character
        "\n"
        f"Vanha Asiakas;{codes[3]};;;;\n"                           # 5 already in the profile
        f"Päiväys Väärin;{codes[6]};31.2.2025;;;\n"                 # 6 no such date
        f"Järjestys Väärin;{codes[7]};1.3.2025;1.2.2025;;\n"        # 7 ends before it starts
        f"Tuntematon Valmentaja;{codes[8]};;;Kalle Kuvitelma;\n"    # 8 unknown staff
        f"Tuntematon Paikka;{codes[9]};;;;Kuusamo\n"                # 9 unknown locality
        f";{codes[10]};;;;\n"                                       # 10 no name
        f"Kaksi Kertaa;{codes[4]};;;;\n"                            # 11 same code as line 2
        f"Toinen Hyvä;{codes[11]};;;;\n"                            # 12 good
    )
    report = import_clients(store, actor=actor, path=write(tmp_path, text))
    assert report.imported == 0 and report.skipped == 10
    messages = {p.line: p.message for p in report.problems}
    assert sorted(messages) == [3, 5, 6, 7, 8, 9, 10, 11]
    assert messages[3].startswith("Hetu:")
    assert "already recorded in this profile" in messages[5]
    assert "31.2.2025" in messages[6] and "not a date" in messages[6]
    assert messages[7].startswith("Palvelu päättyy:")
    assert "Kalle Kuvitelma" in messages[8] and "staff" in messages[8]
    assert "Kuusamo" in messages[9]
    assert "name is missing" in messages[10]
    assert "line 2" in messages[11]
    assert set(stored(store)) == {"Vanha Asiakas"}
    assert outbox_kinds(store).count("client") == 1
    # No identity code in any message: the report may be pasted into an e-mail.
    assert not any(code in p.message for p in report.problems for code in codes)


def test_skip_invalid_imports_the_good_rows(store, actor, tmp_path, codes):
    clients.create_client(store, actor=actor, data={
        "name": "Liisa Laine", "birth_date": dt.date(1990, 5, 17)})
    text = (
        "Nimi;Hetu;Syntymäaika\n"
        f"Hyvä Yksi;{codes[12]};\n"
        "liisa  LAINE;;17.5.1990\n"               # same name and birth date as the profile's
        f"Hyvä Kaksi;{wrong_check_character(codes[13])};\n"
        "Ilman Tunnusta;;\n"
        "Sama Päivä;;1.1.1980\n"
        "Sama päivä;;1980-01-01\n"                # same name and birth date as line 6
    )
    report = import_clients(store, actor=actor, path=write(tmp_path, text), skip_invalid=True)
    assert (report.imported, report.skipped) == (3, 3)
    assert [p.line for p in report.problems] == [3, 4, 7]
    assert "line 6" in report.problems[2].message
    assert set(stored(store)) == {"Liisa Laine", "Hyvä Yksi", "Ilman Tunnusta", "Sama Päivä"}
    assert outbox_kinds(store).count("client") == 4


def test_unknown_header_and_missing_name_refuse_the_file(store, actor, tmp_path, codes):
    with pytest.raises(UnknownClientColumns) as refused:
        import_clients(store, actor=actor, path=write(tmp_path, f"Nimi;Henkilötunus\nEka;{codes[0]}\n"))
    assert refused.value.unknown == ["Henkilötunus"]
    assert "Henkilötunnus / Personal ID" in str(refused.value)
    with pytest.raises(ImportFileError, match="no column for the client's name"):
        import_clients(store, actor=actor, path=write(tmp_path, f"Hetu;Kunta\n{codes[0]};Oulu\n"))
    assert stored(store) == {}


def test_the_command_imports_clients_and_reports_bad_lines(run_kentta, tmp_path, file_keyring, codes):
    data = tmp_path / "p"
    assert run_kentta("demo", "--clients", "0", "--employers", "0", "--data-dir", str(data)).returncode == 0
    csv = tmp_path / "asiakkaat.csv"
    csv.write_bytes((
        "Nimi;Henkilötunnus;Kunta\r\n"
        f"Säde Mäkelä;{codes[14]};Pyhäjoki\r\n"
        f"Virhe Rivillä;{wrong_check_character(codes[15])};Oulu\r\n"
    ).encode("cp1252"))
    refused = run_kentta("import", "clients", str(csv), "--data-dir", str(data))
    assert refused.returncode == 1, refused.stderr
    assert "asiakkaat.csv:3:" in refused.stderr and "Nothing was imported" in refused.stderr
    assert codes[15][:6] not in refused.stderr
    skipped = run_kentta("import", "clients", str(csv), "--skip-invalid", "--data-dir", str(data))
    assert skipped.returncode == 0 and "Imported 1 clients" in skipped.stdout
    out = tmp_path / "export.json"
    assert run_kentta("export", "-o", str(out), "--data-dir", str(data)).returncode == 0
    exported = json.loads(out.read_text(encoding="utf-8"))["client"]
    assert [(c["name"], c["municipality"]) for c in exported] == [("Säde Mäkelä", "Pyhäjoki")]


def test_a_staff_column_must_name_the_importing_user(store, actor, colleague, tmp_path):
    # The server takes a new client only from one of its staff: refused here, not at the sync.
    text = "Nimi;Vastuuhenkilö\nOskari Oja;Päivi Öhman\nPirjo Pelto;\n"
    report = import_clients(store, actor=actor, path=write(tmp_path, text), skip_invalid=True)
    assert (report.imported, [p.line for p in report.problems]) == (1, [2])
    assert "must list you" in report.problems[0].message
    assert stored(store)["Pirjo Pelto"].assigned_staff_ids == [str(actor.staff_id)]
