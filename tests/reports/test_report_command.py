"""``kentta report`` as a person runs it, over the hand-made dataset."""

from __future__ import annotations

import csv
import io
import json

from pypdf import PdfReader

from tests.reports import dataset


def profile_args(store) -> list[str]:
    return ["--data-dir", str(store.data_dir)]


def test_json_for_a_period_and_locality(run_kentta, store, made, tmp_path):
    out = tmp_path / "raportti.json"
    result = run_kentta("report", "--from", "2025-01-01", "--to", "30.6.2025", "--locality", "Oulu",
                        "--format", "json", "-o", str(out), *profile_args(store))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {key: data[key] for key in ("period", "filters", "figures")} == {
        "period": {"from": "2025-01-01", "to": "2025-06-30"},
        "filters": {"locality": "Oulu", "staff": None},
        "figures": dataset.OULU,
    }
    assert set(data) == {"period", "filters", "figures", "esf", "esf_incomplete_participants"}


def test_all_time_json_and_csv_to_standard_output(run_kentta, store, made):
    result = run_kentta("report", "--format", "json", *profile_args(store))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["period"] == {"from": None, "to": None} and data["figures"] == dataset.ALL_TIME

    result = run_kentta("report", "--staff", "Ville Valmentaja", "--from", "2025-01-01", "--to", "2025-06-30",
                        "--format", "csv", *profile_args(store))
    assert result.returncode == 0, result.stderr
    header, *rows = csv.reader(io.StringIO(result.stdout), delimiter=";")
    assert header == ["Tunnusluku", "Arvo", "Osuus joukosta", "Osuuden perusta", "Osuus %", "Määritelmä", "Tunnus"]
    figures = rows[:rows.index([])]  # the funder's indicators follow after an empty row
    assert {row[-1]: int(row[1]) for row in figures} == dataset.VILLE  # the profile's language: Finnish
    esf_header, *esf_rows = rows[rows.index([]) + 1:]
    assert esf_header[:6] == ["EU:n yhteinen indikaattori", "Komission koodi", "Naiset", "Miehet",
                              "Muunsukupuoliset", "Yhteensä"]
    assert esf_rows[0][1:6] == ["EECO01", "0", "0", "0", "0"] and esf_rows[0][-1] == "participants"

    swedish = run_kentta("report", "--format", "csv", "--lang", "sv", *profile_args(store))
    assert next(csv.reader(io.StringIO(swedish.stdout), delimiter=";"))[:2] == ["Nyckeltal", "Värde"]
    in_finnish = run_kentta("report", "--format", "json", "--lang", "fi", *profile_args(store))
    assert json.loads(in_finnish.stdout) == data  # JSON keeps its keys in every language


def test_pdf_by_its_suffix(run_kentta, store, made, tmp_path):
    out = tmp_path / "raportti.pdf"
    result = run_kentta("report", "--from", "2025-01-01", "--to", "2025-06-30", "--lang", "en", "-o", str(out),
                        *profile_args(store))
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages).replace("\u00a0", " ")
    assert "60 % (3 / 5)" in text and "75 % (3 / 4)" in text and "All localities" in text


def test_mistakes_give_a_message_and_exit_1(run_kentta, store, made, tmp_path):
    cases = [
        (["--from", "2025-13-01", "--format", "json"], "--from: '2025-13-01' is not a date"),
        (["--to", "31.2.2025", "--format", "json"], "--to: '31.2.2025' is not a date"),
        (["--from", "2025-06-30", "--to", "2025-01-01", "--format", "json"], "before it starts"),
        (["--locality", "Kuopio", "--format", "json"], "No locality 'Kuopio'"),
        (["--staff", "Nobody", "--format", "json"], "No staff member"),
        (["--format", "pdf"], "A PDF needs a file"),
        (["-o", str(tmp_path / "r.txt")], "Give the format"),
    ]
    for arguments, message in cases:
        result = run_kentta("report", *arguments, *profile_args(store))
        assert result.returncode == 1, (arguments, result.stderr)
        assert message in result.stderr and result.stdout == ""
    assert not (tmp_path / "r.txt").exists()
    assert run_kentta("report", "--format", "xml", *profile_args(store)).returncode == 2


def test_the_funders_indicators_and_the_incomplete_participants(run_kentta, store, actor, tmp_path):
    from tests.reports import esf_dataset

    made = esf_dataset.build(store, actor)
    period = ("--from", "2025-01-01", "--to", "2025-06-30")
    result = run_kentta("report", *period, "--format", "json", *profile_args(store))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["esf"] == esf_dataset.IN_PERIOD

    out = tmp_path / "esf.pdf"
    assert run_kentta("report", *period, "--lang", "en", "-o", str(out), *profile_args(store)).returncode == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "EU common indicators by gender (ESF+)" in text
    assert "EECO01 Total number of participants 4 3 1 8" in text
    assert "EECR04 In employment, including self-employment, upon leaving 2 1 0 3" in text

    listed = run_kentta("report", "--incomplete", *period, "--today", "2025-07-01", "--format", "json",
                        *profile_args(store))
    assert listed.returncode == 0, listed.stderr
    rows = {row["name"]: row for row in json.loads(listed.stdout)}
    assert rows["Osallistuja p1"]["missing"] == ["eura_exit"]
    assert rows["Osallistuja p1"]["due"] == [{"kind": "esf_exit_window", "due": "2025-06-28", "overdue": True}]
    assert str(made["p10"]) not in listed.stdout
    as_text = run_kentta("report", "--incomplete", *period, "--today", "2025-07-01", "--lang", "fi",
                         *profile_args(store))
    line = next(line for line in as_text.stdout.splitlines() if line.startswith("Osallistuja p1\t"))
    assert line.split("\t")[3:] == ["EURA-lopputiedot tekemättä", "lopputiedot myöhässä 28.6.2025 lähtien"]
