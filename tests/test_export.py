"""Full exports: JSON and CSV (folder or zip), written whole or not at all."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import zipfile

import pytest
from sqlmodel import select

from desktop.errors import KenttaError
from desktop.exchange import export
from desktop.exchange.export import export_csv, export_json
from desktop.services import changes, clients, employers
from desktop.store.tables import TABLES, AuditEvent, Client
from sync.records import RECORD_TYPES

BOM = "\ufeff".encode()


def leftovers(folder) -> list[str]:
    """What is in the test's folder besides the profile and the test keyring."""
    return sorted(p.name for p in folder.iterdir() if p.name not in ("profile", "keyring.json"))


@pytest.fixture
def filled(store, actor):
    """A small profile with Finnish letters, a list field and a deleted record."""
    employers.create_employer(store, actor=actor, data={
        "name": "Äänekosken Öljy ja Sähkö Oy", "business_id": "1572860-0", "municipality": "Pyhäjärvi"})
    kept = clients.create_client(store, actor=actor, data={
        "name": "Åsa Pöyhönen", "language": "sv", "phone": "+358 40 1234567",
        "target_group": ["yli 55-vuotias", "osatyökykyinen"]})
    clients.add_note(store, actor=actor, client_id=kept.id, data={"text": "Tavattiin; \"hyvä\" alku,\nuusi rivi."})
    gone = clients.create_client(store, actor=actor, data={"name": "Poistettu Henkilö"})
    clients.delete_client(store, actor=actor, client_id=gone.id)
    # A tombstone row with its content, as profiles kept them before deletes erased.
    kept_before = clients.create_client(store, actor=actor, data={"name": "Vanha Poistettu"})
    with store.session() as session:
        session.get(TABLES["client"], kept_before.id).deleted = True
    return store


def expected_counts(store) -> dict[str, int]:
    with store.reader() as session:
        return {kind: len(session.exec(select(TABLES[kind]).where(TABLES[kind].deleted == False)).all())  # noqa: E712
                for kind in RECORD_TYPES}


def test_json_has_every_kind_in_order_and_round_trips(filled, tmp_path):
    path = tmp_path / "varmuuskopio.json"
    counts = export_json(filled, path)
    assert counts == expected_counts(filled)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(data) == list(RECORD_TYPES)
    assert {kind: len(rows) for kind, rows in data.items()} == counts
    assert data["handover_form"] == []
    names = {row["name"]: row for row in data["client"]}
    assert "Poistettu Henkilö" not in names and "Vanha Poistettu" not in names  # no deleted content
    assert "Poistettu" not in path.read_text(encoding="utf-8")
    assert names["Åsa Pöyhönen"]["target_group"] == ["yli 55-vuotias", "osatyökykyinen"]
    assert "Äänekosken Öljy ja Sähkö Oy" in path.read_text(encoding="utf-8")
    for kind, rows in data.items():
        for row in rows:
            assert list(row) == list(RECORD_TYPES[kind].model_fields)
            RECORD_TYPES[kind].model_validate(row)


def test_empty_profile_json_is_still_every_kind(store, tmp_path):
    counts = export_json(store, tmp_path / "tyhja.json")
    data = json.loads((tmp_path / "tyhja.json").read_text(encoding="utf-8"))
    assert data == {kind: [] for kind in RECORD_TYPES}
    assert set(counts.values()) == {0}


def read_csv(raw: bytes) -> list[dict[str, str]]:
    assert raw.startswith(BOM)
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def check_csv_files(files: dict[str, bytes], counts: dict[str, int]) -> None:
    assert set(files) == {f"{kind}.csv" for kind in RECORD_TYPES}
    for kind in RECORD_TYPES:
        raw = files[f"{kind}.csv"]
        header = raw.decode("utf-8-sig").splitlines()[0].split(",")
        assert header == list(RECORD_TYPES[kind].model_fields)
        assert len(read_csv(raw)) == counts[kind]
    people = {row["name"]: row for row in read_csv(files["client.csv"])}
    assert "Poistettu Henkilö" not in people and "Vanha Poistettu" not in people  # no deleted content
    assert {row["deleted"] for row in people.values()} == {"false"}
    assert json.loads(people["Åsa Pöyhönen"]["target_group"])[0] == "yli 55-vuotias"
    assert people["Åsa Pöyhönen"]["phone"] == "'+358 40 1234567"  # never a formula
    assert people["Åsa Pöyhönen"]["personal_id"] == ""
    (note,) = read_csv(files["client_note.csv"])
    assert note["text"] == "Tavattiin; \"hyvä\" alku,\nuusi rivi."
    (employer,) = read_csv(files["employer.csv"])
    assert employer["name"] == "Äänekosken Öljy ja Sähkö Oy"


FUNDER_DATA = {
    "gender": "non_binary", "labour_status_at_entry": "unemployed", "long_term_unemployed": True,
    "education_level": "isced_0_2", "homeless": "declined", "disability": "no",
    "eura_entry": "by_staff", "eura_entry_on": "2026-01-12", "service_start": "2026-01-10",
    "service_end": "2026-06-30", "exit_situation": "employed", "qualification_gained": False,
    "situation_6_months": "unknown", "eura_exit": "not_done",
}


def test_the_funders_participant_data_are_exported_by_their_names(store, actor, tmp_path):
    clients.create_client(store, actor=actor, data={"name": "Osallistuja Oona", "personal_id": "131052-308T",
                                                    **FUNDER_DATA})
    export_json(store, tmp_path / "vienti.json")
    (row,) = json.loads((tmp_path / "vienti.json").read_text(encoding="utf-8"))["client"]
    assert {name: row[name] for name in FUNDER_DATA} == FUNDER_DATA
    assert row["birth_date"] == "1952-10-13"  # from the personal identity code
    export_csv(store, tmp_path / "vienti")
    (cells,) = read_csv((tmp_path / "vienti" / "client.csv").read_bytes())
    assert (cells["gender"], cells["long_term_unemployed"], cells["qualification_gained"],
            cells["eura_entry_on"], cells["birth_date"]) == ("non_binary", "true", "false", "2026-01-12", "1952-10-13")


def test_csv_folder(filled, tmp_path):
    target = tmp_path / "vienti"
    counts = export_csv(filled, target)
    assert counts == expected_counts(filled)
    check_csv_files({p.name: p.read_bytes() for p in target.iterdir()}, counts)
    assert leftovers(tmp_path) == ["vienti"]


def test_csv_into_existing_empty_folder(filled, tmp_path):
    target = tmp_path / "tyhja"
    target.mkdir()
    counts = export_csv(filled, target)
    assert len(list(target.iterdir())) == len(RECORD_TYPES) and counts["client"] == 1  # the deleted ones are not exported


def test_csv_zip(filled, tmp_path):
    target = tmp_path / "vienti.zip"
    counts = export_csv(filled, target)
    with zipfile.ZipFile(target) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    assert list(files) == [f"{kind}.csv" for kind in RECORD_TYPES]
    check_csv_files(files, counts)


def test_refuses_a_non_empty_folder(filled, tmp_path):
    target = tmp_path / "vanha"
    target.mkdir()
    (target / "muistio.txt").write_text("älä poista", encoding="utf-8")
    with pytest.raises(KenttaError, match="not empty"):
        export_csv(filled, target)
    assert [p.name for p in target.iterdir()] == ["muistio.txt"]
    assert leftovers(tmp_path) == ["vanha"]


def test_refuses_a_folder_as_json_file_and_a_missing_parent(filled, tmp_path):
    with pytest.raises(KenttaError, match="is a folder"):
        export_json(filled, tmp_path)
    with pytest.raises(KenttaError, match="does not exist"):
        export_json(filled, tmp_path / "ei-ole" / "vienti.json")


def test_failure_leaves_no_file_and_keeps_the_old_one(filled, tmp_path, monkeypatch):
    path = tmp_path / "vienti.json"
    path.write_text("edellinen", encoding="utf-8")
    real = export._records

    def failing(session, kind):
        if kind == "client":
            raise OSError("levy täynnä")
        yield from real(session, kind)

    monkeypatch.setattr(export, "_records", failing)
    for target, run in ((path, export_json), (tmp_path / "vienti.zip", export_csv),
                        (tmp_path / "kansio", export_csv)):
        with pytest.raises(OSError):
            run(filled, target)
    assert path.read_text(encoding="utf-8") == "edellinen"
    assert leftovers(tmp_path) == ["vienti.json"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_export_files_are_owner_only(filled, tmp_path):
    for target, run in ((tmp_path / "vienti.json", export_json), (tmp_path / "vienti.zip", export_csv)):
        run(filled, target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600  # a full backup: personal data


def test_export_with_actor_is_audited(filled, actor, tmp_path):
    export_json(filled, tmp_path / "a.json", actor=actor)
    with filled.reader() as session:
        (event,) = session.exec(select(AuditEvent)).all()
    assert (event.action, event.record_kind, event.staff_id) == ("export", "profile", actor.staff_id)
    assert "Pöyhönen" not in (event.detail or "")


def test_rows_are_streamed_in_batches(store, actor, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "BATCH", 7)
    with store.session() as session:
        for number in range(30):
            changes.create(session, Client, {"name": f"Asiakas {number}"}, actor=actor)
    counts = export_csv(store, tmp_path / "erissa.zip")
    assert counts["client"] == 30
    with zipfile.ZipFile(tmp_path / "erissa.zip") as archive:
        rows = read_csv(archive.read("client.csv"))
    assert [row["name"] for row in rows] == [f"Asiakas {n}" for n in range(30)]
