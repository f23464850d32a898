"""Files written whole or not at all (desktop.files), with owner-only permissions when private."""

from __future__ import annotations

import os
import stat

import pytest

from desktop import files
from desktop.errors import KenttaError
from desktop.files import replaced_file, write_atomically


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_writes_and_replaces_leaving_nothing_beside(tmp_path):
    target = tmp_path / "raportti.csv"
    assert write_atomically(target, "ensimmäinen".encode()) == target
    write_atomically(target, b"toinen")
    assert target.read_bytes() == b"toinen"
    assert [p.name for p in tmp_path.iterdir()] == ["raportti.csv"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_private_is_owner_only_and_other_files_follow_the_umask(tmp_path, umask_022):
    private = tmp_path / "lomake.pdf"
    private.write_bytes(b"old")
    private.chmod(0o644)  # an older copy readable by others is replaced by an owner-only one
    write_atomically(private, b"%PDF", private=True)
    assert mode(private) == 0o600
    shared = tmp_path / "raportti.pdf"
    write_atomically(shared, b"%PDF")
    assert mode(shared) == 0o644


def test_a_failed_rename_keeps_the_old_file_and_removes_the_temporary_one(tmp_path, monkeypatch):
    target = tmp_path / "vienti.json"
    target.write_text("edellinen", encoding="utf-8")

    def refuse(_source, _target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(KenttaError, match="No space left on device"):
        write_atomically(target, b"uusi")
    assert target.read_text(encoding="utf-8") == "edellinen"
    assert [p.name for p in tmp_path.iterdir()] == ["vienti.json"]


def test_an_error_in_the_block_is_passed_on_and_nothing_is_written(tmp_path):
    target = tmp_path / "vienti.zip"
    with pytest.raises(ValueError, match="kesken"):
        with replaced_file(target) as out:
            out.write(b"puolet")
            raise ValueError("kesken")
    assert list(tmp_path.iterdir()) == []


def test_refuses_a_folder_and_a_missing_folder(tmp_path):
    with pytest.raises(KenttaError, match="is a folder"):
        write_atomically(tmp_path, b"x")
    with pytest.raises(KenttaError, match="does not exist"):
        write_atomically(tmp_path / "ei-ole" / "x.pdf", b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_refuses_new_files_is_named(tmp_path, monkeypatch):
    real_open = os.open

    def refuse_in_tmp(path, flags, mode=0o777, **kwargs):  # as a read-only folder would (root ignores modes)
        if str(path).startswith(str(tmp_path)):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, mode, **kwargs)

    monkeypatch.setattr(files.os, "open", refuse_in_tmp)
    with pytest.raises(KenttaError, match="Cannot write into the folder .*Permission denied"):
        write_atomically(tmp_path / "x.pdf", b"x")
    assert list(tmp_path.iterdir()) == []
