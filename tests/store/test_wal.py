"""desktop.store.wal on crafted WAL files and on WALs that SQLite itself wrote."""

from __future__ import annotations

import shutil
import sqlite3
import struct

import pytest

from desktop.store import wal

PAGE = 512


def _header(*, big_endian: bool = False, salts=(11, 22), page=PAGE) -> bytes:
    magic = wal.MAGIC_BIG if big_endian else wal.MAGIC_LITTLE
    head = struct.pack(">6I", magic, wal.VERSION, page, 0, *salts)
    return head + struct.pack(">2I", *wal.checksum(head, big_endian=big_endian))


def _frames(header: bytes, specs, *, big_endian: bool = False) -> bytes:
    """``specs``: (page number, commit size, salts or None for the header's) per frame."""
    salts = struct.unpack(">2I", header[16:24])
    seed = struct.unpack(">2I", header[24:32])
    out = bytearray(header)
    for n, (pgno, commit, frame_salts) in enumerate(specs):
        page = bytes([(n * 7 + i) % 251 for i in range(PAGE)])
        first = struct.pack(">2I", pgno, commit)
        seed = wal.checksum(first + page, big_endian=big_endian, seed=seed)
        out += first + struct.pack(">2I", *(frame_salts or salts)) + struct.pack(">2I", *seed) + page
    return bytes(out)


def _offset(frame: int) -> int:
    """Where the page of 1-based ``frame`` starts."""
    return wal.HEADER_SIZE + (frame - 1) * (wal.FRAME_HEADER_SIZE + PAGE) + wal.FRAME_HEADER_SIZE


def _flip(raw: bytes, at: int) -> bytes:
    changed = bytearray(raw)
    changed[at] ^= 0x01
    return bytes(changed)


# Five transactions of three frames each.
SPECS = [(n + 1, 20 if n % 3 == 2 else 0, None) for n in range(15)]


@pytest.mark.parametrize("big_endian", [False, True])
def test_an_intact_wal_is_kept_whole(big_endian):
    raw = _frames(_header(big_endian=big_endian), SPECS, big_endian=big_endian)
    report = wal.inspect_bytes(raw)
    assert report == wal.WalReport(frames=15, kept_frames=15)
    assert not report.damaged


@pytest.mark.parametrize("big_endian", [False, True])
def test_a_flipped_byte_in_an_early_frame_puts_the_later_commits_at_risk(big_endian):
    raw = _flip(_frames(_header(big_endian=big_endian), SPECS, big_endian=big_endian), _offset(4) + 100)
    report = wal.inspect_bytes(raw)
    assert report.damaged
    assert report.first_bad_frame == 4
    assert report.kept_frames == 3  # the first transaction survives
    assert report.transactions_at_risk == 4
    assert report.frames_at_risk == 12


def test_a_damaged_frame_header_is_found_as_well():
    raw = bytearray(_frames(_header(), SPECS))
    start = _offset(7) - wal.FRAME_HEADER_SIZE
    raw[start + 3] ^= 0x40  # the page number
    report = wal.inspect_bytes(bytes(raw))
    assert (report.first_bad_frame, report.kept_frames, report.transactions_at_risk) == (7, 6, 3)


def test_a_torn_last_transaction_is_not_damage():
    raw = _frames(_header(), SPECS)
    # Frames 13-15 are the last transaction; its commit frame (15) was not written whole.
    report = wal.inspect_bytes(_flip(raw, _offset(15) + 5))
    assert report.first_bad_frame == 15 and report.kept_frames == 12
    assert not report.damaged
    # Its commit frame whole but an earlier frame of it not: a commit SQLite would drop.
    report = wal.inspect_bytes(_flip(raw, _offset(14) + 5))
    assert report.damaged and (report.transactions_at_risk, report.frames_at_risk) == (1, 3)
    # A half-written frame at the end is not a frame.
    assert not wal.inspect_bytes(raw + b"\x00" * 100).damaged


def test_uncommitted_frames_at_the_end_are_not_damage():
    raw = _frames(_header(), SPECS + [(30, 0, None), (31, 0, None)])
    report = wal.inspect_bytes(raw)
    assert report.kept_frames == 15 and report.first_bad_frame is None and not report.damaged


def test_frames_left_over_from_before_a_checkpoint_mean_nothing():
    old = _frames(_header(salts=(10, 99)), SPECS)
    new = _frames(_header(salts=(11, 22)), SPECS[:6])
    reused = new + old[len(new):]  # SQLite writes the new generation over the old one
    report = wal.inspect_bytes(reused)
    assert report.kept_frames == 6 and report.first_bad_frame == 7
    assert not report.damaged


def test_a_damaged_wal_header_loses_every_frame():
    raw = bytearray(_frames(_header(), SPECS))
    raw[13] ^= 0x01  # the checkpoint sequence: only the header's checksum notices
    report = wal.inspect_bytes(bytes(raw))
    assert not report.header_valid
    assert report.damaged and report.transactions_at_risk == 5 and report.kept_frames == 0


def test_no_wal_or_a_short_one_is_empty(tmp_path):
    assert wal.inspect(tmp_path / "none-wal") == wal.WalReport()
    assert not wal.inspect_bytes(b"\x00" * 10).damaged
    assert not wal.inspect_bytes(b"\x00" * 4096).damaged  # a zeroed file holds nothing


def _sqlite_wal(tmp_path, rows: int) -> tuple[bytes, bytes]:
    """The database and WAL files of ``rows`` committed one-row transactions, before any checkpoint."""
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (n INTEGER, text TEXT)")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for n in range(rows):
        conn.execute("INSERT INTO t VALUES (?, ?)", (n, "x" * 3000))
    db, log = path.read_bytes(), (tmp_path / "plain.db-wal").read_bytes()
    conn.close()
    return db, log


def test_sqlites_own_wal_verifies_and_a_flipped_byte_is_what_sqlite_drops(tmp_path):
    db, log = _sqlite_wal(tmp_path, 30)
    report = wal.inspect_bytes(log)
    assert report.frames >= 30 and report.kept_frames == report.frames and not report.damaged

    page = struct.unpack(">I", log[8:12])[0]
    damaged = bytearray(log)
    damaged[wal.HEADER_SIZE + 9 * (wal.FRAME_HEADER_SIZE + page) + wal.FRAME_HEADER_SIZE + 50] ^= 0xFF
    report = wal.inspect_bytes(bytes(damaged))
    assert report.damaged and report.first_bad_frame == 10
    # What SQLite makes of it: the transactions past frame 10 vanish without an error.
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "c.db").write_bytes(db)
    (copy / "c.db-wal").write_bytes(bytes(damaged))
    survived = sqlite3.connect(copy / "c.db").execute("SELECT count(*) FROM t").fetchone()[0]
    assert survived < 30
    assert report.transactions_at_risk == 30 - survived
    shutil.rmtree(copy)
