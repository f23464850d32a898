"""The ``kentta`` command as a person runs it: exit codes, messages, logs."""

from __future__ import annotations

import hashlib
import json

import pytest

from desktop import __version__
from desktop.store.profile import DB_FILE
from sync.records import RECORD_TYPES

PASS = "correct horse battery"
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


@pytest.fixture
def passfile(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text(PASS + "\n", encoding="utf-8")
    return path


def test_version_and_usage(run_kentta):
    assert run_kentta("--version").stdout.strip() == f"Kenttä {__version__}"
    bad = run_kentta("--no-such-option")
    assert bad.returncode == 2 and "usage:" in bad.stderr
    assert run_kentta("export", "--format", "xml").returncode == 2


def test_a_command_without_a_profile_says_so(run_kentta, tmp_path):
    for command in (["check"], ["export"], ["import", "employers", "x.csv"]):
        result = run_kentta(*command, "--data-dir", str(tmp_path / "none"))
        assert result.returncode == 1
        assert "No Kenttä profile" in result.stderr
    assert not (tmp_path / "none").exists()


def test_demo_without_keyring_needs_a_passphrase(run_kentta, tmp_path):
    result = run_kentta("demo", "--clients", "5", "--employers", "5", "--data-dir", str(tmp_path / "p"), env=NO_KEYRING)
    assert result.returncode == 1
    assert "needs a passphrase" in result.stderr
    assert not (tmp_path / "p" / DB_FILE).exists()


def test_passphrase_profile_demo_check_export_and_wrong_passphrase(run_kentta, tmp_path, passfile):
    data = str(tmp_path / "p")
    made = run_kentta("--data-dir", data, "--passphrase-file", str(passfile), "demo",
                      "--clients", "12", "--employers", "8", env=NO_KEYRING)
    assert made.returncode == 0, made.stderr
    checked = run_kentta("check", "--data-dir", data, "--passphrase-file", str(passfile), env=NO_KEYRING)
    assert checked.returncode == 0 and "sound" in checked.stdout

    out = tmp_path / "export.json"
    exported = run_kentta("export", "-o", str(out), "--data-dir", data, "--passphrase-file", str(passfile),
                          env=NO_KEYRING)
    assert exported.returncode == 0, exported.stderr
    dump = json.loads(out.read_text(encoding="utf-8"))
    assert list(dump) == list(RECORD_TYPES)
    assert len([c for c in dump["client"] if not c["deleted"]]) == 12
    assert all("id" in record for records in dump.values() for record in records)

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    refused = run_kentta("check", "--data-dir", data, "--passphrase-file", str(wrong), env=NO_KEYRING)
    assert refused.returncode == 1 and "Wrong passphrase" in refused.stderr
    missing = run_kentta("check", "--data-dir", data, env=NO_KEYRING)
    assert missing.returncode == 1 and "--passphrase-file" in missing.stderr


def test_demo_keeps_the_key_in_the_keyring_and_logs_no_personal_data(run_kentta, tmp_path, file_keyring):
    data = tmp_path / "p"
    made = run_kentta("demo", "--clients", "20", "--employers", "10", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    assert json.loads(file_keyring.read_text())  # the key went to the keyring
    assert json.loads((data / "profile.json").read_text())["wrapped_key"] is None
    out = tmp_path / "all.json"
    assert run_kentta("export", "-o", str(out), "--data-dir", str(data)).returncode == 0
    dump = json.loads(out.read_text(encoding="utf-8"))

    secrets = set()
    for kind in ("client", "staff", "contact", "employer"):
        for record in dump[kind]:
            secrets.add(record["name"])
            secrets.update(record["name"].split())
    secrets.update(c["personal_id"] for c in dump["client"] if c.get("personal_id"))
    secrets.update(n["text"][:30] for n in dump["client_note"])
    secrets = {s for s in secrets if len(s) >= 4}
    log = "".join(p.read_text(encoding="utf-8") for p in (data / "logs").iterdir())
    assert "demo data written" in log
    leaked = sorted(s for s in secrets if s in log)
    assert leaked == []


def test_check_reports_a_tampered_file_and_changes_nothing(run_kentta, tmp_path, file_keyring):
    data = tmp_path / "p"
    assert run_kentta("demo", "--clients", "30", "--employers", "20", "--data-dir", str(data)).returncode == 0
    db = data / DB_FILE
    raw = bytearray(db.read_bytes())
    middle = len(raw) // 2
    raw[middle:middle + 32] = bytes(32)
    db.write_bytes(bytes(raw))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run_kentta("check", "--data-dir", str(data))
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_import_employers_reports_bad_rows_by_line(run_kentta, tmp_path, file_keyring):
    data = tmp_path / "p"
    assert run_kentta("demo", "--clients", "0", "--employers", "0", "--data-dir", str(data)).returncode == 0
    csv = tmp_path / "yritykset.csv"
    csv.write_text("\ufeffNimi;Y-tunnus;Kotikunta\nHyvä Oy;3914177-5;Oulu\nHuono Oy;3914177-4;Raahe\n",
                   encoding="utf-8")
    refused = run_kentta("import", "employers", str(csv), "--data-dir", str(data))
    assert refused.returncode == 1
    assert "yritykset.csv:3:" in refused.stderr and "check digit" in refused.stderr
    skipped = run_kentta("import", "employers", str(csv), "--skip-invalid", "--data-dir", str(data))
    assert skipped.returncode == 0 and "Imported 1" in skipped.stdout


def test_import_employers_refuses_an_unknown_header_plainly(run_kentta, tmp_path, file_keyring):
    data = tmp_path / "p"
    assert run_kentta("demo", "--clients", "0", "--employers", "0", "--data-dir", str(data)).returncode == 0
    csv = tmp_path / "yritykset.csv"
    csv.write_text("Nimi;Y-tunus;Kotikunta\nEka Oy;3914177-5;Oulu\nToka Oy;0737546-2;Raahe\n"
                   "Kolmas Oy;1234567-1;Oulu\n", encoding="utf-8")
    refused = run_kentta("import", "employers", str(csv), "--data-dir", str(data))
    assert refused.returncode == 1 and refused.stdout == ""
    assert "Nothing was imported" in refused.stderr and "“Y-tunus”" in refused.stderr
    assert "Y-tunnus / Business ID" in refused.stderr and "Traceback" not in refused.stderr
    out = tmp_path / "export.json"
    assert run_kentta("export", "-o", str(out), "--data-dir", str(data)).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["employer"] == []


def test_a_damaged_wal_stops_check_sync_and_export_with_a_message_and_changes_nothing(
        run_kentta, tmp_path, passfile):
    from tests.store.crash import crashed_profile, digests, flip_byte_in_frame

    data = crashed_profile(tmp_path / "p", edits=50)
    flip_byte_in_frame(data, 10)
    before = digests(data)
    options = ("--data-dir", str(data), "--passphrase-file", str(passfile))
    checked = run_kentta("check", *options, env=NO_KEYRING)
    assert checked.returncode == 1
    assert "frame 10" in checked.stderr and "50 recent saved changes" in checked.stderr
    assert "sound" not in checked.stdout
    assert not list(data.glob("damaged-*"))  # check writes nothing, not even copies
    out = tmp_path / "export.json"
    for command in (["sync"], ["export", "-o", str(out)]):
        result = run_kentta(*command, *options, env=NO_KEYRING)
        assert result.returncode == 1, command
        assert "Traceback" not in result.stderr
        assert "write-ahead log" in result.stderr and "50 recent saved changes" in result.stderr
        assert digests(data) == before
    assert not out.exists()
    [aside] = data.glob("damaged-*")
    assert digests(aside) == before


def test_sync_and_export_refuse_a_tampered_page_and_write_nothing(run_kentta, tmp_path, file_keyring):
    data = tmp_path / "p"
    assert run_kentta("demo", "--clients", "30", "--employers", "20", "--data-dir", str(data)).returncode == 0
    db = data / DB_FILE
    raw = bytearray(db.read_bytes())
    middle = len(raw) // 2
    raw[middle:middle + 32] = bytes(32)
    db.write_bytes(bytes(raw))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    out = tmp_path / "export.json"
    for command in (["export", "-o", str(out)], ["sync"]):
        result = run_kentta(*command, "--data-dir", str(data))
        assert result.returncode == 1, command
        assert "Traceback" not in result.stderr
        assert "damaged or has been tampered with" in result.stderr
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before
        assert not (data / f"{DB_FILE}-wal").exists() or (data / f"{DB_FILE}-wal").stat().st_size == 0
    assert not out.exists()
